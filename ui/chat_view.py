"""The chat: the learner's questions and the tutor's streamed answers, with Send and Stop."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from engine.turn.items import Notice, SafetyReply, Text, TurnDone, TurnKind
from ui.common.a11y import announce
from ui.common.i18n import bidi_marked
from ui.tasks import Task, TaskRunner

# Redraw a streaming answer at most this often (ms): smooth for the eye, cheap for the CPU.
STREAM_REDRAW_MS = 50

AnswerFn = Callable[..., Iterator[Any]]  # (question, *, cancel) -> the engine turn's items (engine.turn)


class MessageWidget(QFrame):
    """One message. `footer` holds extras other features add (citations, a speaker button...)."""

    def __init__(self, role: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.setObjectName(f"message-{role}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.who = who = QLabel()
        who.setObjectName("message-author")
        self.retranslate_ui()
        self.body = QLabel(text)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.footer = QHBoxLayout()
        self.footer.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(who)
        layout.addWidget(self.body)
        layout.addLayout(self.footer)

    def retranslate_ui(self) -> None:
        self.who.setText(self.tr("You") if self.role == "learner" else self.tr("Tutor"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def text(self) -> str:
        return self.body.text()

    def set_text(self, text: str) -> None:
        self.body.setText(text)


class ChatView(QWidget):
    """Sends the learner's question to `answer_fn` on the "llm" lane and streams the reply in.

    Only the engine turn's `Text`, `SafetyReply` and `Notice` items are shown (each already passed the
    output check); anything else (citations, a route decision) goes out through `answer_item`, and
    a raw model stream shows nothing."""

    answer_started = Signal(object)           # MessageWidget of the tutor's reply
    answer_item = Signal(object, object)      # (MessageWidget, a non-text item such as citations)
    answer_finished = Signal(object, str)     # (MessageWidget, reason: "stop" | "cancelled" | "error")
    error = Signal(object)                    # an exception, for the window's one error display

    def __init__(self, runner: TaskRunner, answer_fn: AnswerFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.answer_fn = answer_fn
        self._task: Task | None = None
        self.last_question: str | None = None
        self._reply: MessageWidget | None = None
        self._pending = ""
        self._finish_reason = "stop"
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(STREAM_REDRAW_MS)
        self._flush_timer.timeout.connect(self._flush)

        # Before the first question: a friendly hint and up to 3 questions from the course's own headings.
        self.empty = QFrame()
        self.empty.setObjectName("chat-empty")
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self._suggestions = QHBoxLayout()       # one row: the hint and the questions fit a 1024x600 chat
        self._suggestions.setContentsMargins(0, 0, 0, 0)
        self._suggestions.addStretch(1)
        self.suggestion_buttons: list[QPushButton] = []
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addLayout(self._suggestions)
        self._messages = QVBoxLayout()
        self._messages.addWidget(self.empty)
        self._messages.addStretch(1)
        holder = QWidget()
        holder.setLayout(self._messages)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
        bar = self.scroll.verticalScrollBar()
        # Follow the newest message, but never past the start of the latest question: on a 1024x600 kiosk
        # a cited answer is taller than the conversation panel, and following its end scrolled the answer's
        # first lines out of sight. An empty chat stays at the top, where its hint is. After the layout has
        # placed the messages (the range changes first).
        self._turn_question: MessageWidget | None = None
        bar.rangeChanged.connect(lambda _lo, _hi: QTimer.singleShot(0, self, self._follow))

        self.input = QPlainTextEdit()
        self.input.setObjectName("question-input")
        self.input.setMaximumHeight(72)     # two lines of the large low-vision text; it scrolls beyond
        self.input.setTabChangesFocus(True)      # Tab moves on to Send; it never types a tab
        self.send_button = QPushButton()
        self.send_button.setObjectName("send-button")
        self.send_button.setDefault(True)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stop-button")
        self.stop_button.setEnabled(False)
        self.retranslate_ui()
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        self.input.installEventFilter(self)
        QShortcut(QKeySequence("Escape"), self, activated=self.stop)

        self.input_row = QHBoxLayout()
        self.input_row.addWidget(self.input, 1)
        buttons = QHBoxLayout()      # side by side: stacked, they doubled the input row's height
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        self.input_row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self.input_row)

    def retranslate_ui(self) -> None:
        self.input.setPlaceholderText(self.tr("Ask a question… (Enter to send, Shift+Enter for a new line)"))
        self.input.setAccessibleName(self.tr("Your question"))
        self.input.setAccessibleDescription(self.tr("Type a question. Enter sends it; Shift+Enter starts a new line."))
        self.send_button.setText(self.tr("Send"))
        self.stop_button.setText(self.tr("Stop"))
        self.send_button.setAccessibleDescription(self.tr("Send your question to the tutor."))
        self.stop_button.setAccessibleDescription(self.tr("Stop the answer that is being written."))
        self.scroll.setAccessibleName(self.tr("Conversation"))
        self.empty_hint.setText(self.tr("Ask me anything about your lessons. You can type a question, or start "
                                        "with one of these:") if self.suggestion_buttons else
                                self.tr("Ask me anything about your lessons. Type your question below."))
        for b in self.suggestion_buttons:
            b.setAccessibleDescription(self.tr("Ask this question"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, obj: object, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Enter sends (what children expect); Shift+Enter adds a line.
        if obj is self.input and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not shift:
                self.send()
                return True
        return super().eventFilter(obj, event)

    # -- public -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None

    def add_above_input(self, widget: QWidget) -> None:
        """A strip between the conversation and the input (e.g. the escalation bar)."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.scroll) + 1, widget)

    def reset(self) -> None:
        """Forget the conversation on screen (sign-out): answer stopped, messages, input and scroll-back gone."""
        if self._task is not None:
            self._task.cancel()
        self._flush_timer.stop()
        self._task, self._reply, self._pending = None, None, ""
        for message in self.messages():
            self._messages.removeWidget(message)
            message.setParent(None)
            message.deleteLater()
        self.input.clear()
        self.last_question = None
        self._turn_question = None
        self.set_suggestions([])       # the next learner's course brings its own
        self.empty.show()
        self.send_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.scroll.verticalScrollBar().setValue(0)

    def set_suggestions(self, questions: list[str]) -> None:
        """The questions the empty chat offers (the course's own headings, made by the engine/app)."""
        for b in self.suggestion_buttons:
            self._suggestions.removeWidget(b)
            b.setParent(None)
            b.deleteLater()
        self.suggestion_buttons = []
        for question in questions[:3]:
            b = QPushButton(bidi_marked(question))    # its end punctuation stays put in a right-to-left window
            b.setAccessibleName(question)
            b.setProperty("role", "secondary")
            b.clicked.connect(lambda _c=False, q=question: self.send(q))
            self.suggestion_buttons.append(b)
            self._suggestions.insertWidget(self._suggestions.count() - 1, b)
        self.retranslate_ui()

    def _follow(self) -> None:
        bar = self.scroll.verticalScrollBar()
        messages = self.messages()
        if not messages:
            bar.setValue(0)
            return
        target = bar.maximum()
        question = self._turn_question
        if question in messages:
            after = messages[messages.index(question) + 1:]
            top = question.y()
            # A long question gives way to its answer's first line.
            if after and after[0].y() - top > self.scroll.viewport().height() // 3:
                top = after[0].y()
            target = min(target, max(0, top - self._messages.spacing()))
        bar.setValue(target)

    def messages(self) -> list[MessageWidget]:
        return [w for i in range(self._messages.count())
                if isinstance(w := self._messages.itemAt(i).widget(), MessageWidget)]

    def add_message(self, role: str, text: str) -> MessageWidget:
        widget = MessageWidget(role, text)
        self._messages.addWidget(widget)
        self.empty.hide()
        return widget

    def send(self, text: str | None = None, **options: Any) -> None:
        """Ask `text` (default: the input box); `options` go to the answer function (e.g. deeper=True)."""
        question = (text if isinstance(text, str) else self.input.toPlainText()).strip()
        if not question or self.busy:
            return
        if not isinstance(text, str):
            self.input.clear()
        self.last_question = question
        self._turn_question = self.add_message("learner", question)
        self._reply = self.add_message("tutor", "…")
        self._pending, self._finish_reason = "", "stop"
        self.answer_started.emit(self._reply)
        self.send_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self._task = (self._runner.stream(self.answer_fn, question, lane="llm", **options)
                      .on_item(self._on_item).on_done(self._on_done).on_error(self._on_error)
                      .on_cancelled(self._on_cancelled).start())
        self._flush_timer.start()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    # -- stream handling ------------------------------------------------------------------------
    def _on_item(self, item: Any) -> None:
        # The engine's turn items (engine.turn): every text has passed the output check already.
        if isinstance(item, Text):
            self._pending += item.text
            if self._reply is not None and self._reply.text == "…":
                self._flush()      # the first checked sentence shows at once; later ones at the redraw pace
        elif isinstance(item, Notice):
            # Its own line: an English answer and a note in the learner's language (Arabic, say) in one paragraph
            # were laid out as one jumbled right-to-left line.
            so_far = ("" if self._reply is None or self._reply.text == "…" else self._reply.text) + self._pending
            self._pending += ("\n" if so_far and not so_far.endswith("\n") else "") + item.text + "\n"
            if self._reply is not None:
                self.answer_item.emit(self._reply, item)
        elif isinstance(item, SafetyReply):
            self._pending += item.text + " "
            if self._reply is not None:
                self.answer_item.emit(self._reply, item)
        elif isinstance(item, TurnDone):
            self._finish_reason = "cancelled" if item.kind == TurnKind.STOPPED else "stop"
            if self._reply is not None:
                self.answer_item.emit(self._reply, item)
        elif self._reply is not None:               # citations, a route decision; never raw model text
            self.answer_item.emit(self._reply, item)

    def _flush(self) -> None:
        if self._reply is not None and self._pending:
            current = self._reply.text
            self._reply.set_text(("" if current == "…" else current) + self._pending)
            self._pending = ""

    def _finish(self, reason: str) -> None:
        self._flush()
        self._flush_timer.stop()
        reply, self._reply, self._task = self._reply, None, None
        if reply is not None and reply.text != reply.text.rstrip():
            reply.set_text(reply.text.rstrip())          # a notice's line break at the very end
        if reply is not None and reply.text in ("", "…"):
            reply.set_text(self.tr("(stopped)") if reason == "cancelled" else self.tr("(no answer)"))
        self.send_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        if reply is not None:
            announce(reply.body, reply.text)     # screen readers read the new answer
            self.answer_finished.emit(reply, reason)

    def _on_done(self, _result: Any) -> None:
        self._finish(self._finish_reason)

    def _on_cancelled(self) -> None:
        self._finish("cancelled")

    def _on_error(self, exc: BaseException) -> None:
        if self._reply is not None:
            self._reply.set_text(self.tr("Sorry, something went wrong while answering."))
        self._finish("error")
        self.error.emit(exc)

