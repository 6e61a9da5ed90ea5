"""`lantern import`, `lantern library ...` and `lantern ask` over the library, as real subprocesses."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    home.mkdir()

    def run(*args: str, timeout: int = 180) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LANTERN_HOME": str(home)}
        return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, env=env,
                              timeout=timeout, cwd=REPO)
    run.home = home  # type: ignore[attr-defined]
    return run


def lessons(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "moon.md").write_text("# The Moon\n\n## Orbit\nThe Moon goes around the Earth about every 27 days.\n",
                                    encoding="utf-8")
    (folder / "sun.txt").write_text("The Sun is a star. Its light takes about eight minutes to reach the Earth.\n",
                                    encoding="utf-8")
    return folder


def test_import_list_remove_round_trip(cli, tmp_path: Path) -> None:
    folder = lessons(tmp_path / "space")
    r = cli("import", str(folder), "--course", "Space")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("imported") == 2
    listed = json.loads(cli("library", "list", "--json").stdout)
    assert sorted(d["title"] for d in listed) == ["Sun", "The Moon"]
    assert {d["course"] for d in listed} == {"Space"} and all(d["chunks"] >= 1 for d in listed)
    again = cli("import", str(folder), "--course", "Space")
    assert again.returncode == 0 and again.stdout.count("unchanged") == 2
    moon = next(d for d in listed if d["title"] == "The Moon")
    r = cli("library", "remove", moon["id"][:8])
    assert r.returncode == 0 and "Removed 'The Moon'" in r.stdout
    assert [d["title"] for d in json.loads(cli("library", "list", "--json").stdout)] == ["Sun"]
    text = cli("library", "list").stdout
    assert "Space" in text and "Sun" in text
    shutil.rmtree(cli.home / "chroma")            # the vector index is a cache: rebuilt from SQLite
    r = cli("library", "reindex")
    assert r.returncode == 0 and "Re-indexed 1 passage." in r.stdout


def test_a_refused_import_exits_non_zero_with_one_line_and_changes_nothing(cli, tmp_path: Path) -> None:
    cli("import", str(lessons(tmp_path / "space")), "--course", "Space")
    before = cli("library", "list", "--json").stdout
    bad = tmp_path / "notes.md"
    bad.write_bytes(b"\x00\x01\x02binary" * 500)
    r = cli("import", str(bad))
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lantern: error:") and "not a text file" in lines[0]
    assert "Traceback" not in r.stderr
    assert cli("library", "list", "--json").stdout == before
    r = cli("import", str(tmp_path / "missing.pdf"))
    assert r.returncode == 1 and "does not exist" in r.stderr


@pytest.mark.slow
def test_ask_answers_from_the_library_and_prints_citations(cli, tmp_path: Path, bundled_model_path: Path) -> None:
    (cli.home / "models").symlink_to(bundled_model_path.parent, target_is_directory=True)   # the model, not a copy
    cli("import", str(lessons(tmp_path / "space")), "--course", "Space")
    r = cli("ask", "How long does the Moon take to go around the Earth?")
    assert r.returncode == 0, r.stderr
    answer, _, sources = r.stdout.partition("Sources:")
    assert "27" in answer
    assert "[1] The Moon › Orbit" in sources
    r = cli("ask", "Who painted the Mona Lisa?")
    assert r.returncode == 0 and "don't cover" in r.stdout and "Sources:" not in r.stdout
