"""Refusals the hub's services raise, and the one way every error leaves the hub.

Every exception the hub defines derives from `LanternError`, the one root, which the hub takes from
`engine.wire` (the only part of the engine it imports; the root travels with the wire contract).

Every error body has our `detail` (+ `hint`) and OpenAI's `error: {message, type, code}` shape, so
Lantern kiosks and stock OpenAI clients both read a message. Bodies are encoded with ASCII escapes:
a lone surrogate echoed from a hostile request can never make encoding fail (a 500).
"""
from __future__ import annotations

import json
import math
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from engine.wire import HubCode, LanternError

_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
          404: "not_found_error", 409: "conflict_error", 413: "invalid_request_error",
          422: "invalid_request_error", 429: "rate_limit_error"}
# The code a body carries when the refusal names none: every body has a `HubCode`.
_STATUS_CODES = {400: HubCode.INVALID_REQUEST, 401: HubCode.UNAUTHORIZED, 403: HubCode.FORBIDDEN,
                 404: HubCode.NOT_FOUND, 409: HubCode.CONFLICT, 413: HubCode.TOO_LARGE,
                 422: HubCode.INVALID_REQUEST, 429: HubCode.TOO_MANY_REQUESTS}


class HubRefusal(LanternError):
    """The request is understood but not allowed or not possible; nothing was stored."""

    def __init__(self, message: str, *, status: int = 400, hint: str | None = None, code: HubCode | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.code = code
        self.retry_after = retry_after   # seconds: sent as Retry-After


class BodyTooLarge(StarletteHTTPException, LanternError):
    """A request body over the hub's limit, found while it is read (a chunked body has no
    Content-Length to check first). An HTTPException, so FastAPI's body parsing passes it on
    instead of turning it into a 400 "error parsing the body"; a LanternError like every other."""

    code = HubCode.TOO_LARGE

    def __init__(self, max_bytes: int) -> None:
        message = f"Request body over the hub's limit of {max_bytes} bytes."
        StarletteHTTPException.__init__(self, 413, message)
        LanternError.__init__(self, message, hint="Send smaller batches.")

    def response(self) -> JSONResponse:
        return SafeJSONResponse(error_body(413, self.message, hint=self.hint, code=self.code), status_code=413)


class SafeJSONResponse(JSONResponse):
    """JSON with ASCII escapes and no NaN: always encodable, always parseable by the client."""

    def render(self, content: Any) -> bytes:
        try:
            return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")
        except ValueError:   # a NaN in a response: send null rather than invalid JSON
            return json.dumps(_no_nan(content), ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _no_nan(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _no_nan(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_no_nan(v) for v in value]
    return value


def code_for_status(status: int) -> HubCode:
    """The code of a refusal that names none, from its HTTP status."""
    return _STATUS_CODES.get(status, HubCode.INTERNAL_ERROR if status >= 500 else HubCode.INVALID_REQUEST)


def error_body(status: int, message: str, *, hint: str | None = None, code: HubCode | None = None,
               detail: Any = None) -> dict[str, Any]:
    return {"detail": message if detail is None else detail, "hint": hint,
            "error": {"message": message, "type": _TYPES.get(status, "api_error" if status >= 500 else
                                                             "invalid_request_error"),
                      "code": (code or code_for_status(status)).value}}


def _describe_validation(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    """One sentence naming the bad place (for a push: which event, by index, id and kind), and the
    error list without the offending input (never echoed: it may be huge, deep or unencodable)."""
    errors = []
    for e in exc.errors()[:20]:
        loc = [p if isinstance(p, int) else str(p)[:80] for p in e.get("loc", ())]
        errors.append({"loc": loc, "msg": str(e.get("msg", ""))[:300], "type": str(e.get("type", ""))[:60]})
    if not errors:
        return "The request is not valid.", errors
    first = errors[0]
    loc = first["loc"]
    where = ".".join(str(p) for p in loc[1:] if p not in ("body",)) or "body"
    message = f"{where}: {first['msg']}"
    if len(loc) >= 3 and loc[:2] == ["body", "events"] and isinstance(loc[2], int):
        body = exc.body if isinstance(exc.body, dict) else {}
        events = body.get("events") if isinstance(body.get("events"), list) else []
        ev = events[loc[2]] if loc[2] < len(events) and isinstance(events[loc[2]], dict) else {}
        ident = ", ".join(f"{k} {str(ev[k])[:64]!r}" for k in ("id", "kind") if isinstance(ev.get(k), str))
        rest = ".".join(str(p) for p in loc[3:]) or "event"
        message = f"Event {loc[2]}{f' ({ident})' if ident else ''} is invalid: {rest}: {first['msg']}"
    return message, errors


def install_error_handlers(app: Any, *, count: Any) -> None:
    """Register the handlers; `count(kind)` increments the hub's error metric."""

    @app.exception_handler(HubRefusal)
    async def _refused(_request: Request, exc: HubRefusal) -> JSONResponse:
        count(f"refused_{exc.status}")
        headers = {"Retry-After": str(max(1, math.ceil(exc.retry_after)))} if exc.retry_after else None
        return SafeJSONResponse(error_body(exc.status, exc.message, hint=exc.hint, code=exc.code),
                                status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        count("invalid")
        message, errors = _describe_validation(exc)
        body = error_body(422, message, hint="Nothing from this request was stored.", code=HubCode.INVALID_REQUEST,
                          detail=errors)
        return SafeJSONResponse(body, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "The request was refused."
        if isinstance(exc, BodyTooLarge):
            count("too_large")
            return exc.response()
        return SafeJSONResponse(error_body(exc.status_code, message), status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _bug(_request: Request, exc: Exception) -> JSONResponse:
        # A bug, not bad input (bad input is a 4xx above). Still a readable, encodable body.
        count("internal")
        return SafeJSONResponse(error_body(500, f"The hub failed unexpectedly ({type(exc).__name__}).",
                                           hint="Nothing from this request was stored; it is safe to retry.",
                                           code=HubCode.INTERNAL_ERROR), status_code=500)

    @app.exception_handler(RecursionError)
    async def _too_deep(_request: Request, _exc: RecursionError) -> JSONResponse:
        count("too_deep")
        return SafeJSONResponse(error_body(400, "The request is nested too deeply.", code=HubCode.TOO_DEEP), status_code=400)
