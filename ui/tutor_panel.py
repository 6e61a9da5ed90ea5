"""The Tutor tab: Explain · Socratic · Quiz me for the signed-in learner, with progress beside it.

Turns stream in as the engine's typed items (`engine.turn`: Text, SafetyReply, Notice, TurnDone) on
the "llm" lane, with Stop; store work runs on the "db" lane. Engine callables come in from app/;
this module builds none and keeps no tutoring rule (the hint ladder's next step comes from TurnDone).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QRadioButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget)

from engine.turn.items import Notice, SafetyReply, Text, TurnDone, TurnKind
from ui.common.a11y import announce, forget_announcement
from ui.mastery_view import MasteryView
from ui.quiz_view import QuizView
from ui.tasks import Task, TaskRunner

MODES = ("explain", "socratic", "quiz")
NARROW_LINES = 36      # a panel narrower than this many line heights of its font gives the progress column less

TutorStream = Callable[..., Iterator[Any]]   # (learner, message, *, mode, course, hint_level, cancel) -> items


class ModeSwitch(QWidget):
    """Three exclusive buttons; `mode_changed(str)` with "explain" | "socratic" | "quiz"."""

    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for mode in MODES:
            b = QRadioButton()
            self._group.addButton(b)
            self.buttons[mode] = b
            row.addWidget(b)
            b.toggled.connect(lambda on, m=mode: on and self.mode_changed.emit(m))
        row.addStretch(1)
        self.buttons["explain"].setChecked(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        labels = {"explain": self.tr("Explain"), "socratic": self.tr("Socratic"), "quiz": self.tr("Quiz me")}
        descriptions = {"explain": self.tr("The tutor explains the answer."),
                        "socratic": self.tr("The tutor asks questions and gives hints, one at a time."),
                        "quiz": self.tr("Practise with questions about your lessons.")}
        for mode, b in self.buttons.items():
            b.setText(labels[mode])
            b.setAccessibleName(self.tr("{mode} mode").replace("{mode}", labels[mode]))
            b.setAccessibleDescription(descriptions[mode])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def mode(self) -> str:
        return next(m for m, b in self.buttons.items() if b.isChecked())

    def set_mode(self, mode: str) -> None:
        self.buttons[mode].setChecked(True)


class AskView(QWidget):
    """Explain / Socratic: ask; the reply streams in sentence by sentence; Stop; "Next hint" climbs the ladder."""

    replied = Signal(object)    # the TurnDone of a finished turn
    error = Signal(object)

    def __init__(self, runner: TaskRunner, stream: TutorStream, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.stream_fn = stream
        self._learner: Any | None = None
        self._course: str | None = None
        self._task: Task | None = None
        self.mode = "explain"
        self._question = ""
        self._level = 0
        self._next_level = 0
        self.input = QLineEdit()
        self.input.returnPressed.connect(self.ask)
        self.ask_button = QPushButton()
        self.ask_button.clicked.connect(self.ask)
        self.stop_button = QPushButton()
        self.stop_button.setProperty("role", "secondary")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.hint_button = QPushButton()
        self.hint_button.clicked.connect(self.next_hint)
        self.hint_button.hide()
        self.notice = QLabel("")
        self.notice.setWordWrap(True)
        self.notice.setProperty("role", "hint")
        self.notice.hide()
        self.reply = QLabel("")
        self.reply.setWordWrap(True)
        self.reply.setTextFormat(Qt.TextFormat.PlainText)
        self.reply.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reply.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.sources = QLabel("")
        self.sources.setWordWrap(True)
        self.sources.setProperty("role", "muted")
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addWidget(self.notice)
        bl.addWidget(self.reply)
        bl.addWidget(self.sources)
        bl.addStretch(1)
        self.scroll = QScrollArea()          # a long reply scrolls inside its panel
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.ask_button)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.hint_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.input.setPlaceholderText(self.tr("Ask about your lesson…"))
        self.input.setAccessibleName(self.tr("Your question for the tutor"))
        self.ask_button.setText(self.tr("Ask"))
        self.stop_button.setText(self.tr("Stop"))
        self.hint_button.setText(self.tr("Next hint"))
        self.reply.setAccessibleName(self.tr("Tutor reply"))
        self.scroll.setAccessibleName(self.tr("Tutor reply"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def set_context(self, learner: Any, course: str | None, mode: str) -> None:
        self._learner, self._course, self.mode = learner, course, mode
        self.hint_button.setVisible(False)

    def reset(self) -> None:
        self.stop()
        self._task = None
        self._learner, self._question, self._level = None, "", 0
        for w in (self.input, self.reply, self.sources, self.notice):
            w.clear()
        forget_announcement(self.reply)
        self.notice.hide()
        self.hint_button.hide()
        self._idle()

    def ask(self) -> None:
        text = self.input.text().strip()
        if not text or self._learner is None or self.busy:
            return
        self._question, self._level = text, 0
        self._run()

    def next_hint(self) -> None:
        if self._question and not self.busy:
            self._level = self._next_level
            self._run()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _run(self) -> None:
        self.ask_button.setEnabled(False)
        self.hint_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.reply.setText("…")
        self.notice.clear()
        self.notice.hide()
        self.sources.clear()
        self._task = (self._runner.stream(self.stream_fn, self._learner, self._question, mode=self.mode,
                                          course=self._course, hint_level=self._level, lane="llm")
                      .on_item(self._item).on_done(lambda _r: self._idle()).on_error(self._failed)
                      .on_cancelled(self._cancelled).start())

    def _item(self, item: Any) -> None:
        if isinstance(item, Text):
            current = self.reply.text()
            self.reply.setText(("" if current == "…" else current) + item.text)
        elif isinstance(item, SafetyReply):
            self.reply.setText(item.text)
        elif isinstance(item, Notice):
            self.notice.setText((self.notice.text() + "\n" if self.notice.text() else "") + item.text)
            self.notice.show()
        elif isinstance(item, TurnDone):
            self._done(item)

    def _done(self, done: TurnDone) -> None:
        self.sources.setText(self.tr("Sources: {sources}").replace("{sources}", "; ".join(done.citations))
                             if done.citations else "")
        more = self.mode == "socratic" and done.kind == TurnKind.GUIDE and not done.reveals_answer
        self._next_level = done.hint_level + 1
        self.hint_button.setVisible(more)
        self.hint_button.setEnabled(more)
        if self.reply.text() == "…":
            self.reply.setText(self.tr("(no answer)"))
        announce(self.reply, self.reply.text())
        self.replied.emit(done)

    def _idle(self) -> None:
        self._task = None
        self.ask_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    def _cancelled(self) -> None:
        self._idle()
        if self.reply.text() in ("", "…"):
            self.reply.setText(self.tr("(stopped)"))

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        self.reply.setText("")
        self.error.emit(exc)


class TutorPanel(QWidget):
    """Everything a learner does with the tutor, in one tab. The session tells it who is learning."""

    error = Signal(object)
    course_changed = Signal(str)
    quiz_progress = Signal(int, int)      # (done, total) while a course's first questions are made

    def __init__(self, runner: TaskRunner, *, stream: TutorStream, make_session: Callable[..., Any],
                 report: Callable[..., dict[str, Any]], quiz_answer: Callable[..., Any],
                 make_session_steps: Callable[..., Iterator[Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        """`quiz_answer(session, item, response, *, marked_hard, hints_shown)`: the engine's quiz turn
        (`TurnService.quiz_answer`), required: the quiz never grades without it.
        `make_session_steps(learner, course, *, cancel)`, when given, is used instead of `make_session`:
        it yields the engine's progress items (`done`, `total`) while questions are made, then the session."""
        super().__init__(parent)
        self._runner = runner
        self._make_session = make_session
        self._make_session_steps = make_session_steps
        self._session_task: Task | None = None
        self.learner: Any | None = None

        self.modes = ModeSwitch()
        self.course = QComboBox()
        # Long course names must not push the mode buttons off a 1024 px screen.
        self.course.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.course.setMinimumContentsLength(10)
        self.course_label = course_label = QLabel()
        course_label.setBuddy(self.course)
        self.ask_view = AskView(runner, stream)
        self.quiz_view = QuizView(runner, answer_fn=quiz_answer)
        self.mastery = MasteryView(runner, report)
        # "Making questions…" while a course's first quiz is made, with Cancel.
        self.making = QWidget()
        self.making_label = QLabel()
        self.making_label.setWordWrap(True)
        self.making_bar = QProgressBar()
        self.making_bar.setRange(0, 0)
        self.making_bar.setTextVisible(False)     # the label above says "3 of 10"; no text across the colours
        self.making_cancel = QPushButton()
        self.making_cancel.setProperty("role", "secondary")
        self.making_cancel.clicked.connect(self.cancel_making)
        ml = QVBoxLayout(self.making)
        ml.addWidget(self.making_label)
        ml.addWidget(self.making_bar)
        ml.addWidget(self.making_cancel, 0, Qt.AlignmentFlag.AlignLeft)
        ml.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.ask_view)
        self.stack.addWidget(self.quiz_view)
        self.stack.addWidget(self.making)

        bar = QHBoxLayout()
        bar.addWidget(self.modes)
        bar.addWidget(course_label)
        bar.addWidget(self.course, 1)
        self._body = body = QHBoxLayout()
        body.addWidget(self.stack, 3)
        body.addWidget(self.mastery, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addLayout(body, 1)

        self.modes.mode_changed.connect(self._mode_changed)
        self.course.currentTextChanged.connect(self._course_picked)
        self.quiz_view.answered.connect(lambda _fb: self.mastery.refresh())
        for w in (self.ask_view, self.quiz_view, self.mastery):
            w.error.connect(self.error.emit)
        self._fit_width()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.course.setAccessibleName(self.tr("Course"))
        self.course_label.setText(self.tr("Course:"))
        self.making_label.setText(self.tr("Making questions… This takes a little while the first time."))
        self.making_bar.setAccessibleName(self.tr("Making questions"))
        self.making_cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:        # a new theme: the same width holds fewer words
            self._fit_width()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        """Narrow for the font (large text on a 1024 px screen): the progress column takes a quarter, not two
        fifths, so the quiz's question and choices get the width (its texts wrap). Decided from the panel's
        width and font only, so the change never feeds back into the decision."""
        narrow = self.width() < NARROW_LINES * max(1, self.fontMetrics().lineSpacing())
        self._body.setStretch(0, 3)
        self._body.setStretch(1, 1 if narrow else 2)

    # -- from the session ---------------------------------------------------------------------
    def set_courses(self, names: list[str], current: str | None = None) -> None:
        self.course.blockSignals(True)
        self.course.clear()
        self.course.addItems(names)
        if current in names:
            self.course.setCurrentText(current)
        self.course.blockSignals(False)

    def set_focus_mode(self, on: bool) -> None:
        """ADHD focus: one thing on screen at a time (the progress column is hidden)."""
        self.mastery.setVisible(not on)

    def set_learner(self, learner: Any, *, course: str | None = None) -> None:
        self.learner = learner
        if course:
            self.course.blockSignals(True)
            self.course.setCurrentText(course)
            self.course.blockSignals(False)
        self.modes.set_mode("explain")
        self.mastery.course = self.course.currentText() or None
        self.mastery.set_learner(learner)
        self._mode_changed(self.modes.mode)

    def reset(self) -> None:
        """Sign-out: nothing of the learner stays (question, replies, hints, quiz, progress)."""
        self.learner = None
        self.cancel_making()
        self.ask_view.reset()
        self.quiz_view.reset()
        self.mastery.reset()
        self.modes.blockSignals(True)
        self.modes.set_mode("explain")
        self.modes.blockSignals(False)
        self.stack.setCurrentWidget(self.ask_view)

    # -- internals ----------------------------------------------------------------------------
    def _course_picked(self, name: str) -> None:
        if name:
            self.course_changed.emit(name)
            self.mastery.course = name
            self.mastery.refresh()
        self._mode_changed(self.modes.mode)

    def cancel_making(self) -> None:
        if self._session_task is not None:
            self._session_task.cancel()
            self._session_task = None

    def _mode_changed(self, mode: str) -> None:
        if self.learner is None:
            return
        course = self.course.currentText() or None
        self.cancel_making()
        if mode == "quiz":
            if not course:
                self.stack.setCurrentWidget(self.quiz_view)
                return
            self.stack.setCurrentWidget(self.making)
            self._show_making(0, 0)
            if self._make_session_steps is not None:
                task = self._runner.stream(self._make_session_steps, self.learner, course, lane="db") \
                    .on_item(self._making_item)
            else:
                task = self._runner.single(self._make_session, self.learner, course, lane="db", pass_cancel=True) \
                    .on_done(self._quiz_ready)
            self._session_task = task.on_error(self._quiz_failed) \
                .on_cancelled(lambda: self.modes.set_mode("explain")).start()
        else:
            self.stack.setCurrentWidget(self.ask_view)
            self.ask_view.set_context(self.learner, course, mode)

    def _making_item(self, item: Any) -> None:
        if hasattr(item, "done") and hasattr(item, "total"):      # the engine's GenerationProgress
            self._show_making(item.done, item.total)
            self.quiz_progress.emit(item.done, item.total)
        else:
            self._quiz_ready(item)

    def _show_making(self, done: int, total: int) -> None:
        """A numbered bar once the engine knows how many lessons it goes through; busy until then."""
        if total <= 0:
            self.making_bar.setRange(0, 0)
            self.making_label.setText(self.tr("Making questions… This takes a little while the first time."))
        else:
            self.making_bar.setRange(0, total)
            self.making_bar.setValue(done)
            self.making_label.setText(self.tr("Making questions… {done} of {total}")
                                      .replace("{done}", str(done)).replace("{total}", str(total)))
        self.making_bar.setAccessibleDescription(self.making_label.text())

    def _quiz_ready(self, session: Any) -> None:
        self._session_task = None
        self.stack.setCurrentWidget(self.quiz_view)
        self.quiz_view.start(session)

    def _quiz_failed(self, exc: BaseException) -> None:
        self._session_task = None
        self.stack.setCurrentWidget(self.quiz_view)
        self.error.emit(exc)
