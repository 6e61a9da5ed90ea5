"""Hub tests run against both SQLite and a real PostgreSQL (see tests/hubkit.py)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hub.app import create_app
from hub.pgtemp import TempPostgres
from hub.settings import HubSettings
from hubkit import Seed, fresh_database, postgres, seed_school, stop_postgres


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[TempPostgres]:
    """One throwaway PostgreSQL 15 cluster for the session (as the `postgres` user, 127.0.0.1 only,
    a free port); stopped and deleted at the end. Not installed = the tests fail with the apt hint."""
    yield postgres()
    stop_postgres()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, migrated hub database URL, once per backend."""
    if request.param == "postgresql":
        request.getfixturevalue("postgres_cluster")
    return fresh_database(request.param, tmp_path)


@pytest.fixture
def seed(hub_db: str) -> Seed:
    return seed_school(hub_db)


@pytest.fixture
def client(seed: Seed) -> Iterator[TestClient]:
    """The hub app with default settings on the seeded database, in process (once per backend).
    A module that needs other settings (a request size limit, a metrics token) defines its own."""
    app = create_app(HubSettings(database_url=seed.url))
    with TestClient(app) as c:
        yield c
    app.state.engine.dispose()
