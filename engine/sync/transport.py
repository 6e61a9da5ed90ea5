"""HTTP calls to the hub (httpx), each answer parsed into an engine.wire model.

Every failure becomes a `SyncError` whose `kind` tells the sync loop what to do:
`offline` / `server` (retry later with backoff), `auth` (token unknown or revoked: enroll again),
`refused` (the hub rejected this content: quarantine it), `too_large` (send smaller batches).
"""
from __future__ import annotations

from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from engine.errors import SyncError
from engine.wire import FEED_KINDS, DeviceInfo, EnrollRequest, EnrollResponse, FeedPage, PushBatch, PushResult

M = TypeVar("M", bound=BaseModel)


def normalize_hub_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise SyncError(f"{url!r} is not a hub address.", kind="config",
                        hint="Use the full address, e.g. http://hub.school.lan:8765")
    return url


class HubConnection:
    """One hub, one (optional) device token. Thread-safe for sequential use by the sync worker."""

    def __init__(self, base_url: str, *, token: str | None = None, timeout: float = 15.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = normalize_hub_url(base_url)
        headers = {"User-Agent": "lantern-sync/1"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(base_url=self.base_url, headers=headers, transport=transport,
                                  timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HubConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- calls ----------------------------------------------------------------------------------
    def enroll(self, code: str, device_name: str, *, install_key: str | None = None) -> EnrollResponse:
        body = EnrollRequest(code=code.strip(), device_name=device_name[:100] or "kiosk", install_key=install_key)
        return self._call("POST", "/v1/enroll", EnrollResponse, json=body.model_dump(mode="json"))

    def device(self) -> DeviceInfo:
        return self._call("GET", "/v1/device", DeviceInfo)

    def push(self, batch: PushBatch) -> PushResult:
        # Pre-serialised: pydantic's JSON is faster than httpx's json= for 500 events.
        return self._call("POST", "/v1/events", PushResult, content=batch.model_dump_json(),
                          headers={"Content-Type": "application/json"})

    def feed(self, cursor: int, *, limit: int = 200, kinds: tuple[str, ...] = FEED_KINDS) -> FeedPage:
        """A page of the class feed after `cursor`, holding only `kinds` (those this kiosk applies)."""
        return self._call("GET", "/v1/feed", FeedPage, params={"cursor": cursor, "limit": limit,
                                                                "kinds": ",".join(kinds)})

    def health(self) -> dict[str, Any]:
        try:
            r = self._http.get("/health")
            return r.json() | {"http_status": r.status_code}
        except (httpx.HTTPError, ValueError) as exc:
            raise SyncError(f"The hub at {self.base_url} cannot be reached ({type(exc).__name__}).",
                            kind="offline", hint="Check the network; sync retries by itself.") from exc

    # -- plumbing -------------------------------------------------------------------------------
    def _call(self, method: str, path: str, model: type[M], **kwargs: Any) -> M:
        try:
            r = self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise SyncError(f"The hub at {self.base_url} did not answer in time.", kind="offline",
                            hint="Sync retries by itself.") from exc
        except httpx.HTTPError as exc:
            raise SyncError(f"The hub at {self.base_url} cannot be reached ({type(exc).__name__}).",
                            kind="offline", hint="Check the network; sync retries by itself.") from exc
        if r.status_code >= 400:
            raise self._error(r)
        try:
            return model.model_validate_json(r.content)
        except ValidationError as exc:
            raise SyncError(f"The hub at {self.base_url} sent an answer Lantern does not understand.",
                            kind="server", hint="Is this a Lantern hub of the same version?") from exc

    def _error(self, r: httpx.Response) -> SyncError:
        try:
            body = r.json()
            detail, hint = body.get("detail"), body.get("hint")
        except ValueError:
            detail, hint = None, None
        if isinstance(detail, list):   # FastAPI validation errors
            detail = "; ".join(f"{'.'.join(map(str, d.get('loc', [])))}: {d.get('msg')}" for d in detail[:3])
        text = str(detail or r.reason_phrase)
        if r.status_code == 401:
            return SyncError(f"The hub refused this device: {text}", kind="auth",
                             hint=hint or "Enroll again: lantern sync enroll HUB_URL CODE")
        if r.status_code == 413:
            return SyncError(f"The hub refused a batch as too large: {text}", kind="too_large", hint=hint)
        if r.status_code in (408, 429) or r.status_code >= 500:
            return SyncError(f"The hub could not take the data now ({r.status_code}): {text}", kind="server",
                             hint=hint or "Sync retries by itself; nothing is lost.")
        err = SyncError(f"The hub refused the request ({r.status_code}): {text}", kind="refused", hint=hint)
        err.status = r.status_code  # type: ignore[attr-defined]
        return err
