"""Low vision (large text) on a 1024x600 kiosk: the lesson reader and the quiz get the room.

Seen in the screenshots: the home's lesson reader was one line high under the plan card and three suggested
questions, and the Tutor tab's quiz choices scrolled in a narrow panel beside a progress column half the
window wide. Held here by geometry: the reader is at least 200 px high, the quiz panel takes most of the width,
every primary control lies inside the window at full size; the calm theme at 1920x1080 keeps everything."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from test_learner_quiz import engine_quiz_answer, store  # noqa: F401

from engine.tutor.learners import LearnerBook
from engine.tutor.session import QuizSession
from ui.common.theme import TOUCH_TARGET_PX, apply_theme, theme_for

HOME = {"course": "Science", "courses": ["Science"], "reviews_due": 0,
        "next_step": 'Start the lesson "The Water Cycle": ask the tutor for hints, then take its quiz.',
        "suggestions": ["What is evaporation?", "What is condensation?", "What is precipitation?"],
        "lessons": [{"title": "The Water Cycle", "text": "Water goes round and round. " * 40},
                    {"title": "Volcanoes", "text": "Hot rock."}, {"title": "How Plants Make Food", "text": "Leaves."}]}


@pytest.fixture
def themed() -> Iterator[Any]:
    app = QApplication.instance()
    before = (app.font(), app.styleSheet())

    def use(needs: list[str], height: int) -> None:       # as app/gui.py applies a learner's theme
        apply_theme(app, theme_for(needs, need_scale=1.5 if "low_vision" in needs else 1.0, screen_height=height))

    yield use
    app.setFont(before[0])
    app.setStyleSheet(before[1])


def _window(qtbot: Any, runner: Any, store: Any, size: tuple[int, int]) -> Any:
    from ui.learner.home import LearnerHome
    from ui.main_window import MainWindow
    from ui.tutor_panel import TutorPanel

    ana = LearnerBook(store).create("Vin")
    report = {"learner": {"id": ana.id},
              "mastery": [{"skill": "The Water Cycle", "label": "learning", "level": 0.55},
                          {"skill": "Volcanoes", "label": "new", "level": 0.1}], "reviews_due_now": 0, "next_reviews": [],
              "plan": [{"text": HOME["next_step"]}]}
    win = MainWindow(runner)
    qtbot.addWidget(win)
    home = LearnerHome(runner, lambda learner, course: HOME)
    read_aloud = QPushButton("Read aloud")
    home.reader_tools.addWidget(read_aloud)
    home.reader_tools.addStretch(1)
    tutor = TutorPanel(runner, stream=lambda *a, **k: iter(()),
                       make_session=lambda learner, course, **_k: QuizSession(store, learner, course),
                       report=lambda learner, **_kw: report, quiz_answer=engine_quiz_answer(store))
    win.add_panel("Home", home)
    win.add_panel("Tutor", tutor)
    with qtbot.waitExposed(win):
        win.show()
    win.show_learner("Vin")
    win.resize(*size)
    qtbot.waitUntil(lambda: win.width() == size[0] and win.height() == size[1], timeout=10_000)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.set_learner(ana)
    home.lessons.setCurrentRow(0)
    tutor.set_courses(["Science"], "Science")
    tutor.set_learner(ana, course="Science")
    return win, home, tutor, read_aloud


def _inside(win: Any, widgets: list[QWidget]) -> list[str]:
    QApplication.processEvents()
    out = []
    for w in widgets:
        rect = QRect(w.mapTo(win, w.rect().topLeft()), w.size())
        name = w.accessibleName() or getattr(w, "text", lambda: "")() or type(w).__name__
        if not w.isVisibleTo(win):
            out.append(f"{name} is hidden")
        elif not win.rect().contains(rect):
            out.append(f"{name} at {rect.getRect()} is outside {win.rect().getRect()}")
        if isinstance(w, QPushButton) and w.height() < TOUCH_TARGET_PX:
            out.append(f"{name} is {w.height()} px high")
        if isinstance(w, QPushButton) and w.width() + 2 < w.minimumSizeHint().width():
            out.append(f"{name} is cut off: {w.width()} px wide, needs {w.minimumSizeHint().width()}")
    return out


def _quiz(qtbot: Any, win: Any, tutor: Any) -> Any:
    win.tabs.setCurrentWidget(tutor)
    QApplication.processEvents()
    tutor.modes.set_mode("quiz")
    qtbot.waitUntil(lambda: tutor.quiz_view.item is not None, timeout=30_000)
    QApplication.processEvents()
    return tutor.quiz_view


def test_low_vision_at_1024x600_gives_the_reader_and_the_quiz_room(qtbot, runner, store, themed) -> None:  # type: ignore[no-untyped-def]
    themed(["low_vision"], 600)
    win, home, tutor, read_aloud = _window(qtbot, runner, store, (1024, 600))
    win.tabs.setCurrentWidget(home)
    QApplication.processEvents()
    assert home.reader.height() >= 200, f"the reader is {home.reader.height()} px high"
    assert _inside(win, [home.practise_button, home.ask_button, home.lessons, home.reader, read_aloud]) == []
    quiz = _quiz(qtbot, win, tutor)
    panel = tutor.width()
    assert quiz.width() >= 0.7 * panel, f"the quiz is {quiz.width()} of {panel} px wide"
    assert quiz.scroll.viewport().height() >= 200, f"the quiz shows {quiz.scroll.viewport().height()} px"
    assert _inside(win, [quiz.hint_button, quiz.check_button, quiz.next_button, *quiz.choice_buttons()[:1]]) == []
    # The progress column scrolls inside itself; its button's words break onto lines, none cut off.
    button = tutor.mastery.next_button
    assert tutor.mastery.scroll.widget().isAncestorOf(button)
    assert button.width() + 2 >= button.minimumSizeHint().width()
    assert button.height() >= button.sizeHint().height(), f"{button.height()} px for {button.text()!r}"


def test_calm_at_1920x1080_keeps_suggestions_welcome_and_the_progress_column(qtbot, runner, store, themed) -> None:  # type: ignore[no-untyped-def]
    themed([], 1080)
    win, home, tutor, _read_aloud = _window(qtbot, runner, store, (1920, 1080))
    win.tabs.setCurrentWidget(home)
    QApplication.processEvents()
    assert home.welcome.isVisible() and home.try_label.isVisible()
    assert [b.isVisible() for b in home.suggestion_buttons] == [True, True, True]
    quiz = _quiz(qtbot, win, tutor)
    assert tutor.mastery.isVisible()
    assert 0.35 <= tutor.mastery.width() / (quiz.width() + tutor.mastery.width()) <= 0.45     # the 3:2 split
