"""Wires sync into the window: the hub status on the teacher's Settings screen, enrolling, background sync.

The sync client opens the store, so it is built (and started) on a worker; the status widget
appears when it is ready. Children never see the hub controls: they are on a teacher screen.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


def attach_sync(ctx: Any, window: Any, runner: Any, *, place: Callable[[Any], None],
                on_error: Callable[[BaseException], None]) -> None:
    """Build the client off the GUI thread, then `place(widget)` the status; start background sync when
    enrolled and enabled."""
    from ui.enroll_dialog import EnrollDialog
    from ui.sync_status import SyncStatusWidget

    def build() -> Any:
        client = ctx.sync_client
        _ = client.state.label    # reads the store (and compiles the message catalogue) here, not on the GUI thread
        if ctx.settings.sync_enabled:
            client.start()        # a daemon thread; it idles until enrolled and never blocks the tutor
        return client

    def ready(client: Any) -> None:
        def open_enroll() -> None:
            dialog = EnrollDialog(client, runner, parent=window)
            dialog.enrolled.connect(lambda _info: client.start() if ctx.settings.sync_enabled else None)
            dialog.open()

        widget = SyncStatusWidget(client, on_connect=open_enroll)
        window.sync_status = widget
        place(widget)

    runner.single(build, lane="session").on_done(ready).on_error(on_error).start()
