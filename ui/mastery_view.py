"""Mastery per lesson, due reviews and "What should I do next?" for the current learner."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.tasks import TaskRunner


class MasteryView(QWidget):
    error = Signal(object)
    refreshed = Signal(object)     # the report dict

    def __init__(self, runner: TaskRunner, report_fn: Any, parent: QWidget | None = None) -> None:
        """`report_fn(learner) -> dict` shaped like `engine.tutor.plan.progress_report`; runs on the "db" lane."""
        super().__init__(parent)
        self._runner = runner
        self._report_fn = report_fn
        self._learner: Any | None = None
        self.title = QLabel("Progress")
        self._bars = QVBoxLayout()
        self.reviews = QLabel("")
        self.reviews.setWordWrap(True)
        self.plan = QListWidget()
        self.plan.setAccessibleName("What should I do next?")
        self.next_button = QPushButton("What should I do next?")
        self.next_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self._bars)
        layout.addWidget(self.reviews)
        layout.addWidget(self.next_button)
        layout.addWidget(self.plan, 1)

    def set_learner(self, learner: Any) -> None:
        self._learner = learner
        self.title.setText(f"{learner.name}'s progress")
        self.refresh()

    def refresh(self) -> None:
        if self._learner is None:
            return
        (self._runner.single(self._report_fn, self._learner, lane="db")
         .on_done(self._show).on_error(self.error.emit).start())

    def bars(self) -> dict[str, QProgressBar]:
        out = {}
        for i in range(self._bars.count()):
            w = self._bars.itemAt(i).widget()
            if isinstance(w, QProgressBar):
                out[w.objectName()] = w
        return out

    def _show(self, report: dict[str, Any]) -> None:
        while self._bars.count():
            w = self._bars.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        if not report["mastery"]:
            self._bars.addWidget(QLabel("No answers yet: take a quiz to see your progress."))
        for m in report["mastery"]:
            bar = QProgressBar()
            bar.setObjectName(m["skill"])
            bar.setRange(0, 100)
            bar.setValue(round(m["level"] * 100))
            bar.setFormat(f"{m['skill']}: {m['label']} (%p%)")
            bar.setAccessibleName(f"{m['skill']} mastery")
            self._bars.addWidget(bar)
        lines = [f"Reviews due now: {report['reviews_due_now']}"]
        lines += [f"• {r['question'][:60]} — {r['due']}" for r in report["next_reviews"]]
        self.reviews.setText("\n".join(lines))
        self.plan.clear()
        for step in report["plan"]:
            self.plan.addItem(step["text"])
        self.refreshed.emit(report)
