"""`Store`: Lantern's one SQLite database (sqlite-utils), with one writer and many readers.

- WAL mode, foreign keys on, a busy timeout; `synchronous=NORMAL` (safe with WAL).
- Migrations (engine/store/migrations.py) are applied on open, in order, each in its own
  transaction and recorded in `_migrations`; an existing database is copied first
  (`<file>.backup-<time>`, written to a temp name then renamed; the newest few are kept).
- Writes go through `with store.write() as db:` — one transaction (`BEGIN IMMEDIATE`), serialized
  by a lock so only one thread writes at a time; nested `write()` blocks become savepoints.
- Reads use `with store.read() as db:` (or `store.db`): a per-thread, read-only connection, so a
  long write never blocks a search.
- `store.record_event(db, kind, entity_id, payload)` adds a sync-outbox row in the caller's
  transaction: the change and its event commit together or not at all.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from engine.errors import StorageError
from engine.store.clock import HybridClock, new_id, utc_now
from engine.store.migrations import MIGRATIONS, Migration

DB_FILENAME = "lantern.db"
# Of a message's text, what its `message.created` sync event carries (the whole text stays in the local store):
# a saved question pasted as a whole page would otherwise pass the event size limit and never sync.
SYNCED_TEXT_CHARS = 4000
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class StoreCounts:
    """How much the database holds, for `lantern doctor`."""

    learners: int                        # not removed
    quiz_items: dict[str, int]           # by status: 'draft', 'approved', 'rejected'
    teacher_alerts_pending_sync: int     # raised on this device and not yet sent to the hub


class Store:
    """The local database. Open with `Store.open(home)` or `Store(path)`; close when done."""

    def __init__(self, path: Path, *, migrations: Sequence[Migration] | None = None,
                 busy_timeout_ms: int = 10_000, backups_kept: int = 3) -> None:
        self.path = Path(path)
        self._busy_timeout_ms = busy_timeout_ms
        self._backups_kept = backups_kept
        self._write_lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._closed = False
        self._check_file()
        self._writer = Database(self._connect(), recursive_triggers=True, execute_plugins=False)
        try:
            self._writer.execute("PRAGMA journal_mode=WAL")
            self._writer.execute("PRAGMA synchronous=NORMAL")
            self._migrate(list(MIGRATIONS if migrations is None else migrations))
            self.clock = HybridClock(self._node_id())
        except BaseException:
            self._writer.close()
            raise

    @classmethod
    def open(cls, home: Path, **options: Any) -> Store:
        """The store in a data folder (`<home>/lantern.db`), created if missing."""
        return cls(Path(home) / DB_FILENAME, **options)

    # -- connections ------------------------------------------------------------------------
    def _check_file(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"Cannot create the data folder {self.path.parent}: {exc.strerror}.",
                               hint="Choose a writable folder with LANTERN_HOME.") from exc
        if self.path.exists() and self.path.stat().st_size > 0:
            try:
                with self.path.open("rb") as f:
                    head = f.read(16)
            except OSError as exc:
                raise StorageError(f"Cannot read the database {self.path}: {exc.strerror}.",
                                   hint="Check the file's permissions.") from exc
            if head != _SQLITE_MAGIC:
                raise StorageError(f"{self.path} is not a Lantern database (not SQLite).",
                                   hint="Move the file away (or restore a .backup-* copy) and start again.")

    def _connect(self, *, read_only: bool = False) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(str(self.path), timeout=self._busy_timeout_ms / 1000,
                                   check_same_thread=False, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout={int(self._busy_timeout_ms)}")
            conn.execute("PRAGMA foreign_keys=ON")
            if read_only:
                conn.execute("PRAGMA query_only=ON")
            return conn
        except sqlite3.Error as exc:
            raise StorageError(f"Cannot open the database {self.path}: {exc}.",
                               hint="Check that the data folder is writable and not full.") from exc

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction, serialized with every other writer; commits on success."""
        self._ensure_open()
        with self._write_lock:
            db = self._writer
            if db.conn.in_transaction:     # nested in this thread's write: a savepoint
                with db.atomic():
                    yield db
                return
            try:
                db.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StorageError(f"The database is busy ({exc}).",
                                   hint="Another Lantern may be writing; try again in a moment.") from exc
            try:
                yield db
            except sqlite3.OperationalError as exc:
                self._rollback(db)
                raise StorageError(f"Could not save to the database: {exc}.",
                                   hint="Check free disk space; nothing was changed.") from exc
            except BaseException:
                self._rollback(db)
                raise
            try:
                db.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback(db)
                raise StorageError(f"Could not save to the database: {exc}.",
                                   hint="Check free disk space; nothing was changed.") from exc

    @staticmethod
    def _rollback(db: Database) -> None:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")

    @contextmanager
    def read(self) -> Iterator[Database]:
        """This thread's read-only connection (sees everything committed)."""
        yield self.db

    @property
    def db(self) -> Database:
        """This thread's read-only connection. Use `write()` to change anything."""
        self._ensure_open()
        db = getattr(self._local, "db", None)
        if db is None:
            conn = self._connect(read_only=True)
            with self._readers_lock:
                self._readers.append(conn)
            db = Database(conn, recursive_triggers=False, execute_plugins=False)
            self._local.db = db
        return db

    def _ensure_open(self) -> None:
        if self._closed:
            raise StorageError("The store is closed.", hint="Open it again with Store.open(home).")

    # -- sync outbox --------------------------------------------------------------------------
    def record_event(self, db: Database, kind: str, entity_id: str | None, payload: dict[str, Any], *,
                     learner_id: str | None = None) -> str:
        """Queue a change for sync, inside the caller's `write()` transaction. Returns the event id."""
        if not db.conn.in_transaction:
            raise StorageError("record_event must run inside `with store.write() as db:`.",
                               hint="Write the change and its event in one transaction.")
        # Imported here: the wire models (pydantic, ~0.1 s) are not needed to open the store for the sign-in cards.
        from engine.wire.models import MAX_EVENT_PAYLOAD_BYTES
        from engine.wire.payloads import check_event

        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
        try:   # the same check the hub makes at the door (engine/wire/payloads.py): never queue poison
            check_event(kind, entity_id, json.loads(text), max_bytes=MAX_EVENT_PAYLOAD_BYTES)
        except ValueError as exc:
            raise StorageError(f"The {kind} change cannot be synced as it is: {exc}.",
                               hint="This is a bug in Lantern; nothing was saved.") from None
        event_id = new_id()
        db.execute(
            "INSERT INTO outbox (id, hlc, kind, entity_id, learner_id, payload, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [event_id, self.clock.now(), kind, entity_id, learner_id, text, utc_now()])
        return event_id

    # -- what it holds ------------------------------------------------------------------------
    def counts(self) -> StoreCounts:
        """Learners (not removed), quiz items by status and teacher alerts not yet sent to the hub."""
        db = self.db
        learners = db.execute("SELECT count(*) FROM learners WHERE deleted_at IS NULL").fetchone()[0]
        items = {status: n for status, n in
                 db.execute("SELECT status, count(*) FROM quiz_items GROUP BY status ORDER BY status")}
        alerts = db.execute("SELECT count(*) FROM outbox WHERE kind = 'teacher_alert' AND sent_at IS NULL"
                            ).fetchone()[0]
        return StoreCounts(learners=learners, quiz_items=items, teacher_alerts_pending_sync=alerts)

    # -- migrations ---------------------------------------------------------------------------
    def applied_migrations(self) -> list[str]:
        return [r["name"] for r in self.db.query("SELECT name FROM _migrations ORDER BY rowid")]

    def _migrate(self, migrations: list[Migration]) -> None:
        db = self._writer
        names = [n for n, _ in migrations]
        if len(set(names)) != len(names):
            raise StorageError("Two migrations share a name.", hint="Give each migration a unique name.")
        db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        applied = {r[0] for r in db.execute("SELECT name FROM _migrations").fetchall()}
        pending = [(n, fn) for n, fn in migrations if n not in applied]
        if not pending:
            return
        has_data = bool(applied) or db.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name != '_migrations'").fetchone()[0] > 0
        backup = self.backup() if has_data else None
        for name, fn in pending:
            db.conn.execute("BEGIN IMMEDIATE")
            try:
                if db.execute("SELECT 1 FROM _migrations WHERE name=?", [name]).fetchone():
                    db.conn.execute("ROLLBACK")   # another process applied it meanwhile
                    continue
                fn(db)
                db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", [name, utc_now()])
                db.conn.execute("COMMIT")
            except Exception as exc:
                self._rollback(db)
                where = f" A copy from before is at {backup}." if backup else ""
                raise StorageError(f"Updating the database failed at migration {name}: {exc}.",
                                   hint=f"Your data was not changed.{where}") from exc

    def backup(self) -> Path:
        """Copy the database (consistent, even with WAL) to `<file>.backup-<UTC time>`."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.path.with_name(f"{self.path.name}.backup-{stamp}")
        tmp = target.with_name(target.name + ".tmp")
        try:
            dest = sqlite3.connect(str(tmp))
            try:
                self._writer.conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")   # one self-contained file
            finally:
                dest.close()
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise StorageError(f"Could not back up the database before updating it: {exc}.",
                               hint="Free some disk space and start Lantern again.") from exc
        old = sorted(self.path.parent.glob(f"{self.path.name}.backup-*[0-9Z]"))
        for stale in old[:-self._backups_kept] if self._backups_kept > 0 else []:
            stale.unlink(missing_ok=True)
        return target

    def _node_id(self) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key='node'").fetchone() if self._has_meta() else None
        if row:
            return row[0]
        node = new_id().split("-")[0]
        if self._has_meta():
            with self.write() as db:
                db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('node', ?)", [node])
                node = db.execute("SELECT value FROM meta WHERE key='node'").fetchone()[0]
        return node

    def _has_meta(self) -> bool:
        return bool(self._writer.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone())

    # -- lifecycle ----------------------------------------------------------------------------
    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
        with self._write_lock:
            self._writer.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
