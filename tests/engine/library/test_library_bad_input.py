"""Every bad input gets a clear message and leaves the library exactly as it was."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from engine.errors import ImportError_
from engine.library import Library
from engine.store import Store

GOOD = "# Owls\n\nOwls hunt at night and can turn their heads very far.\n"
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def seeded(tmp_path: Path, library: Library) -> Library:
    good = tmp_path / "owls.md"
    good.write_text(GOOD, encoding="utf-8")
    list(library.import_paths([good], course="Birds"))
    return library


def only_failure(library: Library, path: Path) -> str:
    items = list(library.import_paths([path], course="Birds"))
    failed = [i for i in items if i.stage == "failed"]
    assert len(failed) == 1 and items[-1].stage == "done", items
    return failed[0].message


def corrupt_pdf(tmp_path: Path, pdf_maker) -> Path:  # type: ignore[no-untyped-def]
    good = pdf_maker(tmp_path / "ok.pdf", [["Some text on a page."]])
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(good.read_bytes()[:300] + b"\x00garbage" * 50)
    return bad


CASES = {
    "corrupt_pdf": (corrupt_pdf, "PDF"),
    "encrypted_pdf": (lambda d, m: m(d / "secret.pdf", [["Top secret owl facts."]], password="hoot"),
                      "password-protected"),
    "binary_named_md": (lambda d, m: (d / "image.md").write_bytes(bytes(range(256)) * 40) and d / "image.md",
                        "not a text file"),
    "empty_file": (lambda d, m: (d / "empty.txt").write_bytes(b"") or d / "empty.txt", "empty"),
    "whitespace_only": (lambda d, m: (d / "blank.md").write_text("\n\n   \n") and d / "blank.md", "no text"),
    "unsupported_type": (lambda d, m: (d / "table.xlsx").write_bytes(b"PK\x03\x04data") and d / "table.xlsx",
                         "not supported"),
    "missing_path": (lambda d, m: d / "nowhere" / "owls.md", "does not exist"),
    "path_through_a_file": (lambda d, m: (d / "plain.txt").write_text("x") and d / "plain.txt" / "owls.md",
                            "does not exist"),
    "pdf_without_text": (lambda d, m: m(d / "scan.pdf", [[]]), "no text"),
    "docx_that_is_not_a_zip": (lambda d, m: (d / "fake.docx").write_bytes(b"just text, not a zip") and d / "fake.docx",
                               "not a readable Word document"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_refused_with_a_clear_message_and_no_change(case: str, tmp_path: Path, seeded: Library, snap,
                                                                 pdf_maker) -> None:
    make, expected = CASES[case]
    before = snap()
    path = make(tmp_path, pdf_maker)
    message = only_failure(seeded, path)
    assert expected.lower() in message.lower()
    assert snap() == before
    assert seeded.store.db.execute("SELECT count(*) FROM documents WHERE status != 'ready'").fetchone()[0] == 0


def test_a_file_that_disappears_mid_import_adds_nothing(tmp_path: Path, seeded: Library, snap) -> None:
    before = snap()
    big = tmp_path / "vanishing.txt"
    big.write_text("\n\n".join(f"Fact {i}: owls are birds of prey." for i in range(8000)), encoding="utf-8")
    items = []
    for item in seeded.import_paths([big], course="Birds"):
        items.append(item)
        if item.stage == "reading" and big.exists():
            big.unlink()
    failed = [i for i in items if i.stage == "failed"]
    assert failed and "disappeared" in failed[0].message
    assert snap() == before


def test_removing_an_unknown_document_is_a_clear_error(seeded: Library) -> None:
    with pytest.raises(ImportError_, match="No document"):
        seeded.remove("no-such-doc")


@pytest.mark.slow
def test_a_50_mb_text_file_imports_streamed_with_bounded_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    para = ("Volcanoes, rivers and mountains shape the land where people live. Rain falls, rivers carry water "
            "to the sea, and the sun lifts it into clouds again. ") * 3
    with big.open("w", encoding="utf-8") as f:
        i = 0
        while f.tell() < 50 * 1024 * 1024:
            f.write(f"Section {i}. {para}\n\n")
            i += 1
        f.write("x" * (2 * 1024 * 1024))       # and one 2 MB "line" with no break at all
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from engine.store import Store
        from engine.library import Library
        with Store.open(Path({str(tmp_path / 'home')!r})) as s:
            items = list(Library(s).import_paths([{str(big)!r}], course="Big"))
            # VmHWM: this process's peak RSS (ru_maxrss would include the forked pytest parent)
            hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
            print(items[-2].stage, items[-2].chunks, int(hwm) // 1024)
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=240)
    assert out.returncode == 0, out.stderr
    stage, n_chunks, rss_mb = out.stdout.split()
    assert stage == "imported" and int(n_chunks) > 100_000
    assert int(rss_mb) < 250, f"peak memory {rss_mb} MB for a 50 MB file"


def test_a_process_killed_mid_import_leaves_no_half_document_and_resumes(tmp_path: Path) -> None:
    home = tmp_path / "home"
    good = tmp_path / "owls.md"
    good.write_text(GOOD, encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join(f"Fact {i}: owls are birds of prey that hunt at night." for i in range(60000)),
                   encoding="utf-8")
    with Store.open(home) as store:
        list(Library(store).import_paths([good], course="Birds"))
        before = store.db.execute("SELECT id, sha256 FROM documents ORDER BY id").fetchall()
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from engine.store import Store
        from engine.library import Library
        s = Store.open(Path({str(home)!r}))
        for item in Library(s).import_paths([{str(big)!r}], course="Birds"):
            if item.stage == "reading":
                print("staging", flush=True)
                time.sleep(60)      # the parent kills us here, mid-document
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "staging"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    with Store.open(home) as store:
        assert store.db.execute("SELECT count(*) FROM documents WHERE status = 'importing'").fetchone()[0] == 1
        lib = Library(store)          # the next start discards the half document
        assert store.db.execute("SELECT id, sha256 FROM documents ORDER BY id").fetchall() == before
        assert store.db.execute("SELECT count(*) FROM chunks c LEFT JOIN documents d ON d.id = c.document_id"
                                " WHERE d.id IS NULL").fetchone()[0] == 0
        assert len(lib.pending_jobs()) == 1
        stages = [i.stage for i in lib.resume() if i.finished_file or i.stage == "done"]
        assert stages == ["imported", "done"]
        assert {d.title for d in lib.documents()} == {"Owls", "Big"}


def test_a_staging_document_of_another_running_process_is_left_alone(store: Store) -> None:
    now = "2026-01-01T00:00:00.000Z"
    with store.write() as db:
        db.execute("INSERT INTO courses (id, name, created_at, updated_at) VALUES ('c', 'Birds', ?, ?)", [now, now])
        for doc_id, owner in (("live", f"pid:{os.getppid()}"), ("dead", "pid:999999999")):
            db.execute("INSERT INTO documents (id, course_id, source_path, sha256, type, title, status, error,"
                       " created_at, updated_at) VALUES (?, 'c', ?, 'x', 'txt', 'T', 'importing', ?, ?, ?)",
                       [doc_id, f"/{doc_id}.txt", owner, now, now])
    Library(store)       # a second Lantern starting while the first one imports
    left = [r[0] for r in store.db.execute("SELECT id FROM documents WHERE status = 'importing'")]
    assert left == ["live"]
