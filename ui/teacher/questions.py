"""Teacher screen: one queue of open questions — questions the lessons did not cover and questions
saved for the cloud tutor — to answer yourself, let the cloud tutor answer, or mark as a gap in the
material (engine/teacher/questions.py)."""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.changes import ChangeTally
from ui.tasks import TaskRunner
from ui.teacher.common import Message, TeacherScreen, fill_table, local_time, make_table

QUESTION = 2          # the table's question column
# A question the hub refused is long (over its limit: 32,000 characters by default): the table shows its
# beginning in a few lines, so the State column stays in view; the tooltip shows more of it.
SHOWN_CHARS, TIP_CHARS = 200, 2000


def shortened(text: str, limit: int) -> str:
    """`text` cut to `limit` characters at a space where there is one late enough, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


class QuestionsScreen(TeacherScreen):
    error = Signal(object)
    loaded = Signal(int)
    resolved = Signal(str)        # the question id the teacher acted on
    changed = Signal(object)      # engine.changes.Changes the action reported

    def __init__(self, runner: TaskRunner, calls: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._calls = runner, calls
        self.questions: list[Any] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        self.table = make_table(["", "", "", "", ""], name=self.tr("Open questions"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)          # the question takes the room, wrapped; the rest fit
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._column_resized)
        self.table.itemSelectionChanged.connect(self._selected)
        self.answer = QPlainTextEdit()
        self.answer.setAccessibleName(self.tr("Your answer"))
        self.answer.setMaximumHeight(90)
        self.answer.setTabChangesFocus(True)
        self.answer_button = QPushButton()
        self.answer_button.clicked.connect(self.answer_selected)
        self.cloud_button = QPushButton()
        self.cloud_button.setProperty("role", "secondary")
        self.cloud_button.clicked.connect(self.cloud_selected)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("What material to add"))
        self.material_button = QPushButton()
        self.material_button.setProperty("role", "secondary")
        self.material_button.clicked.connect(self.material_selected)
        self.message = Message()
        row1 = QHBoxLayout()
        row1.addWidget(self.answer, 1)
        row1.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignTop)
        row2 = QHBoxLayout()
        row2.addWidget(self.note, 1)
        row2.addWidget(self.material_button)
        row2.addWidget(self.cloud_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.message)
        self.retranslate_ui()
        self._selected()

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr("Questions learners asked that the lessons did not answer, and questions saved "
                                   "for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or "
                                   "note the material to add."))
        self.table.setHorizontalHeaderLabels([self.tr("Asked"), self.tr("Learner"), self.tr("Question"),
                                              self.tr("From"), self.tr("State")])
        self.answer.setPlaceholderText(self.tr("Your answer goes to the learner's history."))
        self.answer_button.setText(self.tr("Answer it yourself"))
        self.cloud_button.setText(self.tr("Let the cloud tutor answer"))
        self.note.setPlaceholderText(self.tr("Material to add (optional note)"))
        self.material_button.setText(self.tr("Add material"))

    def refresh_courses(self) -> None:
        self.refresh()

    def refresh_all(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._runner.single(self._calls.open_questions, lane="session").on_done(self._fill) \
            .on_error(self.error.emit).start()

    def _state(self, q: Any) -> str:
        return {"open": self.tr("Open"), "add_material": self.tr("Material to add: {note}").replace("{note}", q.note),
                "pending_approval": self.tr("Waiting for you to approve"),
                "ready": self.tr("Saved for the cloud tutor"),
                "not_sendable": self.tr("Too long for the cloud tutor")}.get(q.status, q.status)

    def _fill(self, questions: list[Any]) -> None:
        keep = self.selected_id()
        self.questions = questions
        fill_table(self.table, [[local_time(q.asked_at), q.learner_name or self.tr("Guest"),
                                 shortened(q.question, SHOWN_CHARS),
                                 self.tr("Not in the lessons") if q.source == "not_covered"
                                 else self.tr("Saved for the cloud"), self._state(q)] for q in questions],
                   data=[q.id for q in questions])
        self.table.horizontalHeader().resizeSections()   # fill_table sized the question to its text: stretch it back
        for row, q in enumerate(questions):
            if len(q.question) > SHOWN_CHARS:        # rich text: Qt wraps it in the tooltip
                self.table.item(row, QUESTION).setToolTip(f"<p>{html.escape(shortened(q.question, TIP_CHARS))}</p>")
        self.table.resizeRowsToContents()
        ids = [q.id for q in questions]
        if keep in ids:
            self.table.setCurrentCell(ids.index(keep), 0)
        else:   # gone (answered, sent to the cloud): the row in its place is another question
            self.table.clearSelection()
            self.table.setCurrentCell(-1, -1)
        self._selected()
        self.loaded.emit(len(questions))

    def _column_resized(self, index: int, _old: int, _new: int) -> None:
        if index == QUESTION:        # the question wraps to the column's new width
            self.table.resizeRowsToContents()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def select(self, question_id: str) -> None:
        # setCurrentCell, not selectRow: in a right-to-left window whose columns fill the table, Qt's
        # selectRow looks for the column at the viewport's far edge, finds none and selects nothing.
        self.table.setCurrentCell([q.id for q in self.questions].index(question_id), 0)

    def _selected(self) -> None:
        qid = self.selected_id()
        chosen = next((q for q in self.questions if q.id == qid), None)
        for w in (self.answer, self.answer_button, self.note, self.material_button):
            w.setEnabled(chosen is not None)
        # The hub refused a not sendable question as too long: the engine refuses to approve it too.
        self.cloud_button.setEnabled(chosen is not None and chosen.sendable)

    def _act(self, fn: Any, *args: Any, done_text: str) -> None:
        qid = self.selected_id()
        if qid is None:
            return

        tally = ChangeTally()

        def done(_r: Any) -> None:
            self.message.say(done_text)
            self.answer.clear()
            self.note.clear()
            self.resolved.emit(qid)
            self.refresh()
            if tally.changes:
                self.changed.emit(tally.changes)

        self._runner.single(fn, qid, *args, tally=tally, lane="session").on_done(done) \
            .on_error(self.message.problem).start()

    def answer_selected(self) -> None:
        self._act(self._calls.answer_question, self.answer.toPlainText(),
                  done_text=self.tr("Answered: the learner finds it in their history."))

    def cloud_selected(self) -> None:
        self._act(self._calls.cloud_question,
                  done_text=self.tr("The cloud tutor answers it when the school's hub is reachable."))

    def material_selected(self) -> None:
        self._act(self._calls.material_question, self.note.text(),
                  done_text=self.tr("Marked: the material check lists it until material is added."))
