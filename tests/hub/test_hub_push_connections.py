"""The push route's asyncio connections on PostgreSQL (hub/pgasync.py): bounded, fair to waiters,
never reusing a connection whose state is unknown, and a dropped one costs one 503, as a dropped
connection of the engine does."""
from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from hub.db import make_engine
from hub.pgasync import APPLICATION_NAME, AsyncConnections
from hubkit import Seed, count_events, fresh_database


@pytest.fixture
def pg_url(postgres_cluster: Any, tmp_path: Any) -> str:
    return fresh_database("postgresql", tmp_path)


def backends(url: str, *, settle_at: int | None = None) -> int:
    """Server processes of the push connections. A closed connection's backend exits a moment after
    the socket closes: with `settle_at`, poll (up to 5 s) until the count reaches it."""
    engine = make_engine(url, pool_size=1, max_overflow=0)
    deadline = time.monotonic() + 5
    with engine.connect() as conn:
        while True:
            n = int(conn.execute(sa.text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :a"),
                                 {"a": APPLICATION_NAME}).scalar_one())
            if settle_at is None or n == settle_at or time.monotonic() > deadline:
                break
            time.sleep(0.02)
    engine.dispose()
    return n


def test_twenty_requests_share_three_connections_and_all_finish(pg_url: str) -> None:
    pool = AsyncConnections(sa.make_url(pg_url), size=3)
    seen: list[int] = []

    async def request() -> None:
        async with pool.connection() as conn:
            cur = await conn.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s",
                                     (APPLICATION_NAME,))
            seen.append((await cur.fetchone())[0])   # type: ignore[index]
            await conn.execute("SELECT pg_sleep(0.02)")

    async def main() -> None:
        await asyncio.gather(*(request() for _ in range(20)))

    asyncio.run(main())
    assert len(seen) == 20 and max(seen) == 3
    assert backends(pg_url) == 3                      # kept open for the next requests
    pool.close()
    assert backends(pg_url, settle_at=0) == 0


def test_a_waiter_cancelled_in_the_queue_leaves_the_connection_to_the_next(pg_url: str) -> None:
    pool = AsyncConnections(sa.make_url(pg_url), size=1)

    async def main() -> int:
        async with pool.connection():
            cancelled = asyncio.create_task(_take_and_hold(pool))
            await asyncio.sleep(0.05)                 # queued behind the holder
            cancelled.cancel()
            await asyncio.gather(cancelled, return_exceptions=True)
        async with asyncio.timeout(5):                # the slot came back: no wait for a lost turn
            async with pool.connection() as conn:
                return (await (await conn.execute("SELECT 7")).fetchone())[0]   # type: ignore[index]

    assert asyncio.run(main()) == 7
    pool.close()


async def _take_and_hold(pool: AsyncConnections) -> None:
    async with pool.connection():
        await asyncio.sleep(10)


def test_a_connection_that_saw_an_error_is_closed_not_reused(pg_url: str) -> None:
    pool = AsyncConnections(sa.make_url(pg_url), size=1)

    async def main() -> tuple[bool, int]:
        with pytest.raises(psycopg.errors.DivisionByZero):
            async with pool.connection() as conn:
                first = conn
                await conn.execute("SELECT 1 / 0")
        async with pool.connection() as conn:
            return conn is first, (await (await conn.execute("SELECT 1")).fetchone())[0]   # type: ignore[index]

    assert asyncio.run(main()) == (False, 1)
    pool.close()


def test_connections_follow_a_new_event_loop(pg_url: str) -> None:
    """TestClient without `with` runs each request on a new loop: the pool starts over on each."""
    pool = AsyncConnections(sa.make_url(pg_url), size=2)

    async def one() -> int:
        async with pool.connection() as conn:
            return (await (await conn.execute("SELECT 1")).fetchone())[0]   # type: ignore[index]

    assert [asyncio.run(one()) for _ in range(3)] == [1, 1, 1]
    assert backends(pg_url, settle_at=1) == 1         # the old loops' connections were closed
    pool.close()


@pytest.mark.parametrize("hub_db", ["postgresql"], indirect=True)
def test_a_push_on_a_connection_the_server_dropped_is_503_then_the_retry_is_stored(
        client: TestClient, seed: Seed) -> None:
    token = client.post("/v1/enroll", json={"code": seed.codes["5B"], "device_name": "k"}).json()["token"]
    kiosk = {"Authorization": f"Bearer {token}"}

    def push() -> Any:
        ev = {"id": str(uuid.uuid4()), "kind": "quiz_attempt", "entity_id": "q1", "learner_id": "ana",
              "hlc": "1790000000000-0000-k1", "created_at": "2026-11-23T10:00:00Z",
              "payload": {"quiz_item_id": "q1", "correct": True}}
        return client.post("/v1/events", json={"batch_id": str(uuid.uuid4()), "events": [ev]}, headers=kiosk)

    assert push().status_code == 200                  # claims ana (a transaction on the engine)
    assert push().status_code == 200                  # on the push connection
    assert backends(seed.url) == 1
    engine = make_engine(seed.url, pool_size=1, max_overflow=0)
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :a"),
                     {"a": APPLICATION_NAME})
    engine.dispose()
    dropped = push()
    assert dropped.status_code == 503 and dropped.headers["Retry-After"] == "30"
    assert dropped.json()["error"]["code"] == "database_unavailable"
    assert push().status_code == 200
    assert count_events(seed.url) == 3
