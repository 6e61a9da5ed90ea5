"""A journal from before the newest columns, opened by several programs at the same moment (the kiosk
starting while a `lantern cloud ...` command or the teacher's screens open it): each column is added
once, no program fails to open it, and the saved questions are kept. Real processes, a real SQLite file."""
from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path
from typing import Any

import pytest

# The journal as the version before the "delivered" and "refused" columns wrote it.
OLD_JOURNAL = """
CREATE TABLE decisions (
    id TEXT PRIMARY KEY, at REAL NOT NULL, learner_id TEXT, route TEXT NOT NULL, reason TEXT NOT NULL,
    explanation TEXT NOT NULL, confidence REAL, seconds REAL, question_chars INTEGER, redactions INTEGER);
CREATE TABLE queued_questions (
    id TEXT PRIMARY KEY, learner_id TEXT, question TEXT NOT NULL, context TEXT,
    created_at REAL NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    approved_by TEXT, answer TEXT, answered_at REAL, notice TEXT, last_error TEXT, seen INTEGER NOT NULL DEFAULT 0);
CREATE INDEX queued_by_status ON queued_questions(status, created_at);
INSERT INTO queued_questions (id, learner_id, question, created_at, status, attempts)
    VALUES ('q1', 'l-ana', 'Why is the sea salty?', 1.0, 'ready', 2);
INSERT INTO queued_questions (id, learner_id, question, created_at, status, answer)
    VALUES ('q2', 'l-ana', 'Why do stars twinkle?', 2.0, 'answered', 'Air moves.');
"""
PROGRAMS = 4      # opening at once
ROUNDS = 20       # old journals, each opened by all of them (the race is lost in about one round of four)


def open_journal(path: str, start: Any, results: Any) -> None:
    from engine.escalation.journal import EscalationJournal

    start.wait()
    try:
        EscalationJournal(Path(path)).close()
        results.put("opened")
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put(f"{type(exc).__name__}: {exc}")


@pytest.mark.parametrize("mode", ["wal",       # as the device left it
                                  "delete"])   # a copy in rollback mode: the first opener switches it to WAL
def test_programs_opening_one_old_journal_at_once_all_open_it_and_keep_its_questions(tmp_path: Path,
                                                                                      mode: str) -> None:
    from engine.escalation.journal import ANSWERED, READY, EscalationJournal

    forks = multiprocessing.get_context("forkserver")
    forks.set_forkserver_preload(["engine.escalation.journal"])
    failures: list[str] = []
    for round_ in range(ROUNDS):
        path = tmp_path / f"journal{round_}.sqlite"
        old = sqlite3.connect(path)
        old.execute(f"PRAGMA journal_mode={mode}")
        old.executescript(OLD_JOURNAL)
        old.close()
        start, results = forks.Barrier(PROGRAMS), forks.Queue()
        programs = [forks.Process(target=open_journal, args=(str(path), start, results)) for _ in range(PROGRAMS)]
        for p in programs:
            p.start()
        outcomes = [results.get(timeout=60) for _ in programs]
        for p in programs:
            p.join(30)
        failures += [o for o in outcomes if o != "opened"]
        with EscalationJournal(path) as journal:
            q1, q2 = journal.get("q1"), journal.get("q2")
            assert (q1.status, q1.attempts, q1.refused, q1.delivered) == (READY, 2, None, True)
            assert (q2.status, q2.answer, q2.delivered) == (ANSWERED, "Air moves.", True)
    assert failures == []
