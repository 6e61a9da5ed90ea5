"""The escalation strip under an answer: "Ask for a deeper answer", where the answer came from
with a "why" tooltip, a calm note when the cloud could not help, and "Save for later".

No engine calls here: the owner (app/) runs the turn through the task runner and hands each
finished `RouteDecision` to `show_decision`; this widget only emits what the learner pressed.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EscalationBar(QWidget):
    deeper_requested = Signal()      # the learner wants the cloud tutor's deeper answer
    save_requested = Signal()        # keep the last question for the cloud, to send when online

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deeper_button = QPushButton()
        self.deeper_button.clicked.connect(self.deeper_requested.emit)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save_clicked)
        self.save_button.hide()
        self.source_label = QLabel()
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.source_label, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.deeper_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 2, 4, 2)
        column.addLayout(row)
        column.addWidget(self.note_label)
        self.decision: Any = None
        # "Ask for a deeper answer" asks the last question again: there is none before the first
        # answer, and on a 1024x600 kiosk its row is better left to the chat until then.
        self.deeper_button.hide()
        self.retranslate_ui()

    def offer_deeper(self) -> None:
        """An answer is on screen: it can now be asked for more deeply."""
        self.deeper_button.show()

    def reset(self) -> None:
        """A new learner: no decision shown, and nothing to ask more deeply about yet."""
        self.show_decision(None)
        self.deeper_button.hide()

    def retranslate_ui(self) -> None:
        self.deeper_button.setText(self.tr("Ask for a deeper answer"))
        self.deeper_button.setToolTip(self.tr("Send this question to your school's cloud tutor (names and contact "
                                              "details are removed first)."))
        self.save_button.setText(self.tr("Save for later"))
        self.save_button.setToolTip(self.tr("Keep the question; it goes to the cloud tutor when the school hub is "
                                            "reachable."))
        if self.decision is not None:
            self._show_source(self.decision)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_source(self, decision: Any) -> None:
        cloud = decision.route == "cloud"
        said = self.tr("Answered by the school's cloud tutor") if cloud else self.tr("Answered by the tutor on this device")
        self.source_label.setText(self.tr("{answered_by} · why?").replace("{answered_by}", said))
        self.source_label.setAccessibleName(said)

    def set_busy(self, busy: bool) -> None:
        """While a turn runs the learner cannot ask again."""
        self.deeper_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def show_decision(self, decision: Any) -> None:
        """Show a finished turn's `RouteDecision` (or clear with None)."""
        self.decision = decision
        if decision is None:
            self.source_label.clear()
            self.source_label.setToolTip("")
            self.note_label.hide()
            self.save_button.hide()
            return
        self._show_source(decision)
        self.source_label.setToolTip(decision.explanation)
        self.source_label.setAccessibleDescription(decision.explanation)
        if decision.note:
            self.note_label.setText(decision.note)
            self.note_label.show()
        else:
            self.note_label.hide()
        self.save_button.setVisible(decision.can_save_for_later)      # the engine's rule

    def _save_clicked(self) -> None:
        self.save_requested.emit()
        self.save_button.hide()
