"""Teacher screen: review the quiz bank — each item with its source passage highlighted; edit, approve,
reject, add your own, approve all drafts; make new questions with a progress bar and Cancel.

The validator, the statuses and generation are the engine's (engine/teacher/quiz_review.py): an
edit the passage does not support comes back as the engine's reason, shown under the form. What each
action changed is the engine's report too (a `ChangeTally` it fills), sent on through `changed`.
"""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QProgressBar, QPushButton, QSpinBox, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from engine.changes import ChangeTally
from ui.tasks import Task, TaskRunner
from ui.teacher.common import CourseChooser, Message, TeacherScreen

STATUSES = ("draft", "approved", "rejected")


def marked_passage(passage: str, highlight: tuple[int, int] | None) -> str:
    """The passage as HTML with the highlighted span in <mark> (bold and underlined, so it shows
    in every theme and without colour)."""
    if not highlight:
        body = html.escape(passage)
    else:
        a, b = highlight
        body = (html.escape(passage[:a]) + "<mark><b><u>" + html.escape(passage[a:b]) + "</u></b></mark>"
                + html.escape(passage[b:]))
    return f'<div style="white-space: pre-wrap">{body}</div>'      # the passage's own line breaks


class AddQuestionDialog(QDialog):
    """The teacher's own question about one passage of the course."""

    def __init__(self, passages: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add your own question"))
        self.passage = QComboBox()
        self.passage.setAccessibleName(self.tr("Passage"))
        for chunk_id, label in passages:
            self.passage.addItem(label, chunk_id)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of question"))
        self.kind.addItem(self.tr("Short answer"), "short")
        self.kind.addItem(self.tr("Choose an option"), "choice")
        self.kind.addItem(self.tr("True or false"), "true_false")
        self.question = QLineEdit()
        self.question.setAccessibleName(self.tr("Question"))
        self.answer = QLineEdit()
        self.answer.setAccessibleName(self.tr("Answer"))
        self.choices = QLineEdit()
        self.choices.setAccessibleName(self.tr("Options"))
        self.choices.setPlaceholderText(self.tr("Options separated by |"))
        self.message = Message()
        form = QFormLayout()
        form.addRow(self.tr("Passage"), self.passage)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Answer"), self.answer)
        form.addRow(self.tr("Options"), self.choices)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add question"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 320)

    def values(self) -> dict[str, Any]:
        return {"chunk_id": int(self.passage.currentData()), "kind": self.kind.currentData(),
                "question": self.question.text(), "answer": self.answer.text(),
                "choices": [c for c in self.choices.text().split("|") if c.strip()]}


class QuizReview(TeacherScreen):
    changed = Signal(object)        # engine.changes.Changes an edit, approval, rejection, addition or generation reported
    error = Signal(object)
    loaded = Signal(int)            # the list shows this many items (tests wait on it)
    generation_finished = Signal(int, bool)   # (items made, cancelled)

    def __init__(self, runner: TaskRunner, calls: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._calls = runner, calls
        self._items: list[Any] = []
        self._gen: Task | None = None
        self._made = 0

        self.course = CourseChooser(runner, calls)
        self.course.error.connect(self.error.emit)
        self.course.chosen.connect(lambda _name: self.refresh())
        self.show_status = QComboBox()
        self.show_status.setAccessibleName(self.tr("Show"))
        self.show_status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QSpinBox()
        self.count.setRange(1, 50)
        self.count.setValue(10)
        self.count.setAccessibleName(self.tr("How many questions to make"))
        self.generate_button = QPushButton()
        self.generate_button.clicked.connect(self.generate)
        self.approve_all_button = QPushButton()
        self.approve_all_button.setProperty("role", "secondary")
        self.approve_all_button.clicked.connect(self.approve_all)
        self.add_button = QPushButton()
        self.add_button.setProperty("role", "secondary")
        self.add_button.clicked.connect(self.add_own)
        top = QHBoxLayout()
        self.course_label, self.show_label = QLabel(), QLabel()
        top.addWidget(self.course_label)
        top.addWidget(self.course, 1)
        top.addWidget(self.show_label)
        top.addWidget(self.show_status)
        top.addStretch(1)
        # The actions get a row of their own: on one row with the filters they were cut off at 1024 px.
        actions = QHBoxLayout()
        self.count_label = QLabel()
        actions.addWidget(self.count_label)
        actions.addWidget(self.count)
        actions.addWidget(self.generate_button)
        actions.addStretch(1)
        actions.addWidget(self.add_button)
        actions.addWidget(self.approve_all_button)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Making questions"))
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setProperty("role", "secondary")
        self.cancel_button.clicked.connect(self.cancel_generation)
        self.progress_row = QWidget()
        pr = QHBoxLayout(self.progress_row)
        pr.setContentsMargins(0, 0, 0, 0)
        pr.addWidget(self.progress, 1)
        pr.addWidget(self.cancel_button)
        self.progress_row.hide()

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show_item)
        self.passage = QTextBrowser()
        self.passage.setAccessibleName(self.tr("Source passage"))
        self.passage.setMinimumHeight(90)
        self.question = QLineEdit()
        self.question.setAccessibleName(self.tr("Question"))
        self.answer = QLineEdit()
        self.answer.setAccessibleName(self.tr("Answer"))
        self.choices = QLineEdit()
        self.choices.setAccessibleName(self.tr("Options"))
        self.status_label = QLabel()
        self.status_label.setProperty("role", "muted")
        self.save_button = QPushButton()
        self.save_button.setProperty("role", "secondary")
        self.save_button.clicked.connect(self.save_edit)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(lambda: self._set_status("approved"))
        self.reject_button = QPushButton()
        self.reject_button.setProperty("role", "secondary")
        self.reject_button.clicked.connect(lambda: self._set_status("rejected"))
        self.message = Message()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        self.form.addRow(self.form_labels[0], self.question)
        self.form.addRow(self.form_labels[1], self.answer)
        self.form.addRow(self.form_labels[2], self.choices)
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.passage_label = QLabel()
        dl.addWidget(self.passage_label)
        dl.addWidget(self.passage, 1)
        dl.addLayout(self.form)
        dl.addWidget(self.status_label)
        dl.addLayout(buttons)
        dl.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.progress_row)
        layout.addWidget(split, 1)
        self.retranslate_ui()
        self._show_item(-1)

    def retranslate_ui(self) -> None:
        self.course_label.setText(self.tr("Course"))
        self.show_label.setText(self.tr("Show"))
        index = max(self.show_status.currentIndex(), 0)
        self.show_status.blockSignals(True)
        self.show_status.clear()
        self.show_status.addItem(self.tr("Drafts to review"), "draft")
        self.show_status.addItem(self.tr("Approved"), "approved")
        self.show_status.addItem(self.tr("Rejected"), "rejected")
        self.show_status.addItem(self.tr("All questions"), None)
        self.show_status.setCurrentIndex(index)
        self.show_status.blockSignals(False)
        self.generate_button.setText(self.tr("Make questions"))
        self.approve_all_button.setText(self.tr("Approve all drafts"))
        self.add_button.setText(self.tr("Add your own…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.passage_label.setText(self.tr("From the material (the answer is marked):"))
        self.save_button.setText(self.tr("Save changes"))
        self.approve_button.setText(self.tr("Approve"))
        self.reject_button.setText(self.tr("Reject"))
        self.choices.setPlaceholderText(self.tr("Options separated by |"))
        for label, text in zip(self.form_labels, (self.tr("Question"), self.tr("Answer"), self.tr("Options")),
                               strict=True):
            label.setText(text)
        self.count_label.setText(self.tr("How many"))

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        course = self.course.currentText()
        if not course:
            return
        self._runner.single(self._calls.review_items, course, self.show_status.currentData(), lane="session") \
            .on_done(self._fill).on_error(self.error.emit).start()

    def _status_text(self, status: str) -> str:
        return {"draft": self.tr("draft"), "approved": self.tr("approved"),
                "rejected": self.tr("rejected")}.get(status, status)

    def _fill(self, items: list[Any]) -> None:
        keep = self.current_id()
        self._items = items
        self.list.blockSignals(True)
        self.list.clear()
        for r in items:
            i = r.item
            row = QListWidgetItem(self.tr("[{status}] {question}").replace("{status}", self._status_text(i.status))
                                  .replace("{question}", i.question))
            row.setData(Qt.ItemDataRole.UserRole, i.id)
            self.list.addItem(row)
        self.list.blockSignals(False)
        ids = [r.item.id for r in items]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else (0 if items else -1))
        self._show_item(self.list.currentRow())
        self.loaded.emit(len(items))

    def current_id(self) -> str | None:
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row is not None else None

    def select(self, item_id: str) -> None:
        for k in range(self.list.count()):
            if self.list.item(k).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.setCurrentRow(k)
                return
        raise KeyError(item_id)

    def _show_item(self, row: int) -> None:
        self.message.say("")
        has = 0 <= row < len(self._items)
        for w in (self.question, self.answer, self.choices, self.save_button, self.approve_button, self.reject_button):
            w.setEnabled(has)
        if not has:
            self.passage.clear()
            for w in (self.question, self.answer, self.choices):
                w.clear()
            self.status_label.setText(self.tr("Choose a question on the left.") if self._items
                                      else self.tr("No questions here yet. Make questions or add your own."))
            return
        r = self._items[row]
        i = r.item
        self.passage.setHtml(marked_passage(r.passage, r.highlight))
        self.question.setText(i.question)
        self.answer.setText(i.answer)
        self.choices.setText(" | ".join(i.choices))
        self.choices.setEnabled(i.kind == "choice")
        origin = {"teacher": self.tr("written by you"), "model": self.tr("made by the model"),
                  "cloze": self.tr("made from a sentence")}.get(i.origin, i.origin)
        self.status_label.setText(self.tr("Status: {status} · {origin} · {citation}")
                                  .replace("{status}", self._status_text(i.status)).replace("{origin}", origin)
                                  .replace("{citation}", i.citation or ""))

    # -- actions --------------------------------------------------------------------------------
    def _after_change(self, text: str, tally: ChangeTally) -> None:
        if tally.changes:                 # approving an item that is gone meanwhile changed nothing
            self.changed.emit(tally.changes)
        self.refresh()
        self.message.say(text)

    def save_edit(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        current = next(r.item for r in self._items if r.item.id == item_id)
        choices = [c.strip() for c in self.choices.text().split("|") if c.strip()] if current.kind == "choice" else None
        tally = ChangeTally()
        self._runner.single(self._calls.edit_item, item_id, question=self.question.text(), answer=self.answer.text(),
                            choices=choices, tally=tally, lane="session") \
            .on_done(lambda _i: self._after_change(self.tr("Saved. It is a draft again until you approve it."), tally)) \
            .on_error(self.message.problem).start()

    def _set_status(self, status: str) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        fn = self._calls.approve if status == "approved" else self._calls.reject
        done = self.tr("Approved: learners can get this question now.") if status == "approved" \
            else self.tr("Rejected: learners will not get this question.")
        tally = ChangeTally()
        self._runner.single(fn, [item_id], tally=tally, lane="session").on_done(lambda _n: self._after_change(done, tally)) \
            .on_error(self.message.problem).start()

    def approve_all(self) -> None:
        course = self.course.currentText()
        if not course:
            return
        tally = ChangeTally()
        self._runner.single(self._calls.approve_all_drafts, course, tally=tally, lane="session") \
            .on_done(lambda n: self._after_change(self.tr("Approved %n draft(s).", "", n), tally)) \
            .on_error(self.message.problem).start()

    def add_own(self) -> None:
        course = self.course.currentText()
        if not course:
            return
        self._runner.single(self._calls.passages, course, lane="session").on_done(self._open_add) \
            .on_error(self.message.problem).start()

    def _open_add(self, passages: list[tuple[int, str]]) -> None:
        dialog = AddQuestionDialog(passages, self)
        self.add_dialog = dialog
        course = self.course.currentText()

        def submit() -> None:
            dialog.buttons.setEnabled(False)
            tally = ChangeTally()

            def failed(exc: BaseException) -> None:
                dialog.buttons.setEnabled(True)
                dialog.message.problem(exc)

            def added(_item: Any) -> None:
                dialog.accept()
                self._after_change(self.tr("Added as a draft. Approve it when it looks right."), tally)

            self._runner.single(self._calls.add_item, course, **dialog.values(), tally=tally, lane="session") \
                .on_done(added).on_error(failed).start()

        dialog.buttons.accepted.connect(submit)
        dialog.open()

    # -- generation -----------------------------------------------------------------------------
    def generate(self) -> None:
        course = self.course.currentText()
        if not course or self._gen is not None:
            return
        self._made = 0
        self.progress.setRange(0, 0)          # busy until the first lesson is done
        self.progress.setFormat(self.tr("Making questions…"))
        self.progress_row.show()
        self.generate_button.setEnabled(False)
        self.message.say("")
        tally = ChangeTally()       # the lessons finished before a cancel keep their questions: the engine says so here
        self._gen = self._runner.stream(self._calls.generate, course, n_items=self.count.value(), tally=tally,
                                        lane="llm") \
            .on_item(self._step).on_done(lambda _r: self._generated(False, tally)) \
            .on_cancelled(lambda: self._generated(True, tally)) \
            .on_error(lambda exc: self._generation_failed(exc, tally)).start()

    def _step(self, p: Any) -> None:
        self._made = p.saved
        self.progress.setFormat(self.tr("Making questions… {done} of {total}").replace("{done}", str(p.done))
                                .replace("{total}", str(p.total)))
        self.progress.setRange(0, p.total)
        self.progress.setValue(p.done)

    def cancel_generation(self) -> None:
        if self._gen is not None:
            self._gen.cancel()

    def _generated(self, cancelled: bool, tally: ChangeTally) -> None:
        self._gen = None
        self.progress_row.hide()
        self.generate_button.setEnabled(True)
        text = (self.tr("Stopped. %n new question(s) were kept as drafts.", "", self._made) if cancelled
                else self.tr("Made %n new question(s) as drafts. Review them below.", "", self._made))
        if cancelled:
            # The worker may still be saving the lesson it was on: read its tally once its lane has run it out.
            self.message.say(text)
            self._runner.single(lambda: None, lane="llm").on_done(lambda _r: self._after_change(text, tally)).start()
        else:
            self._after_change(text, tally)
        self.generation_finished.emit(self._made, cancelled)

    def _generation_failed(self, exc: BaseException, tally: ChangeTally) -> None:
        self._gen = None
        if tally.changes:                 # the lessons finished before the error keep their questions
            self.changed.emit(tally.changes)
        self.progress_row.hide()
        self.generate_button.setEnabled(True)
        self.message.problem(exc)
