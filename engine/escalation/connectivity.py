"""Knowing, in the background, whether the hub can escalate — so a learner's turn never waits
for a network timeout. The UI path only reads `state` (no I/O)."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from engine.errors import SyncError
from engine.escalation.client import HubStatus


class HubProbe(Protocol):
    """What the monitor needs of a hub client (`HubClient`, or `CurrentHub` that follows enrollment)."""

    def status(self, *, timeout: float = 2.0) -> HubStatus: ...


@dataclass(frozen=True)
class Connectivity:
    online: bool
    status: HubStatus | None = None
    checked_at: float = 0.0         # time.monotonic() of the last check; 0 = never
    problem: str | None = None      # the last failure's kind (offline, slow, auth, ...)

    @property
    def known(self) -> bool:
        return self.checked_at > 0


class ConnectivityMonitor:
    """Polls the hub's escalation status every `interval_s` (online) or `offline_interval_s`
    (offline) on a daemon thread. `start()` begins polling; `close()` stops it."""

    def __init__(self, client: HubProbe | None, *, interval_s: float = 30.0, offline_interval_s: float = 10.0,
                 probe_timeout_s: float = 2.0, on_online: Callable[[], None] | None = None) -> None:
        self._client = client
        self._interval = interval_s
        self._offline_interval = offline_interval_s
        self._timeout = probe_timeout_s
        self._on_online = on_online
        self._state = Connectivity(False, problem="not checked yet" if client else "no hub configured")
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def state(self) -> Connectivity:
        return self._state

    def check_now(self) -> Connectivity:
        """One probe on the calling thread (background thread, CLI, tests) — never from the UI."""
        if self._client is None:
            return self._state
        was_online = self._state.online
        try:
            status = self._client.status(timeout=self._timeout)
            state = Connectivity(True, status, time.monotonic())
        except SyncError as exc:
            state = Connectivity(False, None, time.monotonic(), exc.kind)
        with self._lock:
            self._state = state
        if state.online and not was_online and self._on_online is not None:
            try:
                self._on_online()
            except Exception:  # noqa: BLE001 - a listener's failure must not stop the monitor
                pass
        return state

    def report_failure(self, kind: str) -> None:
        """An escalation just failed: treat the hub as unavailable now and re-check soon."""
        with self._lock:
            self._state = Connectivity(False, None, time.monotonic(), kind)
        self._wake.set()

    def start(self) -> ConnectivityMonitor:
        if self._client is not None and self._thread is None:
            self._thread = threading.Thread(target=self._run, daemon=True, name="lantern-hub-monitor")
            self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            self.check_now()
            self._wake.wait(self._interval if self._state.online else self._offline_interval)
            self._wake.clear()

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(self._timeout + 1)
            self._thread = None
