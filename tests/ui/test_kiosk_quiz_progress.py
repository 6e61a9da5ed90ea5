"""Practise: while a course's first questions are made the learner sees "Making questions… 2 of 4" (the
engine's progress, one step per lesson) and can cancel; then the first question shows."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_fixtures import card

from app.context import AppContext
from app.settings import load_settings


@pytest.fixture
def quiz_ctx(tmp_path: Path, bundled_model_path: Path) -> Iterator[AppContext]:
    home = tmp_path / "home"
    home.mkdir()
    (home / "models").symlink_to(bundled_model_path.parent, target_is_directory=True)
    # Questions from the lessons' own sentences (no model items), approved when they pass validation.
    with AppContext(load_settings(home=home, cloud_enabled=False, sync_enabled=False, quiz_model_items=0,
                                  quiz_auto_approve=True, quiz_batch_size=8)) as c:
        yield c


@pytest.fixture
def signed_in(qtbot, quiz_ctx: AppContext):  # type: ignore[no-untyped-def]
    from app.gui import build_window

    quiz_ctx.learners.create("Pia", avatar="kite", language="en")
    win = build_window(quiz_ctx)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    with qtbot.waitSignal(win.sign_in_ready, timeout=60_000):
        win.show()
    # The bundled sample course is imported on a worker at first start (store, embedder, vectors).
    qtbot.waitUntil(lambda: len(win.library.documents_shown()) >= 1, timeout=600_000)
    qtbot.waitUntil(lambda: any(c.text() == "Pia" for c in win.sign_in.cards), timeout=60_000)
    with qtbot.waitSignal(win.session.signed_in, timeout=60_000):
        card(win, "Pia").click()
    qtbot.waitUntil(lambda: win.tutor.course.currentText() != "", timeout=60_000)
    yield win
    win.session.sign_out("test")
    win.runner.shutdown()


def test_making_the_first_questions_shows_numbered_progress_then_a_question(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    tutor = signed_in.tutor
    seen: list[tuple[int, int, str, int, int]] = []
    tutor.quiz_progress.connect(lambda done, total: seen.append(
        (done, total, tutor.making_label.text(), tutor.making_bar.value(), tutor.making_bar.maximum())))
    signed_in.tabs.setCurrentWidget(tutor)
    tutor.modes.set_mode("quiz")
    assert tutor.stack.currentWidget() is tutor.making and tutor.making_cancel.isVisible()
    qtbot.waitUntil(lambda: tutor.quiz_view.item is not None, timeout=300_000)
    total = seen[-1][1]
    assert total >= 2                                   # one step per lesson of the course
    assert [s[0] for s in seen] == list(range(1, total + 1))
    assert all(s[1] == total for s in seen)
    assert seen[-1][2] == f"Making questions… {total} of {total}"
    assert (seen[0][3], seen[0][4]) == (1, total)       # the bar counts the same steps
    assert tutor.stack.currentWidget() is tutor.quiz_view


def test_cancel_while_making_questions_goes_back_without_a_quiz(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    tutor = signed_in.tutor
    signed_in.tabs.setCurrentWidget(tutor)
    tutor.modes.set_mode("quiz")
    assert tutor.stack.currentWidget() is tutor.making
    tutor.making_cancel.click()
    assert tutor.modes.mode == "explain" and tutor.stack.currentWidget() is tutor.ask_view
    assert tutor.quiz_view.item is None
