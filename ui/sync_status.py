"""The sync line in the window: queued / syncing / synced at HH:MM / offline, and how many wait.

Built with the engine's `SyncClient` (passed in, never constructed here). The client calls its
listeners on its own worker thread; this widget forwards each `SyncState` through a queued signal
and redraws on the GUI thread. "Sync now" only wakes the worker, so the GUI never waits on the network.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from engine import SyncState

_ICONS = {"synced": "●", "syncing": "◐", "queued": "○", "offline": "○", "error": "▲", "not_enrolled": "○"}


class SyncStatusWidget(QWidget):
    """A one-line status for learners and teachers, with "Sync now" (or "Connect…" when not enrolled)."""

    state_changed = Signal(object)   # SyncState, delivered on the GUI thread
    synced = Signal()                # a sync finished (its time is newer): the window asks what it brought

    def __init__(self, client: Any, *, on_connect: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._on_connect = on_connect
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.clicked.connect(self._clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self._last_synced_at = client.state.last_synced_at
        self.state_changed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        client.add_listener(self.state_changed.emit)   # called on the sync thread: emit is thread-safe
        self._show(client.state)

    def _clicked(self) -> None:
        if self._client.state.phase == "not_enrolled":
            if self._on_connect is not None:
                self._on_connect()
        else:
            self._client.wake()

    def _show(self, state: SyncState) -> None:
        if state.last_synced_at is not None and state.last_synced_at != self._last_synced_at:
            self._last_synced_at = state.last_synced_at
            self.synced.emit()      # on the GUI thread: the window asks what the sync brought
        self.icon.setText(_ICONS.get(state.phase, "○"))
        self.label.setText(state.label)
        self.label.setAccessibleName(self.tr("Sync status: {status}").replace("{status}", state.label))
        tip = [state.label]
        if state.message:
            tip.append(state.message)
        if state.next_attempt_at is not None:
            tip.append(self.tr("Next try at {time}").replace(
                "{time}", QLocale().toString(QTime(state.next_attempt_at.hour, state.next_attempt_at.minute,
                                                   state.next_attempt_at.second), QLocale.FormatType.LongFormat)))
        if state.pending:
            tip.append(self.tr("%n change(s) waiting to be sent; nothing is lost while offline.", "", state.pending))
        self.setToolTip("\n".join(tip))
        enrolled = state.phase != "not_enrolled"
        self.button.setText(self.tr("Sync now") if enrolled else self.tr("Connect to school hub…"))
        self.button.setEnabled(state.phase != "syncing" and (enrolled or self._on_connect is not None))

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        self._client.remove_listener(self.state_changed.emit)
        super().closeEvent(event)
