"""Wires sync into the window: the status line in the status bar, the enroll dialog, background sync."""
from __future__ import annotations

from typing import Any


def attach_sync(ctx: Any, window: Any, runner: Any) -> Any:
    """Adds the sync status widget; starts background sync when enrolled and enabled. Returns the widget."""
    from ui.enroll_dialog import EnrollDialog
    from ui.sync_status import SyncStatusWidget

    client = ctx.sync_client

    def open_enroll() -> None:
        dialog = EnrollDialog(client, runner, parent=window)
        dialog.enrolled.connect(lambda _info: client.start() if ctx.settings.sync_enabled else None)
        dialog.open()

    widget = SyncStatusWidget(client, on_connect=open_enroll)
    window.add_status_widget(widget)
    if ctx.settings.sync_enabled:
        client.start()   # a daemon thread; it idles until enrolled and never blocks the tutor
    return widget
