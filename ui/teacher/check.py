"""Teacher screen: the material check — duplicate passages, passages far above the class's grade,
lessons without quiz questions, questions the material did not cover — each with the action
the engine suggests (engine/teacher/check.py)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.tasks import TaskRunner
from ui.teacher.common import CourseChooser, Message, TeacherScreen, fill_table, make_table


def kind_text(kind: str) -> str:
    return {"duplicate": QCoreApplication.translate("CheckScreen", "Same passage twice"),
            "near_duplicate": QCoreApplication.translate("CheckScreen", "Almost the same passage"),
            "too_hard": QCoreApplication.translate("CheckScreen", "Hard to read for the class"),
            "no_quiz": QCoreApplication.translate("CheckScreen", "Lesson without questions"),
            "not_covered": QCoreApplication.translate("CheckScreen", "Question the material does not answer"),
            }.get(kind, kind)


def severity_text(severity: str) -> str:
    return {"high": QCoreApplication.translate("CheckScreen", "High"),
            "medium": QCoreApplication.translate("CheckScreen", "Medium"),
            "low": QCoreApplication.translate("CheckScreen", "Low")}.get(severity, severity)


def action_text(action: str) -> str:
    """What to do, in the window's words (the engine's action_text names CLI commands)."""
    return {"simplify": QCoreApplication.translate("CheckScreen", "Make an easier version in Reading."),
            "generate_quiz": QCoreApplication.translate("CheckScreen", "Make or add questions in Quizzes."),
            "remove_passage": QCoreApplication.translate("CheckScreen", "Remove the extra copy in Library."),
            "add_material": QCoreApplication.translate("CheckScreen", "Add material that answers it in Library, "
                                                                      "or answer it in Questions."),
            }.get(action, action)


class CheckScreen(TeacherScreen):
    error = Signal(object)
    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, calls: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._calls = runner, calls
        self.findings: list[Any] = []
        self.course = CourseChooser(runner, calls)
        self.course.error.connect(self.error.emit)
        self.course.chosen.connect(lambda _n: self.refresh())
        self.grade = QComboBox()
        self.grade.setAccessibleName(self.tr("Class grade"))
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.refresh)
        self.course_label, self.grade_label = QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.course_label)
        top.addWidget(self.course, 1)
        top.addWidget(self.grade_label)
        top.addWidget(self.grade)
        top.addWidget(self.run_button)
        self.table = make_table(["", "", "", ""], name=self.tr("Findings"))
        self.table.setWordWrap(True)
        self.message = Message()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.course_label.setText(self.tr("Course"))
        self.grade_label.setText(self.tr("Class grade"))
        keep = max(self.grade.currentIndex(), 0)
        self.grade.clear()
        self.grade.addItem(self.tr("From the learners"), None)
        for g in range(0, 13):
            self.grade.addItem(self.tr("Kindergarten") if g == 0 else str(g), g)
        self.grade.setCurrentIndex(keep)
        self.run_button.setText(self.tr("Check again"))
        self.table.setHorizontalHeaderLabels([self.tr("Importance"), self.tr("What"), self.tr("Details"),
                                              self.tr("Suggested action")])

    def refresh(self) -> None:
        course = self.course.currentText()
        if not course:
            return
        self.run_button.setEnabled(False)
        self._runner.single(self._calls.check, course, self.grade.currentData(), lane="default") \
            .on_done(self._fill).on_error(self._failed).start()

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.message.problem(exc)

    def _fill(self, findings: list[Any]) -> None:
        self.run_button.setEnabled(True)
        self.findings = findings
        fill_table(self.table, [[severity_text(f.severity), kind_text(f.kind), f.message, action_text(f.action)]
                                for f in findings])
        for row, f in enumerate(findings):
            self.table.item(row, 3).setToolTip(f.action_text)
        self.table.resizeRowsToContents()
        self.message.say(self.tr("Nothing to fix: the material looks good.") if not findings
                         else self.tr("%n thing(s) to look at.", "", len(findings)))
        self.loaded.emit(len(findings))
