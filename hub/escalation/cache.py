"""An exact-match response cache: the same request (model, messages, sampling) gets the same reply.

Only deterministic requests (temperature 0) are cached, per school, in memory with a TTL and an
LRU bound. Keys are hashes of the canonical JSON of the request, so no prompt text is kept twice.
"""
from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Request fields that change the answer; anything else (stream, user, ...) is ignored.
_KEY_FIELDS = ("model", "messages", "max_tokens", "temperature", "top_p", "stop", "seed")


@dataclass(frozen=True)
class CachedReply:
    provider: str
    content: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    model: str = ""          # the model that really answered (a cached reply reports it, not the provider)


def request_key(school_id: str, body: dict[str, Any]) -> str | None:
    """The cache key of a request, or None when it must not be cached (sampled output)."""
    if float(body.get("temperature", 1.0) or 0.0) != 0.0:
        return None
    wanted = {k: body.get(k) for k in _KEY_FIELDS}
    raw = json.dumps([school_id, wanted], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class ResponseCache:
    def __init__(self, *, max_entries: int = 2048, ttl_s: float = 24 * 3600,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._max = max_entries
        self._ttl = ttl_s
        self._clock = clock
        self._items: OrderedDict[str, tuple[float, CachedReply]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str | None) -> CachedReply | None:
        if key is None or self._max <= 0:
            return None
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            stored_at, reply = item
            if self._clock() - stored_at > self._ttl:
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return reply

    def put(self, key: str | None, reply: CachedReply) -> None:
        if key is None or self._max <= 0:
            return
        with self._lock:
            self._items[key] = (self._clock(), reply)
            self._items.move_to_end(key)
            while len(self._items) > self._max:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
