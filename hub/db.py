"""Database plumbing: engines for SQLite and PostgreSQL, Alembic upgrades, and dialect helpers.

SQLite (the default) runs in WAL mode with a busy timeout, and every write transaction begins
IMMEDIATE so concurrent writers wait for each other instead of failing with "database is locked".
Writers also queue on the hub's own write lock first (`_WriteLock`): SQLite's busy handler makes a
waiter sleep up to 100 ms between tries, so with 4 workers x 40 threads a push could lose the race
for seconds while newcomers won (measured: p50 0.11 s, p95 7.8 s for 200 devices). Behind one lock
per database file, a waiter is woken within a fraction of a millisecond of the commit before it.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from engine.wire import StorageError

log = logging.getLogger(__name__)

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


WRITE_LOCK_TIMEOUT_S = 30.0    # as SQLite's busy timeout: then 503 "database unavailable", and the device retries


class _WriteLock:
    """One writer at a time per SQLite file: a thread lock inside the process, a file lock on
    `<db>.writelock` across processes (workers, `lantern hub admin`): flock() where there is fcntl,
    on Windows msvcrt.locking() of the file's first byte. A process that dies holding it releases it
    (the system drops both kinds of lock with the process's handles)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread = threading.Lock()
        self._fd: int | None = None
        self._pid = 0

    def acquire(self, timeout: float | None = None) -> None:
        timeout = WRITE_LOCK_TIMEOUT_S if timeout is None else timeout
        deadline = time.monotonic() + timeout
        if not self._thread.acquire(timeout=timeout):
            raise _locked()
        try:
            self._flock(deadline)
        except BaseException:
            self._thread.release()
            raise

    def release(self) -> None:
        try:
            if self._fd is not None:
                _file_unlock(self._fd)
        finally:
            self._thread.release()

    def _flock(self, deadline: float) -> None:
        if self._fd is None or self._pid != os.getpid():   # a forked child needs its own open file
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            self._pid = os.getpid()
        pause = 0.0002
        while not _try_file_lock(self._fd):
            if time.monotonic() > deadline:
                raise _locked()
            time.sleep(pause)         # at most one waiter per process polls, so short pauses are cheap
            pause = min(pause * 2, 0.002)


def _locked() -> sa.exc.OperationalError:
    return sa.exc.OperationalError("BEGIN IMMEDIATE", None, sqlite3.OperationalError("database is locked"))


if sys.platform == "win32":   # no flock: a byte-range lock on the lock file's first byte, the same file
    import msvcrt

    def _try_file_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)          # locking() starts at the file position
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)   # no retries: the wait loop above polls
            return True
        except OSError:                       # held by another process or handle
            return False

    def _file_unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_file_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _file_unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class _LockingConnection(sqlite3.Connection):
    """A sqlite3 connection that gives the hub's write lock back as soon as its transaction ends."""

    write_lock: _WriteLock | None = None
    holds_write_lock = False

    def take_write_lock(self) -> None:
        if self.write_lock is not None and not self.holds_write_lock:
            self.write_lock.acquire()
            self.holds_write_lock = True

    def _give_back(self) -> None:
        if self.holds_write_lock and self.write_lock is not None:
            self.holds_write_lock = False
            self.write_lock.release()

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self._give_back()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self._give_back()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._give_back()


def make_engine(url: str, *, pool_size: int = 8, max_overflow: int = 0) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:"):
            _private_file(Path(db))
        write_lock = _WriteLock(Path(db + ".writelock")) if db and db != ":memory:" and not db.startswith("file:") \
            else None
        engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False,
                                                     "factory": _LockingConnection},
                                  pool_size=pool_size, max_overflow=max_overflow)   # a file: nothing to ping

        @sa.event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.write_lock = write_lock
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
            if conn.get_execution_options().get("lantern_read_only"):
                conn.exec_driver_sql("BEGIN")
                return
            raw = conn.connection.dbapi_connection
            raw.take_write_lock()
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            except BaseException:
                raw._give_back()
                raise

        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            url = str(parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False))
        # No pre-ping (a round trip per checkout): a dropped connection is discarded by SQLAlchemy on its
        # first error, that request answers 503, and the device retries.
        return sa.create_engine(url, pool_size=pool_size, max_overflow=max_overflow, pool_recycle=1800)
    raise StorageError(f"Unsupported hub database URL {parsed.render_as_string()!r}.",
                       hint="Use sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST/DB.")


def warm_pool(engine: Engine, connections: int) -> int:
    """Open `connections` pooled connections now and put them back; returns how many opened.

    On PostgreSQL each connection is a server process: opening one costs the hub and the server a few
    milliseconds of CPU. A pool fills only as concurrency needs it, so the first burst after a start
    (a class of kiosks syncing at 9:00) paid for 25 of them (`bench sync`, 4 workers: burst p95 954 ms
    on the first run, 594 on the second, where the pools were fuller). `lantern hub serve` warms each
    worker's pool before it serves. A database that cannot be reached is not an error here: the hub
    starts, and requests answer 503 until it is back."""
    held: list[sa.Connection] = []
    try:
        for _ in range(connections):
            held.append(engine.connect())
    except sa.exc.DBAPIError as exc:
        log.warning("hub database not reachable at start (%s); connections will open on demand",
                    str(exc.orig)[:200] if exc.orig else type(exc).__name__)
    finally:
        for conn in held:
            conn.close()
    return len(held)


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
