"""Stable ids and timestamps for rows that sync: UUIDs, UTC ISO times, and a hybrid logical clock.

The HLC string sorts in causal order on one device even if the wall clock steps back:
`<13-digit ms since epoch>-<4-digit counter>-<node id>`.
"""
from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, datetime


def new_id() -> str:
    """A fresh random UUID (text), the id of every row a learner can change."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """Now, as an ISO-8601 UTC string with milliseconds (`2026-11-23T11:06:37.123Z`)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class HybridClock:
    """Monotonic timestamps across a process: max(wall ms, last ms), with a counter for ties."""

    def __init__(self, node: str) -> None:
        self._node = node
        self._last_ms = 0
        self._counter = 0
        self._lock = threading.Lock()

    @property
    def node(self) -> str:
        return self._node

    def now(self) -> str:
        with self._lock:
            wall = int(time.time() * 1000)
            if wall > self._last_ms:
                self._last_ms, self._counter = wall, 0
            else:
                self._counter += 1
            return f"{self._last_ms:013d}-{self._counter:04d}-{self._node}"

    def observe(self, stamp: str) -> None:
        """Move past a timestamp seen from another device (sync), so later local ones sort after it."""
        try:   # split, not fixed slices: the counter grows past 4 digits after 10,000 ticks in one ms
            ms_text, counter_text = stamp.split("-", 2)[:2]
            ms, counter = int(ms_text), int(counter_text)
        except ValueError:
            return
        with self._lock:
            if (ms, counter) > (self._last_ms, self._counter):
                self._last_ms, self._counter = ms, counter
