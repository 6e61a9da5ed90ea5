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

    from engine.changes import changes_from_feed, feed_marks

    marks: dict[str, int] = {}    # the hub feed as the views last showed it (engine.changes.feed_marks)

    def build() -> Any:
        client = ctx.sync_client
        _ = client.state.label    # reads the store (and compiles the message catalogue) here, not on the GUI thread
        marks.update(feed_marks(ctx.store))
        if ctx.settings.sync_enabled:
            client.start()        # a daemon thread; it idles until enrolled and never blocks the tutor
        return client

    def brought() -> Any:
        """What the sync that just ended changed (a course, a learner, quiz items from the hub)."""
        after = feed_marks(ctx.store)
        changes = changes_from_feed(dict(marks), after)
        marks.clear()
        marks.update(after)
        return changes

    def ready(client: Any) -> None:
        def open_enroll() -> None:
            dialog = EnrollDialog(client, runner, parent=window)
            dialog.enrolled.connect(lambda _info: client.start() if ctx.settings.sync_enabled else None)
            dialog.open()

        widget = SyncStatusWidget(client, on_connect=open_enroll)
        window.sync_status = widget
        # One Changes after each sync, like an import's: the Tutor tab's courses, the sign-in cards and the
        # teacher's screens refresh from it.
        widget.synced.connect(lambda: runner.single(brought, lane="session").on_done(window.changed.emit)
                              .on_error(on_error).start())
        place(widget)

    runner.single(build, lane="session").on_done(ready).on_error(on_error).start()
