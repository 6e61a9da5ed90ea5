"""Sync client tests: real Store files, a real hub on loopback (SQLite unless a test asks for PostgreSQL)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hubkit import Kiosk, Seed, ThreadHub, fresh_database, seed_school


@pytest.fixture
def seed(tmp_path: Path) -> Seed:
    return seed_school(fresh_database("sqlite", tmp_path))


@pytest.fixture
def hub(seed: Seed) -> Iterator[ThreadHub]:
    with ThreadHub(seed.url) as h:
        yield h


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    k = Kiosk(tmp_path / "kiosk-a")
    yield k
    k.close()
