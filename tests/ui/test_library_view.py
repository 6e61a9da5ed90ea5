"""The Library panel, offscreen, over a real store (real SQLite, real files)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.changes import Changes
from engine.library import Library
from engine.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "home") as s:
        yield s


@pytest.fixture
def view(qtbot, runner, store):  # type: ignore[no-untyped-def]
    from ui.library_view import LibraryView

    v = LibraryView(runner, confirm=lambda _q: True)
    qtbot.addWidget(v)
    lib = Library(store)
    v.set_library(lib)
    qtbot.waitUntil(lambda: "empty" in v.status.text(), timeout=30_000)
    return v


def lesson(folder: Path, name: str, title: str, n: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    f = folder / name
    f.write_text(f"# {title}\n\n" + "\n\n".join(f"Fact {i} about {title.lower()}." for i in range(n)), encoding="utf-8")
    return f


def test_import_shows_documents_per_course(qtbot, view, tmp_path: Path) -> None:
    lesson(tmp_path / "sci", "a.md", "Magnets")
    lesson(tmp_path / "sci", "b.md", "Light")
    with qtbot.waitSignal(view.changed, timeout=60_000):
        view.import_paths([tmp_path / "sci"], course="Science")
    qtbot.waitUntil(lambda: len(view.documents_shown()) == 2, timeout=30_000)
    assert view.documents_shown() == [("Science", "Light"), ("Science", "Magnets")]
    assert "Imported 2 documents" in view.status.text()
    assert not view.progress.isVisible() and view.import_files_button.isEnabled()


def test_a_bad_file_is_reported_in_the_status_line(qtbot, view, tmp_path: Path) -> None:
    bad = tmp_path / "broken.md"
    bad.write_bytes(bytes(range(256)) * 10)
    with qtbot.waitSignal(view.import_finished, timeout=60_000) as done:
        view.import_paths([bad], course="Science")
    assert "could not be imported" in done.args[0] and "not a text file" in done.args[0]
    assert view.documents_shown() == []


def test_cancel_stops_the_import_and_keeps_no_half_document(qtbot, view, store, tmp_path: Path) -> None:
    big = lesson(tmp_path, "big.md", "Rivers", n=40000)
    view.import_paths([big], course="Geo")
    assert view.cancel_button.isVisibleTo(view) and view.busy
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=60_000)
    with qtbot.waitSignal(view.import_finished, timeout=60_000) as done:
        view.cancel_button.click()
    assert "cancelled" in done.args[0].lower()
    qtbot.waitUntil(lambda: store.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0, timeout=60_000)
    assert view.documents_shown() == []
    assert not view.busy and view.import_folder_button.isEnabled()


def test_remove_deletes_the_selected_document(qtbot, view, store, tmp_path: Path) -> None:
    lesson(tmp_path / "sci", "a.md", "Magnets")
    lesson(tmp_path / "sci", "b.md", "Light")
    with qtbot.waitSignal(view.changed, timeout=60_000):
        view.import_paths([tmp_path / "sci"], course="Science")
    qtbot.waitUntil(lambda: len(view.documents_shown()) == 2, timeout=30_000)
    assert view.select_document("Magnets")
    assert view.remove_button.isEnabled()
    with qtbot.waitSignal(view.changed, timeout=60_000) as changed:
        view.remove_button.click()
    assert changed.args == [Changes(library=True)]
    qtbot.waitUntil(lambda: view.documents_shown() == [("Science", "Light")], timeout=30_000)
    assert store.db.execute("SELECT count(*) FROM chunks c JOIN documents d ON d.id = c.document_id"
                            " WHERE d.title = 'Magnets'").fetchone()[0] == 0
