"""Schemathesis against the hub's own OpenAPI spec: malformed and hostile input never breaks the hub.

Bounded (a fixed number of examples per operation, no shrinking) so it stays a few seconds. Every
answer must be a non-5xx with a `detail` on errors, and a fuzzed request must never let a device
read another class's data.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from hub.app import create_app
from hub.settings import HubSettings
from hubkit import Seed, fresh_database, seed_school

_STATE: dict[str, object] = {}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fuzz_app(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    from fastapi.testclient import TestClient

    if request.param == "postgresql":
        request.getfixturevalue("postgres_cluster")
    url = fresh_database(request.param, tmp_path_factory.mktemp("fuzz"))
    seed: Seed = seed_school(url)
    app = create_app(HubSettings(database_url=url, max_request_bytes=64 * 1024))
    with TestClient(app) as c:
        r = c.post("/v1/enroll", json={"code": seed.codes["6A"], "device_name": "fuzzer"})
        _STATE["device"] = r.json()["token"]
        # data of another class the fuzzer must never see
        c2 = c.post("/v1/classes/5B/publish", headers={"Authorization": f"Bearer {seed.teacher_token}"},
                    json={"kind": "course", "entity_id": "secret-5b-course", "payload": {"name": "5B only"}})
        assert c2.status_code == 200
    _STATE["teacher"] = seed.teacher_token
    yield app
    app.state.engine.dispose()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_fuzzed_requests_get_clear_answers_never_server_errors(fuzz_app: FastAPI, mode: GenerationMode) -> None:
    api = schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)
    checks = [not_a_server_error, response_schema_conformance]
    operations = [r.ok() for r in api.get_all_operations()]
    assert len(operations) >= 8   # health, metrics, enroll, device, events, feed, codes, publish, report

    fuzzed: set[str] = set()
    for op in operations:
        if mode is GenerationMode.NEGATIVE and not (len(op.body) or len(op.query) or len(op.path_parameters)):
            continue   # nothing to get wrong in GET /health
        # An invalid body must be refused; unknown query parameters are ignored, as HTTP servers do.
        must_refuse = mode is GenerationMode.NEGATIVE and len(op.body) > 0

        token = _STATE["teacher"] if op.path.startswith("/v1/classes") else _STATE["device"]
        auth = {"Authorization": f"Bearer {token}"}

        @given(case=op.as_strategy(generation_mode=mode, headers=auth))
        @settings(max_examples=12, deadline=None, derandomize=True, database=None,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        def run(case: schemathesis.Case) -> None:
            # run() is called right below, in this same iteration: the loop variables are the ones meant
            response = case.call(headers=auth)  # noqa: B023
            case.validate_response(response, checks=checks)
            if must_refuse:  # noqa: B023 - schema-violating input: refused with a 4xx (413 included)
                assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
            if response.status_code >= 400:   # a message a person can read: ours, or the OpenAI-style error shape
                body = response.json()
                assert body.get("detail") or (body.get("error") or {}).get("message"), response.text[:300]
            assert "secret-5b-course" not in response.text

        try:
            run()
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE, op.path   # e.g. a free-text path parameter has no invalid value
            continue
        fuzzed.add(op.path)
    assert {"/v1/events", "/v1/enroll", "/v1/classes/{class_ref}/publish"} <= fuzzed


# -- hostile values the OpenAPI schema cannot express (issue 15, defect 5) ------------------------
from hypothesis import strategies as st  # noqa: E402

_SURROGATE = st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3)
_HOSTILE_TEXT = st.one_of(_SURROGATE, st.builds(lambda a, b: a + b, st.text(max_size=5), _SURROGATE),
                          st.just("\x00"), st.text(max_size=20))
_EXTREME_DATE = st.one_of(
    st.sampled_from(["0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59", "9999-12-31T23:59:59.999999Z",
                     "0001-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2200-01-01T00:00:00Z"]),
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()))
_NUMBER = st.one_of(st.sampled_from([float("nan"), float("inf"), -float("inf"), 1e308, 2 ** 64, -(2 ** 70)]),
                    st.floats(allow_nan=True, allow_infinity=True))


def _deep(depth: int, leaf: object) -> object:
    value: object = leaf
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


_PAYLOAD_VALUE = st.one_of(_HOSTILE_TEXT, _NUMBER, st.builds(_deep, st.integers(10, 3000), _NUMBER))


@st.composite
def _hostile_request(draw: st.DrawFn) -> tuple[str, str]:
    import json as _json
    import uuid as _uuid

    target = draw(st.sampled_from(["events", "enroll", "publish"]))
    if target == "enroll":
        body = {"code": draw(st.one_of(st.just("ABCD-EFGH"), _HOSTILE_TEXT)), "device_name": draw(_HOSTILE_TEXT)}
        return "/v1/enroll", _json.dumps(body)
    if target == "publish":
        items = [{"id": "q", "question": draw(_PAYLOAD_VALUE)}]
        body = {"kind": "quiz", "entity_id": "fuzz", "payload": {"items": items, "x": draw(_PAYLOAD_VALUE)}}
        return "/v1/classes/6A/publish", _json.dumps(body)
    kind = draw(st.sampled_from(["learner.profile", "quiz_attempt", "mastery", "lesson_completion", "review_card",
                                 "teacher_alert", "message.created", "custom.kind"]))
    event = {"id": str(_uuid.uuid4()), "kind": kind, "entity_id": draw(st.one_of(st.just("e1"), _HOSTILE_TEXT)),
             "learner_id": "fuzz-learner", "hlc": draw(st.sampled_from(["1790000000000-0000-a", "9999999999999-0000-a",
                                                                         "1790000000000-99999999-a"])),
             "created_at": draw(_EXTREME_DATE),
             "payload": {draw(st.sampled_from(["name", "display_name", "level", "score", "lesson_id", "text", "x"])):
                         draw(_PAYLOAD_VALUE)}}
    return "/v1/events", _json.dumps({"batch_id": str(_uuid.uuid4()), "events": [event]})


def test_surrogates_extreme_dates_nan_and_deep_nesting_never_get_a_5xx(fuzz_app: FastAPI) -> None:
    from fastapi.testclient import TestClient

    with TestClient(fuzz_app, raise_server_exceptions=False) as client:
        @given(req=_hostile_request())
        @settings(max_examples=60, deadline=None, derandomize=True, database=None,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        def run(req: tuple[str, str]) -> None:
            path, body = req
            token = _STATE["teacher"] if path.startswith("/v1/classes") else _STATE["device"]
            r = client.post(path, content=body, headers={"Authorization": f"Bearer {token}",
                                                         "Content-Type": "application/json"})
            assert r.status_code < 500, (path, body[:200], r.status_code, r.text[:300])
            data = r.json()
            if r.status_code >= 400:
                assert data["error"]["message"], r.text[:300]

        run()
