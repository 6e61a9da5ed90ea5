"""Teacher screen: a printable worksheet — a lesson's approved questions as a PDF with an answer
key, in normal or large print (engine/teacher/worksheet.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QPushButton,
                               QVBoxLayout, QWidget)

from ui.tasks import TaskRunner
from ui.teacher.common import CourseChooser, Message, TeacherScreen


class WorksheetScreen(TeacherScreen):
    error = Signal(object)
    loaded = Signal(int)          # questions the worksheet will have
    saved = Signal(str)

    def __init__(self, runner: TaskRunner, calls: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._calls = runner, calls
        self.course = CourseChooser(runner, calls)
        self.course.error.connect(self.error.emit)
        self.course.chosen.connect(lambda _n: self.refresh())
        self.lesson = QComboBox()
        self.lesson.setAccessibleName(self.tr("Lesson"))
        self.lesson.currentIndexChanged.connect(lambda _i: self._load_items())
        self.large_print = QCheckBox()
        self.answer_key = QCheckBox()
        self.answer_key.setChecked(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.choose_file)
        self.course_label, self.lesson_label, self.preview_label = QLabel(), QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.course_label)
        top.addWidget(self.course, 1)
        top.addWidget(self.lesson_label)
        top.addWidget(self.lesson, 1)
        options = QHBoxLayout()
        options.addWidget(self.large_print)
        options.addWidget(self.answer_key)
        options.addStretch(1)
        options.addWidget(self.save_button)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Questions on the worksheet"))
        self.items.setWordWrap(True)
        self.message = Message()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.course_label.setText(self.tr("Course"))
        self.lesson_label.setText(self.tr("Lesson"))
        self.large_print.setText(self.tr("Large print"))
        self.answer_key.setText(self.tr("Answer key on the last page"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.preview_label.setText(self.tr("Approved questions on this worksheet:"))
        if self.lesson.count():
            self.lesson.setItemText(0, self.tr("The whole course"))

    def refresh(self) -> None:
        course = self.course.currentText()
        if course:
            self._runner.single(self._calls.worksheet_lessons, course, lane="session").on_done(self._fill_lessons) \
                .on_error(self.error.emit).start()

    def _fill_lessons(self, lessons: list[tuple[str, str]]) -> None:
        keep = self.lesson.currentData()
        self.lesson.blockSignals(True)
        self.lesson.clear()
        self.lesson.addItem(self.tr("The whole course"), None)
        for lesson_id, title in lessons:
            self.lesson.addItem(title, lesson_id)
        self.lesson.setCurrentIndex(max(self.lesson.findData(keep), 0))
        self.lesson.blockSignals(False)
        self._load_items()

    def _load_items(self) -> None:
        course = self.course.currentText()
        if course:
            self._runner.single(self._calls.worksheet_items, course, self.lesson.currentData(), lane="session") \
                .on_done(self._fill_items).on_error(self.message.problem).start()

    def _fill_items(self, items: list[Any]) -> None:
        self.items.clear()
        for k, item in enumerate(items, start=1):
            self.items.addItem(f"{k}. {item.question}")
        self.save_button.setEnabled(bool(items))
        self.message.say("" if items else self.tr("No approved questions here yet: approve some in Quizzes."))
        self.loaded.emit(len(items))

    def choose_file(self) -> None:
        name = self.lesson.currentText() or self.course.currentText() or "worksheet"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the worksheet"), f"{name}.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        course = self.course.currentText()
        title = self.lesson.currentText() if self.lesson.currentData() else course

        def done(p: Path) -> None:
            self.message.say(self.tr("Saved {path}").replace("{path}", str(p)))
            self.saved.emit(str(p))

        self._runner.single(self._calls.save_worksheet, course, self.lesson.currentData(), title, path,
                            large_print=self.large_print.isChecked(), answer_key=self.answer_key.isChecked(),
                            lane="session").on_done(done).on_error(self.message.problem).start()
