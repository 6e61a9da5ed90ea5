"""A per-provider circuit breaker: stop calling a provider that keeps failing, probe it later.

closed → (N consecutive failures) → open → (after `reset_after_s`) → half-open: one probe request
is let through; success closes the breaker, failure opens it again. An admin can reset it.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"
STATE_VALUES = {CLOSED: 0, HALF_OPEN: 1, OPEN: 2}   # for the Prometheus gauge


class CircuitBreaker:
    def __init__(self, *, failure_threshold: int = 3, reset_after_s: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.failure_threshold = failure_threshold
        self.reset_after_s = reset_after_s
        self._clock = clock
        self._lock = threading.Lock()
        self._state = CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._probe_in_flight = False

    @property
    def state(self) -> str:
        with self._lock:
            return self._current_state()

    @property
    def failures(self) -> int:
        return self._failures

    def _current_state(self) -> str:
        if self._state == OPEN and self._clock() - self._opened_at >= self.reset_after_s:
            self._state = HALF_OPEN
            self._probe_in_flight = False
        return self._state

    def allow(self) -> bool:
        """May a request go to this provider now? In half-open, only one probe at a time."""
        with self._lock:
            state = self._current_state()
            if state == CLOSED:
                return True
            if state == HALF_OPEN and not self._probe_in_flight:
                self._probe_in_flight = True
                return True
            return False

    def record_success(self) -> None:
        with self._lock:
            self._state = CLOSED
            self._failures = 0
            self._probe_in_flight = False

    def record_failure(self) -> None:
        with self._lock:
            self._failures += 1
            if self._state == HALF_OPEN or self._failures >= self.failure_threshold:
                self._state = OPEN
                self._opened_at = self._clock()
                self._probe_in_flight = False

    def release_probe(self) -> None:
        """A request ended without telling us anything (the caller left): let another probe try."""
        with self._lock:
            self._probe_in_flight = False

    def reset(self) -> None:
        """Admin reset: forget failures and close."""
        self.record_success()
