"""The cloud orchestrator under hostile or odd clients (issue 15, defects 2, 5, 6 and 9), against the
session's real loopback cloud (llama-cpp-python's server with the bundled GGUF behind a recording proxy)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from engine.errors import SyncError
from hub.escalation import Identity, OrchestratorOptions, ProviderConfig
from hub.escalation.loopback import LoopbackHub

TOKEN = "device-token-a"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ONE_STRIKE = OrchestratorOptions(backoff_base_s=0.01, rate_per_minute=0, failure_threshold=1, cache_entries=0)


@pytest.fixture
def up(loopback_cloud: Any) -> Any:
    return loopback_cloud.reset()


@pytest.fixture
def make_hub(tmp_path: Path) -> Iterator[Any]:
    hubs: list[LoopbackHub] = []

    def make(url: str, *, options: OrchestratorOptions = ONE_STRIKE) -> LoopbackHub:
        # Long upstream timeout: the loopback model's first answers on a loaded 2-core CI machine can take
        # over 30 s, and a timeout there failed a test about something else (content parts).
        p = ProviderConfig(name="cloud", base_url=url, model="gemma-test", timeout_s=300.0, max_retries=0)
        h = LoopbackHub(tmp_path / f"hub{len(hubs)}.db", [p], identities={TOKEN: Identity("device-a", "school-1")},
                        options=options, default_daily_cap=100.0)
        hubs.append(h)
        return h

    yield make
    for h in hubs:
        h.close()


def ask(question: str = "Name a colour.", **extra: Any) -> dict[str, Any]:
    return {"model": "cloud", "messages": [{"role": "user", "content": question}], "max_tokens": 6,
            "temperature": 0, **extra}


BAD = [
    ask(temperature="abc"), ask(temperature=[1]), ask(temperature=float("nan")), ask(temperature=9),
    ask(top_p=7), ask(seed="x"), ask(seed=2 ** 70), ask(stop=5), ask(stop=[1]), ask(stop=["a"] * 9),
    ask(max_tokens=0), ask(max_tokens=True), ask(n=2), ask(logprobs=True), ask(top_logprobs=3),
    ask(tools=[{"type": "function"}]), ask(response_format={"type": "json_object"}), ask(frobnicate=1),
    ask(stream="yes"), ask(stream_options={"include_usage": "please"}),
    {"model": "cloud", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]},
    {"model": "cloud", "messages": [{"role": "user", "content": "lone \ud800 surrogate"}]},
]


def test_bad_parameters_are_a_400_in_openai_shape_reach_no_upstream_and_never_trip_the_breaker(
        up: Any, make_hub: Any) -> None:
    hub = make_hub(up.proxy_url)
    raw = [json.dumps(b) for b in BAD] + [
        json.dumps(ask()).replace('"max_tokens": 6', '"max_tokens": 1e400'),      # float('inf') once parsed
        "[" * 5000 + "]" * 5000,                                                    # deeper than the parser goes
    ]
    for body in raw:
        r = httpx.post(hub.url + "/v1/chat/completions", content=body, timeout=60,
                       headers=AUTH | {"Content-Type": "application/json"})
        assert r.status_code == 400, (body[:80], r.status_code, r.text[:200])
        err = r.json()["error"]
        assert err["message"] and err["type"] == "invalid_request_error" and err["code"], body[:80]
    assert up.proxy.received == []
    assert hub.orchestrator.providers()[0].breaker.state == "closed"
    assert httpx.post(hub.url + "/v1/chat/completions", json=ask(), headers=AUTH, timeout=300).status_code == 200


def test_content_parts_are_accepted_as_text_and_n_1_is_fine(up: Any, make_hub: Any) -> None:
    hub = make_hub(up.proxy_url)
    parts = [{"type": "text", "text": "Name a"}, {"type": "text", "text": "colour."}]
    r = httpx.post(hub.url + "/v1/chat/completions", headers=AUTH, timeout=300,
                   json={"model": "cloud", "messages": [{"role": "user", "content": parts}], "max_tokens": 4, "n": 1})
    assert r.status_code == 200, r.text
    assert up.proxy.received[0]["body"]["messages"] == [{"role": "user", "content": "Name a\ncolour."}]


def sse(url: str, payload: dict[str, Any]) -> list[str]:
    with httpx.stream("POST", url + "/v1/chat/completions", json=payload, headers=AUTH, timeout=300) as r:
        assert r.status_code == 200, r.read()
        return [line[5:].strip() for line in r.iter_lines() if line.startswith("data:")]


def test_include_usage_sends_a_usage_chunk_before_done_and_cached_replays_do_too(up: Any, make_hub: Any) -> None:
    hub = make_hub(up.proxy_url, options=OrchestratorOptions(rate_per_minute=0))
    payload = ask(stream=True, stream_options={"include_usage": True})
    for round_ in ("upstream", "cache"):
        events = sse(hub.url, payload)
        assert events[-1] == "[DONE]", round_
        usage_chunk = json.loads(events[-2])
        assert usage_chunk["choices"] == [] and usage_chunk["usage"]["completion_tokens"] > 0, round_
        assert usage_chunk["usage"]["total_tokens"] == (usage_chunk["usage"]["prompt_tokens"]
                                                        + usage_chunk["usage"]["completion_tokens"])
    assert len(up.proxy.received) == 1
    plain = sse(hub.url, ask("Another question?", stream=True))
    assert all("usage" not in json.loads(e) or json.loads(e)["choices"] for e in plain[:-1])   # not asked: none


def test_a_cached_reply_names_the_model_that_answered_not_the_provider(up: Any, make_hub: Any) -> None:
    hub = make_hub(up.proxy_url, options=OrchestratorOptions(rate_per_minute=0))
    first = httpx.post(hub.url + "/v1/chat/completions", json=ask(), headers=AUTH, timeout=300)
    second = httpx.post(hub.url + "/v1/chat/completions", json=ask(), headers=AUTH, timeout=300)
    assert second.headers["x-lantern-cached"] == "1"
    assert second.json()["model"] == first.json()["model"] != "cloud"


def test_a_truncated_upstream_stream_ends_in_an_error_event_and_the_kiosk_does_not_take_it_as_an_answer(
        up: Any, make_hub: Any) -> None:
    from engine.escalation import HubClient

    hub = make_hub(up.proxy_url)
    up.proxy.cut_after_events = 2          # two content events, then the connection ends: no finish, no [DONE]
    events = sse(hub.url, ask("Tell me about the sea.", max_tokens=30, stream=True))
    assert "[DONE]" not in events
    assert json.loads(events[-1])["error"]["code"] == "upstream_truncated"
    assert hub.orchestrator.providers()[0].breaker.state == "open"          # an upstream fault: counted
    assert hub.store.usage("school-1").requests == 0                        # and not charged

    up.proxy.cut_after_events = 2
    hub2 = make_hub(up.proxy_url)
    with HubClient(hub2.url, token=TOKEN) as client:
        pieces: list[str] = []
        with pytest.raises(SyncError, match="cut off"):
            for piece in client.stream_chat([{"role": "user", "content": "Tell me about rivers."}], max_tokens=30,
                                            budget_s=30):
                pieces.append(piece)
    assert pieces   # it had started: the kiosk drops them and falls back


def test_the_hubs_401_is_in_openai_shape_so_clients_show_a_message(seed: Any) -> None:
    from fastapi.testclient import TestClient

    from hub.app import create_app
    from hub.settings import HubSettings

    app = create_app(HubSettings(database_url=seed.url))
    with TestClient(app) as c:
        r = c.post("/v1/chat/completions", json=ask(), headers={"Authorization": "Bearer forged"})
        assert r.status_code == 401
        assert "Unknown device token" in r.json()["error"]["message"]
        assert r.json()["error"]["type"] == "authentication_error"
        assert c.get("/v1/escalation/metrics").status_code == 403          # metrics need the metrics token
    app.state.engine.dispose()


def _reserved(hub: LoopbackHub, school: str = "school-1") -> float:
    from sqlalchemy import select

    from hub.escalation.store import ledger_table

    with hub.store.engine.connect() as conn:
        return float(conn.execute(select(ledger_table.c.reserved).where(ledger_table.c.school_id == school)).scalar() or 0)


def test_a_kiosk_that_drops_between_the_last_chunk_and_done_leaves_no_hold_on_the_cost_cap(
        up: Any, tmp_path: Path) -> None:
    import threading
    import time

    priced = ProviderConfig(name="cloud", base_url=up.proxy_url, model="gemma-test", timeout_s=300.0, max_retries=0,
                            price_prompt_per_1k=1.0, price_completion_per_1k=2.0)
    hub = LoopbackHub(tmp_path / "hub.db", [priced], identities={TOKEN: Identity("device-a", "school-1")},
                      options=OrchestratorOptions(rate_per_minute=0, cache_entries=0), default_daily_cap=100.0)
    gate = threading.Event()
    up.proxy.hold_done = gate             # the upstream's [DONE] waits until the kiosk has gone
    try:
        finished = None
        with httpx.Client(timeout=300) as kiosk, kiosk.stream("POST", hub.url + "/v1/chat/completions", headers=AUTH,
                                                             json=ask("Name a fruit.", stream=True)) as r:
            assert r.status_code == 200
            for line in r.iter_lines():
                if line.startswith("data:") and line[5:].strip() != "[DONE]":
                    choices = json.loads(line[5:])["choices"]
                    finished = next((c["finish_reason"] for c in choices if c.get("finish_reason")), None)
                    if finished:
                        break                 # the last chunk: leave without reading [DONE] (connection closed)
        assert finished in ("stop", "length")
        assert _reserved(hub) > 0             # the hold is still there while the hub waits for the upstream's end
        gate.set()
        deadline = time.monotonic() + 60
        while not (_reserved(hub) == 0 and hub.store.usage("school-1").requests == 1) and time.monotonic() < deadline:
            time.sleep(0.05)
        # The answer was complete upstream (and billed there): charged once, and the hold is gone.
        assert round(_reserved(hub), 9) == 0 and hub.store.usage("school-1").requests == 1
        assert hub.store.usage("school-1").cost > 0
    finally:
        gate.set()
        hub.close()
