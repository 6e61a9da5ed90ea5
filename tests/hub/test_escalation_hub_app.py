"""The escalation router inside the real hub app (create_app): enrolled device tokens, the hub's
database (Alembic migration 0002_escalation) on SQLite and PostgreSQL, and the hub's /metrics."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from hub.escalation import EscalationStore, ProviderConfig
from hub.escalation.loopback import LlamaServer
from hubkit import Seed, ThreadHub


@pytest.fixture(scope="module")
def llama(bundled_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    with LlamaServer(bundled_model_path, log_path=tmp_path_factory.mktemp("llama") / "log") as server:
        yield server


def enroll(seed: Seed, klass: str = "5B") -> str:
    from hub import accounts
    from hub.db import make_engine

    engine = make_engine(seed.url, pool_size=1, max_overflow=0)
    with engine.begin() as conn:
        token = accounts.enroll_device(conn, seed.codes[klass], f"kiosk-{klass}").token
    engine.dispose()
    return token


def store_for(url: str) -> EscalationStore:
    from hub.db import make_engine

    return EscalationStore(make_engine(url, pool_size=1, max_overflow=0), create_tables=False)


def test_enrolled_device_streams_a_cloud_answer_through_the_real_hub_and_the_ledger_is_in_its_db(
        seed: Seed, llama: LlamaServer) -> None:
    store = store_for(seed.url)
    store.add_provider(ProviderConfig(name="llama", base_url=llama.base_url, model="gemma", price_completion_per_1k=1.0,
                                      timeout_s=300.0))   # a loaded CI machine: not a timeout test
    token = enroll(seed)
    with ThreadHub(seed.url, metrics_token="m") as hub:
        headers = {"Authorization": f"Bearer {token}"}
        status = httpx.get(hub.url + "/v1/escalation/status", headers=headers, timeout=10).json()
        assert status["allowed"] and status["providers_available"] == 1 and not status["cap_reached"]
        pieces: list[str] = []
        body = {"messages": [{"role": "user", "content": "Name a primary colour."}], "max_tokens": 6,
                "temperature": 0, "stream": True}
        with httpx.stream("POST", hub.url + "/v1/chat/completions", json=body, headers=headers, timeout=300) as r:
            assert r.status_code == 200
            for line in r.iter_lines():
                if line.startswith("data:") and line[5:].strip() != "[DONE]":
                    pieces += [c["delta"].get("content") or "" for c in json.loads(line[5:])["choices"]]
        assert "".join(pieces)
        usage = store.usage(seed.school_id)
        assert usage.requests == 1 and usage.cost == pytest.approx(usage.completion_tokens / 1000)
        metrics = httpx.get(hub.url + "/metrics", headers={"Authorization": "Bearer m"}, timeout=10).text
        assert 'lantern_escalation_requests_total{outcome="ok",provider="llama"} 1.0' in metrics
        assert "lantern_escalation_breaker_state" in metrics
        assert httpx.post(hub.url + "/v1/chat/completions", json=body, timeout=10,
                          headers={"Authorization": "Bearer not-a-device"}).status_code == 401
    store.engine.dispose()


def test_revoked_device_cannot_escalate(seed: Seed, llama: LlamaServer) -> None:
    import sqlalchemy as sa

    from hub import accounts, schema
    from hub.db import make_engine

    store = store_for(seed.url)
    store.add_provider(ProviderConfig(name="llama", base_url=llama.base_url, model="gemma"))
    token = enroll(seed)
    engine = make_engine(seed.url, pool_size=1, max_overflow=0)
    with engine.begin() as conn:
        device_id = conn.execute(sa.select(schema.devices.c.id)).scalar_one()
        accounts.revoke_device(conn, device_id)
    engine.dispose()
    with ThreadHub(seed.url) as hub:
        r = httpx.post(hub.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {token}"}, timeout=10,
                       json={"messages": [{"role": "user", "content": "hi"}]})
        assert r.status_code == 401 and "revoked" in r.text
    assert store.usage(seed.school_id).requests == 0
    store.engine.dispose()
