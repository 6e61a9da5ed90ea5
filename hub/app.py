"""`create_app(settings) -> FastAPI`: the hub application, with its routers, middleware and errors.

Adding a router (e.g. the escalation engineer's `hub/escalation/`) is one line in `create_app`:

    app.include_router(escalation.router)

Inside a route use the dependencies in hub/deps.py: `db: Db` (the Engine; take a connection only
while you need it: `with db.begin() as conn:`), `device: CurrentDevice` (the authenticated device and
its class: `device.class_id` bounds what it may read or write), `teacher: CurrentTeacher`, and
`get_metrics(request)` (the app's Prometheus metrics: `.errors`, `.sync_events`, or your own
collectors on `.registry`). Tables live in hub/schema.py; schema changes are Alembic migrations in
hub/migrations/versions. `app.state.settings` is the HubSettings, `app.state.engine` the DB engine.
"""
from __future__ import annotations

import gc
import time
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from engine.wire import HubCode
from hub.db import make_engine, warm_pool
from hub.errors import BodyTooLarge, SafeJSONResponse, error_body, install_error_handlers
from hub.metrics import HubMetrics
from hub.secrets import HubSecrets
from hub.settings import HubSettings, load_hub_settings, secret_key_path

API_VERSION = "1"


class _GuardAndMeasure:
    """ASGI middleware: refuse bodies over the limit (413) before reading them; count and time requests."""

    def __init__(self, app: Any, *, max_bytes: int, metrics: HubMetrics) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.metrics = metrics

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status_box = {"status": 500}

        async def send_wrapper(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status_box["status"] = message["status"]
            await send(message)

        length = dict(scope.get("headers") or []).get(b"content-length")
        too_big = length is not None and length.isdigit() and int(length) > self.max_bytes
        if too_big:
            await self._refuse(send_wrapper)
        else:
            received = 0

            async def receive_counted() -> dict[str, Any]:
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > self.max_bytes:
                        raise BodyTooLarge(self.max_bytes)
                return message

            try:
                await self.app(scope, receive_counted, send_wrapper)
            except BodyTooLarge:
                # Read outside FastAPI's request handling (its own handlers answer it otherwise).
                await self._refuse(send_wrapper)
        route = scope.get("route")
        label = getattr(route, "path", "unmatched")
        self.metrics.count_request(scope.get("method", ""), label, status_box["status"], time.perf_counter() - start)

    async def _refuse(self, send: Any) -> None:
        self.metrics.errors.labels(kind="too_large").inc()
        await BodyTooLarge(self.max_bytes).response()({"type": "http"}, None, send)  # type: ignore[arg-type]


def create_app(settings: HubSettings | None = None, *, engine: sa.Engine | None = None) -> FastAPI:
    """The hub app. The database must already be migrated (`hub.db.migrate(url)`; `lantern hub serve` does it)."""
    from hub.escalation import router_for_hub as escalation_router_for_hub
    from hub.routes import ops, sync, teacher

    settings = settings or load_hub_settings()
    metrics = HubMetrics()
    # Interactive docs load Swagger UI from a CDN (blank offline) and list every endpoint: off unless
    # LANTERN_HUB_DOCS=1. /openapi.json stays, for clients and the fuzz tests.
    app = FastAPI(title="Lantern hub", version=API_VERSION, default_response_class=SafeJSONResponse,
                  docs_url="/docs" if settings.docs else None, redoc_url=None,
                  description="Central server for Lantern kiosks: enrollment, offline-first sync, teacher reports.")
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.database_url, pool_size=settings.db_pool_size,
                                             max_overflow=settings.db_max_overflow)
    app.state.metrics = metrics
    app.state.secrets = HubSecrets.load(keys=settings.secret_key, key_file=secret_key_path(settings))

    install_error_handlers(app, count=lambda kind: metrics.errors.labels(kind=kind).inc())

    @app.exception_handler(sa.exc.DBAPIError)
    async def _db_down(_request: Request, exc: sa.exc.DBAPIError) -> JSONResponse:
        # Disk full, server gone, lock timeout: the device keeps its outbox and retries later.
        metrics.errors.labels(kind="database").inc()
        return SafeJSONResponse(error_body(503, "The hub's database is unavailable; nothing was stored.",
                                           hint="Devices keep their data and retry automatically.",
                                           code=HubCode.DATABASE_UNAVAILABLE),
                                status_code=503, headers={"Retry-After": "30"})

    app.include_router(ops.router)
    app.include_router(sync.router)
    app.include_router(teacher.router)
    app.include_router(escalation_router_for_hub(app))   # cloud escalation (hub/escalation)
    app.add_middleware(_GuardAndMeasure, max_bytes=settings.max_request_bytes, metrics=metrics)
    return app


def app_from_env() -> FastAPI:
    """uvicorn factory (`hub.app:app_from_env`): settings from LANTERN_HUB_* in each worker, whose
    PostgreSQL pool is filled before it serves (`hub.db.warm_pool`)."""
    settings = load_hub_settings()
    app = create_app(settings)
    if app.state.engine.dialect.name == "postgresql":
        warm_pool(app.state.engine, settings.db_pool_size)
    tune_gc_for_serving()
    return app


# Young objects (allocated and not yet freed) before Python's cycle collector runs. Its default, 700, is
# reached many times a burst by the requests in flight alone (50 pushes hold ~15,000 objects), and
# every run walks them again; nearly everything a request allocates is freed by reference counting.
GC_YOUNG_THRESHOLD = 50_000


def tune_gc_for_serving() -> None:
    """Set a worker's cycle collector for serving, once it has built its app: the objects alive now
    (modules, the app, its routes and models: ~110,000) are frozen, so a full collection no longer walks
    them, and young collections run at `GC_YOUNG_THRESHOLD` objects instead of 700.

    Measured in process, 600 pushes 50 at a time: the collector took 150-230 ms (0.25-0.4 ms a push),
    a full collection 80-140 ms of it at once (a worker's loop stalled that long in a burst); after
    this, 0 collections ran."""
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, older, oldest)
