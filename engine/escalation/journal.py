"""The device's escalation records: every routing decision with its reason, and the
"save for later" queue of questions waiting for the cloud. One small SQLite file (WAL)."""
from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from engine.errors import LanternError, StorageError

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS decisions ("
    " id TEXT PRIMARY KEY, at REAL NOT NULL, learner_id TEXT, route TEXT NOT NULL, reason TEXT NOT NULL,"
    " explanation TEXT NOT NULL, confidence REAL, seconds REAL, question_chars INTEGER, redactions INTEGER)",
    "CREATE TABLE IF NOT EXISTS queued_questions ("
    " id TEXT PRIMARY KEY, learner_id TEXT, question TEXT NOT NULL, context TEXT,"
    " created_at REAL NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
    " approved_by TEXT, answer TEXT, answered_at REAL, notice TEXT, last_error TEXT, seen INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS queued_by_status ON queued_questions(status, created_at)",
)
# Columns added since the first journal, in order: (name, definition). `delivered`: 0 while an answer (or a not
# sendable question's notice) waits to go into the learner's history, 1 once it is there (`mark_delivered`, after
# the write: a program stopped between the two leaves it 0, and the next send's write finds it written and only
# marks it); rows from before the column were delivered (default 1). `refused`: why a not sendable question was
# refused, its own column so a failed delivery of its notice (`last_error`) never overwrites it. `answered_by`:
# TEACHER when the answer is a teacher's own words (never put through the school's filter for a model's answer).
_ADDED_COLUMNS = (("delivered", "INTEGER NOT NULL DEFAULT 1"), ("refused", "TEXT"), ("answered_by", "TEXT"))

PENDING_APPROVAL, READY, ANSWERED, REJECTED = "pending_approval", "ready", "answered", "rejected"
# The hub refused the question itself (too long for it): never sent again, not waiting; `refused` says why and
# `notice` tells the learner. A new value in the same text column, so a journal from before reads as it was.
NOT_SENDABLE = "not_sendable"
# Every state a saved question can be in, in the order it moves through them (what a status report lists).
STATUSES = (PENDING_APPROVAL, READY, ANSWERED, REJECTED, NOT_SENDABLE)
# `answered_by` of an answer a teacher wrote (None: the cloud's).
TEACHER = "teacher"


class NoLongerReady(LanternError):
    """A saved question this call meant to settle (answer, or mark not sendable) was no longer waiting for
    the hub: another send (this program's or another's on the same journal) or a teacher settled it first."""


@dataclass(frozen=True)
class DecisionRecord:
    id: str
    at: float
    learner_id: str | None
    route: str
    reason: str
    explanation: str
    confidence: float | None
    seconds: float | None


@dataclass(frozen=True)
class QueuedQuestion:
    id: str
    learner_id: str | None
    question: str
    context: str | None
    created_at: float
    status: str
    attempts: int
    answer: str | None = None
    answered_at: float | None = None
    notice: str | None = None
    last_error: str | None = None
    seen: bool = False
    delivered: bool = True          # in the learner's history (or has nowhere to go); see `mark_delivered`
    refused: str | None = None      # why the hub will never take it (a not sendable row only), for adults
    answered_by: str | None = None  # TEACHER: the answer is a teacher's own words; None: the cloud's


class EscalationJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()   # one writer
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=10)
            self._conn.execute("PRAGMA busy_timeout=10000")
            _use_wal(self._conn, timeout_s=10.0)
            self._create_or_update()
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"Cannot open the escalation records at {path}: {exc}.",
                               hint="Move the file aside; Lantern creates a new one.") from exc
        self._conn.row_factory = sqlite3.Row

    def _create_or_update(self) -> None:
        """The tables, and the columns a journal from before lacks: looked at and added in one write
        transaction, so two programs opening the same old journal at once (the kiosk and a `lantern cloud`
        command) add each column once - the second sees the first's."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA:
                self._conn.execute(statement)
            columns = {row[1] for row in self._conn.execute("PRAGMA table_info(queued_questions)")}
            for name, definition in _ADDED_COLUMNS:
                if name not in columns:
                    self._conn.execute(f"ALTER TABLE queued_questions ADD COLUMN {name} {definition}")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # -- decisions ------------------------------------------------------------------------------
    def record_decision(self, *, learner_id: str | None, route: str, reason: str, explanation: str,
                        confidence: float | None, seconds: float | None, question_chars: int,
                        redactions: int = 0) -> str:
        did = uuid.uuid4().hex
        with self._tx() as c:
            c.execute("INSERT INTO decisions VALUES (?,?,?,?,?,?,?,?,?,?)",
                      (did, time.time(), learner_id, route, reason, explanation, confidence, seconds, question_chars,
                       redactions))
        return did

    def decisions(self, *, limit: int = 50) -> list[DecisionRecord]:
        with self._lock:
            rows = self._conn.execute("SELECT id, at, learner_id, route, reason, explanation, confidence, seconds "
                                      "FROM decisions ORDER BY at DESC LIMIT ?", (limit,)).fetchall()
        return [DecisionRecord(*row) for row in rows]

    # -- save for later -------------------------------------------------------------------------
    def save_for_later(self, question: str, *, learner_id: str | None, context: str | None = None,
                       require_approval: bool = False, qid: str | None = None) -> QueuedQuestion:
        """Save `question` for the cloud. `qid`: its id, for a caller that may save the same question again (a
        retried action): a row with that id is kept as it is and returned, so it is saved, and answered, once."""
        question = question.strip()
        if not question:
            raise LanternError("There is no question to save.", hint="Type the question first.")
        qid = qid or uuid.uuid4().hex
        status = PENDING_APPROVAL if require_approval else READY
        with self._tx() as c:
            c.execute("INSERT OR IGNORE INTO queued_questions (id, learner_id, question, context, created_at, status) "
                      "VALUES (?,?,?,?,?,?)", (qid, learner_id, question, context, time.time(), status))
        return self.get(qid)

    def get(self, qid: str) -> QueuedQuestion:
        with self._lock:
            row = self._conn.execute("SELECT * FROM queued_questions WHERE id = ?", (qid,)).fetchone()
        if row is None:
            raise LanternError(f"No saved question with id {qid!r}.", hint="See 'lantern cloud queue list'.")
        return _queued(row)

    def queued(self, *, status: str | None = None, learner_id: str | None = None) -> list[QueuedQuestion]:
        q, args = "SELECT * FROM queued_questions WHERE 1=1", []
        if status:
            q += " AND status = ?"
            args.append(status)
        if learner_id:
            q += " AND learner_id = ?"
            args.append(learner_id)
        with self._lock:
            rows = self._conn.execute(q + " ORDER BY created_at", args).fetchall()
        return [_queued(r) for r in rows]

    def approve(self, qid: str, *, by: str) -> QueuedQuestion:
        return self._move(qid, PENDING_APPROVAL, READY, approved_by=by)

    def reject(self, qid: str, *, by: str) -> QueuedQuestion:
        return self._move(qid, PENDING_APPROVAL, REJECTED, approved_by=by)

    def _move(self, qid: str, src: str, dst: str, *, approved_by: str) -> QueuedQuestion:
        with self._tx() as c:
            moved = c.execute("UPDATE queued_questions SET status = ?, approved_by = ? WHERE id = ? AND status = ?",
                              (dst, approved_by, qid, src)).rowcount
        current = self.get(qid)
        if not moved:
            raise LanternError(f"Saved question {qid[:8]} is {current.status.replace('_', ' ')}, "
                               f"not waiting for approval.")
        return current

    def record_attempt(self, qid: str, error: str) -> None:
        with self._tx() as c:
            c.execute("UPDATE queued_questions SET attempts = attempts + 1, last_error = ? WHERE id = ?", (error, qid))

    def record_answer(self, qid: str, answer: str, notice: str | None = None, *,
                      answered_by: str | None = None) -> QueuedQuestion:
        """A question waiting for the hub is answered: the row as this call left it, its answer waiting to be
        delivered. `notice`: what the learner reads above the answer; None (the learner's history writes it then,
        in the learner's language). `answered_by`: TEACHER for a teacher's own answer, None for the cloud's.
        `NoLongerReady` when this call changed nothing (another send, or a teacher, settled it first): the answer
        is theirs to deliver, not this caller's."""
        return self._settle(qid, "status = ?, answer = ?, answered_at = ?, notice = ?, answered_by = ?",
                            (ANSWERED, answer, time.time(), notice, answered_by))

    def mark_not_sendable(self, qid: str, reason: str, notice: str | None = None) -> QueuedQuestion:
        """The hub will never take this question (`reason`: why, for adults): it leaves the queue for good, and
        its notice (`notice`, or None: the learner's history writes it in the learner's language) waits to be
        delivered as an answer would. `NoLongerReady` when this call changed nothing, as `record_answer`."""
        return self._settle(qid, "status = ?, notice = ?, refused = ?", (NOT_SENDABLE, notice, reason))

    def _settle(self, qid: str, assignments: str, values: tuple[object, ...]) -> QueuedQuestion:
        with self._tx() as c:
            changed = c.execute(f"UPDATE queued_questions SET {assignments}, attempts = attempts + 1, "
                                "last_error = NULL, delivered = 0 WHERE id = ? AND status = ?",
                                (*values, qid, READY)).rowcount
        current = self.get(qid)
        if not changed:     # rowcount: only the UPDATE that moved it from "ready" delivers it
            raise NoLongerReady(f"Saved question {qid[:8]} is {current.status.replace('_', ' ')}, "
                                "not waiting for the hub.", hint="Refresh the list.")
        return current

    def mark_delivered(self, qid: str, *, error: str | None = None) -> None:
        """The answer (or a not sendable question's notice) is in the learner's history - or has nowhere to
        go (`error` says why: the learner was removed); either way it is not delivered again. Called after the
        history write, never before: the write is made once whoever makes it (`history.deliver_to_history`)."""
        with self._tx() as c:
            c.execute("UPDATE queued_questions SET delivered = 1, last_error = COALESCE(?, last_error) WHERE id = ?",
                      (error, qid))

    def record_delivery_error(self, qid: str, error: str) -> None:
        """A delivery failed for a while (a busy store, a full disk): it stays waiting, and is delivered at the
        next send. A row another sender delivered meanwhile keeps its state."""
        with self._tx() as c:
            c.execute("UPDATE queued_questions SET last_error = ? WHERE id = ? AND delivered = 0", (error, qid))

    def undelivered(self) -> list[QueuedQuestion]:
        """Answered (or not sendable) questions whose answer (or notice) did not reach the learner's history
        yet, oldest first."""
        with self._lock:
            rows = self._conn.execute("SELECT * FROM queued_questions WHERE status IN (?, ?) AND delivered = 0 "
                                      "ORDER BY created_at", (ANSWERED, NOT_SENDABLE)).fetchall()
        return [_queued(r) for r in rows]

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> EscalationJournal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _use_wal(conn: sqlite3.Connection, *, timeout_s: float) -> None:
    """WAL mode (kept in the file once set). Switching a new file to it takes the whole file for a moment: two
    programs switching at once can be told "locked" at once, where SQLite does not wait (both waiting would
    never end), so it is tried again until `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def _queued(row: sqlite3.Row) -> QueuedQuestion:
    return QueuedQuestion(row["id"], row["learner_id"], row["question"], row["context"], row["created_at"],
                          row["status"], row["attempts"], row["answer"], row["answered_at"], row["notice"],
                          row["last_error"], bool(row["seen"]), bool(row["delivered"]), row["refused"],
                          row["answered_by"])
