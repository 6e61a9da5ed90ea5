"""What the saved-question tests share (test_not_sendable_questions.py, test_two_senders.py): a device store
with one Spanish-speaking learner, and the real hub on loopback with a small limit on a conversation's
characters, so a pasted page is too long for it."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engine.store import Store
from engine.store.clock import utc_now
from hub.escalation import Identity, OrchestratorOptions, ProviderConfig
from hub.escalation.loopback import LoopbackHub

TOKEN = "kiosk-7-token"
HUB_LIMIT = 1500         # the hub's limit on a conversation's characters (its default is 32,000)
# A learner pastes a whole page: over the hub's limit with the device's instructions around it.
TOO_LONG = ("¿Por qué las hojas de los árboles cambian de color en otoño y por qué se caen cuando llega el frío? "
            * 20).strip()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "data")
    now = utc_now()
    with s.write() as db:
        db.execute("INSERT INTO learners (id, name, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                   ["l-sofia", "Sofia Martínez", "es", now, now])
    yield s
    s.close()


@pytest.fixture
def hub(cloud: Any, tmp_path: Path) -> Iterator[LoopbackHub]:
    cloud.reset()
    provider = ProviderConfig(name="school-cloud", base_url=cloud.url, model="gemma-test", timeout_s=60, max_retries=0)
    with LoopbackHub(tmp_path / "hub.db", [provider], identities={TOKEN: Identity("kiosk-7", "school-1")},
                     options=OrchestratorOptions(rate_per_minute=0, max_messages_chars=HUB_LIMIT)) as h:
        yield h
