"""The kiosk window over a real data folder (real SQLite store, the real bundled model linked in).

Model turns are replaced by scripted streams with the real item types where a test needs exact text
(what is on screen must be known to prove it is gone); everything else is the real window.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTextEdit,
                               QWidget)

from app.context import AppContext
from app.settings import load_settings
from engine.cancel import CancelToken
from engine.turn.items import Text, TurnDone, TurnKind


@pytest.fixture
def kiosk_ctx(tmp_path: Path, bundled_model_path: Path) -> Iterator[AppContext]:
    home = tmp_path / "home"
    home.mkdir()
    (home / "models").symlink_to(bundled_model_path.parent, target_is_directory=True)   # the model, not a copy
    with AppContext(load_settings(home=home, max_answer_tokens=40, cloud_enabled=False, sync_enabled=False)) as c:
        yield c


def shown_window(qtbot, ctx: AppContext) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The real kiosk window over `ctx` at 1024x600, shown until its sign-in screen is ready; signed
    out and its workers stopped afterwards (a fixture's body: `yield from shown_window(...)`)."""
    from app.gui import build_window

    win = build_window(ctx)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    with qtbot.waitSignal(win.sign_in_ready, timeout=30_000):
        win.show()
    yield win
    win.session.sign_out("test")
    win.runner.shutdown()


@pytest.fixture
def window(qtbot, kiosk_ctx: AppContext):  # type: ignore[no-untyped-def]
    yield from shown_window(qtbot, kiosk_ctx)


def scripted_chat(question: str, *, cancel: CancelToken, **_options: Any) -> Iterator[Any]:
    yield Text(f"Here is what I know about {question}. ")
    yield Text("It is in your lesson.")


def scripted_tutor(learner: Any, message: str, *, mode: str, course: str | None, hint_level: int,
                   cancel: CancelToken) -> Iterator[Any]:
    yield Text(f"Think about {message} step {hint_level}. ")
    yield TurnDone(kind=TurnKind.GUIDE if mode == "socratic" else TurnKind.ANSWER, hint_level=hint_level,
                   reveals_answer=mode != "socratic", citations=(f"Notes on {message}",))


def card(window: Any, name: str) -> QAbstractButton:
    return next(c for c in window.sign_in.cards if c.text() == name)


def texts_of(root: QWidget) -> list[tuple[QWidget, str]]:
    """Every piece of text a widget tree holds: shown text, input text, list rows, names, tooltips."""
    out: list[tuple[QWidget, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        parts = [w.accessibleName(), w.accessibleDescription(), w.toolTip(), w.windowTitle()]
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            parts.append(w.text())
        if isinstance(w, QPlainTextEdit | QTextEdit):
            parts.append(w.toPlainText())
        if isinstance(w, QListWidget):
            parts += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QComboBox):
            parts += [w.itemText(i) for i in range(w.count())]
        prop = w.property("announced")
        if isinstance(prop, str):
            parts.append(prop)
        out += [(w, p) for p in parts if p]
    return out


SAMPLE_COURSE = "Sample: Science and Maths"


def one_short_question(qtbot: Any, ctx: AppContext) -> Any:
    """Wait for the window's first-start import of the sample course, then approve one short-answer
    question made from it (a choice item's question and key, typed): the course's only question."""
    from engine.tutor.quiz import QuizItem
    from engine.tutor.quizbank import QuizBank

    qtbot.waitUntil(lambda: ctx.store.db.execute(
        "SELECT 1 FROM meta WHERE key = 'sample_course_imported'").fetchone() is not None, timeout=600_000)
    bank = QuizBank(ctx.store)
    drafts, _ = bank.generate(SAMPLE_COURSE, n_items=4)
    choice = next(i for i in drafts if i.kind == "choice" and i.skill)
    short = QuizItem(**{**choice.__dict__, "kind": "short", "choices": (), "id": None, "status": "draft"})
    assert bank.save([short], auto_approve=True)
    return short


def open_quiz(qtbot: Any, window: Any) -> Any:
    """The signed-in learner's Tutor tab in quiz mode on the sample course, its question on screen."""
    tutor = window.tutor
    window.tabs.setCurrentWidget(tutor)
    qtbot.waitUntil(lambda: tutor.course.currentText() == SAMPLE_COURSE, timeout=60_000)
    tutor.modes.set_mode("quiz")
    view = tutor.quiz_view
    qtbot.waitUntil(lambda: view.item is not None and view.short.isVisibleTo(view), timeout=60_000)
    return view
