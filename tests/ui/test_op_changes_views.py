"""The screens' `changed` signals carry the `Changes` the engine reported, and stay quiet when the
engine changed nothing: the Library screen's import (also a cancelled one that kept a document) and
removal, the Learners screen's add and remove, the teacher's quiz review. Offscreen, real store,
real engines, real files."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from teacher_fixtures import calls, drafts, teacher_ctx  # noqa: F401

from engine.changes import Changes
from engine.library import Library
from engine.store import Store
from engine.tutor.learners import LearnerBook

LIBRARY = Changes(library=True)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "home") as s:
        yield s


@pytest.fixture
def library_view(qtbot, runner, store):  # type: ignore[no-untyped-def]
    from ui.library_view import LibraryView

    view = LibraryView(runner, confirm=lambda _q: True)
    qtbot.addWidget(view)
    view.set_library(Library(store))
    qtbot.waitUntil(lambda: "empty" in view.status.text(), timeout=30_000)
    return view


def lesson(folder: Path, name: str, title: str, n: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"# {title}\n\n" + "\n\n".join(f"Fact {i} about {title.lower()}." for i in range(n)),
                    encoding="utf-8")
    return path


def test_an_import_passes_on_the_library_change_the_engine_reported(qtbot, library_view, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(library_view.changed, timeout=60_000) as changed:
        library_view.import_paths([lesson(tmp_path, "magnets.md", "Magnets")], course="Science")
    assert changed.args == [LIBRARY]


def test_an_import_where_every_file_failed_sends_no_change(qtbot, library_view, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    Library(store).ensure_course("Science")           # the course is there already: nothing at all is added
    seen: list[Any] = []
    library_view.changed.connect(seen.append)
    bad = tmp_path / "broken.md"
    bad.write_bytes(bytes(range(256)) * 10)
    with qtbot.waitSignal(library_view.import_finished, timeout=60_000) as done:
        library_view.import_paths([bad], course="Science")
    assert "could not be imported" in done.args[0]
    assert seen == []           # a change would have been sent right after import_finished, in the same call


def test_a_cancelled_import_that_kept_a_document_sends_the_library_change(qtbot, library_view, store,
                                                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    Library(store).ensure_course("Geo")                # so only the kept document can be the change
    lesson(tmp_path / "unit", "a.md", "Lakes")
    lesson(tmp_path / "unit", "b.md", "Rivers", n=40000)
    seen: list[Any] = []
    library_view.changed.connect(seen.append)
    library_view.import_paths([tmp_path / "unit"], course="Geo")
    qtbot.waitUntil(lambda: library_view._imported == 1, timeout=60_000)     # Lakes is in; Rivers is being read
    with qtbot.waitSignal(library_view.changed, timeout=60_000) as changed:
        library_view.cancel_button.click()
    assert changed.args == [LIBRARY]
    assert [d.title for d in Library(store).documents()] == ["Lakes"]
    assert seen == [LIBRARY]


def test_a_removal_passes_on_the_library_change_the_engine_reported(qtbot, library_view, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(library_view.changed, timeout=60_000):
        library_view.import_paths([lesson(tmp_path, "magnets.md", "Magnets")], course="Science")
    qtbot.waitUntil(lambda: library_view.documents_shown() == [("Science", "Magnets")], timeout=30_000)
    assert library_view.select_document("Magnets")
    with qtbot.waitSignal(library_view.changed, timeout=60_000) as changed:
        library_view.remove_button.click()
    assert changed.args == [LIBRARY]


def _admin(qtbot: Any, runner: Any, store: Store) -> Any:
    from ui.kiosk.avatars import Avatars
    from ui.kiosk.learner_admin import LearnerAdmin

    admin = LearnerAdmin(runner, LearnerBook(store), Avatars(None))
    qtbot.addWidget(admin)
    return admin


def test_adding_and_removing_a_learner_pass_on_the_learners_change(qtbot, runner, store) -> None:  # type: ignore[no-untyped-def]
    admin = _admin(qtbot, runner, store)
    admin.name.setText("Ana")
    with qtbot.waitSignal(admin.changed, timeout=30_000) as added:
        admin.add_button.click()
    assert added.args == [Changes(learners=True)]
    qtbot.waitUntil(lambda: admin.list.count() == 1, timeout=30_000)
    admin.list.setCurrentRow(0)
    with qtbot.waitSignal(admin.changed, timeout=30_000) as removed:
        admin.remove_button.click()
    assert removed.args == [Changes(learners=True)]
    assert LearnerBook(store).list() == []


def test_a_refused_learner_sends_no_change(qtbot, runner, store) -> None:  # type: ignore[no-untyped-def]
    LearnerBook(store).create("Ana")
    admin = _admin(qtbot, runner, store)
    seen: list[Any] = []
    admin.changed.connect(seen.append)
    admin.name.setText("ana")                        # the name is taken
    admin.add_button.click()
    qtbot.waitUntil(lambda: "already a learner" in admin.message.text(), timeout=30_000)
    assert seen == []       # the refusal is reported in the same callback a change would have been sent from


def _quizzes(qtbot: Any, runner: Any, calls: Any) -> Any:
    from ui.teacher.quizzes import QuizReview

    screen = QuizReview(runner, calls)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        screen.refresh_all()
    return screen


def test_approving_a_question_passes_on_the_quiz_bank_change(qtbot, runner, teacher_ctx, calls) -> None:  # type: ignore[no-untyped-def]
    made = drafts(teacher_ctx)
    screen = _quizzes(qtbot, runner, calls)
    screen.select(made[0].id)
    with qtbot.waitSignal(screen.changed, timeout=30_000) as changed:
        screen.approve_button.click()
    assert changed.args == [Changes(quiz_bank=True)]


def test_approving_all_drafts_when_none_are_left_sends_no_change(qtbot, runner, teacher_ctx, calls) -> None:  # type: ignore[no-untyped-def]
    screen = _quizzes(qtbot, runner, calls)            # no questions made yet: no drafts
    seen: list[Any] = []
    screen.changed.connect(seen.append)
    with qtbot.waitSignal(screen.loaded, timeout=30_000) as listed:
        screen.approve_all_button.click()            # the list reloads after the call: after a change would be sent
    assert listed.args == [0]
    assert seen == []
