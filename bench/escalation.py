"""`lantern bench escalation --json`: the hub orchestrator's cost and the device's offline speed.

- hub overhead per streamed request: the same streamed chat request sent straight to the upstream
  and through the hub (real llama.cpp OpenAI server with the bundled GGUF); ratio of medians, and
  the absolute overhead against an instant synthetic upstream (isolates the hub's own work);
- time to fall back locally when the hub is down: known offline (background monitor) and just
  died (connection refused), measured to the first on-device answer piece;
- 100 concurrent streamed escalations through the hub (instant upstream): wall time, p50/p95, errors.
Everything runs on loopback; nothing is downloaded.
"""
from __future__ import annotations

import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

TOKEN = "bench-device"


def _instant_upstream() -> Any:
    """An OpenAI-compatible app that streams a fixed 16-piece answer at once (no model)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response, StreamingResponse
    from starlette.routing import Route

    pieces = [f"word{i} " for i in range(16)]

    async def chat(request: Request) -> Response:
        body = await request.json()
        if not body.get("stream"):
            return JSONResponse({"id": "x", "object": "chat.completion", "choices": [
                {"index": 0, "message": {"role": "assistant", "content": "".join(pieces)}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 16, "total_tokens": 26}})

        async def events() -> Any:
            for p in pieces:
                yield f"data: {json.dumps({'choices': [{'index': 0, 'delta': {'content': p}, 'finish_reason': None}]})}\n\n"
            yield f"data: {json.dumps({'choices': [{'index': 0, 'delta': {}, 'finish_reason': 'stop'}]})}\n\n"
            yield "data: [DONE]\n\n"
        return StreamingResponse(events(), media_type="text/event-stream")

    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])


def _stream_once(client: httpx.Client, url: str, question: str, headers: dict[str, str]) -> tuple[float, float]:
    """(seconds to first content piece, seconds to the end) for one streamed request."""
    body = {"model": "m", "messages": [{"role": "user", "content": question}], "max_tokens": 16, "temperature": 0,
            "stream": True}
    start = time.perf_counter()
    first = None
    with client.stream("POST", url + "/chat/completions", json=body, headers=headers, timeout=120) as r:
        r.raise_for_status()
        for line in r.iter_lines():
            if first is None and line.startswith("data:") and '"content"' in line:
                first = time.perf_counter() - start
    return first or 0.0, time.perf_counter() - start


def _overhead(direct_url: str, hub_url: str, rounds: int, *, label: str) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    direct: list[float] = []
    via: list[float] = []
    with httpx.Client() as c:
        _stream_once(c, direct_url, "warm up", {})
        _stream_once(c, hub_url, "warm up", headers)
        for i in range(rounds):
            q = f"Question {i}: name one planet."   # distinct: the hub's cache never answers
            direct.append(_stream_once(c, direct_url, q, {})[1])
            via.append(_stream_once(c, hub_url, q + " ", headers)[1])
    md, mv = statistics.median(direct), statistics.median(via)
    # Each pair ran back to back, so a per-pair ratio cancels most of the machine's background load.
    pair_ratio = statistics.median(v / d for v, d in zip(via, direct, strict=True))
    return {f"{label}_direct_median_ms": round(md * 1000, 1), f"{label}_via_hub_median_ms": round(mv * 1000, 1),
            f"{label}_overhead_ms": round((mv - md) * 1000, 1), f"{label}_ratio": round(pair_ratio, 3)}


async def _concurrent(hub_url: str, n: int) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)

    async def one(client: httpx.AsyncClient, i: int) -> float:
        body = {"model": "m", "messages": [{"role": "user", "content": f"concurrent question {i}"}],
                "max_tokens": 16, "temperature": 0, "stream": True}
        start = time.perf_counter()
        async with client.stream("POST", hub_url + "/chat/completions", json=body, headers=headers) as r:
            r.raise_for_status()
            async for _ in r.aiter_lines():
                pass
        return time.perf_counter() - start

    async with httpx.AsyncClient(limits=limits, timeout=120) as client:
        start = time.perf_counter()
        results = await asyncio.gather(*(one(client, i) for i in range(n)), return_exceptions=True)
        wall = time.perf_counter() - start
    ok = sorted(r for r in results if isinstance(r, float))
    p95 = ok[max(0, int(round(0.95 * len(ok))) - 1)] if ok else None
    return {"concurrent_requests": n, "concurrent_ok": len(ok), "concurrent_errors": n - len(ok),
            "concurrent_wall_s": round(wall, 3), "concurrent_p50_ms": round(statistics.median(ok) * 1000, 1) if ok else None,
            "concurrent_p95_ms": round(p95 * 1000, 1) if p95 else None,
            "concurrent_requests_per_s": round(len(ok) / wall, 1)}


def _fallback_times(model_path: Path, tmp: Path, hub_url: str) -> dict[str, Any]:
    from engine.escalation import (CloudAsker, ConnectivityMonitor, EscalationRouter, HubClient, Redactor,
                                   RouterOptions, Turn)
    from engine.llm.local import LocalLLM
    from hub.escalation.loopback import free_port

    out: dict[str, Any] = {}
    q = "Explain why the moon has phases, step by step."
    with LocalLLM.load(model_path, model_id="bench", n_ctx=2048, n_threads=2) as llm:
        decided: list[float] = []

        def first_piece(router: Any) -> float:
            start = time.perf_counter()
            local_stream = router._local_stream

            def timed(*a: Any) -> Any:   # when the router hands over to the on-device model
                decided.append(time.perf_counter() - start)
                return local_stream(*a)
            router._local_stream = timed
            try:
                it = router.answer(Turn(q))
                next(it)
                t = time.perf_counter() - start
            finally:
                router._local_stream = local_stream
            for _ in it:
                pass
            assert router.last_decision.route == "local"
            return t

        # the on-device answer's own time to first piece (warm prefix), for reference
        local_only = EscalationRouter(llm, asker=None, monitor=None, options=RouterOptions(enabled=False,
                                                                                          local_max_tokens=24))
        first_piece(local_only)
        out["local_first_piece_ms"] = round(statistics.median(first_piece(local_only) for _ in range(3)) * 1000, 1)

        # known offline: the background monitor already found nothing at the hub address
        dead = HubClient(f"http://127.0.0.1:{free_port()}", token=TOKEN)
        mon = ConnectivityMonitor(dead)
        mon.check_now()
        r = EscalationRouter(llm, asker=CloudAsker(dead, redactor=Redactor()), monitor=mon,
                             options=RouterOptions(local_max_tokens=24))
        decided.clear()
        out["fallback_known_offline_first_piece_ms"] = round(
            statistics.median(first_piece(r) for _ in range(3)) * 1000, 1)
        out["fallback_known_offline_decision_ms"] = round(statistics.median(decided) * 1000, 2)
        decided.clear()

        # just died: the monitor still says online, the request meets a closed port
        times = []
        for _ in range(3):
            live = HubClient(hub_url, token=TOKEN)
            mon2 = ConnectivityMonitor(live)
            mon2.check_now()
            assert mon2.state.online
            live.base_url = dead.base_url
            live._http = httpx.Client(base_url=dead.base_url, headers={"Authorization": f"Bearer {TOKEN}"})
            r2 = EscalationRouter(llm, asker=CloudAsker(live, redactor=Redactor()), monitor=mon2,
                                  options=RouterOptions(local_max_tokens=24))
            times.append(first_piece(r2))
            live.close()
        out["fallback_hub_just_died_first_piece_ms"] = round(statistics.median(times) * 1000, 1)
        out["fallback_hub_just_died_decision_ms"] = round(statistics.median(decided) * 1000, 2)
        dead.close()
    return out


def limiter_overhead(calls: int = 500) -> dict[str, Any]:
    """Time one shared rate-limit decision (hub/escalation/shared.py, one conditional UPDATE in the hub
    DB) on SQLite and on PostgreSQL: what every escalated request pays for limits that hold across
    workers. Target: < 2 ms per request.

    PostgreSQL runs with its production defaults here (fsync and synchronous_commit on): the decision
    commits, and with the test suite's fsync=off cluster the WAL flush it would wait for is invisible
    (`limiter_postgresql_logged_*`: the same decisions on an ordinary, logged table, for comparison)."""
    import time as _time

    from hub.db import make_engine, migrate
    from hub.escalation.shared import DbRateLimiter
    from hub.pgtemp import TempPostgres

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="lantern-bench-limits-") as d, TempPostgres(durable=True) as pg:
        logged = pg.create_database(migrated=False)
        migrate(logged)
        before = make_engine(logged, pool_size=1, max_overflow=0)
        with before.begin() as conn:                # the table as it was before 0006_unlogged_limits
            conn.exec_driver_sql("ALTER TABLE escalation_limits SET LOGGED")
        before.dispose()
        for name, url in (("sqlite", f"sqlite:///{Path(d) / 'hub.db'}"), ("postgresql", pg.create_database()),
                          ("postgresql_logged", logged)):
            migrate(url)
            engine = make_engine(url)
            limiter = DbRateLimiter(engine, per_minute=1e9, burst=10**9)
            samples, baseline = [], []
            for i in range(calls):
                start = _time.perf_counter()
                limiter.acquire(f"device-{i % 50}")
                samples.append(_time.perf_counter() - start)
                # Baseline in the same run, interleaved: one `SELECT 1` round trip on the same engine.
                start = _time.perf_counter()
                with engine.connect() as conn:
                    conn.exec_driver_sql("SELECT 1").scalar()
                baseline.append(_time.perf_counter() - start)
            engine.dispose()
            samples.sort()
            out[f"limiter_{name}_p50_ms"] = round(statistics.median(samples) * 1000, 3)
            out[f"limiter_{name}_p95_ms"] = round(samples[int(0.95 * (len(samples) - 1))] * 1000, 3)
            out[f"select1_{name}_p50_ms"] = round(statistics.median(baseline) * 1000, 3)
            out[f"limiter_{name}_p50_vs_select1"] = round(statistics.median(samples) / statistics.median(baseline), 2)
    return out


def run(quick: bool) -> dict[str, Any]:
    from app.settings import load_settings
    from engine.models import ModelRegistry
    from hub.escalation import Identity, OrchestratorOptions, ProviderConfig
    from hub.escalation.loopback import LlamaServer, LoopbackHub, ServerThread

    rounds = 5 if quick else 15
    model_path = Path(ModelRegistry(load_settings().models_dir).provision_bundled().path)
    result: dict[str, Any] = {"bench": "escalation", "quick": quick, "rounds": rounds}
    opts = OrchestratorOptions(rate_per_minute=0, cache_entries=0)
    ids = {TOKEN: Identity("bench-device", "bench-school")}
    with tempfile.TemporaryDirectory(prefix="lantern-bench-esc-") as tmp_s:
        tmp = Path(tmp_s)
        with LlamaServer(model_path, log_path=tmp / "llama.log") as llama, \
                ServerThread(_instant_upstream()) as instant:
            with LoopbackHub(tmp / "hub-llama.db", [ProviderConfig(name="llama", base_url=llama.base_url, model="g")],
                             identities=ids, options=opts) as hub:
                result.update(_overhead(llama.base_url, hub.url + "/v1", rounds, label="llama_stream"))
                result.update(_fallback_times(model_path, tmp, hub.url))
            with LoopbackHub(tmp / "hub-instant.db",
                             [ProviderConfig(name="instant", base_url=instant.url + "/v1", model="i")],
                             identities=ids, options=opts, default_daily_cap=1e9) as hub2:
                result.update(_overhead(instant.url + "/v1", hub2.url + "/v1", rounds * 4, label="instant_stream"))
                result.update(asyncio.run(_concurrent(hub2.url + "/v1", 100)))
    result.update(limiter_overhead(200 if quick else 500))
    result["note"] = ("hub, upstreams and clients share this machine (and the hub one process); "
                      "the llama upstream decodes one request at a time")
    return result
