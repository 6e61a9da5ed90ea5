"""The escalation orchestrator against a real OpenAI-compatible upstream on loopback
(llama-cpp-python's server with the bundled GGUF), behind a recording proxy."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from hub.escalation import Identity, OrchestratorOptions, ProviderConfig
from hub.escalation.loopback import LoopbackHub, free_port

DEVICE_TOKEN = "device-token-a"
OTHER_DEVICE_TOKEN = "device-token-b"
ADMIN_TOKEN = "admin-secret"
IDENTITIES = {DEVICE_TOKEN: Identity("device-a", "school-1"), OTHER_DEVICE_TOKEN: Identity("device-b", "school-1")}
FAST = OrchestratorOptions(backoff_base_s=0.01, rate_per_minute=0)


Upstream = Any   # tests/conftest.py LoopbackCloud: the session's loopback cloud


@pytest.fixture
def up(loopback_cloud: Upstream) -> Upstream:
    return loopback_cloud.reset()


class FakeClock:
    """Monotonic time the test moves forward (breaker timeouts without sleeping)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def make_hub(tmp_path: Path) -> Iterator[Any]:
    hubs: list[LoopbackHub] = []

    def make(providers: list[ProviderConfig], *, options: OrchestratorOptions = FAST,
             default_daily_cap: float = 100.0, clock: FakeClock | None = None) -> LoopbackHub:
        h = LoopbackHub(tmp_path / f"hub{len(hubs)}.db", providers, identities=IDENTITIES, options=options,
                        admin_token=ADMIN_TOKEN, default_daily_cap=default_daily_cap, clock=clock)
        hubs.append(h)
        return h

    yield make
    for h in hubs:
        h.close()


def dead_url() -> str:
    """An OpenAI base URL where nothing listens (connection refused at once)."""
    return f"http://127.0.0.1:{free_port()}/v1"


def auth(token: str = DEVICE_TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def body(question: str, *, max_tokens: int = 8, stream: bool = False) -> dict[str, Any]:
    return {"model": "cloud", "messages": [{"role": "user", "content": question}], "max_tokens": max_tokens,
            "temperature": 0, "stream": stream}


def provider(name: str, url: str, **kw: Any) -> ProviderConfig:
    # 300 s: on a loaded 2-core CI machine a real answer can take long; tests about timeouts set their own.
    return ProviderConfig(name=name, base_url=url, model="gemma-test", **{"timeout_s": 300.0, "max_retries": 1, **kw})


def stream_text(url: str, payload: dict[str, Any], headers: dict[str, str] | None = None) -> tuple[str, int, httpx.Headers]:
    """POST a streaming chat request; returns (joined content, number of content events, headers)."""
    parts: list[str] = []
    with httpx.stream("POST", url + "/chat/completions", json=payload, headers=headers or {}, timeout=300) as r:
        assert r.status_code == 200, r.read()
        for line in r.iter_lines():
            if line.startswith("data:") and line[5:].strip() != "[DONE]":
                for ch in json.loads(line[5:])["choices"]:
                    if ch["delta"].get("content"):
                        parts.append(ch["delta"]["content"])
        return "".join(parts), len(parts), r.headers


def post(hub: LoopbackHub, payload: dict[str, Any], token: str = DEVICE_TOKEN) -> httpx.Response:
    return httpx.post(hub.url + "/v1/chat/completions", json=payload, headers=auth(token), timeout=300)


def metric(hub: LoopbackHub, name: str, **labels: str) -> float:
    from prometheus_client.parser import text_string_to_metric_families

    text = httpx.get(hub.url + "/v1/escalation/metrics", timeout=10).text
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return float(sample.value)
    return 0.0


# -- streaming ------------------------------------------------------------------------------------

def test_streamed_answer_through_the_hub_is_the_upstream_stream_piece_for_piece(up: Upstream, make_hub: Any) -> None:
    hub = make_hub([provider("rec", up.proxy_url)])
    q = body("Name three planets of the solar system.", max_tokens=12, stream=True)
    via_hub, hub_events, headers = stream_text(hub.url + "/v1", q, auth())
    sent = up.proxy.responses[-1].decode()
    upstream_pieces = [ch["delta"]["content"] for line in sent.splitlines()
                       if line.startswith("data:") and line[5:].strip() != "[DONE]"
                       for ch in json.loads(line[5:])["choices"] if ch["delta"].get("content")]
    assert via_hub and via_hub == "".join(upstream_pieces)
    assert hub_events == len(upstream_pieces) > 1      # streamed piece by piece, not buffered into one
    assert up.proxy.received[-1]["body"]["stream"] is True
    assert headers["x-lantern-provider"] == "rec"
    usage = hub.store.usage("school-1")
    assert usage.requests == 1 and usage.completion_tokens == hub_events


def test_non_streaming_answer_is_charged_from_the_upstream_usage_and_price_table(up: Upstream, make_hub: Any) -> None:
    hub = make_hub([provider("llama", up.llama.base_url, price_prompt_per_1k=2.0, price_completion_per_1k=10.0)])
    r = post(hub, body("What is the boiling point of water?", max_tokens=10))
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["choices"][0]["message"]["content"]
    u = data["usage"]
    usage = hub.store.usage("school-1")
    assert (usage.prompt_tokens, usage.completion_tokens) == (u["prompt_tokens"], u["completion_tokens"])
    assert usage.cost == pytest.approx(u["prompt_tokens"] * 0.002 + u["completion_tokens"] * 0.01)
    assert metric(hub, "lantern_escalation_cost_total", school="school-1") == pytest.approx(usage.cost)
    assert metric(hub, "lantern_escalation_tokens_total", provider="llama", kind="completion") == u["completion_tokens"]


def test_provider_key_goes_upstream_but_never_back_to_a_device(up: Upstream, make_hub: Any) -> None:
    hub = make_hub([provider("rec", up.proxy_url, api_key="sk-school-secret")])
    r = post(hub, body("Say hello.", max_tokens=4))
    assert r.status_code == 200
    assert up.proxy.received[-1]["authorization"] == "Bearer sk-school-secret"
    assert up.proxy.received[-1]["body"]["model"] == "gemma-test"
    assert "sk-school-secret" not in r.text
    listing = httpx.get(hub.url + "/v1/escalation/providers", headers=auth(ADMIN_TOKEN), timeout=10)
    assert listing.status_code == 200 and "sk-school-secret" not in listing.text
    assert listing.json()[0]["has_key"] is True
    assert httpx.get(hub.url + "/v1/escalation/providers", headers=auth(), timeout=10).status_code == 401


# -- failures, fallback, breaker ------------------------------------------------------------------

def test_failing_provider_falls_back_then_its_breaker_opens_and_a_half_open_probe_recovers(
        up: Upstream, make_hub: Any) -> None:
    opts = OrchestratorOptions(backoff_base_s=0.01, rate_per_minute=0, failure_threshold=2, reset_after_s=30,
                               cache_entries=0)
    clock = FakeClock()
    hub = make_hub([provider("flaky", up.proxy_url, position=0), provider("backup", up.llama.base_url, position=1)],
                   options=opts, clock=clock)
    up.proxy.fail_status = 503
    for i in range(2):
        r = post(hub, body(f"Question {i}: what is two plus two?", max_tokens=4))
        assert r.status_code == 200, r.text
        assert r.headers["x-lantern-provider"] == "backup"       # fell back
    assert len(up.proxy.received) == 4                            # 2 requests × (1 try + 1 retry)
    states = {p["name"]: p["breaker"] for p in httpx.get(
        hub.url + "/v1/escalation/providers", headers=auth(ADMIN_TOKEN), timeout=10).json()}
    assert states == {"flaky": "open", "backup": "closed"}
    assert metric(hub, "lantern_escalation_breaker_state", provider="flaky") == 2

    r = post(hub, body("Question 3: what is three plus three?", max_tokens=4))
    assert r.headers["x-lantern-provider"] == "backup"
    assert len(up.proxy.received) == 4                            # open breaker: flaky not even tried

    up.proxy.fail_status = None                                   # the provider comes back
    clock.advance(29)
    assert post(hub, body("Question 5?", max_tokens=2)).headers["x-lantern-provider"] == "backup"   # still open
    clock.advance(2)                                              # reset_after_s passes → half-open
    r = post(hub, body("Question 4: what is four plus four?", max_tokens=4))
    assert r.status_code == 200 and r.headers["x-lantern-provider"] == "flaky"   # the probe went through
    assert hub.orchestrator.providers()[0].breaker.state == "closed"
    assert metric(hub, "lantern_escalation_breaker_state", provider="flaky") == 0


def test_failed_half_open_probe_opens_the_breaker_again_and_admin_reset_closes_it(up: Upstream, make_hub: Any) -> None:
    opts = OrchestratorOptions(backoff_base_s=0.01, rate_per_minute=0, failure_threshold=1, reset_after_s=30,
                               cache_entries=0)
    clock = FakeClock()
    hub = make_hub([provider("flaky", up.proxy_url, max_retries=0), provider("backup", up.llama.base_url, position=1)],
                   options=opts, clock=clock)
    up.proxy.fail_status = 500
    post(hub, body("one", max_tokens=2))
    breaker = hub.orchestrator.providers()[0].breaker
    assert breaker.state == "open"
    clock.advance(31)
    post(hub, body("two", max_tokens=2))                          # probe fails
    assert len(up.proxy.received) == 2 and breaker.state == "open"
    up.proxy.fail_status = None
    r = httpx.post(hub.url + "/v1/escalation/providers/flaky/reset-breaker", headers=auth(ADMIN_TOKEN), timeout=10)
    assert r.status_code == 200 and breaker.state == "closed"
    assert post(hub, body("three", max_tokens=2)).headers["x-lantern-provider"] == "flaky"
    missing = httpx.post(hub.url + "/v1/escalation/providers/nope/reset-breaker", headers=auth(ADMIN_TOKEN), timeout=10)
    assert missing.status_code == 404


def test_slow_provider_times_out_and_the_next_one_answers(up: Upstream, make_hub: Any) -> None:
    hub = make_hub([provider("slow", up.proxy_url, timeout_s=0.3, max_retries=0),
                    provider("backup", up.llama.base_url, position=1)])
    up.proxy.delay_s = 20.0
    r = post(hub, body("Is the sun a star?", max_tokens=4))
    # "slow" would have answered after 20 s: the backup answering and the timeout counted prove the hub
    # gave up at 0.3 s (no wall-clock bound here: a loaded CI machine may take any time for the backup).
    assert r.status_code == 200 and r.headers["x-lantern-provider"] == "backup"
    assert metric(hub, "lantern_escalation_upstream_failures_total", provider="slow", reason="timeout") == 1


def test_all_providers_down_is_a_clear_503_for_streams_too(make_hub: Any) -> None:
    hub = make_hub([provider("a", dead_url()), provider("b", dead_url(), position=1)])
    for stream in (False, True):
        r = post(hub, body("Anything?", stream=stream))
        assert r.status_code == 503
        err = r.json()["error"]
        assert err["code"] == "no_provider_available" and "a: connect" in err["message"]


# -- budget and limits ----------------------------------------------------------------------------

def test_daily_cost_cap_reached_mid_day_refuses_with_a_clear_message(up: Upstream, make_hub: Any) -> None:
    # 10 per 1k tokens. A request is admitted only if its worst case (2 x the prompt estimate + 32, plus
    # every allowed completion token) still fits under the cap, so the cap is never overshot.
    hub = make_hub([provider("llama", up.llama.base_url, price_prompt_per_1k=10.0, price_completion_per_1k=10.0)],
                   default_daily_cap=1.0)
    hub.store.record_usage("school-1", prompt_tokens=20_000, completion_tokens=0, cost=0.2)   # the morning's use
    status = httpx.get(hub.url + "/v1/escalation/status", headers=auth(), timeout=10).json()
    assert status["cap_reached"] is False and status["spent_today"] == pytest.approx(0.2)
    r = post(hub, body("Explain photosynthesis briefly.", max_tokens=20, stream=True))   # worst case 0.76 fits
    assert r.status_code == 200 and "[DONE]" in r.text, r.text[-300:]
    spent = hub.store.usage("school-1").cost
    assert 0.2 < spent <= 1.0
    for stream in (False, True):
        r = post(hub, body("Explain gravity briefly.", max_tokens=8, stream=stream))   # worst case 0.6 does not
        assert r.status_code == 402
        err = r.json()["error"]
        assert err["code"] == "daily_cost_cap_reached"
        assert "budget" in err["message"] and "Local answers still work" in err["message"]
    assert metric(hub, "lantern_escalation_requests_total", outcome="refused_cost_cap", provider="") == 2
    assert hub.store.usage("school-1").cost == spent                                     # nothing charged
    hub.store.set_policy("school-1", daily_cap=50.0)       # the admin raises the cap: answers resume
    assert post(hub, body("Explain gravity briefly.", max_tokens=4)).status_code == 200


def test_per_device_rate_limit_answers_429_with_retry_after_and_spares_other_devices(
        up: Upstream, make_hub: Any) -> None:
    # A clock that stands still: however long the answers take on a loaded machine, no token refills.
    hub = make_hub([provider("llama", up.llama.base_url)],
                   options=OrchestratorOptions(rate_per_minute=3, rate_burst=3, backoff_base_s=0.01), clock=FakeClock())
    codes = [post(hub, body(f"Count to {i}.", max_tokens=2)).status_code for i in range(4)]
    assert codes == [200, 200, 200, 429]
    r = post(hub, body("Count to 9.", max_tokens=2))
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    assert r.json()["error"]["code"] == "rate_limited"
    assert post(hub, body("Count to 9.", max_tokens=2), token=OTHER_DEVICE_TOKEN).status_code == 200
    assert metric(hub, "lantern_escalation_requests_total", outcome="rate_limited", provider="") == 2


def test_identical_request_is_served_from_cache_without_calling_upstream_or_charging(
        up: Upstream, make_hub: Any) -> None:
    hub = make_hub([provider("rec", up.proxy_url, price_completion_per_1k=1.0)])
    q = body("What colour is the sky on a clear day?", max_tokens=8)
    first = post(hub, q)
    second = post(hub, q)
    assert first.status_code == second.status_code == 200
    assert second.headers["x-lantern-cached"] == "1" and first.headers["x-lantern-cached"] == "0"
    assert second.json()["choices"][0]["message"]["content"] == first.json()["choices"][0]["message"]["content"]
    text, _, headers = stream_text(hub.url + "/v1", {**q, "stream": True}, auth())   # a stream hits it too
    assert headers["x-lantern-cached"] == "1" and text == first.json()["choices"][0]["message"]["content"]
    assert len(up.proxy.received) == 1
    assert hub.store.usage("school-1").requests == 1
    assert metric(hub, "lantern_escalation_cache_hits_total") == 2
    sampled = {**q, "temperature": 0.7}
    post(hub, sampled)
    post(hub, sampled)
    assert len(up.proxy.received) == 3                            # sampled answers are never cached


# -- policy and input -----------------------------------------------------------------------------

def test_school_without_cloud_permission_is_refused(up: Upstream, make_hub: Any) -> None:
    hub = make_hub([provider("llama", up.llama.base_url)])
    hub.store.set_policy("school-1", allowed=False)
    r = post(hub, body("Hi"))
    assert r.status_code == 403 and r.json()["error"]["code"] == "not_allowed"
    assert httpx.get(hub.url + "/v1/escalation/status", headers=auth(), timeout=10).json()["allowed"] is False


@pytest.mark.parametrize("payload", [
    {"messages": []}, {"messages": "hello"}, {"messages": [{"role": "hacker", "content": "x"}]},
    {"messages": [{"role": "user", "content": 5}]}, {"messages": [{"role": "user", "content": "x"}], "max_tokens": "lots"},
    [1, 2, 3], {"messages": [{"role": "user", "content": "x" * 40_000}]},
])
def test_malformed_requests_get_a_clear_4xx_and_reach_no_upstream(up: Upstream, make_hub: Any, payload: Any) -> None:
    hub = make_hub([provider("rec", up.proxy_url)])
    r = httpx.post(hub.url + "/v1/chat/completions", json=payload, headers=auth(), timeout=10)
    assert r.status_code in (400, 413) and r.json()["error"]["message"]
    assert up.proxy.received == []


def test_unknown_device_token_is_401(make_hub: Any) -> None:
    hub = make_hub([provider("a", dead_url())])
    assert post(hub, body("Hi"), token="forged").status_code == 401
    assert httpx.get(hub.url + "/v1/escalation/status", timeout=10).status_code == 401


def test_concurrent_escalations_are_each_answered_and_charged_exactly_once(up: Upstream, make_hub: Any) -> None:
    import asyncio

    # The loopback cloud answers one request at a time: the 20th waits for 19 answers, which on a loaded
    # machine can take minutes. Timeouts are not what this test is about, so they are long.
    hub = make_hub([provider("llama", up.llama.base_url, price_completion_per_1k=1.0, timeout_s=600.0)],
                   options=OrchestratorOptions(rate_per_minute=0, cache_entries=0))

    async def ask_all(n: int) -> list[str]:
        async with httpx.AsyncClient(timeout=900) as client:
            async def one(i: int) -> str:
                payload = body(f"Concurrent question {i}: name a colour.", max_tokens=3, stream=i % 2 == 0)
                r = await client.post(hub.url + "/v1/chat/completions", json=payload, headers=auth())
                assert r.status_code == 200, r.text
                assert "error" not in r.text and (i % 2 or r.text.rstrip().endswith("[DONE]")), r.text[-300:]
                return r.text
            return await asyncio.gather(*(one(i) for i in range(n)))

    replies = asyncio.run(ask_all(20))
    assert len(replies) == 20 and all(replies)
    usage = hub.store.usage("school-1")
    assert usage.requests == 20
    assert metric(hub, "lantern_escalation_requests_total", outcome="ok", provider="llama") == 20
    assert usage.cost == pytest.approx(usage.completion_tokens / 1000)
