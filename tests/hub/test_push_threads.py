"""`POST /v1/events` takes a worker thread only when its pool has a connection for it: a burst of
pushes waits on the event loop, not in threads that would only wait for a connection (and compete
for the GIL while they do). SQLite and PostgreSQL."""
from __future__ import annotations

import asyncio
import threading
import uuid
from typing import Any

import httpx
import pytest

import hub.routes.sync as sync_routes
from hub.app import create_app
from hub.settings import HubSettings
from hubkit import Seed, count_events


def _batch(n: int) -> dict[str, Any]:
    return {"batch_id": str(uuid.uuid4()), "events": [
        {"id": str(uuid.uuid4()), "kind": "quiz_attempt", "entity_id": f"e{n}", "learner_id": "l1",
         "hlc": f"1790000000000-{n:04d}-aa11", "created_at": "2026-11-23T10:00:00Z", "payload": {"correct": True}}]}


def test_concurrent_pushes_hold_no_more_threads_than_the_pool_has_connections(
        seed: Seed, monkeypatch: pytest.MonkeyPatch) -> None:
    pool = 2
    lock = threading.Lock()
    active = {"now": 0, "most": 0}
    crowded = threading.Event()      # set when more pushes run at once than the pool allows
    real = sync_routes._store_push

    def counted(*args: Any) -> Any:
        with lock:
            active["now"] += 1
            active["most"] = max(active["most"], active["now"])
            if active["now"] > pool:
                crowded.set()
        try:
            # Hold the thread a moment, so that pushes let through together are seen together.
            crowded.wait(0.3)
            return real(*args)
        finally:
            with lock:
                active["now"] -= 1

    monkeypatch.setattr(sync_routes, "_store_push", counted)
    app = create_app(HubSettings(database_url=seed.url, db_pool_size=pool, db_max_overflow=0))

    async def burst() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub") as client:
            r = await client.post("/v1/enroll", json={"code": seed.codes["5B"], "device_name": "kiosk"})
            assert r.status_code == 200, r.text
            headers = {"Authorization": f"Bearer {r.json()['token']}"}
            answers = await asyncio.gather(*(client.post("/v1/events", headers=headers, json=_batch(n))
                                             for n in range(6)))
            return [a.status_code for a in answers]

    try:
        assert asyncio.run(burst()) == [200] * 6
    finally:
        app.state.engine.dispose()
    assert active["most"] == pool
    assert count_events(seed.url) == 6
