"""Cooperative cancellation: a token that long work checks between items."""
from __future__ import annotations

import threading

from engine.errors import Cancelled


class CancelToken:
    """Wraps a `threading.Event`; workers poll it between tokens, chunks or files.

    A child token (`CancelToken(parent=t)`) is cancelled when it or its parent is, so an inner
    step can be stopped on its own without stopping the whole job.
    """

    __slots__ = ("_event", "_parent")

    def __init__(self, *, parent: CancelToken | None = None) -> None:
        self._event = threading.Event()
        self._parent = parent

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set() or (self._parent is not None and self._parent.cancelled)

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def wait(self, timeout: float) -> bool:
        """Sleep up to `timeout` seconds; returns True early if this token is cancelled."""
        if self._parent is None:
            return self._event.wait(timeout)
        step = 0.02
        remaining = timeout
        while remaining > 0 and not self.cancelled:
            self._event.wait(min(step, remaining))
            remaining -= step
        return self.cancelled
