"""Teacher screen: differentiated reading — an easier version of a passage for a grade (and for
dyslexia), the original and the new text side by side with their readability, the facts kept, and
Approve (learners of that grade see it only then).

The rewriting, readability and fact check are the engine's (engine/teacher/simplify.py), and so is what
an approval changed: `changed` carries the `Changes` the engine reported.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSpinBox, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from engine.changes import ChangeTally
from ui.tasks import TaskRunner
from ui.teacher.common import CourseChooser, Message, TeacherScreen


class ReadingScreen(TeacherScreen):
    error = Signal(object)
    loaded = Signal(int)          # drafts listed
    made = Signal(object)         # a new ReadingDraft
    approved = Signal(object)
    changed = Signal(object)      # engine.changes.Changes an approval reported

    def __init__(self, runner: TaskRunner, calls: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._calls = runner, calls
        self._drafts: list[Any] = []
        self.course = CourseChooser(runner, calls)
        self.course.error.connect(self.error.emit)
        self.course.chosen.connect(lambda _n: self.refresh())
        self.passage = QComboBox()
        self.passage.setAccessibleName(self.tr("Passage"))
        self.passage.setMinimumContentsLength(24)
        self.passage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.grade = QSpinBox()
        self.grade.setRange(0, 12)
        self.grade.setValue(3)
        self.grade.setAccessibleName(self.tr("Target grade"))
        self.dyslexia = QCheckBox()
        self.make_button = QPushButton()
        self.make_button.clicked.connect(self.make)
        self.course_label, self.passage_label, self.grade_label = QLabel(), QLabel(), QLabel()
        row1 = QHBoxLayout()
        row1.addWidget(self.course_label)
        row1.addWidget(self.course)
        row1.addWidget(self.passage_label)
        row1.addWidget(self.passage, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.grade_label)
        row2.addWidget(self.grade)
        row2.addWidget(self.dyslexia)
        row2.addStretch(1)
        row2.addWidget(self.make_button)

        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("Easier versions"))
        self.drafts.setMinimumWidth(200)
        self.drafts.setWordWrap(True)
        self.drafts.currentRowChanged.connect(self._show)
        self.before = QTextBrowser()
        self.before.setAccessibleName(self.tr("Original passage"))
        self.after = QTextBrowser()
        self.after.setAccessibleName(self.tr("Easier version"))
        self.before_label, self.after_label = QLabel(), QLabel()
        for label in (self.before_label, self.after_label):
            label.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.approve)
        self.message = Message()
        texts = QWidget()
        grid = QGridLayout(texts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.before_label, 0, 0)
        grid.addWidget(self.after_label, 0, 1)
        grid.addWidget(self.before, 1, 0)
        grid.addWidget(self.after, 1, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.drafts)
        split.addWidget(texts)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.facts, 1)
        bottom.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.retranslate_ui()
        self._show(-1)

    def retranslate_ui(self) -> None:
        self.course_label.setText(self.tr("Course"))
        self.passage_label.setText(self.tr("Passage"))
        self.grade_label.setText(self.tr("For grade"))
        self.dyslexia.setText(self.tr("Dyslexia-friendly (short lines)"))
        self.make_button.setText(self.tr("Make an easier version"))
        self.approve_button.setText(self.tr("Approve for learners"))
        self._show(self.drafts.currentRow())

    def refresh(self) -> None:
        course = self.course.currentText()
        if not course:
            return
        self._runner.single(self._calls.passages, course, lane="session").on_done(self._fill_passages) \
            .on_error(self.error.emit).start()
        self._runner.single(self._calls.reading_drafts, course, lane="session").on_done(self._fill) \
            .on_error(self.error.emit).start()

    def _fill_passages(self, passages: list[tuple[int, str]]) -> None:
        keep = self.passage.currentData()
        self.passage.clear()
        for chunk_id, label in passages:
            self.passage.addItem(label, chunk_id)
        at = self.passage.findData(keep)
        if at >= 0:
            self.passage.setCurrentIndex(at)

    def _status(self, d: Any) -> str:
        return self.tr("approved") if d.status == "approved" else self.tr("draft")

    def _fill(self, drafts: list[Any], select: str | None = None) -> None:
        self._drafts = drafts
        self.drafts.blockSignals(True)
        self.drafts.clear()
        for d in drafts:
            text = self.tr("Passage {chunk}, grade {grade} ({status})").replace("{chunk}", str(d.chunk_id)) \
                .replace("{grade}", str(d.target_grade)).replace("{status}", self._status(d))
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, d.id)
            self.drafts.addItem(row)
        self.drafts.blockSignals(False)
        ids = [d.id for d in drafts]
        self.drafts.setCurrentRow(ids.index(select) if select in ids else (len(ids) - 1 if ids else -1))
        self._show(self.drafts.currentRow())
        self.loaded.emit(len(drafts))

    def _reading(self, r: dict[str, Any]) -> str:
        grade = r.get("grade")
        words = str(r.get("words_per_sentence", ""))
        if grade is None:
            return self.tr("{words} words per sentence").replace("{words}", words)
        return self.tr("Reading grade {grade} · {words} words per sentence").replace("{grade}", str(grade)) \
            .replace("{words}", words)

    def current(self) -> Any | None:
        row = self.drafts.currentRow()
        return self._drafts[row] if 0 <= row < len(self._drafts) else None

    def _show(self, _row: int) -> None:
        d = self.current()
        self.approve_button.setEnabled(d is not None and d.status != "approved")
        if d is None:
            self.before.clear()
            self.after.clear()
            self.before_label.setText(self.tr("Original"))
            self.after_label.setText(self.tr("Easier version"))
            self.facts.setText(self.tr("Choose a passage and a grade, then make an easier version."))
            return
        self.before.setPlainText(d.original)
        glossary = "".join(f"\n• {term}: {sentence}" for term, sentence in d.glossary)
        self.after.setPlainText(d.simplified + (("\n\n" + self.tr("Words to know:") + glossary) if glossary else ""))
        self.before_label.setText(self.tr("Original — {reading}").replace("{reading}", self._reading(d.before)))
        self.after_label.setText(self.tr("Easier version — {reading}").replace("{reading}", self._reading(d.after)))
        self.facts.setText(self.tr("Every fact of the original is kept.") if not d.missing_facts
                           else self.tr("Missing from the easier version: {facts}. Check it before you approve.")
                           .replace("{facts}", ", ".join(d.missing_facts)))

    def make(self) -> None:
        chunk_id = self.passage.currentData()
        if chunk_id is None:
            return
        self.make_button.setEnabled(False)

        def done(d: Any) -> None:
            self.make_button.setEnabled(True)
            self._fill([*self._drafts, d], select=d.id)
            self.message.say(self.tr("Made a draft. Learners see it only after you approve it."))
            self.made.emit(d)

        def failed(exc: BaseException) -> None:
            self.make_button.setEnabled(True)
            self.message.problem(exc)

        self._runner.single(self._calls.simplify, int(chunk_id), grade=self.grade.value(),
                            dyslexia=self.dyslexia.isChecked(), lane="session").on_done(done).on_error(failed).start()

    def approve(self) -> None:
        d = self.current()
        if d is None:
            return

        tally = ChangeTally()

        def done(new: Any) -> None:
            self._fill([new if x.id == new.id else x for x in self._drafts], select=new.id)
            self.message.say(self.tr("Approved: learners of grade {grade} read this version now.")
                             .replace("{grade}", str(new.target_grade)))
            self.approved.emit(new)
            if tally.changes:
                self.changed.emit(tally.changes)

        self._runner.single(self._calls.approve_reading, d.id, force=bool(d.missing_facts), tally=tally,
                            lane="session") \
            .on_done(done).on_error(self.message.problem).start()
