"""Database plumbing: engines for SQLite and PostgreSQL, Alembic upgrades, and dialect helpers.

SQLite (the default) runs in WAL mode with a busy timeout, and every transaction begins IMMEDIATE
so concurrent writers wait for each other instead of failing with "database is locked".
"""
from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from engine.wire import StorageError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything the hub stores is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _private_file(path: Path) -> None:
    """Create the SQLite file owner-only (0600) before SQLite does: its -wal and -shm files copy the
    database file's mode, so learners' progress is never world-readable. An existing file is tightened."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
        for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if extra.exists() and extra.stat().st_mode & 0o077:
                os.chmod(extra, 0o600)


def make_engine(url: str, *, pool_size: int = 10, max_overflow: int = 20) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:"):
            _private_file(Path(db))
        engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                                  pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True)

        @sa.event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None   # we issue BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @sa.event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # Writers take the lock up front (no upgrade deadlocks); read_only() connections do not.
            conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("lantern_read_only") else "BEGIN IMMEDIATE")

        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            url = str(parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False))
        # No pre-ping (a round trip per checkout): a dropped connection is discarded by SQLAlchemy on its
        # first error, that request answers 503, and the device retries.
        return sa.create_engine(url, pool_size=pool_size, max_overflow=max_overflow, pool_recycle=1800)
    raise StorageError(f"Unsupported hub database URL {parsed.render_as_string()!r}.",
                       hint="Use sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST/DB.")


def read_only(engine: Engine) -> sa.Connection:
    """A connection for lookups: autocommit on PostgreSQL (no BEGIN/COMMIT round trips), a deferred
    transaction on SQLite (does not wait for writers)."""
    conn = engine.connect()
    if conn.dialect.name == "postgresql":
        return conn.execution_options(isolation_level="AUTOCOMMIT")
    return conn.execution_options(lantern_read_only=True)


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(url: str) -> str:
    """Bring the database to the newest schema (idempotent); returns the revision now applied."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    try:
        command.upgrade(alembic_config(url), "head")
        engine = make_engine(url, pool_size=1, max_overflow=0)
        with engine.connect() as conn:
            rev = MigrationContext.configure(conn).get_current_revision()
        engine.dispose()
    except sa.exc.OperationalError as exc:
        raise StorageError(f"Cannot reach the hub database: {exc.orig}.",
                           hint="Check LANTERN_HUB_DATABASE_URL and that the database server is running.") from exc
    return rev or ""


def insert_ignoring_duplicates(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]],
                               *, key: sa.Column) -> list[Any]:
    """INSERT ... ON CONFLICT DO NOTHING; returns the keys actually inserted (both dialects)."""
    if not rows:
        return []
    name = conn.dialect.name
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:  # pragma: no cover - make_engine refuses other databases
        raise StorageError(f"Unsupported database dialect {name}.")
    stmt = insert(table).on_conflict_do_nothing().returning(key)
    return [r[0] for r in conn.execute(stmt, rows)]
