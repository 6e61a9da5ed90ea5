"""The orchestrator's HTTP face: an OpenAI-compatible `POST /v1/chat/completions` for devices,
a status endpoint devices poll for connectivity and policy, and admin endpoints for providers.

`create_escalation_router(store, identify=...)` returns an APIRouter; the hub includes it and
passes its own device-token dependency as `identify` (anything with `device_id`/`school_id`, or
`id`/`school_id`, attributes).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from sqlalchemy.exc import SQLAlchemyError

from engine.wire import HubCode, LanternError
from hub.errors import SafeJSONResponse
from hub.escalation.metrics import EscalationMetrics
from hub.escalation.orchestrator import Identity, Orchestrator, OrchestratorOptions, Refused
from hub.escalation.store import EscalationStore
from hub.tokens import same_secret

PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def as_identity(obj: Any) -> Identity:
    """Adapt whatever the hub's auth dependency returns."""
    if isinstance(obj, Identity):
        return obj
    device = getattr(obj, "device_id", None) or getattr(obj, "id", None)
    school = getattr(obj, "school_id", None)
    if device is None or school is None:
        raise HTTPException(401, "This device is not enrolled with a school.")
    return Identity(str(device), str(school))


def bearer_token_identity(tokens: dict[str, Identity]) -> Callable[..., Identity]:
    """A device-token dependency over a fixed token table (standalone use and tests)."""
    def identify(request: Request) -> Identity:
        auth = request.headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        for known, ident in tokens.items():
            if token and same_secret(token, known):
                return ident
        raise HTTPException(401, "Unknown or missing device token; enroll this device with the hub.")
    return identify


def _misconfigured(exc: LanternError) -> Refused:
    """A hub set-up fault (not the device's, not the provider's): 503 with the admin's message and hint."""
    return Refused(503, HubCode.HUB_MISCONFIGURED, " ".join(p for p in (exc.message, exc.hint) if p))


def _refusal(exc: Refused) -> JSONResponse:
    headers = {"Retry-After": str(max(1, round(exc.retry_after)))} if exc.retry_after else None
    return JSONResponse(exc.body(), status_code=exc.status, headers=headers)


def create_escalation_router(store: EscalationStore, *, identify: Callable[..., Any],
                             options: OrchestratorOptions | None = None, metrics: EscalationMetrics | None = None,
                             admin_token: str | None = None, transport: Any = None,
                             clock: Callable[[], float] | None = None,
                             metrics_guard: Callable[..., None] | None = None) -> APIRouter:
    """Build the router. `router.orchestrator` holds its state (breakers, cache, limiter: in the
    store's database, shared by every worker).
    `metrics_guard` (a dependency) protects the metrics endpoint; the hub passes its metrics-token check."""
    orch = Orchestrator(store, options=options, metrics=metrics, transport=transport,
                        **({"clock": clock} if clock else {}))
    router = APIRouter(tags=["escalation"])
    router.orchestrator = orch  # type: ignore[attr-defined]

    def require_admin(request: Request) -> None:
        auth = request.headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        if not admin_token:
            raise HTTPException(403, "Admin endpoints are off: set the hub's escalation admin token.")
        if not same_secret(token, admin_token):
            raise HTTPException(401, "Wrong admin token.")

    @router.post("/v1/chat/completions", summary="OpenAI-compatible chat completion, forwarded to the cloud")
    async def chat_completions(request: Request, who: Any = Depends(identify)) -> Response:
        ident = as_identity(who)
        try:
            body = await request.json()
        except (ValueError, RecursionError):   # RecursionError: nested thousands deep
            return _refusal(Refused(400, HubCode.INVALID_REQUEST, "The request body is not valid JSON (or is nested "
                                                            "too deeply)."))
        try:
            if isinstance(body, dict) and body.get("stream"):
                opened = await orch.open_stream(body, ident)
                return StreamingResponse(opened.events(), media_type="text/event-stream", headers={
                    "Cache-Control": "no-cache", "X-Lantern-Provider": opened.provider,
                    "X-Lantern-Cached": "1" if opened.cached else "0"})
            data = await orch.complete(body, ident)
            # ASCII escapes, no NaN: an upstream's lone surrogate or NaN is relayed, never a 500 here.
            return SafeJSONResponse(data, headers={"X-Lantern-Provider": data["lantern"]["provider"],
                                               "X-Lantern-Cached": "1" if data["lantern"]["cached"] else "0"})
        except Refused as exc:
            return _refusal(exc)
        except LanternError as exc:   # e.g. a provider key sealed with a key this hub no longer has
            return _refusal(_misconfigured(exc))

    @router.get("/v1/escalation/status", summary="Is cloud escalation available to this device?")
    async def status(who: Any = Depends(identify)) -> Any:
        ident = as_identity(who)
        policy = await anyio.to_thread.run_sync(store.policy, ident.school_id)
        usage = await anyio.to_thread.run_sync(store.usage, ident.school_id)
        try:
            available = await anyio.to_thread.run_sync(
                lambda: sum(1 for p in orch.providers() if p.breaker.state != "open"))
        except LanternError as exc:
            return _refusal(_misconfigured(exc))
        return {"online": True, "allowed": policy.allowed, "require_approval": policy.require_approval,
                "cap_reached": usage.cost >= policy.daily_cap, "spent_today": round(usage.cost, 6),
                "daily_cap": policy.daily_cap, "providers_available": available}

    @router.get("/v1/escalation/providers", dependencies=[Depends(require_admin)], summary="Providers and breakers")
    async def list_providers() -> list[dict[str, Any]]:
        return await anyio.to_thread.run_sync(orch.provider_status)

    @router.post("/v1/escalation/providers/{name}/reset-breaker", dependencies=[Depends(require_admin)])
    async def reset_breaker(name: str) -> dict[str, Any]:
        try:
            await anyio.to_thread.run_sync(orch.reset_breaker, name)
        except LanternError as exc:
            raise HTTPException(404, str(exc)) from exc
        return {"name": name, "breaker": "closed"}

    @router.get("/v1/escalation/metrics", summary="Prometheus metrics of the orchestrator",
                dependencies=[Depends(metrics_guard)] if metrics_guard else [])
    async def metrics_text() -> Response:
        try:
            await anyio.to_thread.run_sync(orch.providers)   # refresh breaker gauges
        except (SQLAlchemyError, LanternError):   # database down, keys unreadable: the numbers, gauges as last seen
            pass
        return Response(orch.metrics.render(), media_type=PROMETHEUS_TYPE)

    return router


def router_for_hub(app: Any) -> APIRouter:
    """The router wired into the hub app: its database (migration 0002_escalation), its device-token
    dependency, its Prometheus registry, and settings from LANTERN_HUB_ESCALATION_*."""
    from fastapi.security import HTTPAuthorizationCredentials

    from hub.deps import bearer, current_device
    from hub.escalation.settings import load_escalation_settings
    from hub.routes.ops import require_metrics_token

    def identify(request: Request, creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Any:
        # Its own short-lived connection: a streamed answer must not hold a pooled one for its length.
        with request.app.state.engine.connect() as conn:
            return current_device(conn, creds)

    s = load_escalation_settings()
    store = EscalationStore(app.state.engine, default_daily_cap=s.default_daily_cap, create_tables=False)
    metrics = EscalationMetrics(registry=app.state.metrics.registry)
    router = create_escalation_router(store, identify=identify, options=s.options(), metrics=metrics,
                                      admin_token=s.admin_token, metrics_guard=require_metrics_token)
    app.state.escalation = router.orchestrator
    return router
