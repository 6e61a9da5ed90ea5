"""Hub tests run against both SQLite and a real PostgreSQL (see tests/hubkit.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from hubkit import Seed, fresh_database, seed_school


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, migrated hub database URL, once per backend."""
    return fresh_database(request.param, tmp_path)


@pytest.fixture
def seed(hub_db: str) -> Seed:
    return seed_school(hub_db)
