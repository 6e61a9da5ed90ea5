"""Device-side escalation fixtures: a real "cloud" (llama-cpp-python's OpenAI server with the
bundled GGUF) behind a recording proxy, a real hub (the escalation router under uvicorn) on
loopback, and routers wired to them with the session's local model."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from engine.escalation import (CloudAsker, ConnectivityMonitor, EscalationJournal, EscalationRouter, HubClient,
                               Redactor, RouterOptions)
from hub.escalation import Identity, OrchestratorOptions, ProviderConfig
from hub.escalation.loopback import LoopbackHub, free_port

TOKEN = "kiosk-7-token"
ROSTER = ["Amara Okafor", "Will Chen", "Sofia Martínez", "Oluwaseun Adeyemi"]


Cloud = Any   # tests/conftest.py LoopbackCloud: the session's loopback cloud


@pytest.fixture(scope="session")
def cloud(loopback_cloud: Cloud) -> Cloud:
    return loopback_cloud


@pytest.fixture
def hub(cloud: Cloud, tmp_path: Path) -> Iterator[LoopbackHub]:
    cloud.reset()
    provider = ProviderConfig(name="school-cloud", base_url=cloud.url, model="gemma-test", timeout_s=30, max_retries=0)
    with LoopbackHub(tmp_path / "hub.db", [provider], identities={TOKEN: Identity("kiosk-7", "school-1")},
                     options=OrchestratorOptions(rate_per_minute=0, backoff_base_s=0.01)) as h:
        yield h


@dataclass
class Device:
    router: EscalationRouter
    monitor: ConnectivityMonitor
    asker: CloudAsker
    journal: EscalationJournal
    client: HubClient


@pytest.fixture
def make_device(llm: Any, tmp_path: Path) -> Iterator[Any]:
    made: list[Device] = []

    def make(hub_url: str | None, *, options: RouterOptions | None = None, safety: Any = None,
             check: bool = True, max_tokens: int = 16) -> Device:
        client = HubClient(hub_url or f"http://127.0.0.1:{free_port()}", token=TOKEN)
        monitor = ConnectivityMonitor(client, probe_timeout_s=1.0)
        if check:
            monitor.check_now()
        asker = CloudAsker(client, redactor=Redactor(ROSTER), safety=safety, max_tokens=max_tokens)
        journal = EscalationJournal(tmp_path / f"device{len(made)}" / "escalation.sqlite")
        router = EscalationRouter(llm, asker=asker, monitor=monitor, journal=journal,
                                  options=options or RouterOptions(budget_s=120.0, local_max_tokens=24))
        d = Device(router, monitor, asker, journal, client)
        made.append(d)
        return d

    yield make
    for d in made:
        d.monitor.close()
        d.client.close()
        d.journal.close()
