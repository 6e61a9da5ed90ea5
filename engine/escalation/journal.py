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

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    id TEXT PRIMARY KEY, at REAL NOT NULL, learner_id TEXT, route TEXT NOT NULL, reason TEXT NOT NULL,
    explanation TEXT NOT NULL, confidence REAL, seconds REAL, question_chars INTEGER, redactions INTEGER
);
CREATE TABLE IF NOT EXISTS queued_questions (
    id TEXT PRIMARY KEY, learner_id TEXT, question TEXT NOT NULL, context TEXT,
    created_at REAL NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    approved_by TEXT, answer TEXT, answered_at REAL, notice TEXT, last_error TEXT, seen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS queued_by_status ON queued_questions(status, created_at);
"""

PENDING_APPROVAL, READY, ANSWERED, REJECTED = "pending_approval", "ready", "answered", "rejected"
# The hub refused the question itself (too long for it): never sent again, not waiting; `refused` says why and
# `notice` tells the learner. A new value in the same text column, so a journal from before reads as it was.
NOT_SENDABLE = "not_sendable"
# Every state a saved question can be in, in the order it moves through them (what a status report lists).
STATUSES = (PENDING_APPROVAL, READY, ANSWERED, REJECTED, NOT_SENDABLE)


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
    delivered: bool = True          # in the learner's history (answered and not sendable rows: `undelivered`)
    refused: str | None = None      # why the hub will never take it (a not sendable row only), for adults


class EscalationJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()   # one writer
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=10)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA busy_timeout=10000")
            self._conn.executescript(_SCHEMA)
            # An answer is "delivered" once it is in the learner's history; 0 only between the two, when the
            # delivery failed for a while (a busy store): `SavedQuestions.send_ready` delivers it again, never
            # asking the cloud twice. Rows from before the column were delivered (default 1).
            columns = {row[1] for row in self._conn.execute("PRAGMA table_info(queued_questions)")}
            if "delivered" not in columns:
                self._conn.execute("ALTER TABLE queued_questions ADD COLUMN delivered INTEGER NOT NULL DEFAULT 1")
            # Why a not sendable question was refused: its own column, so a failed delivery of its notice
            # (`last_error`) never overwrites it. Rows from before have none (NULL).
            if "refused" not in columns:
                self._conn.execute("ALTER TABLE queued_questions ADD COLUMN refused TEXT")
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"Cannot open the escalation records at {path}: {exc}.",
                               hint="Move the file aside; Lantern creates a new one.") from exc
        self._conn.row_factory = sqlite3.Row

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
                       require_approval: bool = False) -> QueuedQuestion:
        question = question.strip()
        if not question:
            raise LanternError("There is no question to save.", hint="Type the question first.")
        qid = uuid.uuid4().hex
        status = PENDING_APPROVAL if require_approval else READY
        with self._tx() as c:
            c.execute("INSERT INTO queued_questions (id, learner_id, question, context, created_at, status) "
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
        current = self.get(qid)
        if current.status != src:
            raise LanternError(f"Saved question {qid[:8]} is {current.status.replace('_', ' ')}, "
                               f"not waiting for approval.")
        with self._tx() as c:
            c.execute("UPDATE queued_questions SET status = ?, approved_by = ? WHERE id = ? AND status = ?",
                      (dst, approved_by, qid, src))
        return self.get(qid)

    def record_attempt(self, qid: str, error: str) -> None:
        with self._tx() as c:
            c.execute("UPDATE queued_questions SET attempts = attempts + 1, last_error = ? WHERE id = ?", (error, qid))

    def record_answer(self, qid: str, answer: str, notice: str) -> QueuedQuestion:
        with self._tx() as c:
            c.execute("UPDATE queued_questions SET status = ?, answer = ?, answered_at = ?, notice = ?, "
                      "attempts = attempts + 1, last_error = NULL, delivered = 0 WHERE id = ? AND status = ?",
                      (ANSWERED, answer, time.time(), notice, qid, READY))
        return self.get(qid)

    def mark_not_sendable(self, qid: str, reason: str, notice: str) -> QueuedQuestion:
        """The hub will never take this question (`reason`: why, for adults): it leaves the queue for good,
        and `notice` waits to be delivered to the learner's history as an answer would."""
        with self._tx() as c:
            c.execute("UPDATE queued_questions SET status = ?, notice = ?, refused = ?, attempts = attempts + 1, "
                      "last_error = NULL, delivered = 0 WHERE id = ? AND status = ?",
                      (NOT_SENDABLE, notice, reason, qid, READY))
        return self.get(qid)

    def mark_delivered(self, qid: str, *, error: str | None = None) -> None:
        """The answer (or a not sendable question's notice) is in the learner's history - or has nowhere to
        go (`error` says why: the learner was removed); either way it is not delivered again."""
        with self._tx() as c:
            c.execute("UPDATE queued_questions SET delivered = 1, last_error = COALESCE(?, last_error) WHERE id = ?",
                      (error, qid))

    def record_delivery_error(self, qid: str, error: str) -> None:
        with self._tx() as c:
            c.execute("UPDATE queued_questions SET last_error = ? WHERE id = ?", (error, qid))

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


def _queued(row: sqlite3.Row) -> QueuedQuestion:
    return QueuedQuestion(row["id"], row["learner_id"], row["question"], row["context"], row["created_at"],
                          row["status"], row["attempts"], row["answer"], row["answered_at"], row["notice"],
                          row["last_error"], bool(row["seen"]), bool(row["delivered"]), row["refused"])
