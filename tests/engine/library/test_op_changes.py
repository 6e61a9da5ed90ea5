"""Each library and learner operation reports the `Changes` it made to the caller's `ChangeTally`,
and nothing when it changed nothing (so the window's views do not reload for nothing). Real store,
real importer, real files (the store and library fixtures: tests/engine/library/conftest.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from engine.cancel import CancelToken
from engine.changes import NOTHING, Changes, ChangeTally
from engine.errors import Cancelled, ImportError_
from engine.library import Library, ensure_sample_course
from engine.store import Store
from engine.tutor.learners import LearnerBook, LearnerError

LIBRARY = Changes(library=True)
LEARNERS = Changes(learners=True)


def lesson(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def run_import(library: Library, paths: list[Path], course: str, **options: object) -> ChangeTally:
    tally = ChangeTally()
    for _ in library.import_paths(paths, course=course, tally=tally, **options):  # type: ignore[arg-type]
        pass
    return tally


def test_an_import_that_adds_a_document_reports_the_library(library: Library, tmp_path: Path) -> None:
    rivers = lesson(tmp_path, "rivers.md", "# Rivers\n\nA river flows to the sea.\n")
    assert run_import(library, [rivers], "Geography").changes == LIBRARY


def test_an_import_where_every_file_fails_reports_nothing(library: Library, tmp_path: Path) -> None:
    library.ensure_course("Geography")
    empty = lesson(tmp_path, "empty.md", "")
    binary = tmp_path / "binary.md"
    binary.write_bytes(bytes(range(256)) * 10)
    tally = run_import(library, [empty, binary, tmp_path / "missing.md"], "Geography")
    assert library.documents() == []
    assert tally.changes == NOTHING


def test_reimporting_an_unchanged_file_reports_nothing(library: Library, tmp_path: Path) -> None:
    rivers = lesson(tmp_path, "rivers.md", "# Rivers\n\nA river flows to the sea.\n")
    run_import(library, [rivers], "Geography")
    assert run_import(library, [rivers], "Geography").changes == NOTHING


def test_reimporting_a_changed_file_reports_the_library(library: Library, tmp_path: Path) -> None:
    rivers = lesson(tmp_path, "rivers.md", "# Rivers\n\nA river flows to the sea.\n")
    run_import(library, [rivers], "Geography")
    rivers.write_text("# Rivers\n\nA river flows from its source to its mouth.\n", encoding="utf-8")
    assert run_import(library, [rivers], "Geography").changes == LIBRARY


def test_an_import_that_makes_a_new_course_reports_the_library_though_its_file_failed(library: Library,
                                                                                       tmp_path: Path) -> None:
    """The new course is in the library (learners can pick it) even with no document in it."""
    empty = lesson(tmp_path, "empty.md", "")
    tally = run_import(library, [empty], "Brand new")
    assert [c.name for c in library.courses()] == ["Brand new"]
    assert tally.changes == LIBRARY


def test_a_cancelled_import_reports_the_document_it_kept(library: Library, tmp_path: Path) -> None:
    library.ensure_course("Geography")
    first = lesson(tmp_path / "unit", "a.md", "# Lakes\n\nA lake is water surrounded by land.\n")
    lesson(tmp_path / "unit", "b.md", "# Seas\n\nA sea is a large body of salt water.\n")
    token, tally = CancelToken(), ChangeTally()
    with pytest.raises(Cancelled):
        for item in library.import_paths([tmp_path / "unit"], course="Geography", cancel=token, tally=tally):
            if item.stage == "imported":
                token.cancel()            # after the first document, before the second
    assert [d.source_path for d in library.documents()] == [str(first.resolve())]
    assert tally.changes == LIBRARY


def test_an_import_cancelled_before_any_document_reports_nothing(library: Library, tmp_path: Path) -> None:
    library.ensure_course("Geography")
    rivers = lesson(tmp_path, "rivers.md", "# Rivers\n\nA river flows to the sea.\n")
    token = CancelToken()
    token.cancel()
    tally = ChangeTally()
    with pytest.raises(Cancelled):
        for _ in library.import_paths([rivers], course="Geography", cancel=token, tally=tally):
            pass
    assert library.documents() == []
    assert tally.changes == NOTHING


def test_removing_a_document_reports_the_library(library: Library, tmp_path: Path) -> None:
    rivers = lesson(tmp_path, "rivers.md", "# Rivers\n\nA river flows to the sea.\n")
    run_import(library, [rivers], "Geography")
    tally = ChangeTally()
    library.remove(library.documents()[0].id, tally=tally)
    assert library.documents() == []
    assert tally.changes == LIBRARY


def test_removing_a_document_that_is_not_there_is_an_error_and_reports_nothing(library: Library) -> None:
    tally = ChangeTally()
    with pytest.raises(ImportError_):
        library.remove("no-such-document", tally=tally)
    assert tally.changes == NOTHING


def test_the_first_start_sample_course_reports_the_library_once(library: Library) -> None:
    from app.resources import assets_dir

    first, again = ChangeTally(), ChangeTally()
    assert ensure_sample_course(library, assets_dir(), tally=first) > 0
    assert first.changes == LIBRARY
    assert ensure_sample_course(library, assets_dir(), tally=again) == 0
    assert again.changes == NOTHING


def test_adding_editing_setting_a_pin_and_removing_a_learner_each_report_the_learners(store: Store) -> None:
    book = LearnerBook(store)
    tallies = [ChangeTally() for _ in range(4)]
    ana = book.create("Ana", grade=4, tally=tallies[0])
    book.update(ana.id, grade=5, tally=tallies[1])
    book.set_pin(ana.id, "2468", tally=tallies[2])
    book.remove(ana.id, tally=tallies[3])
    assert book.list() == []
    assert [t.changes for t in tallies] == [LEARNERS] * 4


def test_a_refused_learner_change_reports_nothing(store: Store) -> None:
    book = LearnerBook(store)
    book.create("Ana")
    twin, missing = ChangeTally(), ChangeTally()
    with pytest.raises(LearnerError):
        book.create("ana", tally=twin)                   # the name is taken
    with pytest.raises(LearnerError):
        book.remove("Nobody", tally=missing)
    assert [p.name for p in book.list()] == ["Ana"]
    assert (twin.changes, missing.changes) == (NOTHING, NOTHING)


def test_a_tally_adds_up_what_each_step_changed() -> None:
    tally = ChangeTally()
    assert tally.changes == NOTHING
    tally.add(LIBRARY)
    tally.add(NOTHING)
    tally.add(Changes(quiz_bank=True))
    assert tally.changes == Changes(library=True, quiz_bank=True)
