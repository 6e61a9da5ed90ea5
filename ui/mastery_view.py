"""Mastery per lesson, due reviews and "What should I do next?" for the current learner."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QFrame, QLabel, QListWidget, QProgressBar, QPushButton, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from ui.common.dates import human_date
from ui.tasks import TaskRunner


class WrappedTextButton(QPushButton):
    """A button whose text breaks onto more lines when the column is narrow (never cut off or shortened)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(80)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setAccessibleName(text)
        self._wrap()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._wrap()

    def _wrap(self) -> None:
        room = max(20, self.width() - 36)
        fm = self.fontMetrics()
        lines: list[str] = []
        for word in self.full_text.split():
            if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        text = "\n".join(lines) if fm.horizontalAdvance(self.full_text) > room else self.full_text
        if text != self.text():
            self.setText(text)
            self.updateGeometry()


class MasteryView(QWidget):
    error = Signal(object)
    refreshed = Signal(object)     # the report dict

    def __init__(self, runner: TaskRunner, report_fn: Any, parent: QWidget | None = None) -> None:
        """`report_fn(learner) -> dict` shaped like `engine.tutor.plan.progress_report`; runs on the "db" lane."""
        super().__init__(parent)
        self._runner = runner
        self._report_fn = report_fn
        self._learner: Any | None = None
        self.course: str | None = None       # narrows the report to the course on screen
        self.title = QLabel(self.tr("Progress"))
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)                # a narrow column (large text on a small screen)
        self._bars = QVBoxLayout()
        self.reviews = QLabel("")
        self.reviews.setWordWrap(True)
        self.reviews.setAccessibleName(self.tr("Reviews"))
        self.plan = QListWidget()
        self.plan.setAccessibleName(self.tr("Your next steps"))
        self.plan.setWordWrap(True)
        self.plan.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.next_button = WrappedTextButton(self.tr("What should I do next?"))
        self.next_button.clicked.connect(self.refresh)
        # Everything scrolls inside the column when it is taller than the room (large text on a 600 px screen, or
        # many lessons): squeezed, the button's second line and the plan were cut off.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addLayout(self._bars)
        layout.addWidget(self.reviews)
        layout.addWidget(self.next_button)
        layout.addWidget(self.plan, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._fit_plan()

    def _fit_plan(self) -> None:
        """The plan shows at least three lines of its font (then it scrolls, and the column scrolls)."""
        self.plan.setMinimumHeight(3 * self.plan.fontMetrics().lineSpacing() + 2 * self.plan.frameWidth() + 8)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._fit_plan()
        if event.type() == QEvent.Type.LanguageChange:
            self.title.setText(self.tr("{name}'s progress").replace("{name}", self._learner.name)
                               if self._learner is not None else self.tr("Progress"))
            self.reviews.setAccessibleName(self.tr("Reviews"))
            self.plan.setAccessibleName(self.tr("Your next steps"))
            self.next_button.set_full_text(self.tr("What should I do next?"))
        super().changeEvent(event)

    def set_learner(self, learner: Any) -> None:
        self._learner = learner
        self.title.setText(self.tr("{name}'s progress").replace("{name}", learner.name))
        self.refresh()

    def reset(self) -> None:
        """Sign-out: no name, bars, reviews or plan of the last learner stay on screen."""
        self._learner = None
        self.title.setText(self.tr("Progress"))
        self._clear_bars()
        self.reviews.clear()
        self.plan.clear()

    def _clear_bars(self) -> None:
        while self._bars.count():
            w = self._bars.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()

    def refresh(self) -> None:
        if self._learner is None:
            return
        options = {"course": self.course} if self.course else {}
        (self._runner.single(self._report_fn, self._learner, lane="db", **options)
         .on_done(self._show).on_error(self.error.emit).start())

    def bars(self) -> dict[str, QProgressBar]:
        out = {}
        for i in range(self._bars.count()):
            w = self._bars.itemAt(i).widget()
            if isinstance(w, QProgressBar):
                out[w.objectName()] = w
        return out

    def _show(self, report: dict[str, Any]) -> None:
        if self._learner is None or report["learner"]["id"] != self._learner.id:
            return          # a report that arrives after sign-out (or for someone else) is not shown
        self._clear_bars()
        if not report["mastery"]:
            empty = QLabel(self.tr("No answers yet: take a quiz to see your progress."))
            empty.setWordWrap(True)
            self._bars.addWidget(empty)
        for m in report["mastery"]:
            # The words go above the bar, not on it: text drawn across the filled and the empty part had one
            # half on the accent colour (white on yellow in the low-vision theme, 1.4:1).
            percent = round(m["level"] * 100)
            words = QLabel(f"{m['skill']}: {m['label']} ({percent}%)")
            words.setWordWrap(True)
            bar = QProgressBar()
            bar.setObjectName(m["skill"])
            bar.setRange(0, 100)
            bar.setValue(percent)
            bar.setTextVisible(False)
            bar.setAccessibleName(self.tr("{skill} mastery").replace("{skill}", m["skill"]))
            bar.setAccessibleDescription(words.text())
            words.setBuddy(bar)
            self._bars.addWidget(words)
            self._bars.addWidget(bar)
        lines = [self.tr("Reviews due now: {count}").replace("{count}", str(report["reviews_due_now"]))]
        lines += [f"• {r['question'][:60]} — {human_date(r['due'])}" for r in report["next_reviews"]]
        self.reviews.setText("\n".join(lines))
        self.plan.clear()
        for step in report["plan"]:
            self.plan.addItem(step["text"])
        self.refreshed.emit(report)
