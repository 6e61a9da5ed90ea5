"""Per-device rate limits: a token bucket per device (burst, then a steady rate per minute)."""
from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class RateLimiter:
    def __init__(self, *, per_minute: float, burst: int | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.burst = burst if burst is not None else max(1, int(per_minute))
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}   # device -> (tokens, last refill time)
        self._lock = threading.Lock()

    def acquire(self, device_id: str) -> float:
        """Take one request from the device's bucket. Returns 0 when allowed, else the seconds to
        wait before the next request would be allowed."""
        if self.per_minute <= 0:
            return 0.0
        rate = self.per_minute / 60.0
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(device_id, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[device_id] = (tokens - 1.0, now)
                return 0.0
            self._buckets[device_id] = (tokens, now)
            return math.ceil((1.0 - tokens) / rate * 10) / 10
