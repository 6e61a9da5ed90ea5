"""Liveness and metrics: `/health` checks the database too; `/metrics` is Prometheus text behind a token."""
from __future__ import annotations


import sqlalchemy as sa
from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from engine.wire import HubCode, LanternError
from hub.errors import HubRefusal
from hub.tokens import same_secret

router = APIRouter(tags=["operations"])


def require_metrics_token(request: Request) -> None:
    """Metrics show per-school spend and traffic: only for whoever holds LANTERN_HUB_METRICS_TOKEN."""
    expected = request.app.state.settings.metrics_token
    if not expected:
        raise HubRefusal("Metrics are off on this hub.", status=403, code=HubCode.METRICS_OFF,
                         hint="Set LANTERN_HUB_METRICS_TOKEN and scrape with that bearer token.")
    auth = request.headers.get("authorization", "")
    token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
    if not same_secret(token, expected):
        raise HubRefusal("Wrong or missing metrics token.", status=401, code=HubCode.INVALID_METRICS_TOKEN,
                         hint="Send Authorization: Bearer <LANTERN_HUB_METRICS_TOKEN>.")


@router.get("/health", summary="Liveness and database check")
def health(request: Request) -> JSONResponse:
    try:
        with request.app.state.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any database failure means "not healthy"
        return JSONResponse({"status": "degraded", "database": f"unavailable: {type(exc).__name__}"}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok"})


@router.get("/metrics", summary="Prometheus metrics (bearer LANTERN_HUB_METRICS_TOKEN)", response_class=Response)
def metrics(request: Request) -> Response:
    require_metrics_token(request)
    # Breaker gauges from the shared breaker state, so a breaker reset on any worker or host reads
    # "closed" here too (the gauge was only refreshed by the worker that served the escalation).
    escalation = getattr(request.app.state, "escalation", None)
    if escalation is not None:
        try:
            escalation.providers()
        except (sa.exc.SQLAlchemyError, LanternError):   # database down, keys unreadable: gauges as last seen
            pass
    body, content_type = request.app.state.metrics.render()
    return Response(body, media_type=content_type)
