"""`POST /v1/events` reads its body with `hub.deps.json_body` (pydantic parses the bytes in one pass)
instead of FastAPI's body parameter: the same batches are accepted, the same bad ones refused with the
same answers, a bad body is validated once, a request without credentials is a 401 before its body
is read, and the schema still documents the body and its 422 (the fuzz tests generate their requests
from it and check the answers against it). SQLite and PostgreSQL."""
from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient

import engine.wire.models as wire_models

from engine.wire import PushBatch
from hubkit import Seed, count_events


def enroll(client: TestClient, code: str) -> dict[str, str]:
    r = client.post("/v1/enroll", json={"code": code, "device_name": "kiosk"})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}", "Content-Type": "application/json"}


def event(payload: Any, *, learner: str = "l1") -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "kind": "quiz_attempt", "entity_id": "e1", "learner_id": learner,
            "hlc": "1790000000000-0000-aa11", "created_at": "2026-11-23T10:00:00Z", "payload": payload}


def batch(*events: dict[str, Any]) -> dict[str, Any]:
    return {"batch_id": str(uuid.uuid4()), "events": list(events)}


def test_a_valid_batch_is_stored_with_the_values_python_json_reads(client: TestClient, seed: Seed) -> None:
    headers = enroll(client, seed.codes["5B"])
    # Text outside ASCII, escaped and not, a large integer, a float, nesting: what pydantic's parser
    # accepts must be what `json.loads` then validation would have produced.
    payload = {"correct": True, "answer": "caf\u00e9 \u4e2d\u6587 \U0001f600", "raw": "na\\u00efve",
               "big": 2**53 - 1, "score": 0.125, "steps": [{"n": 1}, {"n": 2}]}
    body = json.dumps(batch(event(payload)), ensure_ascii=False).encode()
    r = client.post("/v1/events", headers=headers, content=body)
    assert r.status_code == 200, r.text
    assert r.json()["accepted"] == 1
    expected = PushBatch.model_validate(json.loads(body)).events[0].payload
    assert PushBatch.model_validate_json(body).events[0].payload == expected
    assert count_events(seed.url) == 1


def test_a_lone_surrogate_is_refused_naming_the_event_as_before(client: TestClient, seed: Seed) -> None:
    headers = enroll(client, seed.codes["5B"])
    bad = event({"answer": "\ud800"})
    # pydantic's parser refuses the escape outright; the refusal must still name the event (the
    # kiosk's batch splitting keeps that one back), as validating the Python objects does.
    r = client.post("/v1/events", headers=headers, content=json.dumps(batch(event({"correct": True}), bad)))
    assert r.status_code == 422, r.text
    assert r.json()["error"]["message"].startswith(f"Event 1 (id '{bad['id']}', kind 'quiz_attempt') is invalid")
    assert count_events(seed.url) == 0


def test_nan_in_a_payload_is_refused_naming_the_event(client: TestClient, seed: Seed) -> None:
    headers = enroll(client, seed.codes["5B"])
    bad = event({"score": float("nan")})
    r = client.post("/v1/events", headers=headers, content=json.dumps(batch(bad)))
    assert r.status_code == 422, r.text
    assert r.json()["error"]["message"].startswith(f"Event 0 (id '{bad['id']}'")


def test_bodies_that_are_not_a_batch_are_refused_with_what_is_wrong(client: TestClient, seed: Seed) -> None:
    headers = enroll(client, seed.codes["5B"])
    good = json.dumps(batch(event({"correct": True})))
    empty = client.post("/v1/events", headers=headers, content=b"")
    assert (empty.status_code, empty.json()["error"]["message"]) == (422, "body: Field required")
    broken = client.post("/v1/events", headers=headers, content=b'{"batch_id": ')
    assert broken.status_code == 422
    assert broken.json()["detail"][0]["type"] == "json_invalid"
    for content_type in ("text/plain", None):     # FastAPI's strict content type: not read as JSON
        plain = {k: v for k, v in headers.items() if k != "Content-Type"}
        r = client.post("/v1/events", headers=plain | ({"Content-Type": content_type} if content_type else {}),
                        content=good)
        assert r.status_code == 422, (content_type, r.text)
        assert r.json()["detail"][0]["loc"] == ["body"]
    not_utf8 = client.post("/v1/events", headers=headers, content=good.encode().replace(b'"correct"', b'"c\xffrrect"'))
    assert not_utf8.status_code == 400
    assert not_utf8.json()["error"]["message"] == "There was an error parsing the body"
    assert count_events(seed.url) == 0


def test_a_refused_batch_is_validated_once(client: TestClient, seed: Seed, monkeypatch: pytest.MonkeyPatch) -> None:
    headers = enroll(client, seed.codes["5B"])
    calls = 0
    real = wire_models.check_event

    def counted(*args: Any, **kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        real(*args, **kwargs)

    monkeypatch.setattr(wire_models, "check_event", counted)
    bad = event({"correct": True}, learner="no spaces allowed")
    r = client.post("/v1/events", headers=headers, content=json.dumps(batch(*(event({"n": i}) for i in range(3)), bad)))
    assert r.status_code == 422
    assert r.json()["error"]["message"].startswith(f"Event 3 (id '{bad['id']}'")
    assert calls == 3      # the three good events' payload checks, once each (a second pass would make 6)


def test_without_credentials_a_request_is_a_401_before_its_body_is_read(client: TestClient) -> None:
    r = client.post("/v1/events", content=b"not json at all", headers={"Content-Type": "application/json"})
    assert r.status_code == 401, r.text


def test_the_schema_still_documents_the_push_body_and_its_422(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    operation = spec["paths"]["/v1/events"]["post"]
    body = operation["requestBody"]
    schema = body["content"]["application/json"]["schema"]
    assert body["required"] is True
    assert set(schema["required"]) == {"batch_id", "events"}
    event_schema = schema["properties"]["events"]["items"]
    assert {"id", "kind", "hlc", "payload"} <= set(event_schema["properties"])
    assert "$ref" not in json.dumps(schema)
    ref = operation["responses"]["422"]["content"]["application/json"]["schema"]["$ref"]
    assert ref.removeprefix("#/components/schemas/") in spec["components"]["schemas"]
