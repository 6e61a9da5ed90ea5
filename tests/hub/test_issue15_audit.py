"""An outside tester's audit of issue 15: the next hostile inputs after the issue's own, against the
real hub (create_app, SQLite and PostgreSQL), and the many-worker metrics.

- every event kind the wire knows (the teacher workspace's too, found from the registry, so a kind
  added later is covered without editing this file) is refused by name when its fields have the
  wrong type, and a row of that kind written behind the door breaks neither report, class view nor feed;
- chat parameters the hub accepts but does not forward are still type-checked (OpenAI answers 400 to
  `presence_penalty: "x"`; the hub took it silently), and none of the refused requests reaches the
  provider or its breaker;
- odd headers and content types on every endpoint are a 4xx, never a 5xx;
- an upstream that answers garbage (usage as text, NaN, 1e308 or negative; content that is not text;
  a lone surrogate) is a 502 or a relayed answer charged at our own estimate, never a 500, a cut
  stream, a hold left on the cost cap or a negative charge that lowers a school's spend;
- with two workers, /v1/escalation/metrics shows the hub's totals, not the answering worker's, and a
  reset breaker reads closed on /metrics as one series, not one per worker process.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from engine.wire import FeedPage
from engine.wire.payloads import EVENT_PAYLOADS, PUBLISHED_PAYLOADS
from hub import schema as t
from hub.app import create_app
from hub.db import make_engine
from hub.escalation.store import EscalationStore, ProviderConfig
from hub.settings import HubSettings
from hubkit import ProcessHub, Seed, count_events, fresh_database, seed_school

TEACHER_REPORT = "/v1/classes/5B/report"
TEACHER_VIEW = "/v1/classes/5B/view"
ALL_FEED_KINDS = ",".join(sorted(PUBLISHED_PAYLOADS))
DEAD_UPSTREAM = "http://127.0.0.1:9/v1"      # nothing listens: a forwarded request is an upstream fault


@pytest.fixture
def hub_client(seed: Seed, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    # One upstream failure opens the breaker: a request that slipped through validation would show.
    monkeypatch.setenv("LANTERN_HUB_ESCALATION_FAILURE_THRESHOLD", "1")
    monkeypatch.setenv("LANTERN_HUB_ESCALATION_RATE_PER_MINUTE", "0")
    monkeypatch.setenv("LANTERN_HUB_ESCALATION_BACKOFF_BASE_S", "0.01")
    monkeypatch.setenv("LANTERN_HUB_ESCALATION_ADMIN_TOKEN", "admin-token")     # admin endpoints on
    app = create_app(HubSettings(database_url=seed.url, metrics_token="metrics-token"))
    store = EscalationStore(app.state.engine, create_tables=False)
    store.add_provider(ProviderConfig(name="cloud", base_url=DEAD_UPSTREAM, model="m", max_retries=0, timeout_s=5))
    store.set_policy(seed.school_id, allowed=True, daily_cap=100.0)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.engine.dispose()


def enroll(client: TestClient, seed: Seed) -> dict[str, str]:
    r = client.post("/v1/enroll", json={"code": seed.codes["5B"], "device_name": "audit-kiosk"})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def teacher(seed: Seed) -> dict[str, str]:
    return {"Authorization": f"Bearer {seed.teacher_token}"}


def event(kind: str, payload: Any, *, entity: str | None = "e1", hlc: str = "1790000000000-0000-aa11") -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "kind": kind, "entity_id": entity, "learner_id": "l1", "hlc": hlc,
            "created_at": "2026-11-23T10:00:00Z", "payload": payload}


def wrong_types(model: type) -> dict[str, Any]:
    """Every declared field of a payload model holding an object: no text, number, flag or list field takes one."""
    return {name: {"bad": [1]} for name in model.model_fields}   # type: ignore[attr-defined]


def readers_answer_200(client: TestClient, seed: Seed, device: dict[str, str]) -> dict[str, int]:
    return {"report": client.get(TEACHER_REPORT, headers=teacher(seed)).status_code,
            "view": client.get(TEACHER_VIEW, headers=teacher(seed)).status_code,
            "feed": client.get(f"/v1/feed?kinds={ALL_FEED_KINDS}", headers=device).status_code}


# -- defect 1, every kind ---------------------------------------------------------------------------
@pytest.mark.parametrize("kind", sorted(EVENT_PAYLOADS))
def test_every_known_event_kind_with_wrong_field_types_is_refused_by_name_and_readers_stay_200(
        hub_client: TestClient, seed: Seed, kind: str) -> None:
    device = enroll(hub_client, seed)
    bad = event(kind, wrong_types(EVENT_PAYLOADS[kind]))
    r = hub_client.post("/v1/events", headers=device, json={"batch_id": str(uuid.uuid4()), "events": [bad]})
    assert r.status_code == 422, (kind, r.status_code, r.text[:300])
    assert f"Event 0 (id '{bad['id']}', kind '{kind}')" in r.json()["error"]["message"]
    assert count_events(seed.url) == 0
    assert readers_answer_200(hub_client, seed, device) == {"report": 200, "view": 200, "feed": 200}


# Rows the door would refuse, as a hub from before the door (or a hand-edited database) may hold them.
BEHIND_THE_DOOR: list[Any] = [{"bad": [1]}, ["not", "an", "object"], "text", 5, None, {"a": {"b": {"c": {"d": [[[[[]]]]]}}}}]


def test_rows_of_every_kind_written_behind_the_door_break_neither_report_view_nor_feed(
        hub_client: TestClient, seed: Seed) -> None:
    device = enroll(hub_client, seed)
    good = event("learner.profile", {"display_name": "Ana"}, entity="l1")
    assert hub_client.post("/v1/events", headers=device,
                           json={"batch_id": str(uuid.uuid4()), "events": [good]}).status_code == 200
    engine = make_engine(seed.url, pool_size=1, max_overflow=0)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        for i, kind in enumerate(sorted(EVENT_PAYLOADS)):
            for j, payload in enumerate([wrong_types(EVENT_PAYLOADS[kind]), *BEHIND_THE_DOOR]):
                conn.execute(t.events.insert().values(
                    id=str(uuid.uuid4()), class_id=seed.class_ids["5B"], device_id="d", learner_id="l1", kind=kind,
                    entity_id=None if j % 2 else "e1", hlc=f"1790000000001-{i * 10 + j:08d}-zz", created_at=now,
                    received_at=now, payload=payload))
        for kind, model in sorted(PUBLISHED_PAYLOADS.items()):
            for payload in [wrong_types(model), *BEHIND_THE_DOOR]:
                conn.execute(t.feed.insert().values(class_id=seed.class_ids["5B"], kind=kind, entity_id="x1",
                                                    payload=payload, deleted=False, published_at=now))
    engine.dispose()
    assert readers_answer_200(hub_client, seed, device) == {"report": 200, "view": 200, "feed": 200}
    (ana,) = hub_client.get(TEACHER_REPORT, headers=teacher(seed)).json()["learners"]
    assert ana["display_name"] == "Ana"
    feed = hub_client.get(f"/v1/feed?kinds={ALL_FEED_KINDS}&limit=500", headers=device).json()
    page = FeedPage.model_validate(feed)           # what the kiosk parses: one bad item would refuse the page
    assert page.items[0].entity_id == "l1" and not page.more
    assert page.cursor == 1 + len(PUBLISHED_PAYLOADS) * (1 + len(BEHIND_THE_DOOR))   # past every row, skipped or not


# -- defects 2, 5 and 9: chat parameters the hub does not forward -----------------------------------
NOT_FORWARDED_BUT_CHECKED = [
    {"presence_penalty": "x"}, {"presence_penalty": 3}, {"frequency_penalty": [1]}, {"user": "kiosk \ud800"},
    {"user": 5}, {"max_completion_tokens": 0}, {"max_completion_tokens": "many"}, {"metadata": "x"},
    {"store": "yes"}, {"service_tier": 1}, {"stream_options": {"include_usage": True}},     # without stream
]


@pytest.mark.parametrize("extra", NOT_FORWARDED_BUT_CHECKED, ids=[next(iter(e)) + f"-{i}" for i, e in
                                                                   enumerate(NOT_FORWARDED_BUT_CHECKED)])
def test_a_parameter_the_hub_does_not_forward_is_still_checked_and_a_bad_one_never_reaches_the_provider(
        hub_client: TestClient, seed: Seed, extra: dict[str, Any]) -> None:
    device = enroll(hub_client, seed)
    body = json.dumps({"messages": [{"role": "user", "content": "Name a colour."}], "max_tokens": 4, **extra})
    r = hub_client.post("/v1/chat/completions", headers=device | {"Content-Type": "application/json"}, content=body)
    assert r.status_code == 400, (extra, r.status_code, r.text[:200])
    err = r.json()["error"]
    assert err["type"] == "invalid_request_error" and err["param"] == next(iter(extra)), err
    assert hub_client.app.state.escalation.providers(refresh=True)[0].breaker.state == "closed"   # type: ignore[attr-defined]


def test_max_completion_tokens_from_newer_openai_clients_bounds_the_answer() -> None:
    from hub.escalation.request import parse_chat_request

    msgs = [{"role": "user", "content": "Name a colour."}]
    assert parse_chat_request({"messages": msgs, "max_completion_tokens": 7}, max_tokens_cap=1024,
                              max_chars=1000).payload["max_tokens"] == 7          # was the cap, 1024
    assert parse_chat_request({"messages": msgs, "max_completion_tokens": 9, "max_tokens": 5}, max_tokens_cap=1024,
                              max_chars=1000).payload["max_tokens"] == 5
    assert parse_chat_request({"messages": msgs, "max_completion_tokens": 5000}, max_tokens_cap=1024,
                              max_chars=1000).payload["max_tokens"] == 1024


# -- defect 5: odd headers and content types, every endpoint ---------------------------------------
ODD_AUTH = [b"Bearer", b"Basic YWRtaW46YWRtaW4=", b"Bearer " + b"a" * 8000, "Bearer \u00e9\u00ff".encode("latin-1"),
            b"Bearer ltd_\x7f"]
GETS = ["/v1/device", "/v1/feed", TEACHER_REPORT, TEACHER_VIEW, "/v1/escalation/status", "/metrics",
        "/v1/escalation/metrics", "/v1/escalation/providers"]     # metrics and admin endpoints are on here


@pytest.mark.parametrize("auth", ODD_AUTH, ids=["empty", "basic", "huge", "latin1", "control"])
def test_odd_authorization_headers_are_refused_with_a_4xx_on_every_endpoint(
        hub_client: TestClient, auth: bytes) -> None:
    statuses = {path: hub_client.get(path, headers={"Authorization": auth}).status_code for path in GETS}  # type: ignore[dict-item]
    statuses["chat"] = hub_client.post("/v1/chat/completions", headers={"Authorization": auth},  # type: ignore[dict-item]
                                       json={"messages": [{"role": "user", "content": "hi"}]}).status_code
    statuses["reset"] = hub_client.post("/v1/escalation/providers/cloud/reset-breaker",  # type: ignore[dict-item]
                                        headers={"Authorization": auth}).status_code
    statuses["events"] = hub_client.post("/v1/events", headers={"Authorization": auth},  # type: ignore[dict-item]
                                         json={"batch_id": str(uuid.uuid4()), "events": []}).status_code
    assert all(400 <= s < 500 for s in statuses.values()), statuses


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin-1",
                                          "multipart/form-data; boundary=x"])
@pytest.mark.parametrize("body", ["null", '"\\ud800"', "[]", "\xff\xfe{", "a=1&b=2"])
def test_wrong_content_types_and_bodies_are_a_4xx_on_every_post_endpoint(
        hub_client: TestClient, seed: Seed, content_type: str, body: str) -> None:
    device = enroll(hub_client, seed)
    raw = body.encode("latin-1")
    posts = {"/v1/enroll": {}, "/v1/events": device, "/v1/chat/completions": device,
             "/v1/classes/5B/publish": teacher(seed)}
    statuses = {path: hub_client.post(path, headers=h | {"Content-Type": content_type}, content=raw).status_code
                for path, h in posts.items()}
    assert all(400 <= s < 500 for s in statuses.values()), statuses
    assert count_events(seed.url) == 0


# -- defect 8: many workers, one set of numbers -----------------------------------------------------
def _series(text: str, name: str) -> list[tuple[str, float]]:
    out = []
    for line in text.splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            labels, value = line.rsplit(" ", 1)
            out.append((labels, float(value)))
    return out


def test_with_two_workers_escalation_metrics_are_the_hubs_totals_and_a_reset_breaker_reads_closed_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hub.secrets import new_key

    metrics_dir = tmp_path / "prom"
    metrics_dir.mkdir()
    for name, value in {"PROMETHEUS_MULTIPROC_DIR": str(metrics_dir), "LANTERN_HUB_SECRET_KEY": new_key(),
                        "LANTERN_HUB_METRICS_TOKEN": "metrics-token", "LANTERN_HUB_ESCALATION_ADMIN_TOKEN": "admin",
                        "LANTERN_HUB_ESCALATION_RATE_PER_MINUTE": "0", "LANTERN_HUB_ESCALATION_FAILURE_THRESHOLD": "1",
                        "LANTERN_HUB_ESCALATION_RESET_AFTER_S": "3600"}.items():
        monkeypatch.setenv(name, value)
    url = fresh_database("sqlite", tmp_path)
    seed = seed_school(url)
    engine = make_engine(url, pool_size=1, max_overflow=0)
    store = EscalationStore(engine, create_tables=False)
    store.add_provider(ProviderConfig(name="dead", base_url=DEAD_UPSTREAM, model="m", max_retries=0, timeout_s=5))
    store.set_policy(seed.school_id, allowed=True, daily_cap=100.0)
    engine.dispose()
    scrape = {"Authorization": "Bearer metrics-token"}
    with ProcessHub(url, workers=2, log=tmp_path / "hub.log") as hub:
        token = httpx.post(hub.url + "/v1/enroll", json={"code": seed.codes["5B"], "device_name": "k"},
                           timeout=30).json()["token"]
        asked = 0
        # New connections until both workers have served (each worker writes its own files there).
        while len({p.name.rsplit("_", 1)[1] for p in metrics_dir.glob("counter_*.db")}) < 2 or asked < 6:
            assert asked < 60, "one worker served every request"
            r = httpx.post(hub.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {token}"},
                           json={"messages": [{"role": "user", "content": f"Question {asked}"}], "max_tokens": 4},
                           timeout=30)
            assert r.status_code == 503, r.text       # the only provider is down (then its breaker is open)
            asked += 1
        seen = []
        for _ in range(6):
            text = httpx.get(hub.url + "/v1/escalation/metrics", headers=scrape, timeout=10).text
            seen.append(sum(v for labels, v in _series(text, "lantern_escalation_requests_total")
                            if 'outcome="no_provider"' in labels))
        assert seen == [asked] * 6          # the hub's total on every read (was one worker's share)

        assert httpx.post(hub.url + "/v1/escalation/providers/dead/reset-breaker", timeout=10,
                          headers={"Authorization": "Bearer admin"}).status_code == 200
        for _ in range(4):
            for path in ("/metrics", "/v1/escalation/metrics"):
                states = _series(httpx.get(hub.url + path, headers=scrape, timeout=10).text,
                                 "lantern_escalation_breaker_state")
                assert states == [('lantern_escalation_breaker_state{provider="dead"}', 0.0)], (path, states)


# -- defects 5 and 8: an upstream that answers garbage -----------------------------------------------
def _answer(content: Any = "Hi", **extra: Any) -> dict[str, Any]:
    return {"id": "x", "object": "chat.completion", "model": "up-model",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            **extra}


def _chunk(content: Any = None, finish: Any = None, **extra: Any) -> dict[str, Any]:
    return {"id": "x", "object": "chat.completion.chunk", "model": "up-model",
            "choices": [{"index": 0, "delta": {} if content is None else {"content": content}, "finish_reason": finish}],
            **extra}


GARBAGE_ANSWERS: dict[str, Any] = {
    "usage-text": _answer(usage={"prompt_tokens": "abc", "completion_tokens": 2}),
    "usage-list": _answer(usage=[1, 2]),
    "usage-huge": _answer(usage={"prompt_tokens": 1e308, "completion_tokens": 1e308}),
    "usage-negative": _answer(usage={"prompt_tokens": -1_000_000, "completion_tokens": -5}),
    "usage-nan": json.dumps(_answer(usage={"prompt_tokens": 7})).replace('"prompt_tokens": 7', '"prompt_tokens": NaN'),
    "content-list": _answer(content=["a"]),
    "content-number": _answer(content=5),
    "content-surrogate": json.dumps(_answer(content="x")).replace('"content": "x"', '"content": "\\ud800"'),
    "not-json": "<html>bad gateway</html>",
}
GARBAGE_STREAMS: dict[str, list[Any]] = {
    "usage-text": [_chunk("Hi"), _chunk(finish="stop"), {"choices": [], "usage": {"prompt_tokens": "abc"}}],
    "usage-huge": [_chunk("Hi"), _chunk(finish="stop"), {"choices": [], "usage": {"prompt_tokens": 1e308}}],
    "usage-negative": [_chunk("Hi"), _chunk(finish="stop"), {"choices": [], "usage": {"completion_tokens": -9}}],
    "content-number": [{"choices": [{"delta": {"content": 5}}]}, _chunk("Hi", finish="stop")],
    "choices-object": [{"choices": {"a": 1}}, _chunk("Hi", finish="stop")],
    "event-list": [[1, 2], _chunk("Hi", finish="stop")],
}


@pytest.fixture(scope="module")
def garbage_upstream() -> Iterator[tuple[str, dict[str, str]]]:
    """A provider that answers whatever the test sets in `mode["answer"]` (a scripted fault: no real provider
    can be made to send these on demand)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response, StreamingResponse
    from starlette.routing import Route

    from hub.escalation.loopback import ServerThread

    mode: dict[str, str] = {}

    async def chat(request: Request) -> Response:
        body = await request.json()
        if body.get("stream"):
            events = GARBAGE_STREAMS[mode["answer"]]

            async def lines() -> Any:
                for e in events:
                    yield f"data: {json.dumps(e)}\n\n"
                yield "data: [DONE]\n\n"
            return StreamingResponse(lines(), media_type="text/event-stream")
        answer = GARBAGE_ANSWERS[mode["answer"]]
        return Response(answer if isinstance(answer, str) else json.dumps(answer), media_type="application/json")

    with ServerThread(Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])) as server:
        yield server.url + "/v1", mode


@pytest.fixture
def priced_hub(seed: Seed, garbage_upstream: tuple[str, dict[str, str]], monkeypatch: pytest.MonkeyPatch
               ) -> Iterator[tuple[TestClient, EscalationStore, dict[str, str], dict[str, str]]]:
    monkeypatch.setenv("LANTERN_HUB_ESCALATION_RATE_PER_MINUTE", "0")
    monkeypatch.setenv("LANTERN_HUB_ESCALATION_CACHE_ENTRIES", "0")
    url, mode = garbage_upstream
    app = create_app(HubSettings(database_url=seed.url))
    store = EscalationStore(app.state.engine, create_tables=False)
    store.add_provider(ProviderConfig(name="cloud", base_url=url, model="m", max_retries=0, timeout_s=30,
                                      price_prompt_per_1k=1.0, price_completion_per_1k=1.0))
    store.set_policy(seed.school_id, allowed=True, daily_cap=100.0)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, store, enroll(c, seed), mode
    app.state.engine.dispose()


def _held(store: EscalationStore) -> float:
    from hub.escalation.store import ledger_table

    with store.engine.connect() as conn:
        return float(conn.execute(sa.select(sa.func.coalesce(sa.func.sum(ledger_table.c.reserved), 0))).scalar_one())


@pytest.mark.parametrize("answer", sorted(GARBAGE_ANSWERS))
def test_a_garbage_upstream_answer_is_a_502_or_charged_at_our_estimate_never_a_500_or_a_negative_charge(
        priced_hub: Any, seed: Seed, answer: str) -> None:
    client, store, device, mode = priced_hub
    mode["answer"] = answer
    r = client.post("/v1/chat/completions", headers=device,
                    json={"messages": [{"role": "user", "content": "Name a colour."}], "max_tokens": 4})
    usage = store.usage(seed.school_id)
    assert r.status_code in (200, 502), (answer, r.status_code, r.text[:200])
    if r.status_code == 502:
        assert r.json()["error"]["code"] == "upstream_malformed" and usage.requests == 0
    else:
        charged = r.json()["usage"]                       # what the device is told is what was charged
        assert 0 < charged["prompt_tokens"] < 1000 and 0 < charged["completion_tokens"] < 1000, charged
        assert (usage.prompt_tokens, usage.completion_tokens) == (charged["prompt_tokens"], charged["completion_tokens"])
    assert usage.cost >= 0 and _held(store) == 0


@pytest.mark.parametrize("answer", sorted(GARBAGE_STREAMS))
def test_a_garbage_upstream_stream_ends_with_our_usage_and_done_and_leaves_no_hold(
        priced_hub: Any, seed: Seed, answer: str) -> None:
    client, store, device, mode = priced_hub
    mode["answer"] = answer
    with client.stream("POST", "/v1/chat/completions", headers=device, json={
            "messages": [{"role": "user", "content": "Name a colour."}], "max_tokens": 4, "stream": True,
            "stream_options": {"include_usage": True}}) as r:
        assert r.status_code == 200
        events = [line[5:].strip() for line in r.iter_lines() if line.startswith("data:")]
    assert events[-1] == "[DONE]", (answer, events[-3:])
    usage_chunk = json.loads(events[-2])
    assert usage_chunk["choices"] == [] and 0 < usage_chunk["usage"]["prompt_tokens"] < 1000, usage_chunk
    usage = store.usage(seed.school_id)
    assert usage.requests == 1 and usage.prompt_tokens == usage_chunk["usage"]["prompt_tokens"]
    assert usage.cost >= 0 and _held(store) == 0


# -- defect 7: a code's uses hold under a classroom morning's rush -----------------------------------
def test_twenty_kiosks_enrolling_at_once_with_a_five_use_code_enroll_exactly_five(seed: Seed) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from hub import accounts
    from hubkit import ThreadHub

    engine = make_engine(seed.url, pool_size=1, max_overflow=0)
    with engine.begin() as conn:
        code = accounts.issue_enrollment_code(conn, seed.class_ids["5B"], minutes=30, max_uses=5).code
    engine.dispose()
    with ThreadHub(seed.url) as hub, ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(lambda i: httpx.post(hub.url + "/v1/enroll", timeout=60, json={
            "code": code, "device_name": f"kiosk-{i}", "install_key": f"install-key-{i:06d}"}).status_code, range(20)))
    assert sorted(statuses) == [200] * 5 + [403] * 15, statuses
    engine = make_engine(seed.url, pool_size=1, max_overflow=0)
    with engine.connect() as conn:
        devices = conn.execute(sa.select(sa.func.count()).select_from(t.devices)).scalar_one()
    engine.dispose()
    assert devices == 5


@pytest.mark.parametrize("answer", sorted(GARBAGE_STREAMS))
def test_the_kiosk_reads_a_garbage_stream_relayed_by_a_real_hub_as_text_pieces_never_a_crash(
        seed: Seed, garbage_upstream: tuple[str, dict[str, str]], monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    from engine.escalation import HubClient
    from hubkit import ThreadHub

    monkeypatch.setenv("LANTERN_HUB_ESCALATION_RATE_PER_MINUTE", "0")
    monkeypatch.setenv("LANTERN_HUB_ESCALATION_CACHE_ENTRIES", "0")
    url, mode = garbage_upstream
    mode["answer"] = answer
    with ThreadHub(seed.url) as hub:
        store = EscalationStore(hub.app.state.engine, create_tables=False)
        store.add_provider(ProviderConfig(name="cloud", base_url=url, model="m", max_retries=0, timeout_s=30))
        store.set_policy(seed.school_id, allowed=True, daily_cap=100.0)
        token = httpx.post(hub.url + "/v1/enroll", json={"code": seed.codes["5B"], "device_name": "k"},
                           timeout=30).json()["token"]
        with HubClient(hub.url, token=token) as kiosk:
            pieces = list(kiosk.stream_chat([{"role": "user", "content": "Name a colour."}], max_tokens=4,
                                            budget_s=30))
    assert pieces == ["Hi"], pieces          # the odd chunks skipped; a number was yielded as a piece before


def test_metrics_still_answer_when_the_database_is_down() -> None:
    """/metrics refreshes the breaker gauges from the database; with the database gone it must still
    answer (that is when an operator looks), with the database errors counted."""
    from hubkit import free_port

    dead = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/nowhere"
    app = create_app(HubSettings(database_url=dead, metrics_token="metrics-token"))
    with TestClient(app) as c:
        assert c.get("/health").status_code == 503
        r = c.get("/metrics", headers={"Authorization": "Bearer metrics-token"})
        assert r.status_code == 200, r.text[:200]
        assert "lantern_hub_requests" in r.text
        r = c.get("/v1/escalation/metrics", headers={"Authorization": "Bearer metrics-token"})
        assert r.status_code == 200, r.text[:200]


# -- defect 4: a hub that lost the key its provider keys were sealed with -----------------------------
def test_a_provider_key_sealed_with_a_key_the_hub_no_longer_has_is_a_clear_503_not_a_500(seed: Seed) -> None:
    """An admin who drops the old secret key before `rotate-secrets` (README, rotation): every cloud
    request was a 500 (SettingsError), and /metrics too once it refreshed the breaker gauges."""
    from hub.secrets import HubSecrets, new_key

    old, new = new_key(), new_key()
    app = create_app(HubSettings(database_url=seed.url, secret_key=new, metrics_token="metrics-token"))
    EscalationStore(app.state.engine, create_tables=False, secrets=HubSecrets([old])).add_provider(
        ProviderConfig(name="cloud", base_url=DEAD_UPSTREAM, model="m", api_key="sk-live-123"))
    from hub import accounts

    with app.state.engine.begin() as conn:   # the seed's codes are hashed under the key file's key
        device = {"Authorization": f"Bearer {accounts.enroll_device(conn, seed.codes['5B'], 'k').token}"}
    with TestClient(app, raise_server_exceptions=False) as c:
        EscalationStore(app.state.engine, create_tables=False).set_policy(seed.school_id, allowed=True)
        for path in ("/v1/chat/completions", "/v1/escalation/status"):
            r = (c.post(path, headers=device, json={"messages": [{"role": "user", "content": "Hi"}]})
                 if path.endswith("completions") else c.get(path, headers=device))
            assert r.status_code == 503, (path, r.status_code, r.text[:200])
            err = r.json()["error"]
            assert err["code"] == "hub_misconfigured", err
            assert "sealed with a key this hub no longer has" in err["message"], err
        assert c.get("/metrics", headers={"Authorization": "Bearer metrics-token"}).status_code == 200
    app.state.engine.dispose()


@pytest.mark.parametrize("content", [b"\xff\xfe not a key\n", b"not-a-fernet-key\n", b"\n\n"])
def test_a_damaged_key_file_is_a_settings_error_naming_it(tmp_path: Path, content: bytes) -> None:
    from engine.errors import SettingsError
    from hub.secrets import HubSecrets

    key_file = tmp_path / "secret.key"
    key_file.write_bytes(content)
    key_file.chmod(0o600)
    with pytest.raises(SettingsError, match="key"):     # a UnicodeDecodeError traceback before, for the first
        HubSecrets.load(keys=None, key_file=key_file)
