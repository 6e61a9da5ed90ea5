"""`lantern selftest` and `lantern doctor` as a technician runs them: real subprocesses, real models.

Both must exit non-zero when a model file is missing or damaged, so an install or a release can be
gated on them; selftest must pass on a good install.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from voice_fixtures import speech_registry  # noqa: F401

from engine.files import write_json_atomic


def _lantern(home: Path, *args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANTERN_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, env=env,
                          timeout=timeout, check=False)


@pytest.fixture
def make_home(tmp_path: Path, bundled_model_path: Path, speech_registry):  # type: ignore[no-untyped-def]
    """A data folder whose registry names the bundled model at `model_path` (with its real sha256);
    the session's speech models are registered too, so no test assembles Whisper again."""
    def make(model_path: Path) -> Path:
        home = tmp_path / "home"
        (home / "models").mkdir(parents=True)
        registry = json.loads((bundled_model_path.parent / "registry.json").read_text())
        for rec in registry["models"]:
            rec["path"] = str(model_path)
        write_json_atomic(home / "models" / "registry.json", registry)
        (home / "speech").mkdir()
        shutil.copy(speech_registry.speech_dir / "registry.json", home / "speech" / "registry.json")
        return home
    return make


@pytest.fixture
def good_home(make_home, bundled_model_path: Path) -> Path:  # type: ignore[no-untyped-def]
    return make_home(bundled_model_path)


@pytest.mark.slow
def test_selftest_passes_every_check_on_a_good_install(good_home: Path):
    result = _lantern(good_home, "selftest", "--json")
    report = json.loads(result.stdout)
    failed = [c for c in report["checks"] if not c["ok"]]
    assert result.returncode == 0 and not failed, (failed, result.stderr[-2000:])
    assert {c["name"] for c in report["checks"]} == {"storage", "model", "library", "voice", "fonts", "hub"}
    model = next(c for c in report["checks"] if c["name"] == "model")
    assert "biscuit" in model["detail"].lower()


def _damaged_copy(tmp_path: Path, bundled_model_path: Path) -> Path:
    """The first 4 MB of the real model: a valid GGUF header, so only the checksum can tell."""
    bad = tmp_path / "damaged" / bundled_model_path.name
    bad.parent.mkdir()
    with bundled_model_path.open("rb") as f:
        bad.write_bytes(f.read(4_000_000))
    return bad


@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_doctor_exits_non_zero_when_the_model_file_is_missing_or_damaged(tmp_path: Path, bundled_model_path: Path,
                                                                         make_home, damage: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "gone.gguf" if damage == "missing" else _damaged_copy(tmp_path, bundled_model_path)
    home = make_home(path)
    result = _lantern(home, "doctor", "--json")
    assert result.returncode == 1, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert any(p.startswith("model_files.gemma-3-270m-q4_k_m") and damage in p for p in report["problems"]), \
        report["problems"]


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_selftest_exits_non_zero_when_the_model_file_is_missing_or_damaged(tmp_path: Path, bundled_model_path: Path,
                                                                           make_home, damage: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "gone.gguf" if damage == "missing" else _damaged_copy(tmp_path, bundled_model_path)
    home = make_home(path)
    result = _lantern(home, "selftest", "--json")
    assert result.returncode == 1, result.stderr[-2000:]
    model = next(c for c in json.loads(result.stdout)["checks"] if c["name"] == "model")
    assert not model["ok"] and damage in model["detail"], model


def test_doctor_exits_zero_on_a_good_install(good_home: Path):
    result = _lantern(good_home, "doctor", "--json")
    report = json.loads(result.stdout)
    assert result.returncode == 0, report["problems"]
    assert report["model_files"]["gemma-3-270m-q4_k_m"] == "ok"
