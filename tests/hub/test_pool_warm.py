"""`lantern hub serve` fills each worker's PostgreSQL pool before it serves (`hub.db.warm_pool`), so
the first burst of kiosks after a start does not pay for opening server processes; a database that
cannot be reached at start does not stop the hub from starting."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest
import sqlalchemy as sa

from hub.app import app_from_env, create_app
from hub.db import make_engine, warm_pool
from hub.settings import HubSettings
from hubkit import fresh_database


def _server_sessions(url: str) -> int:
    probe = make_engine(url, pool_size=1, max_overflow=0)
    try:
        with probe.connect() as conn:
            return int(conn.execute(sa.text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                            "AND pid <> pg_backend_pid()")).scalar_one())
    finally:
        probe.dispose()


def test_a_served_worker_opens_its_pool_before_the_first_request(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    url = fresh_database("postgresql", tmp_path)
    monkeypatch.setenv("LANTERN_HUB_DATABASE_URL", url)
    monkeypatch.setenv("LANTERN_HUB_DB_POOL_SIZE", "3")
    monkeypatch.setenv("LANTERN_HUB_SECRET_KEY_FILE", str(tmp_path / "secret.key"))
    threshold = gc.get_threshold()
    app = app_from_env()
    try:
        assert app.state.engine.pool.checkedin() == 3
        assert _server_sessions(url) == 3
    finally:
        app.state.engine.dispose()
        gc.unfreeze()                      # app_from_env set the collector for serving (test_worker_gc.py)
        gc.set_threshold(*threshold)


def test_an_app_built_for_tests_or_sqlite_opens_nothing_ahead(tmp_path: Path) -> None:
    app = create_app(HubSettings(database_url=fresh_database("sqlite", tmp_path), db_pool_size=3,
                                 secret_key_file=tmp_path / "secret.key"))
    try:
        assert app.state.engine.pool.checkedin() == 0
    finally:
        app.state.engine.dispose()


def test_an_unreachable_database_does_not_stop_the_hub_from_starting(caplog: pytest.LogCaptureFixture) -> None:
    engine = make_engine("postgresql+psycopg://lantern@127.0.0.1:1/nowhere?connect_timeout=2", pool_size=2)
    try:
        assert warm_pool(engine, 2) == 0
    finally:
        engine.dispose()
    assert "not reachable at start" in caplog.text
