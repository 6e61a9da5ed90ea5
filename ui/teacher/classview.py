"""Teacher screen: the class — per learner and lesson (tried, right, mastery, reviews due, last
activity, time spent), the questions most learners miss, answers over time as a chart, and a CSV
export of exactly the rows on screen.

The numbers are the engine's (engine/teacher/classview.py); the chart takes its colours from the
widget's palette, so it follows every theme (dark low-vision included).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from ui.tasks import TaskRunner
from ui.teacher.common import CourseChooser, Message, TeacherScreen, fill_table, local_time, make_table


def class_table_rows(rows: list[Any]) -> list[list[Any]]:
    """The cells the table shows for each engine ClassRow (the CSV has the same rows, same order)."""
    return [[r.learner, r.lesson, r.attempts, r.correct,
             "" if r.mastery is None else f"{round(r.mastery * 100)}%", r.due_reviews, local_time(r.last_activity),
             _minutes(r.time_spent_s)] for r in rows]


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f}"


class TrendChart(QChartView):
    """Answers per day (bars) and the share answered right (line, 0-100%)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self._points: list[Any] = []
        self._drawn: list[Any] | None = None

    def draw(self, points: list[Any]) -> None:
        """Show these points; the chart itself is built when it is on screen (QtCharts is slow to build)."""
        self._points = points
        if self.isVisible():
            self._build()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._drawn is not self._points:
            self._build()
        super().showEvent(event)

    def _build(self) -> None:
        points = self._drawn = self._points
        pal = self.palette()
        fg, bg = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Base)
        accent = pal.color(QPalette.ColorRole.Highlight)
        chart = QChart()
        chart.setBackgroundBrush(bg)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setLabelColor(fg)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        bars = QBarSet(self.tr("Answers"))
        bars.setColor(accent)
        bars.setBorderColor(fg)
        bars.append([float(p.attempts) for p in points])
        series = QBarSeries()
        series.append(bars)
        line = QLineSeries()
        line.setName(self.tr("Right (%)"))
        line.setPen(QPen(fg, 3, Qt.PenStyle.DashLine))
        for k, p in enumerate(points):
            line.append(float(k), p.percent_correct)
        chart.addSeries(series)
        chart.addSeries(line)
        days = QBarCategoryAxis()
        days.append([p.day[5:] for p in points] or [""])
        count = QValueAxis()
        count.setRange(0, max([p.attempts for p in points] or [1]) * 1.15)
        count.setLabelFormat("%d")
        count.setTitleText(self.tr("Answers"))
        percent = QValueAxis()
        percent.setRange(0, 100)
        percent.setLabelFormat("%d%%")
        percent.setTitleText(self.tr("Right (%)"))
        for axis in (days, count, percent):
            axis.setLabelsColor(fg)
            axis.setTitleBrush(fg)
            axis.setLinePenColor(fg)
            axis.setGridLineColor(QColor(fg.red(), fg.green(), fg.blue(), 60))
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(count, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(percent, Qt.AlignmentFlag.AlignRight)
        series.attachAxis(days)
        series.attachAxis(count)
        line.attachAxis(days)
        line.attachAxis(percent)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setBackgroundBrush(bg)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # A new theme (stylesheet or palette) redraws the chart in its colours.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._drawn = None
            if self.isVisible():
                self._build()
        super().changeEvent(event)


class HubSignInDialog(QDialog):
    """The teacher's hub token (kept in the keyring) and the class to read from the hub."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the school hub"))
        self.intro = QLabel(self.tr("With your teacher token the class view shows every kiosk of your class. "
                                    "The token is kept in this computer's keyring, never where learners can see it."))
        self.intro.setWordWrap(True)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Teacher token"))
        self.class_ref = QLineEdit()
        self.class_ref.setAccessibleName(self.tr("Class"))
        form = QFormLayout()
        form.addRow(self.tr("Teacher token"), self.token)
        form.addRow(self.tr("Class"), self.class_ref)
        self.message = Message()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 240)


class ClassScreen(TeacherScreen):
    error = Signal(object)
    loaded = Signal(int)            # rows on screen
    exported = Signal(str)

    def __init__(self, runner: TaskRunner, calls: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._calls = runner, calls
        self.rows: list[Any] = []
        self.source_used = "kiosk"
        self.course = CourseChooser(runner, calls)
        self.course.error.connect(self.error.emit)
        self.course.chosen.connect(lambda _n: self.refresh())
        self.course_label = QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.setProperty("role", "secondary")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export)
        self.source = QComboBox()
        self.source.setMinimumContentsLength(10)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setAccessibleName(self.tr("Where the numbers come from"))
        self.source.currentIndexChanged.connect(lambda _i: self.refresh())
        self.hub_button = QPushButton()
        self.hub_button.setProperty("role", "secondary")
        self.hub_button.clicked.connect(self.sign_in_to_hub)
        self.note = QLabel()
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.course_label)
        top.addWidget(self.course, 1)
        top.addWidget(self.source, 1)
        top.addWidget(self.hub_button)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        self.table = make_table([""] * 8, name=self.tr("Learners and lessons"))
        self.difficult = make_table(["", "", ""], name=self.tr("Difficult questions"))
        self.chart = TrendChart()
        self.chart.setAccessibleName(self.tr("Answers over time"))
        self.views = QTabWidget()
        self.views.setAccessibleName(self.tr("Class views"))
        self.views.tabBar().setAccessibleName(self.tr("Class views"))
        self.views.addTab(self.table, "")
        self.views.addTab(self.difficult, "")
        self.views.addTab(self.chart, "")
        self.message = Message()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.course_label.setText(self.tr("Course"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export CSV…"))
        keep = max(self.source.currentIndex(), 0)
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("This kiosk"), "kiosk")
        self.source.addItem(self.tr("All kiosks of the class (school hub)"), "hub")
        self.source.setCurrentIndex(keep)
        self.source.blockSignals(False)
        self.hub_button.setText(self.tr("Hub sign-in…"))
        self.table.setHorizontalHeaderLabels([self.tr("Learner"), self.tr("Lesson"), self.tr("Tried"), self.tr("Right"),
                                              self.tr("Mastery"), self.tr("Reviews due"), self.tr("Last activity"),
                                              self.tr("Minutes")])
        self.difficult.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Lesson"),
                                                  self.tr("Missed first time")])
        self.views.setTabText(0, self.tr("Learners and lessons"))
        self.views.setTabText(1, self.tr("Difficult questions"))
        self.views.setTabText(2, self.tr("Over time"))

    def refresh(self) -> None:
        course = self.course.currentText()
        if not course:
            return
        # The hub is network work: the "net" lane, so the kiosk's own store reads never wait on it.
        source = self.source.currentData() or "kiosk"
        self._runner.single(self._calls.class_view, course, source, lane="net" if source == "hub" else "session") \
            .on_done(self._fill).on_error(self.error.emit).start()

    def _source_note(self, data: dict[str, Any]) -> str:
        problem = data.get("problem")
        if data.get("source") == "hub":
            return self.tr("From the school hub (every kiosk of the class), made {time}.") \
                .replace("{time}", local_time(data.get("at")))
        if problem == "not_enrolled":
            return self.tr("This kiosk is not connected to a school hub: these are this kiosk's numbers.")
        if problem == "not_signed_in":
            return self.tr("Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's "
                           "numbers.")
        if problem:
            return self.tr("The school hub's view is not available ({reason}): these are this kiosk's numbers.") \
                .replace("{reason}", str(problem))
        return self.tr("From this kiosk.")

    def _fill(self, data: dict[str, Any]) -> None:
        self.source_used = data.get("source", "kiosk")
        self.note.setText(self._source_note(data))
        self.rows = data["rows"]
        fill_table(self.table, class_table_rows(self.rows))
        fill_table(self.difficult, [[d.question, d.lesson, self.tr("{missed} of {answered} ({percent}%)")
                                     .replace("{missed}", str(d.learners_missed))
                                     .replace("{answered}", str(d.learners_answered))
                                     .replace("{percent}", str(round(d.miss_rate * 100)))] for d in data["difficult"]])
        self.chart.draw(data["trend"])
        if not self.rows:
            self.message.say(self.tr("No learners or no approved questions yet."))
        else:
            self.message.say("")
        self.loaded.emit(len(self.rows))

    def sign_in_to_hub(self) -> None:
        dialog = HubSignInDialog(self)
        self.hub_dialog = dialog

        def submit() -> None:
            dialog.buttons.setEnabled(False)

            def failed(exc: BaseException) -> None:
                dialog.buttons.setEnabled(True)
                dialog.message.problem(exc)

            def done(_where: str) -> None:
                dialog.accept()
                if self.source.currentData() == "hub":
                    self.refresh()
                else:
                    self.source.setCurrentIndex(self.source.findData("hub"))     # refreshes

            self._runner.single(self._calls.hub_sign_in, dialog.token.text(), dialog.class_ref.text(),
                                lane="session").on_done(done).on_error(failed).start()

        dialog.buttons.accepted.connect(submit)
        dialog.open()

    def choose_export(self) -> None:
        name = self.course.currentText() or "class"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the class view"), f"{name}.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the rows on screen (exactly those) as CSV, on a worker."""
        def done(p: Path) -> None:
            self.message.say(self.tr("Saved {path}").replace("{path}", str(p)))
            self.exported.emit(str(p))

        self._runner.single(self._calls.export_class_csv, list(self.rows), path, lane="session") \
            .on_done(done).on_error(self.message.problem).start()
