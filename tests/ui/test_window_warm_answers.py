"""Before a child's first question the window has built the safety filter and embedded the kiosk course's
lesson sentences on a worker (the chat's first checked sentence then waits for neither: issue 11)."""
from __future__ import annotations

from kiosk_fixtures import kiosk_ctx, window  # noqa: F401


def test_the_window_prepares_the_first_answers_once_the_library_is_ready(qtbot, window, kiosk_ctx) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(window.answers_warmed), timeout=300_000)
    assert window.answers_warmed[0] > 0               # sentences of the sample course, embedded ahead
    assert kiosk_ctx.built("safety") and kiosk_ctx.built("turns")
    assert len(window.library.documents_shown()) >= 1   # it came after the library's first-start work
