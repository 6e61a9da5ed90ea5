"""Every code the hub can refuse with (`engine.wire.HubCode`) reaches the device as that member and
turns into the fallback written here. The codes a device's own requests can meet are provoked on the
real hub (escalation router under uvicorn) in front of the real loopback cloud; the rest (refusals of
requests this device never sends, and the hub's general errors) are raised by the hub's own error
handlers on loopback, so the body on the wire is the hub's."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from engine.errors import SyncError, SyncErrorKind
from engine.escalation import CloudAsker, HubClient, Redactor
from engine.escalation.client import hub_code
from engine.escalation.cloud import CloudUnavailable, hub_code_fallbacks
from engine.escalation.reasons import HUB_FAULTS, Fallback
from engine.wire import HubCode
from hub.errors import HubRefusal, install_error_handlers
from hub.escalation import Identity, OrchestratorOptions, ProviderConfig
from hub.escalation.loopback import LoopbackHub, ServerThread

TOKEN = "kiosk-7-token"

# What the device does with each code, and the HTTP status the hub sends it with. Written out here
# (not read from the engine's table), so a changed decision or a new code fails by name.
EXPECTED: dict[HubCode, tuple[int, Fallback]] = {
    HubCode.INVALID_REQUEST: (400, Fallback.HUB_REFUSED),
    HubCode.UNAUTHORIZED: (401, Fallback.HUB_REFUSED),
    HubCode.FORBIDDEN: (403, Fallback.HUB_REFUSED),
    HubCode.NOT_FOUND: (404, Fallback.HUB_REFUSED),
    HubCode.CONFLICT: (409, Fallback.HUB_REFUSED),
    HubCode.TOO_LARGE: (413, Fallback.HUB_REFUSED),        # the hub's request size limit, not the question
    HubCode.TOO_DEEP: (400, Fallback.HUB_REFUSED),
    HubCode.TOO_MANY_REQUESTS: (429, Fallback.HUB_REFUSED),
    HubCode.INTERNAL_ERROR: (500, Fallback.HUB_FAILED),
    HubCode.DATABASE_UNAVAILABLE: (503, Fallback.HUB_FAILED),
    HubCode.TOO_MANY_WRONG_CODES: (429, Fallback.HUB_REFUSED),
    HubCode.METRICS_OFF: (403, Fallback.HUB_REFUSED),
    HubCode.INVALID_METRICS_TOKEN: (401, Fallback.HUB_REFUSED),
    HubCode.UNSUPPORTED_PARAMETER: (400, Fallback.HUB_REFUSED),
    HubCode.UNKNOWN_PARAMETER: (400, Fallback.HUB_REFUSED),
    HubCode.TOO_LONG: (413, Fallback.QUESTION_REFUSED),
    HubCode.NOT_ALLOWED: (403, Fallback.NOT_ALLOWED),
    HubCode.RATE_LIMITED: (429, Fallback.HUB_REFUSED),
    HubCode.DAILY_COST_CAP_REACHED: (402, Fallback.CAP_REACHED),
    HubCode.UPSTREAM_REJECTED: (502, Fallback.HUB_FAILED),
    HubCode.UPSTREAM_MALFORMED: (502, Fallback.HUB_FAILED),
    HubCode.UPSTREAM_TRUNCATED: (502, Fallback.HUB_FAILED),
    HubCode.NO_PROVIDER_AVAILABLE: (503, Fallback.HUB_FAILED),
    HubCode.HUB_MISCONFIGURED: (503, Fallback.HUB_FAILED),
}


def test_every_code_the_hub_can_send_has_a_decision_on_the_device() -> None:
    assert set(EXPECTED) == set(HubCode)
    assert set(hub_code_fallbacks()) == set(HubCode)
    assert all(type(f) is Fallback for f in hub_code_fallbacks().values())


def _ask(hub_url: str) -> CloudUnavailable:
    """One cloud question through the real client; the refusal it ends in."""
    with HubClient(hub_url, token=TOKEN) as client:
        asker = CloudAsker(client, redactor=Redactor([]), safety_policy="off", max_tokens=8)
        with pytest.raises(CloudUnavailable) as caught:
            list(asker.stream("Why is the sky blue?", budget_s=60.0).sentences())
    return caught.value


def _hub_said(exc: CloudUnavailable) -> SyncError:
    cause = exc.__cause__
    assert isinstance(cause, SyncError), repr(cause)
    return cause


@pytest.fixture
def make_hub(cloud: Any, tmp_path: Path) -> Iterator[Callable[..., LoopbackHub]]:
    hubs: list[LoopbackHub] = []

    def make(**options: Any) -> LoopbackHub:
        cloud.reset()
        provider = ProviderConfig(name="school-cloud", base_url=cloud.url, model="gemma-test",
                                  timeout_s=30, max_retries=0)
        h = LoopbackHub(tmp_path / f"hub{len(hubs)}.db", [provider], identities={TOKEN: Identity("kiosk-7", "school-1")},
                        options=OrchestratorOptions(**{"rate_per_minute": 0, "backoff_base_s": 0.01, **options}))
        hubs.append(h)
        return h

    yield make
    for h in hubs:
        h.close()


def _not_allowed(h: LoopbackHub, cloud: Any) -> None:
    h.store.set_policy("school-1", allowed=False)


def _cap_spent(h: LoopbackHub, cloud: Any) -> None:
    h.store.set_policy("school-1", daily_cap=0.5)
    h.store.record_usage("school-1", prompt_tokens=1, completion_tokens=1, cost=0.6)


def _cloud_says_400(h: LoopbackHub, cloud: Any) -> None:
    cloud.proxy.fail_status = 400


def _cloud_says_500(h: LoopbackHub, cloud: Any) -> None:
    cloud.proxy.fail_status = 500


def _cloud_cut_short(h: LoopbackHub, cloud: Any) -> None:
    cloud.proxy.cut_after_events = 1


@pytest.mark.parametrize(("code", "provoke"), [
    (HubCode.NOT_ALLOWED, _not_allowed),
    (HubCode.DAILY_COST_CAP_REACHED, _cap_spent),
    (HubCode.UPSTREAM_REJECTED, _cloud_says_400),
    (HubCode.NO_PROVIDER_AVAILABLE, _cloud_says_500),
    (HubCode.UPSTREAM_TRUNCATED, _cloud_cut_short),
])
def test_a_refusal_from_the_real_hub_reaches_the_device_as_its_code(
        make_hub: Any, cloud: Any, code: HubCode, provoke: Callable[[LoopbackHub, Any], None]) -> None:
    h = make_hub()
    provoke(h, cloud)
    exc = _ask(h.url)
    assert _hub_said(exc).code is code
    assert exc.code is EXPECTED[code][1]


def test_a_conversation_over_the_hubs_limit_is_refused_as_too_long(make_hub: Any) -> None:
    exc = _ask(make_hub(max_messages_chars=40).url)
    assert _hub_said(exc).code is HubCode.TOO_LONG and _hub_said(exc).kind is SyncErrorKind.REFUSED
    assert exc.code is Fallback.QUESTION_REFUSED and exc.code not in HUB_FAULTS


def test_a_device_over_its_rate_is_refused_as_rate_limited(make_hub: Any, cloud: Any) -> None:
    h = make_hub(rate_per_minute=1, rate_burst=1)
    cloud.proxy.fail_status = 400            # the first question is spent quickly (refused upstream)
    assert _hub_said(_ask(h.url)).code is HubCode.UPSTREAM_REJECTED
    exc = _ask(h.url)
    assert _hub_said(exc).code is HubCode.RATE_LIMITED
    assert exc.code is Fallback.HUB_REFUSED and exc.code not in HUB_FAULTS


@pytest.fixture(scope="module")
def refusing_hub() -> Iterator[dict[str, Any]]:
    """The hub's own error handlers on loopback; the chat endpoint refuses with the code it is told."""
    app = FastAPI()
    install_error_handlers(app, count=lambda kind: None)
    said: dict[str, Any] = {}

    @app.post("/v1/chat/completions")
    async def refuse() -> None:
        raise HubRefusal("Refused for the test.", status=said["status"], code=said["code"])

    with ServerThread(app) as server:
        said["url"] = server.url
        yield said


@pytest.mark.parametrize("code", list(HubCode))
def test_every_code_in_a_hub_error_body_becomes_its_fallback_on_the_device(refusing_hub: dict[str, Any],
                                                                         code: HubCode) -> None:
    status, fallback = EXPECTED[code]
    refusing_hub.update(status=status, code=code)
    exc = _ask(refusing_hub["url"])
    said = _hub_said(exc)
    assert said.code is code and str(said) == "Refused for the test."
    assert exc.code is fallback
    # 401/403 are the device's token unless the school said no; 5xx the hub's fault; the rest refusals
    kind = (SyncErrorKind.AUTH if status in (401, 403) and code is not HubCode.NOT_ALLOWED else
            SyncErrorKind.SERVER if status >= 500 else SyncErrorKind.REFUSED)
    assert said.kind is kind


def test_a_refusal_that_names_no_code_carries_the_code_of_its_status(refusing_hub: dict[str, Any]) -> None:
    refusing_hub.update(status=503, code=None)
    said = _hub_said(exc := _ask(refusing_hub["url"]))
    assert said.code is HubCode.INTERNAL_ERROR and said.kind is SyncErrorKind.SERVER
    assert exc.code is Fallback.HUB_FAILED


def test_a_code_this_device_does_not_know_is_read_as_no_code() -> None:
    # A newer hub's code: the device then goes by the HTTP status (SyncError.kind) alone.
    assert hub_code("a_code_from_a_newer_hub") is None and hub_code(None) is None and hub_code(402) is None
    assert hub_code("not_allowed") is HubCode.NOT_ALLOWED
