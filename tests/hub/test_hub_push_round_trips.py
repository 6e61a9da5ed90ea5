"""A push on PostgreSQL in few round trips (issue 15: p95 at 200 devices). On a loaded box every
round trip waits for a CPU and for its worker's GIL, so a kiosk's usual push (events of known
learners) is one autocommit statement that authenticates, checks and inserts, and the class lock
that all new kiosks of a class queue on is taken by the one statement that also writes their
learners and roster rows, right before COMMIT. What is stored, what is refused and what the feed
says are the same on SQLite and PostgreSQL."""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from hubkit import Seed

_clock = iter(range(1_790_000_000_000, 1_790_000_000_000 + 10**9))


def enroll(client: TestClient, seed: Seed, name: str) -> dict[str, str]:
    r = client.post("/v1/enroll", json={"code": seed.codes["5B"], "device_name": name})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def event(learner: str, kind: str = "quiz_attempt", **payload: Any) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "kind": kind, "entity_id": learner if kind.startswith("learner") else "q1",
            "learner_id": learner, "hlc": f"{next(_clock)}-0000-k1", "created_at": "2026-11-23T10:00:00Z",
            "payload": payload or {"quiz_item_id": "q1", "correct": True}}


def push(client: TestClient, kiosk: dict[str, str], events: list[dict[str, Any]]) -> dict[str, Any]:
    r = client.post("/v1/events", json={"batch_id": str(uuid.uuid4()), "events": events}, headers=kiosk)
    assert r.status_code == 200, r.text
    return r.json()


@contextmanager
def statements(client: TestClient) -> Iterator[list[tuple[str, bool]]]:
    """Every statement psycopg sends for the hub (PostgreSQL), with whether its connection was in
    autocommit: the engine's and those the push route runs on the driver's connection directly."""
    seen: list[tuple[str, bool]] = []
    real = psycopg.Cursor.execute

    def record(cursor: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append((" ".join(str(query).split()), cursor.connection.autocommit))
        return real(cursor, query, *args, **kwargs)

    psycopg.Cursor.execute = record   # type: ignore[method-assign]
    try:
        yield seen
    finally:
        psycopg.Cursor.execute = real   # type: ignore[method-assign]


def roster(client: TestClient, kiosk: dict[str, str]) -> list[tuple[str, Any]]:
    r = client.get("/v1/feed", params={"kinds": "roster.learner"}, headers=kiosk)
    assert r.status_code == 200, r.text
    return [(i["entity_id"], i["payload"]["display_name"]) for i in r.json()["items"]]


def test_new_learners_reach_the_roster_once_with_their_names_and_replays_store_nothing(
        client: TestClient, seed: Seed) -> None:
    kiosk = enroll(client, seed, "k1")
    batch = [event("zoe", "learner.profile", display_name="Zoe"), event("ana", "learner.profile", display_name="Ana"),
             event("ana"), event("bo")]
    assert push(client, kiosk, batch)["accepted"] == 4
    assert roster(client, kiosk) == [("ana", "Ana"), ("bo", None), ("zoe", "Zoe")]    # one row each, by id
    again = push(client, kiosk, batch)
    assert (again["accepted"], again["duplicates"]) == (0, 4)
    assert push(client, kiosk, [event("ana"), event("bo")])["accepted"] == 2          # known learners
    assert roster(client, kiosk) == [("ana", "Ana"), ("bo", None), ("zoe", "Zoe")]


@pytest.mark.parametrize("hub_db", ["postgresql"], indirect=True)
def test_on_postgresql_a_usual_push_is_one_autocommit_statement(client: TestClient, seed: Seed) -> None:
    kiosk = enroll(client, seed, "k1")
    push(client, kiosk, [event("ana")])                 # claims ana (a transaction)
    with statements(client) as seen:
        assert push(client, kiosk, [event("ana"), event("ana")])["accepted"] == 2
    assert len(seen) == 1 and seen[0][1]                # no lookup first, no BEGIN, no COMMIT round trips
    assert "FROM devices" in seen[0][0] and "INSERT INTO events" in seen[0][0]
    with statements(client) as bigger:
        again = push(client, kiosk, [event("ana") for _ in range(20)])
    assert (again["accepted"], again["duplicates"]) == (20, 0)
    assert [s for s, _ in bigger] == [seen[0][0]]       # one statement text for any batch: converted once, prepared


def test_a_push_of_known_learners_is_refused_whole_when_the_token_is_revoked_or_a_check_fails(
        client: TestClient, seed: Seed, hub_db: str) -> None:
    """The one-statement push checks what the full path checks: a refused batch stores nothing and
    gets the same answer on both databases."""
    from hub import accounts
    from hub.db import make_engine

    mine, other = enroll(client, seed, "k1"), enroll(client, seed, "k2")
    r = client.post("/v1/enroll", json={"code": seed.codes["6A"], "device_name": "k6a"})
    stranger = {"Authorization": f"Bearer {r.json()['token']}"}
    push(client, mine, [event("ana")])
    push(client, stranger, [event("zed")])
    engine = make_engine(seed.url)
    with engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one()

    r = client.post("/v1/events", json={"batch_id": str(uuid.uuid4()), "events": [event("ana"), event("zed")]},
                    headers=mine)
    assert r.status_code == 403 and "another class" in r.json()["detail"]
    r = client.post("/v1/events", headers=mine, json={"batch_id": str(uuid.uuid4()), "events": [
        event("ana"), event("ana", "message", text="what is a fraction?")]})
    assert r.status_code == 403 and "conversation text" in r.json()["detail"]
    other_id = client.get("/v1/device", headers=other).json()["device_id"]
    with engine.begin() as conn:
        accounts.revoke_device(conn, other_id)
    r = client.post("/v1/events", json={"batch_id": str(uuid.uuid4()), "events": [event("ana")]}, headers=other)
    assert r.status_code == 401 and "revoked" in r.json()["detail"]
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one() == stored
    engine.dispose()
    assert push(client, mine, [event("ana")])["accepted"] == 1


@pytest.mark.parametrize("hub_db", ["postgresql"], indirect=True)
def test_on_postgresql_the_class_lock_is_taken_by_the_last_statement_before_commit(
        client: TestClient, seed: Seed) -> None:
    kiosk = enroll(client, seed, "k1")
    with statements(client) as seen:
        push(client, kiosk, [event("ana", "learner.profile", display_name="Ana"), event("bo")])
    locking = [i for i, (s, _) in enumerate(seen) if "FOR NO KEY UPDATE" in s]
    assert locking == [len(seen) - 1]                   # once, and nothing runs after it but COMMIT
    last, autocommit = seen[-1]
    assert "INSERT INTO learners" in last and "INSERT INTO feed" in last and not autocommit
    assert roster(client, kiosk) == [("ana", "Ana"), ("bo", None)]


@pytest.mark.parametrize("hub_db", ["postgresql"], indirect=True)
def test_a_push_on_a_connection_the_server_dropped_is_a_503_and_its_retry_is_stored(
        client: TestClient, seed: Seed) -> None:
    from hub.db import make_engine

    kiosk = enroll(client, seed, "k1")
    push(client, kiosk, [event("ana")])                 # claims ana; the hub's pooled connection stays open
    engine = make_engine(seed.url, pool_size=1, max_overflow=0)
    with engine.connect() as conn:                      # the server drops every other session (a restart)
        conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    body = {"batch_id": str(uuid.uuid4()), "events": [event("ana")]}
    dropped = client.post("/v1/events", json=body, headers=kiosk)
    assert dropped.status_code == 503 and dropped.headers["Retry-After"] == "30"
    assert dropped.json()["error"]["code"] == "database_unavailable"
    assert push(client, kiosk, body["events"])["accepted"] == 1      # the dead connection was not pooled again
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one() == 2
    engine.dispose()
