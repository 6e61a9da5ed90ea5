"""First start: "Getting your tutor ready…" with the engine's steps and percent.

Shown at the top of the window while the bundled model is assembled on a worker (a fresh data folder,
~16 s on a loaded kiosk). It blocks nothing: a child can sign in and ask meanwhile; the question
waits on the model's lane and is answered once the tutor is ready. The steps come from
`engine.models.ProvisionStep` (copy → inspect); this panel only words them.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget


class FirstStartPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.detail = QLabel()           # the engine's step, in words (the bar shows the percent)
        self.detail.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.detail)
        text.addWidget(self.note)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addLayout(text, 1)
        row.addWidget(self.bar, 1)
        self._step: Any = None
        self.shown_percents: list[int] = []     # every percent shown, in order (tests, the bench)
        self.retranslate_ui()
        self.hide()

    def show_step(self, step: Any) -> None:
        """Show one `ProvisionStep` (step, done, total, percent)."""
        self._step = step
        self.bar.setValue(step.percent)
        self.shown_percents.append(step.percent)
        self._word()
        self.show()

    def finish(self) -> None:
        self._step = None
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Getting your tutor ready…"))
        self.note.setText(self.tr("This happens only the first time. You can sign in and ask a question now: "
                                  "it is answered as soon as the tutor is ready."))
        self.bar.setAccessibleName(self.tr("Getting the tutor ready"))
        self.bar.setAccessibleDescription(self.tr("How much of the tutor is unpacked, in percent."))
        self._word()

    def _word(self) -> None:
        step = self._step
        if step is None:
            self.detail.setText("")
            return
        self.detail.setText(self.tr("Unpacking the tutor…") if step.step == "copy" else self.tr("Checking the tutor…"))
