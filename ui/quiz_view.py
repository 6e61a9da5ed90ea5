"""Take a quiz: one question at a time, immediate feedback with its source, a hint ladder, no timer.

The view is given a `QuizSession` (engine); every call into it runs on the "db" lane.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QScrollArea, QVBoxLayout, QWidget)

from engine.turn import QuizTurn, TurnService
from ui.common.a11y import announce, forget_announcement
from ui.common.dates import human_date
from ui.tasks import TaskRunner


class QuizView(QWidget):
    answered = Signal(object)      # Feedback, after it is saved (mastery and review updated)
    changed = Signal(object)       # engine.changes.Changes the answer reported (QuizTurn.changes), when any
    finished = Signal()
    error = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *, answer_fn: Callable[..., Any],
                 hint_fn: Callable[[Any, int], Any] = TurnService.quiz_hint) -> None:
        """`answer_fn(session, item, response, marked_hard=, hints_shown=)`: the engine's
        `TurnService.quiz_answer` (safety and feelings before grading, the "needed the answer" rule).
        Required: there is no way to grade here without the engine's turn."""
        super().__init__(parent)
        self._runner = runner
        self._answer_fn = answer_fn
        self._hint_fn = hint_fn
        self._session: Any | None = None
        self._item: Any | None = None
        self._hint_level = 0

        self.question = QLabel()
        self.question.setWordWrap(True)
        self._question_key = "idle"     # what the question label says when no item is on it: idle | done | empty
        self._choices_box = QVBoxLayout()
        self._group = QButtonGroup(self)
        self.short = QLineEdit()
        self.short.returnPressed.connect(self.check)
        self.short.hide()
        self.hard = QCheckBox()
        self.hard.hide()                # only with a question on screen
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check)
        self.hint_button = QPushButton()
        self.hint_button.clicked.connect(self.hint)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_question)
        self.hint_label = QLabel("")
        self.hint_label.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback = QLabel("")
        self.feedback.setWordWrap(True)
        for b in (self.check_button, self.hint_button, self.next_button):
            b.setEnabled(False)

        # Question, choices, hint and feedback scroll inside the panel; the buttons stay in view.
        body = QWidget()
        content = QVBoxLayout(body)
        content.addWidget(self.question)
        content.addLayout(self._choices_box)
        content.addWidget(self.short)
        content.addWidget(self.hard)
        content.addWidget(self.hint_label)
        content.addWidget(self.feedback)
        content.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        # Feedback under four choices was below the panel's edge at 1024x600: Next lit up with no word of the
        # result. It is scrolled into view once the panel has grown to hold it (its range changes then).
        self._revealing = False
        self.scroll.verticalScrollBar().rangeChanged.connect(
            lambda _lo, _hi: QTimer.singleShot(0, self, self._scroll_to_feedback) if self._revealing else None)
        row = QHBoxLayout()
        row.addWidget(self.hint_button)
        row.addWidget(self.check_button)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.question.setAccessibleName(self.tr("Question"))
        self.short.setPlaceholderText(self.tr("Type your answer"))
        self.short.setAccessibleName(self.tr("Your answer"))
        self.hard.setText(self.tr("This was hard for me"))
        self.check_button.setText(self.tr("Check"))
        self.hint_button.setText(self.tr("Hint"))
        self.next_button.setText(self.tr("Next question"))
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.scroll.setAccessibleName(self.tr("Quiz question"))
        if self._item is None:
            self._show_question_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_question_state(self) -> None:
        s = self._session
        if self._question_key == "done" and s is not None:
            self.question.setText(self.tr("All done! You answered {right} of %n question(s) correctly.", "", s.asked)
                                  .replace("{right}", str(s.right)))
        elif self._question_key == "empty":
            self.question.setText(self.tr("There are no approved questions for this course yet. Ask your teacher."))
        else:
            self.question.setText(self.tr("Choose a course to start a quiz."))

    # -- public -------------------------------------------------------------------------------
    def start(self, session: Any) -> None:
        """Begin with a `QuizSession` (the learner and course are in it)."""
        self._session = session
        self.next_question()

    def reset(self) -> None:
        """Sign-out: forget the session, the question, the choices, the hints and the feedback."""
        self._session = None
        self._show_item(None, finished=False)
        self._question_key = "idle"
        self._show_question_state()
        self.short.clear()
        forget_announcement(self.feedback)

    @property
    def item(self) -> Any | None:
        return self._item

    def choice_buttons(self) -> list[QRadioButton]:
        return [b for b in self._group.buttons() if isinstance(b, QRadioButton)]

    def next_question(self) -> None:
        if self._session is None:
            return
        self.next_button.setEnabled(False)
        session = self._session
        (self._runner.single(session.next_item, lane="db")
         .on_done(lambda item: self._show_item(item) if session is self._session else None)
         .on_error(self.error.emit).start())

    def hint(self) -> None:
        if self._item is None:
            return
        rung = self._hint_fn(self._item, self._hint_level)     # the engine's ladder
        self.hint_label.setText(self.tr("{label}: {text}").replace("{label}", rung.label).replace("{text}", rung.text))
        self._hint_level += 1
        if rung.reveals_answer:
            # Shown, not decided here: the engine marks the item hard from `hints_shown` (quiz_needed_answer).
            self.hard.setChecked(True)
            self.hint_button.setEnabled(False)

    def check(self) -> None:
        if self._item is None or self._session is None or not self.check_button.isEnabled():
            return
        if self._item.choices:
            picked = self._group.checkedButton()
            if picked is None:
                self.feedback.setText(self.tr("Pick one answer first."))
                return
            response = self._item.choices[self._group.id(picked)]    # the option itself, not its label
        else:
            response = self.short.text().strip()
            if not response:
                self.feedback.setText(self.tr("Type an answer first, or ask for a hint."))
                return
        self.check_button.setEnabled(False)
        (self._runner.single(self._answer_fn, self._session, self._item, response,
                             marked_hard=self.hard.isChecked(), hints_shown=self._hint_level, lane="llm")
         .on_done(lambda fb, session=self._session: self._show_feedback(fb) if session is self._session else None)
         .on_error(self._failed_check).start())

    # -- internals ----------------------------------------------------------------------------
    def _reveal_feedback(self) -> None:
        self._revealing = True
        QTimer.singleShot(0, self, self._scroll_to_feedback)

    def _scroll_to_feedback(self) -> None:
        if self._revealing and self.feedback.text():
            self.scroll.ensureWidgetVisible(self.feedback, 0, 8)

    def _show_item(self, item: Any | None, *, finished: bool = True) -> None:
        for b in self._group.buttons():
            self._group.removeButton(b)
            self._choices_box.removeWidget(b)
            b.deleteLater()
        self._revealing = False
        self.feedback.setText("")
        self.hint_label.setText("")
        self.hard.setChecked(False)
        self._hint_level = 0
        self._item = item
        if item is None:
            s = self._session
            self._question_key = "done" if s and s.asked else "empty"
            self._show_question_state()
            for b in (self.check_button, self.hint_button):
                b.setEnabled(False)
            self.short.hide()
            self.hard.hide()
            if finished:
                self.finished.emit()
            return
        self.question.setText(item.question)
        for i, c in enumerate(item.choices):
            b = QRadioButton(c.replace("&", "&&"))      # "Salt & pepper": an ampersand, not a shortcut key
            b.setAccessibleDescription(self.tr("Answer choice {n}").replace("{n}", str(i + 1)))
            self._group.addButton(b, i)
            self._choices_box.addWidget(b)
        self.short.setVisible(not item.choices)
        self.hard.show()
        self.short.clear()
        self.check_button.setEnabled(True)
        self.hint_button.setEnabled(True)

    def _show_feedback(self, fb: Any) -> None:
        if isinstance(fb, QuizTurn) and fb.changes:
            self.changed.emit(fb.changes)
        if isinstance(fb, QuizTurn):
            if not fb.graded:
                # A worrying or upset answer is answered kindly, not graded; the question stays.
                reply = fb.safety.text if fb.safety is not None else fb.notice.text if fb.notice else ""
                self.feedback.setText(reply)
                announce(self.feedback, reply)
                self._reveal_feedback()
                self.check_button.setEnabled(True)
                return
            fb = fb.feedback
        text = fb.message
        if fb.result.review_due is not None:
            text += "\n" + self.tr("This question comes back for review {when}.").replace(
                "{when}", human_date(fb.result.review_due))
        self.feedback.setText(text)
        announce(self.feedback, text)
        self._reveal_feedback()
        self.next_button.setEnabled(True)
        self.hint_button.setEnabled(False)
        self.answered.emit(fb)

    def _failed_check(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.error.emit(exc)
