"""The hub's HTTP API against SQLite and PostgreSQL: enrollment, idempotent push, scoping, refusals."""
from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from hub import schema as t
from hub.app import create_app
from hub.db import make_engine, migrate
from hub.settings import HubSettings
from hubkit import Seed, count_events


METRICS_TOKEN = "metrics-secret"
METRICS = {"Authorization": f"Bearer {METRICS_TOKEN}"}


@pytest.fixture
def client(seed: Seed) -> Iterator[TestClient]:
    app = create_app(HubSettings(database_url=seed.url, max_request_bytes=256 * 1024, metrics_token=METRICS_TOKEN))
    with TestClient(app) as c:
        yield c
    app.state.engine.dispose()


def enroll(client: TestClient, code: str, name: str = "kiosk") -> dict[str, str]:
    r = client.post("/v1/enroll", json={"code": code, "device_name": name})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def event(learner: str | None = "learner-1", *, kind: str = "quiz_attempt", ms: int = 1_790_000_000_000,
          node: str = "aa11", **payload: Any) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "kind": kind, "entity_id": "item-1", "learner_id": learner,
            "hlc": f"{ms:013d}-0000-{node}", "created_at": "2026-11-23T10:00:00.000Z", "payload": payload}


def push(client: TestClient, headers: dict[str, str], events: list[dict[str, Any]]) -> Any:
    return client.post("/v1/events", headers=headers, json={"batch_id": str(uuid.uuid4()), "events": events})


def test_health_reports_database_and_metrics_count_requests(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok", "database": "ok"}
    client.get("/v1/feed")  # unauthenticated: counted as 401
    assert client.get("/metrics").status_code == 401                       # per-school numbers: token only
    assert client.get("/metrics", headers={"Authorization": "Bearer nope"}).status_code == 401
    text = client.get("/metrics", headers=METRICS).text
    assert 'lantern_hub_requests_total{method="GET",route="/health",status="200"} 1.0' in text
    assert 'route="/v1/feed",status="401"' in text
    assert "lantern_hub_request_seconds_bucket" in text
    assert client.get("/openapi.json").json()["info"]["title"] == "Lantern hub"
    assert client.get("/docs").status_code == 404   # Swagger UI comes from a CDN: off unless LANTERN_HUB_DOCS=1


def test_migrations_are_recorded_and_idempotent(seed: Seed) -> None:
    from alembic.script import ScriptDirectory

    from hub.db import alembic_config

    head = ScriptDirectory.from_config(alembic_config(seed.url)).get_current_head()
    assert migrate(seed.url) == head and head is not None
    engine = make_engine(seed.url)
    names = set(sa.inspect(engine).get_table_names())
    engine.dispose()
    assert {"schools", "classes", "teachers", "devices", "learners", "events", "feed", "alembic_version"} <= names


def test_enrollment_gives_a_class_scoped_token_stored_hashed(client: TestClient, seed: Seed) -> None:
    r = client.post("/v1/enroll", json={"code": seed.codes["5B"].lower(), "device_name": "kiosk-1"})
    assert r.status_code == 200
    body = r.json()
    assert body["device"]["class_name"] == "5B" and body["device"]["allow_conversation_text"] is False
    engine = make_engine(seed.url)
    with engine.connect() as conn:
        stored = conn.execute(sa.select(t.devices.c.token_hash)).scalar_one()
    engine.dispose()
    assert body["token"] not in stored and len(stored) == 64
    me = client.get("/v1/device", headers={"Authorization": f"Bearer {body['token']}"}).json()
    assert me["class_id"] == seed.class_ids["5B"]


def test_unknown_and_expired_codes_are_refused(client: TestClient, seed: Seed) -> None:
    r = client.post("/v1/enroll", json={"code": "ZZZZ-ZZZZ", "device_name": "k"})
    assert r.status_code == 403 and "not known" in r.json()["detail"]
    engine = make_engine(seed.url)
    with engine.begin() as conn:
        conn.execute(t.enrollment_codes.update().values(expires_at=datetime(2000, 1, 1, tzinfo=UTC)))
    engine.dispose()
    r = client.post("/v1/enroll", json={"code": seed.codes["5B"], "device_name": "k"})
    assert r.status_code == 403 and "expired" in r.json()["detail"]


def test_duplicate_reordered_and_replayed_batches_store_each_event_once(client: TestClient, seed: Seed) -> None:
    h = enroll(client, seed.codes["5B"])
    events = [event(ms=1_790_000_000_000 + i, correct=i % 2 == 0) for i in range(120)]
    batches = [events[i:i + 25] for i in range(0, 120, 25)]
    order = batches + batches[::-1] + [random.Random(7).sample(events, 40)]   # replays, reversed, shuffled
    accepted = duplicates = 0
    for b in order:
        r = push(client, h, b)
        assert r.status_code == 200, r.text
        accepted += r.json()["accepted"]
        duplicates += r.json()["duplicates"]
    assert accepted == 120 and duplicates == 120 + 40
    assert count_events(seed.url) == 120
    # the same id twice inside one batch is stored once, too
    e = event()
    r = push(client, h, [e, e]).json()
    assert (r["accepted"], r["duplicates"]) == (1, 1)
    assert count_events(seed.url) == 121
    metrics = client.get("/metrics", headers=METRICS).text
    assert 'lantern_hub_sync_events_total{result="accepted"} 121.0' in metrics
    assert 'lantern_hub_sync_events_total{result="duplicate"} 161.0' in metrics


def test_revoked_token_is_refused_and_nothing_is_stored(client: TestClient, seed: Seed) -> None:
    from hub import accounts

    h = enroll(client, seed.codes["5B"])
    device_id = client.get("/v1/device", headers=h).json()["device_id"]
    engine = make_engine(seed.url)
    with engine.begin() as conn:
        accounts.revoke_device(conn, device_id)
    engine.dispose()
    r = push(client, h, [event()])
    assert r.status_code == 401 and "revoked" in r.json()["detail"]
    assert client.get("/v1/feed", headers=h).status_code == 401
    assert count_events(seed.url) == 0


def test_a_device_cannot_read_or_write_another_class(client: TestClient, seed: Seed) -> None:
    a = enroll(client, seed.codes["5B"], "a")
    b = enroll(client, seed.codes["6A"], "b")
    assert push(client, a, [event("learner-of-5b")]).status_code == 200
    # 6A's device writing for 5B's learner: a forged learner id
    mixed = [event("learner-of-6a"), event("learner-of-5b")]
    r = push(client, b, mixed)
    assert r.status_code == 403 and "another class" in r.json()["detail"]
    assert count_events(seed.url) == 1                      # nothing from the refused batch
    assert count_events(seed.url, class_id=seed.class_ids["6A"]) == 0
    # 6A's feed has nothing of 5B's roster; a device token is not a teacher token
    assert [i["entity_id"] for i in client.get("/v1/feed", headers=b).json()["items"]] == []
    assert client.get(f"/v1/classes/{seed.class_ids['5B']}/report", headers=b).status_code == 401


def test_teacher_sees_only_their_school(client: TestClient, seed: Seed) -> None:
    from hub import accounts

    engine = make_engine(seed.url)
    with engine.begin() as conn:
        accounts.create_school(conn, "Other School")
        other_class = accounts.create_class(conn, "Other School", "5B")
        _, other_teacher = accounts.add_teacher(conn, "Other School", "Mr B")
    engine.dispose()
    mine = {"Authorization": f"Bearer {seed.teacher_token}"}
    theirs = {"Authorization": f"Bearer {other_teacher}"}
    assert client.get(f"/v1/classes/{seed.class_ids['5B']}/report", headers=mine).status_code == 200
    assert client.get(f"/v1/classes/{seed.class_ids['5B']}/report", headers=theirs).status_code == 404
    assert client.get(f"/v1/classes/{other_class}/report", headers=mine).status_code == 404
    assert client.post(f"/v1/classes/{other_class}/publish", headers=mine,
                       json={"kind": "course", "entity_id": "x", "payload": {}}).status_code == 404


@pytest.mark.parametrize("body, status", [
    (b"{not json", 422),
    (json.dumps({"batch_id": str(uuid.uuid4()), "events": []}).encode(), 422),
    (json.dumps({"batch_id": "nope", "events": [event()]}).encode(), 422),
    (json.dumps({"batch_id": str(uuid.uuid4()), "events": [event() | {"hlc": "yesterday"}]}).encode(), 422),
    (json.dumps({"batch_id": str(uuid.uuid4()), "events": [event() | {"learner_id": "../../etc"}]}).encode(), 422),
    (json.dumps({"batch_id": str(uuid.uuid4()), "events": [event() | {"extra": 1}]}).encode(), 422),
    (json.dumps({"batch_id": str(uuid.uuid4()), "events": [event(blob="x" * 20_000)]}).encode(), 422),
    (json.dumps({"batch_id": str(uuid.uuid4()), "events": [event() for _ in range(501)]}).encode(), 422),
    (json.dumps({"batch_id": str(uuid.uuid4()), "events": [event(blob="y" * 15_000) for _ in range(20)]}).encode(), 413),
])
def test_malformed_and_oversize_batches_get_a_clear_4xx_and_store_nothing(
        client: TestClient, seed: Seed, body: bytes, status: int) -> None:
    h = enroll(client, seed.codes["5B"]) | {"Content-Type": "application/json"}
    r = client.post("/v1/events", headers=h, content=body)
    assert r.status_code == status, r.text
    assert r.json()["detail"]
    assert count_events(seed.url) == 0


def test_conversation_text_is_refused_unless_the_school_allows_it(client: TestClient, seed: Seed) -> None:
    from hub import accounts

    h = enroll(client, seed.codes["5B"])
    r = push(client, h, [event(kind="message", text="what is a fraction?"), event()])
    assert r.status_code == 403 and "conversation text" in r.json()["detail"]
    assert count_events(seed.url) == 0
    engine = make_engine(seed.url)
    with engine.begin() as conn:
        accounts.set_school_privacy(conn, "Hill School", allow_conversation_text=True)
    engine.dispose()
    assert push(client, h, [event(kind="message", text="what is a fraction?")]).status_code == 200


def test_feed_pages_by_cursor_within_the_class(client: TestClient, seed: Seed) -> None:
    teacher = {"Authorization": f"Bearer {seed.teacher_token}"}
    for i in range(7):
        r = client.post("/v1/classes/5B/publish", headers=teacher,
                        json={"kind": "lesson", "entity_id": f"lesson-{i}", "payload": {"text": "z" * 3000}})
        assert r.status_code == 200
    client.post("/v1/classes/6A/publish", headers=teacher, json={"kind": "course", "entity_id": "other", "payload": {}})
    h = enroll(client, seed.codes["5B"])
    seen, cursor, pages = [], 0, 0
    while True:
        page = client.get("/v1/feed", headers=h, params={"cursor": cursor, "limit": 3}).json()
        pages += 1
        seen += [i["entity_id"] for i in page["items"]]
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert seen == [f"lesson-{i}" for i in range(7)] and pages == 3
    assert client.get("/v1/feed", headers=h, params={"cursor": cursor}).json()["items"] == []


def test_report_unions_attempts_and_takes_the_latest_profile_by_hlc(client: TestClient, seed: Seed) -> None:
    a = enroll(client, seed.codes["5B"], "a")
    b = enroll(client, seed.codes["5B"], "b")
    # the same learner on two kiosks; kiosk b renamed them later (higher HLC) but pushed first
    assert push(client, b, [event(kind="profile", ms=1_790_000_000_900, node="bbbb", display_name="Ana María"),
                            event(correct=True), event(correct=False)]).status_code == 200
    assert push(client, a, [event(kind="profile", ms=1_790_000_000_100, node="aaaa", display_name="Ana"),
                            event(correct=True),
                            event(kind="mastery", ms=1_790_000_000_500, skill="fractions", level=0.4),
                            event(kind="mastery", ms=1_790_000_000_700, node="bbbb", skill="fractions", level=0.7),
                            event(kind="lesson_completion", lesson_id="l1")]).status_code == 200
    rep = client.get("/v1/classes/5B/report", headers={"Authorization": f"Bearer {seed.teacher_token}"}).json()
    (ana,) = rep["learners"]
    assert ana["display_name"] == "Ana María"
    assert (ana["attempts"], ana["correct"], ana["lessons_completed"]) == (3, 2, 1)
    assert ana["mastery"] == {"fractions": 0.7}


def test_hub_database_unavailable_answers_503(seed: Seed) -> None:
    from hubkit import free_port

    dead = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/nowhere"
    app = create_app(HubSettings(database_url=dead))
    with TestClient(app) as c:
        assert c.get("/health").status_code == 503
        r = c.post("/v1/events", headers={"Authorization": "Bearer ltd_x"},
                   json={"batch_id": str(uuid.uuid4()), "events": [event()]})
        assert r.status_code == 503 and r.headers["Retry-After"]
        assert "nothing was stored" in r.json()["detail"]


def test_teacher_issues_a_code_over_the_api_and_a_device_enrolls_with_it(client: TestClient, seed: Seed) -> None:
    teacher = {"Authorization": f"Bearer {seed.teacher_token}"}
    r = client.post("/v1/classes/6A/enrollment-codes", headers=teacher)
    assert r.status_code == 200 and r.json()["class_id"] == seed.class_ids["6A"]
    device = enroll(client, r.json()["code"], "kiosk-6a")
    assert client.get("/v1/device", headers=device).json()["class_name"] == "6A"
    assert client.post("/v1/classes/6A/enrollment-codes", headers=device).status_code == 401


def test_big_outbox_rows_are_split_into_requests_under_the_size_limit(tmp_path, seed: Seed) -> None:  # type: ignore[no-untyped-def]
    from hubkit import Kiosk, ThreadHub

    with ThreadHub(seed.url, max_request_bytes=1_200_000) as hub:
        kiosk = Kiosk(tmp_path / "k")
        try:
            kiosk.sync.enroll(hub.url, seed.codes["5B"])
            with kiosk.store.write() as db:
                for i in range(200):   # 200 x 15 KB = 3 MB of payload
                    kiosk.store.record_event(db, "review_card", f"c{i}", {"card": "x" * 15_000}, learner_id="l1")
            report = kiosk.sync.sync_once()
        finally:
            kiosk.close()
    assert (report.pushed, report.rejected) == (200, 0) and report.batches >= 3
    assert count_events(seed.url) == 200


def test_a_newer_profile_name_reaches_the_roster_and_an_older_one_does_not(client: TestClient, seed: Seed) -> None:
    h = enroll(client, seed.codes["5B"])
    profile = lambda ms, name: event("l1", kind="learner.profile", ms=ms, name=name)  # noqa: E731
    assert push(client, h, [profile(1_790_000_000_100, "Ana")]).status_code == 200
    assert push(client, h, [profile(1_790_000_000_300, "Ana María")]).status_code == 200
    assert push(client, h, [profile(1_790_000_000_200, "Old name")]).status_code == 200   # arrives late
    names = [i["payload"]["display_name"] for i in client.get("/v1/feed", headers=h).json()["items"]]
    assert names == ["Ana", "Ana María"]
    rep = client.get("/v1/classes/5B/report", headers={"Authorization": f"Bearer {seed.teacher_token}"}).json()
    assert rep["learners"][0]["display_name"] == "Ana María"


def test_guessing_enrollment_codes_is_slowed_down(client: TestClient, seed: Seed) -> None:
    for _ in range(10):
        assert client.post("/v1/enroll", json={"code": "ZZZZ-ZZZZ", "device_name": "k"}).status_code == 403
    r = client.post("/v1/enroll", json={"code": seed.codes["5B"], "device_name": "k"})
    assert r.status_code == 429 and "Too many" in r.json()["detail"]


@pytest.mark.parametrize("path", ["/v1/events", "/v1/enroll"])
def test_an_oversize_body_sent_chunked_is_a_413_naming_the_limit_not_a_parse_error(
        client: TestClient, seed: Seed, path: str) -> None:
    """No Content-Length to check first: the limit is found while the body is read, and the answer is
    still 413 with the hub's message and hint (FastAPI's body parsing made it a 400 "error parsing")."""
    h = enroll(client, seed.codes["5B"]) | {"Content-Type": "application/json"}
    limit = client.app.state.settings.max_request_bytes   # type: ignore[attr-defined]
    piece = b" " * 65_536

    def chunks():  # type: ignore[no-untyped-def]
        sent = 0
        while sent <= limit:
            yield piece
            sent += len(piece)

    r = client.post(path, headers=h, content=chunks())
    assert r.request.headers.get("transfer-encoding") == "chunked"
    assert r.status_code == 413, r.text
    assert r.json()["error"]["code"] == "too_large"
    assert str(limit) in r.json()["detail"]
    assert count_events(seed.url) == 0
