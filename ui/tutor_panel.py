"""The Tutor tab: pick a learner, switch mode (Explain · Socratic · Quiz me), see progress.

Engine objects and functions come in from app/ (this module builds none). Model turns run on the
"llm" lane, store work on the "db" lane.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from ui.learner_picker import LearnerPicker
from ui.mastery_view import MasteryView
from ui.quiz_view import QuizView
from ui.tasks import TaskRunner

MODE_LABELS = {"explain": "Explain", "socratic": "Socratic", "quiz": "Quiz me"}


class ModeSwitch(QWidget):
    """Three exclusive buttons; `mode_changed(str)` with "explain" | "socratic" | "quiz"."""

    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("Mode:"))
        for mode, label in MODE_LABELS.items():
            b = QRadioButton(label)
            b.setAccessibleName(f"{label} mode")
            self._group.addButton(b)
            self.buttons[mode] = b
            row.addWidget(b)
            b.toggled.connect(lambda on, m=mode: on and self.mode_changed.emit(m))
        row.addStretch(1)
        self.buttons["explain"].setChecked(True)

    @property
    def mode(self) -> str:
        return next(m for m, b in self.buttons.items() if b.isChecked())

    def set_mode(self, mode: str) -> None:
        self.buttons[mode].setChecked(True)


class AskView(QWidget):
    """Explain / Socratic: ask a question; in Socratic mode "Next hint" climbs the hint ladder."""

    replied = Signal(object)    # TutorReply
    error = Signal(object)

    def __init__(self, runner: TaskRunner, respond: Callable[..., Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._respond = respond
        self._learner: Any | None = None
        self._course: str | None = None
        self.mode = "explain"
        self._question = ""
        self._level = 0
        self.input = QLineEdit()
        self.input.setPlaceholderText("Ask about your lesson…")
        self.input.returnPressed.connect(self.ask)
        self.ask_button = QPushButton("Ask")
        self.ask_button.clicked.connect(self.ask)
        self.hint_button = QPushButton("Next hint")
        self.hint_button.clicked.connect(self.next_hint)
        self.hint_button.hide()
        self.reply = QLabel("")
        self.reply.setWordWrap(True)
        self.reply.setAccessibleName("Tutor reply")
        self.sources = QLabel("")
        self.sources.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.reply)
        layout.addWidget(self.hint_button)
        layout.addWidget(self.sources)
        layout.addStretch(1)

    def set_context(self, learner: Any, course: str | None, mode: str) -> None:
        self._learner, self._course, self.mode = learner, course, mode
        self.hint_button.setVisible(False)

    def ask(self) -> None:
        text = self.input.text().strip()
        if not text or self._learner is None:
            return
        self._question, self._level = text, 0
        self._run()

    def next_hint(self) -> None:
        if self._question:
            self._level += 1
            self._run()

    def _run(self) -> None:
        self.ask_button.setEnabled(False)
        self.hint_button.setEnabled(False)
        self.reply.setText("…")
        (self._runner.single(self._respond, self._learner, self._question, mode=self.mode, course=self._course,
                             hint_level=self._level, lane="llm")
         .on_done(self._show).on_error(self._failed).start())

    def _show(self, reply: Any) -> None:
        self.ask_button.setEnabled(True)
        self.reply.setText(reply.text)
        self.sources.setText(("Sources: " + "; ".join(reply.citations)) if reply.citations else "")
        more = self.mode == "socratic" and reply.kind == "guide" and not reply.reveals_answer
        self.hint_button.setVisible(more)
        self.hint_button.setEnabled(more)
        self.replied.emit(reply)

    def _failed(self, exc: BaseException) -> None:
        self.ask_button.setEnabled(True)
        self.reply.setText("")
        self.error.emit(exc)


class TutorPanel(QWidget):
    """Everything a learner does with the tutor, in one tab."""

    error = Signal(object)

    def __init__(self, runner: TaskRunner, *, book: Any, respond: Callable[..., Any],
                 make_session: Callable[[Any, str], Any], courses: Callable[[], list[str]],
                 report: Callable[[Any], dict[str, Any]], on_alert: Callable[[Any, str], Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._make_session = make_session
        self._courses_fn = courses
        self._on_alert = on_alert
        self.learner: Any | None = None

        self.picker = LearnerPicker(runner, book)
        self.header = QLabel("")
        self.switch_learner = QPushButton("Switch learner")
        self.switch_learner.clicked.connect(self.sign_out)
        self.modes = ModeSwitch()
        self.course = QComboBox()
        self.course.setAccessibleName("Course")
        self.ask_view = AskView(runner, respond)
        self.quiz_view = QuizView(runner)
        self.mastery = MasteryView(runner, report)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.ask_view)
        self.stack.addWidget(self.quiz_view)

        learning = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.switch_learner)
        body = QHBoxLayout()
        body.addWidget(self.stack, 2)
        body.addWidget(self.mastery, 1)
        lay = QVBoxLayout(learning)
        lay.addLayout(top)
        bar = QHBoxLayout()
        bar.addWidget(self.modes, 1)
        bar.addWidget(QLabel("Course:"))
        bar.addWidget(self.course)
        lay.addLayout(bar)
        lay.addLayout(body, 1)
        self.learning = learning

        self.pages = QStackedWidget()
        self.pages.addWidget(self.picker)
        self.pages.addWidget(learning)
        QVBoxLayout(self).addWidget(self.pages)

        self.picker.learner_chosen.connect(self.set_learner)
        self.modes.mode_changed.connect(self._mode_changed)
        self.course.currentTextChanged.connect(lambda _t: self._mode_changed(self.modes.mode))
        self.quiz_view.answered.connect(lambda _fb: self.mastery.refresh())
        self.ask_view.replied.connect(self._maybe_alert)
        for w in (self.picker, self.ask_view, self.quiz_view, self.mastery):
            w.error.connect(self.error.emit)

    def start(self) -> None:
        self.picker.refresh()
        self._runner.single(self._courses_fn, lane="db").on_done(self._set_courses).on_error(self.error.emit).start()

    def _set_courses(self, names: list[str]) -> None:
        self.course.blockSignals(True)
        self.course.clear()
        self.course.addItems(names)
        self.course.blockSignals(False)

    def set_learner(self, learner: Any) -> None:
        self.learner = learner
        grade = "K" if learner.grade == 0 else f"grade {learner.grade}"
        self.header.setText(f"{learner.name} · {grade}")
        scale = 1.5 if "low_vision" in learner.needs else 1.0
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * scale)
        self.learning.setFont(font)
        self.pages.setCurrentWidget(self.learning)
        self.mastery.set_learner(learner)
        self._mode_changed(self.modes.mode)

    def sign_out(self) -> None:
        self.learner = None
        self.pages.setCurrentWidget(self.picker)
        self.picker.refresh()

    def _mode_changed(self, mode: str) -> None:
        if self.learner is None:
            return
        course = self.course.currentText() or None
        if mode == "quiz":
            self.stack.setCurrentWidget(self.quiz_view)
            if course:
                (self._runner.single(self._make_session, self.learner, course, lane="db")
                 .on_done(self.quiz_view.start).on_error(self.error.emit).start())
        else:
            self.stack.setCurrentWidget(self.ask_view)
            self.ask_view.set_context(self.learner, course, mode)

    def _maybe_alert(self, reply: Any) -> None:
        if reply.alert and self._on_alert is not None and self.learner is not None:
            self._runner.single(self._on_alert, self.learner, reply.alert, lane="db").start()
