"""Talking to the hub's escalation endpoints from a device (httpx, synchronous, short timeouts).

The device never holds a provider key: it sends its own device token to the hub, which forwards.
Every failure becomes a `SyncError` whose `kind` says how: offline, slow, refused, auth, server.
"""
from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from engine.cancel import CancelToken
from engine.errors import SyncError

if TYPE_CHECKING:
    from engine.wire.models import HubCode


@dataclass(frozen=True)
class HubStatus:
    """What the hub said about escalation for this device's school."""

    allowed: bool
    require_approval: bool
    cap_reached: bool
    providers_available: int


class HubClient:
    """One hub; `base_url` like http://hub.school:8765 (no /v1)."""

    def __init__(self, base_url: str, *, token: str | None, transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(base_url=self.base_url, headers=headers, transport=transport,
                                  limits=httpx.Limits(max_connections=8))

    def status(self, *, timeout: float = 2.0) -> HubStatus:
        try:
            r = self._http.get("/v1/escalation/status", timeout=timeout)
        except httpx.TimeoutException as exc:
            raise SyncError("The hub did not answer in time.", kind="slow") from exc
        except httpx.HTTPError as exc:
            raise SyncError("The hub cannot be reached.", kind="offline") from exc
        _raise_for(r)
        try:
            d = r.json()
            return HubStatus(bool(d.get("allowed")), bool(d.get("require_approval")), bool(d.get("cap_reached")),
                             int(d.get("providers_available") or 0))
        except (ValueError, TypeError, AttributeError, OverflowError) as exc:
            raise SyncError("The hub sent an unreadable status.", kind="server") from exc

    def stream_chat(self, messages: list[dict[str, str]], *, max_tokens: int, budget_s: float,
                    total_timeout_s: float = 60.0, cancel: CancelToken | None = None) -> Iterator[str]:
        """Yield the reply's text pieces. Lazy. The first piece must arrive within `budget_s`
        (else SyncError kind="slow"); the whole reply within `total_timeout_s`."""
        body = {"model": "lantern-cloud", "messages": messages, "max_tokens": max_tokens, "temperature": 0,
                "stream": True}
        start = time.monotonic()
        timeout = httpx.Timeout(budget_s, connect=min(budget_s, 2.0))
        try:
            with self._http.stream("POST", "/v1/chat/completions", json=body, timeout=timeout) as r:
                if r.status_code != 200:
                    r.read()
                    _raise_for(r)
                finished = False
                for line in r.iter_lines():
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    if time.monotonic() - start > total_timeout_s:
                        raise SyncError("The cloud answer took too long.", kind="slow")
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        if not finished:   # [DONE] without a finish_reason: the answer was cut short
                            break
                        return
                    event = json.loads(data)
                    if not isinstance(event, dict):
                        continue      # not a chunk (relayed from the provider as it came): skipped
                    if "error" in event:
                        err = event["error"] if isinstance(event["error"], dict) else {}
                        raise SyncError(str(err.get("message", "The cloud answer failed.")), kind="server",
                                        code=hub_code(err.get("code")))
                    choices = event.get("choices")
                    # The hub relays the provider's chunks: anything not shaped as OpenAI's is skipped,
                    # never a crash in the learner's turn.
                    for ch in choices if isinstance(choices, list) else []:
                        delta = ch.get("delta") if isinstance(ch, dict) else None
                        piece = delta.get("content") if isinstance(delta, dict) else None
                        if isinstance(piece, str) and piece:
                            yield piece
                        finished = finished or (isinstance(ch, dict) and isinstance(ch.get("finish_reason"), str)
                                                and bool(ch["finish_reason"]))
                # The stream stopped before a finish_reason and [DONE]: a truncated answer is not an answer.
                raise SyncError("The cloud answer was cut off before it ended.", kind="server")
        except httpx.TimeoutException as exc:
            raise SyncError("The hub did not answer within the time budget.", kind="slow") from exc
        except httpx.HTTPError as exc:
            raise SyncError("The hub cannot be reached.", kind="offline") from exc
        except ValueError as exc:
            raise SyncError("The hub sent an unreadable answer.", kind="server") from exc

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def hub_code(value: object) -> HubCode | None:
    """The hub's error code as a member, or None: no code, or one this device does not know (a newer hub)."""
    # Imported here: the wire models bring pydantic (~0.1 s), needed only once the hub has refused.
    from engine.wire.models import HubCode

    if not isinstance(value, str):
        return None
    try:
        return HubCode(value)
    except ValueError:
        return None


def _raise_for(r: httpx.Response) -> None:
    if r.status_code < 400:
        return
    from engine.wire.models import HubCode

    message = f"The hub refused (HTTP {r.status_code})."
    code = None
    try:
        err: Any = r.json()
        if isinstance(err, dict):
            err = err.get("error") or err.get("detail") or err
        if isinstance(err, dict):
            message, code = str(err.get("message") or message), hub_code(err.get("code"))
        elif isinstance(err, str):
            message = err
    except ValueError:
        pass
    kind = "auth" if r.status_code in (401, 403) and code is not HubCode.NOT_ALLOWED else (
        "server" if r.status_code >= 500 else "refused")
    raise SyncError(message, kind=kind, code=code)
