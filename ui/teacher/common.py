"""Pieces every teacher screen uses: the course chooser, a read-only table, an inline message."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QWidget)

from engine.errors import LanternError
from ui.tasks import TaskRunner


class TeacherScreen(QWidget):
    """What every teacher screen shares: its words follow a language change (`retranslate_ui`), and
    a new or removed course reloads its course chooser (`course`); screens without one override."""

    course: Any

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh_courses(self) -> None:
        self.course.reload()

    def refresh_all(self) -> None:
        self.course.reload()


def screen_title(key: str) -> str:
    """The teacher area's tab names (functions, so a language change re-reads them)."""
    return {"quizzes": QCoreApplication.translate("TeacherScreens", "Quizzes"),
            "class": QCoreApplication.translate("TeacherScreens", "Class"),
            "outline": QCoreApplication.translate("TeacherScreens", "Outline"),
            "reading": QCoreApplication.translate("TeacherScreens", "Reading"),
            "check": QCoreApplication.translate("TeacherScreens", "Check"),
            "questions": QCoreApplication.translate("TeacherScreens", "Questions"),
            "worksheet": QCoreApplication.translate("TeacherScreens", "Worksheet")}[key]


class CourseChooser(QComboBox):
    """The courses of this kiosk; `chosen(name)` when the teacher picks one (or the list first fills)."""

    chosen = Signal(str)
    error = Signal(object)

    def __init__(self, runner: TaskRunner, calls: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._calls = runner, calls
        self.setAccessibleName(self.tr("Course"))
        self.setMinimumContentsLength(14)
        # 14 characters is its narrowest: a long course name must not push the row's buttons off a 1024 px screen.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentTextChanged.connect(lambda name: self.chosen.emit(name) if name else None)

    def reload(self) -> None:
        self._runner.single(self._calls.courses, lane="session").on_done(self._fill).on_error(self.error.emit).start()

    def _fill(self, names: list[str]) -> None:
        keep = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(names)
        if keep in names:
            self.setCurrentText(keep)
        self.blockSignals(False)
        if self.currentText():
            self.chosen.emit(self.currentText())


def make_table(headers: Sequence[str], *, name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setAccessibleName(QCoreApplication.translate("TeacherScreens", "Column titles"))
    # Interactive + one resizeColumnsToContents after each fill: ResizeToContents re-measures every
    # row on each setItem, which stalled the GUI thread on a class of 30 learners.
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[Any]], *, data: Sequence[Any] | None = None) -> None:
    """Replace the rows; `data[i]` is kept on row i's first cell (Qt.UserRole)."""
    table.setUpdatesEnabled(False)
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, int | float) and not isinstance(value, bool):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0 and data is not None:
                cell.setData(Qt.ItemDataRole.UserRole, data[r])
            table.setItem(r, c, cell)
    # Resize to the contents with the last column's stretch off, then put it back: resizing with it on shrank
    # the last column too (every table ended half way across), and turning it on again afterwards left the
    # last column at Qt's 100 px default when the others already filled the row (its text was cut).
    header = table.horizontalHeader()
    stretch = header.stretchLastSection()
    header.setStretchLastSection(False)
    table.resizeColumnsToContents()
    header.setStretchLastSection(stretch)
    table.setUpdatesEnabled(True)


def table_texts(table: QTableWidget) -> list[list[str]]:
    """What the table shows, row by row (tests compare it with the store and the CSV)."""
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


class Message(QLabel):
    """One line under a form: what went wrong (the engine's words) or what just happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def say(self, text: str, *, problem: bool = False) -> None:
        role = "kind-error" if problem else "hint"
        if self.property("role") != role:        # re-polishing under the kiosk stylesheet is not free
            self.setProperty("role", role)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setText(text)
        self.setVisible(bool(text))

    def problem(self, exc: BaseException) -> None:
        self.say(str(exc) if isinstance(exc, LanternError) else f"{type(exc).__name__}: {exc}", problem=True)


def local_time(value: str | None) -> str:
    """An ISO-8601 UTC time as the locale's short local date and time ('' when none)."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return value
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)
