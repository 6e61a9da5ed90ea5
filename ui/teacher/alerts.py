"""Teacher screen: the alerts inbox — distress and safety alerts with time, learner and category
(never the learner's words: the alert does not carry them); acknowledge with a note.

`unread_changed(count)` lets the window show the unread count on the tab while in teacher mode;
`changed` carries the `Changes` the engine reported for an acknowledgement.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from engine.changes import ChangeTally
from ui.tasks import TaskRunner
from ui.teacher.common import Message, TeacherScreen, fill_table, local_time, make_table


def category_text(category: str) -> str:
    names = {
        "self_harm": QCoreApplication.translate("AlertsInbox", "Self-harm or suicide"),
        "suicide": QCoreApplication.translate("AlertsInbox", "Self-harm or suicide"),
        "self_injury": QCoreApplication.translate("AlertsInbox", "Self-harm or suicide"),
        "distress": QCoreApplication.translate("AlertsInbox", "Distress"),
        "abuse": QCoreApplication.translate("AlertsInbox", "Abuse or danger"),
        "grooming": QCoreApplication.translate("AlertsInbox", "Abuse or danger"),
        "violence": QCoreApplication.translate("AlertsInbox", "Violence"),
        "eating": QCoreApplication.translate("AlertsInbox", "Eating problems"),
        "bullying": QCoreApplication.translate("AlertsInbox", "Bullying"),
        "unknown": QCoreApplication.translate("AlertsInbox", "Other"),
    }
    return names.get(category, category.replace("_", " ").capitalize())


def source_text(source: str) -> str:
    return {"chat": QCoreApplication.translate("AlertsInbox", "Ask"),
            "tutor": QCoreApplication.translate("AlertsInbox", "Tutor"),
            "quiz": QCoreApplication.translate("AlertsInbox", "Quiz"),
            "voice": QCoreApplication.translate("AlertsInbox", "Voice")}.get(source, source)


class AlertsInbox(TeacherScreen):
    unread_changed = Signal(int)
    changed = Signal(object)        # engine.changes.Changes an acknowledgement reported
    error = Signal(object)
    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, calls: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._calls = runner, calls
        self._alerts: list[Any] = []
        self.unread = 0
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        self.unread_only = QCheckBox()
        self.unread_only.toggled.connect(lambda _on: self.refresh())
        self.table = make_table(["", "", "", "", ""], name=self.tr("Alerts"))
        self.table.itemSelectionChanged.connect(self._selected)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Your note"))
        self.ack_button = QPushButton()
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.message = Message()
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.unread_only)
        act = QHBoxLayout()
        act.addWidget(self.note, 1)
        act.addWidget(self.ack_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(act)
        layout.addWidget(self.message)
        self.retranslate_ui()
        self._selected()

    def title(self, count: int) -> str:
        """The tab's text: the unread count is on it whenever there is one."""
        return self.tr("Alerts (%n new)", "", count) if count else self.tr("Alerts")

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr("Alerts Lantern raised when a learner seemed upset or unsafe. The learner's "
                                   "words are not shown. Talk to the learner, then write what you did."))
        self.unread_only.setText(self.tr("Only new alerts"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Learner"), self.tr("What"), self.tr("Where"),
                                              self.tr("Seen")])
        self.note.setPlaceholderText(self.tr("What you did (for example: talked with her, called home)"))
        self.ack_button.setText(self.tr("Mark as seen"))
        if self._alerts:
            self._fill((self._alerts, self.unread))

    def refresh_courses(self) -> None:
        """Alerts belong to the class, not to a course: nothing to reload."""

    def refresh_all(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._runner.single(self._calls.alerts, unread_only=self.unread_only.isChecked(), lane="session") \
            .on_done(self._fill).on_error(self.error.emit).start()

    def _fill(self, result: tuple[list[Any], int]) -> None:
        found, unread = result
        keep = self.selected_id()
        self._alerts = found
        rows = []
        for a in found:
            seen = (self.tr("Seen: {note}").replace("{note}", a.note) if a.note else self.tr("Seen")) \
                if a.acknowledged_at else self.tr("New")
            rows.append([local_time(a.at), a.learner or self.tr("Guest"), category_text(a.category),
                         source_text(a.source or ""), seen])
        fill_table(self.table, rows, data=[a.event_id for a in found])
        ids = [a.event_id for a in found]
        if keep in ids:
            self.table.setCurrentCell(ids.index(keep), 0)
        else:   # gone (marked seen with only new alerts shown): the row in its place is another learner's alert
            self.table.clearSelection()
            self.table.setCurrentCell(-1, -1)
        self._selected()
        self.unread = unread
        self.unread_changed.emit(unread)
        self.loaded.emit(len(found))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def select(self, event_id: str) -> None:
        # setCurrentCell, not selectRow: in a right-to-left window Qt's selectRow selects nothing.
        ids = [a.event_id for a in self._alerts]
        self.table.setCurrentCell(ids.index(event_id), 0)

    def _selected(self) -> None:
        event_id = self.selected_id()
        alert = next((a for a in self._alerts if a.event_id == event_id), None)
        self.ack_button.setEnabled(alert is not None)
        self.note.setEnabled(alert is not None)
        self.note.setText(alert.note if alert is not None else "")

    def acknowledge_selected(self) -> None:
        event_id = self.selected_id()
        if event_id is None:
            return

        tally = ChangeTally()

        def done(_a: Any) -> None:
            self.message.say(self.tr("Marked as seen."))
            self.refresh()
            if tally.changes:
                self.changed.emit(tally.changes)

        self._runner.single(self._calls.acknowledge, event_id, self.note.text(), tally=tally, lane="session") \
            .on_done(done).on_error(self.message.problem).start()
