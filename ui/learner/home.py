"""The learner's home: a welcome, what to do next, three questions to try, and the lessons to read.

Everything shown comes in one `home_fn(learner, course) -> dict` call on the "db" lane (built in app/
from engine functions):
  {"course": str | None, "courses": [str], "next_step": str, "reviews_due": int,
   "suggestions": [str], "lessons": [{"title": str, "text": str}]}
The home only renders it and emits what the learner pressed.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListView, QListWidget, QPushButton, QSizePolicy, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from ui.common.i18n import bidi_marked
from ui.tasks import TaskRunner


class WrappingButton(QPushButton):
    """A button whose long text is shortened with "…" to fit (the whole text stays its accessible name)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(80)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        room = max(20, self.width() - 36)
        self.setText(bidi_marked(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)))


# Lines of text (of the current font) the home needs to show everything; below these, the parts that are not
# needed to read a lesson give way so the lesson list and the reader keep the height that is left (low vision
# at 1024x600 has ~12 lines: the reader was one line high under the welcome, the card and the suggestions).
ROOM_FOR_SUGGESTIONS = 16       # the "Questions you could ask" row
ROOM_FOR_WELCOME = 14           # the "Hi {name}!" title (the name is in the top bar too)


class LearnerHome(QWidget):
    ask_requested = Signal(str)          # a suggested question: ask it in the Ask tab
    practise_requested = Signal()        # open the quiz
    error = Signal(object)
    loaded = Signal(object)              # the home data dict, after it is shown

    def __init__(self, runner: TaskRunner, home_fn: Callable[..., dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._home_fn = home_fn
        self._learner: Any | None = None
        self._lessons: list[dict[str, Any]] = []
        self._data: dict[str, Any] | None = None     # the home on screen, drawn again in a new language
        self._course: str | None = None
        self._stale = False                           # progress changed elsewhere: reload the next step when shown
        self._welcome_shown = False
        self.suggestion_buttons: list[QPushButton] = []

        self.welcome = QLabel("")
        self.welcome.setProperty("role", "title")
        self.welcome.setWordWrap(True)
        self.next_step = QLabel("")
        self.next_step.setWordWrap(True)
        self.practise_button = QPushButton()
        self.practise_button.clicked.connect(self.practise_requested.emit)
        self.ask_button = QPushButton()
        self.ask_button.setProperty("role", "secondary")
        self.ask_button.clicked.connect(lambda: self.ask_requested.emit(""))
        step = QFrame()
        step.setObjectName("card")
        sl = QVBoxLayout(step)
        sl.addWidget(self.next_step)
        buttons = QHBoxLayout()
        buttons.addWidget(self.practise_button)
        buttons.addWidget(self.ask_button)
        buttons.addStretch(1)
        sl.addLayout(buttons)

        self.try_label = QLabel()
        self._suggestions = QHBoxLayout()
        self._suggestions.setContentsMargins(0, 0, 0, 0)

        self.lessons = QListWidget()
        # Long titles wrap (a sideways scroll bar under three rows hid them in the large low-vision text).
        self.lessons.setWordWrap(True)
        self.lessons.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lessons.setResizeMode(QListView.ResizeMode.Adjust)
        self.lessons.currentRowChanged.connect(self._open_lesson)
        self.reader = QTextBrowser()
        self.reader.setOpenExternalLinks(False)
        self.reader_tools = QHBoxLayout()      # Read aloud goes here (app/ adds it when voice is there)
        reader_box = QWidget()
        rl = QVBoxLayout(reader_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.reader, 1)
        rl.addLayout(self.reader_tools)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.lessons)
        split.addWidget(reader_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.welcome)
        layout.addWidget(step)
        layout.addWidget(self.try_label)
        layout.addLayout(self._suggestions)
        layout.addWidget(split, 1)
        self._fit_height()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.next_step.setAccessibleName(self.tr("Your next step"))
        self.practise_button.setText(self.tr("Practise"))
        self.practise_button.setAccessibleDescription(self.tr("Answer quiz questions about your lessons."))
        self.ask_button.setText(self.tr("Ask a question"))
        self.try_label.setText(self.tr("Questions you could ask:"))
        self.lessons.setAccessibleName(self.tr("Lessons"))
        self.lessons.setAccessibleDescription(self.tr("Choose a lesson to read it."))
        self.reader.setAccessibleName(self.tr("Lesson text"))
        self.reader.setPlaceholderText(self.tr("Choose a lesson to read it here."))   # not an empty box
        for b in self.suggestion_buttons:
            b.setAccessibleDescription(self.tr("Ask this question"))
        if self._welcome_shown:
            self._show_welcome()
        if self._data is not None:
            self._show_step(self._data)
            if not self._lessons:
                self.reader.setPlainText(self._no_lessons())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:        # a new theme: the same height holds fewer lines
            self._fit_height()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Hide the suggestions (then the welcome) when the home is short for its font. Decided from the
        home's own height and font only, so showing or hiding them never feeds back into the decision."""
        lines = self.height() / max(1, self.fontMetrics().lineSpacing())
        self.welcome.setVisible(lines >= ROOM_FOR_WELCOME)
        shown = lines >= ROOM_FOR_SUGGESTIONS and bool(self.suggestion_buttons)
        self.try_label.setVisible(shown)
        for b in self.suggestion_buttons:
            b.setVisible(shown)

    # -- from the session ---------------------------------------------------------------------
    def set_learner(self, learner: Any | None, *, course: str | None = None) -> None:
        """Show the home of `learner` (None: a guest) for `course` (None: the default one)."""
        self._learner = learner
        self._course = course
        self._stale = False
        self._data = None
        self._welcome_shown = True
        self._show_welcome()
        self.next_step.setText(self.tr("Loading your next step…"))
        self.practise_button.setEnabled(learner is not None)
        (self._runner.single(self._home_fn, learner, course, lane="session")
         .on_done(lambda data, who=learner: self._show(data) if who is self._learner else None)
         .on_error(self.error.emit).start())

    def progress_changed(self) -> None:
        """The learner's progress changed (a quiz answer on the Tutor tab): the next step and the reviews
        due are loaded again - now if the home is on screen, else when it is next shown. The lesson being
        read stays open."""
        self._stale = True
        if self.isVisible():
            self._reload_step()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._reload_step()

    def _reload_step(self) -> None:
        self._stale = False
        learner = self._learner
        if learner is None:
            return
        (self._runner.single(self._home_fn, learner, self._course, lane="session")
         .on_done(lambda data, who=learner: self._show_step_of(data) if who is self._learner else None)
         .on_error(self.error.emit).start())

    def _show_step_of(self, data: dict[str, Any]) -> None:
        if self._data is not None:
            self._data = {**self._data, "next_step": data.get("next_step"), "reviews_due": data.get("reviews_due")}
        self._show_step(data)

    def reset(self) -> None:
        self._learner = None
        self._course = None
        self._stale = False
        self._data = None
        self._welcome_shown = False
        for w in (self.welcome, self.next_step):
            w.clear()
        self._set_suggestions([])
        self.lessons.clear()
        self.reader.clear()
        self._lessons = []

    def current_lesson_text(self) -> str:
        return self.reader.toPlainText()

    # -- internals ----------------------------------------------------------------------------
    def _show_welcome(self) -> None:
        if self._learner is not None:
            self.welcome.setText(self.tr("Hi {name}! What would you like to learn today?")
                                 .replace("{name}", self._learner.name))
        else:
            self.welcome.setText(self.tr("Hi there! What would you like to learn today?"))

    def _show_step(self, data: dict[str, Any]) -> None:
        step = data.get("next_step") or self.tr("Read a lesson, then practise with a quiz.")
        due = int(data.get("reviews_due") or 0)
        if due:
            step = self.tr("%n question(s) ready to review. {step}", "", due).replace("{step}", step)
        self.next_step.setText(step)

    def _show(self, data: dict[str, Any]) -> None:
        self._data = data
        self._show_step(data)
        self._set_suggestions(list(data.get("suggestions") or [])[:3])
        self._lessons = list(data.get("lessons") or [])
        self.lessons.blockSignals(True)
        self.lessons.clear()
        for lesson in self._lessons:
            self.lessons.addItem(lesson["title"])
        self.lessons.blockSignals(False)
        self.reader.clear()
        if not self._lessons:
            self.reader.setPlainText(self._no_lessons())
        self.loaded.emit(data)

    def _no_lessons(self) -> str:
        return self.tr("There are no lessons in this course yet. Ask your teacher to add some.")

    def _set_suggestions(self, questions: list[str]) -> None:
        for b in self.suggestion_buttons:
            self._suggestions.removeWidget(b)
            b.setParent(None)
            b.deleteLater()
        self.suggestion_buttons = []
        for q in questions:
            b = WrappingButton(q)
            b.setProperty("role", "secondary")
            b.setAccessibleDescription(self.tr("Ask this question"))
            b.clicked.connect(lambda _c=False, text=q: self.ask_requested.emit(text))
            self.suggestion_buttons.append(b)
            self._suggestions.addWidget(b)
        self._fit_height()

    def _open_lesson(self, row: int) -> None:
        if 0 <= row < len(self._lessons):
            lesson = self._lessons[row]
            self.reader.setPlainText(f"{lesson['title']}\n\n{lesson['text']}")
