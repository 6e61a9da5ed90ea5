"""One queue of open questions for the teacher.

Two sources: questions learners asked that the lessons did not cover (saved turns whose tutor
reply is the engine's "not covered" answer, with no citation), and questions saved for the cloud
tutor (engine/escalation/journal.py) that are waiting for approval or for the hub, or that the hub
refused as too long (not sendable: the learner was told to ask in fewer words or ask the teacher, so
the teacher must see it). Actions:

- `answer_yourself`: the teacher's answer lands in the learner's history (a conversation with the
  question, a notice and the answer, synced like any message);
- `approve_for_cloud`: a saved question is approved; a not-covered one is saved for the cloud; a
  not sendable one is refused (the hub would refuse it again);
- `mark_add_material`: stays in the queue, marked, so the material check lists it as a gap.

What was done is kept in `question_actions` and queued as a `question.resolved` event (no
learner words in it).
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from engine.changes import ChangeTally, Changes, tally_changes
from engine.errors import LanternError
from engine.escalation.journal import (
    ANSWERED,
    NOT_SENDABLE,
    PENDING_APPROVAL,
    READY,
    TEACHER,
    EscalationJournal,
    QueuedQuestion,
)
from engine.store import Store, utc_now

__all__ = ["OpenQuestion", "answer_yourself", "approve_for_cloud", "mark_add_material", "open_questions"]

NOT_COVERED_SOURCE, CLOUD_SOURCE = "not_covered", "cloud"
_DONE = ("answered", "cloud")


@dataclass(frozen=True)
class OpenQuestion:
    id: str                   # 'turn:<message id>' or 'cloud:<saved question id>'
    source: str               # 'not_covered' | 'cloud'
    learner_id: str | None
    learner_name: str | None
    question: str
    asked_at: str             # ISO-8601 UTC
    # 'open': a not-covered turn nobody acted on; 'add_material': marked as a gap (`note` says what to add);
    # 'pending_approval': saved for the cloud, waiting for the teacher; 'ready': approved, waiting for the hub;
    # 'not_sendable': the hub refused it as too long, it is never sent (answer it yourself or add material)
    status: str
    course_id: str | None = None
    note: str = ""
    # approve_for_cloud can take it: False for a not sendable question, marked 'add_material' or not
    sendable: bool = True

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _not_covered_openings() -> tuple[str, ...]:
    """How a "the lessons don't cover this" reply begins, in every language (the engine catalogue's
    not_covered.* messages are the one source of those sentences)."""
    from engine.i18n import catalogue_languages, message

    ids = ("not_covered.library", "not_covered.ask_teacher", "not_covered.open", "not_covered.tutor")
    return tuple(dict.fromkeys(t for t in (message(i, lang)[:40] for i in ids for lang in catalogue_languages()) if t))


def _actions(store: Store) -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in store.db.execute("SELECT question_id, action, note FROM question_actions")}


def _not_covered(store: Store) -> list[OpenQuestion]:
    openings = _not_covered_openings()
    rows = store.db.execute(
        "SELECT m.conversation_id, m.id, m.role, m.text, m.citations, m.created_at, c.learner_id, c.course_id, l.name"
        " FROM messages m JOIN conversations c ON c.id = m.conversation_id LEFT JOIN learners l ON l.id = c.learner_id"
        " WHERE m.conversation_id IN (SELECT conversation_id FROM messages WHERE role = 'tutor' AND citations = '[]')"
        " ORDER BY m.conversation_id, m.created_at, m.rowid").fetchall()
    out: list[OpenQuestion] = []
    last_user: Any = None
    for conv, mid, role, text, cites, at, learner_id, course_id, name in rows:
        if last_user is not None and last_user[0] != conv:
            last_user = None
        if role == "user":
            last_user = (conv, mid, text, at)
        elif role == "tutor" and last_user is not None:
            if json.loads(cites or "[]") == [] and text.startswith(openings):
                out.append(OpenQuestion(f"turn:{last_user[1]}", NOT_COVERED_SOURCE, learner_id, name, last_user[2],
                                        last_user[3], "open", course_id))
            last_user = None
    return out


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _cloud(store: Store, journal: EscalationJournal) -> list[OpenQuestion]:
    names = {r[0]: r[1] for r in store.db.execute("SELECT id, name FROM learners")}
    return [OpenQuestion(f"cloud:{q.id}", CLOUD_SOURCE, q.learner_id, names.get(q.learner_id or ""), q.question,
                         _iso(q.created_at), q.status, sendable=q.status != NOT_SENDABLE)
            for q in journal.queued() if q.status in (PENDING_APPROVAL, READY, NOT_SENDABLE)]


def open_questions(store: Store, *, journal: EscalationJournal | None = None) -> list[OpenQuestion]:
    """Every open question, oldest first. Answered ones and ones sent to the cloud leave the
    queue; ones marked 'add material' stay, marked."""
    actions = _actions(store)
    found = _not_covered(store) + (_cloud(store, journal) if journal is not None else [])
    out = []
    for q in found:
        action, note = actions.get(q.id, ("", ""))
        if action in _DONE:
            continue
        if action == "add_material":
            q = OpenQuestion(**{**q.__dict__, "status": "add_material", "note": note})
        out.append(q)
    return sorted(out, key=lambda q: (q.asked_at, q.id))


def _find(store: Store, question_id: str, journal: EscalationJournal | None) -> OpenQuestion:
    for q in open_questions(store, journal=journal):
        if q.id == question_id:
            return q
    raise LanternError(f"No open question {question_id!r}.",
                       hint="See the open questions with: lantern teacher questions list")


def _saved(q: OpenQuestion, journal: EscalationJournal) -> QueuedQuestion:
    """The journal's row of a saved question: its own status, which a mark ('add_material') hides."""
    return journal.get(q.id.split(":", 1)[1])


def _record(store: Store, question_id: str, action: str, note: str, tally: ChangeTally | None) -> None:
    with store.write() as db:
        db.execute("INSERT INTO question_actions (question_id, action, note, updated_at) VALUES (?, ?, ?, ?)"
                   " ON CONFLICT(question_id) DO UPDATE SET action = excluded.action, note = excluded.note,"
                   " updated_at = excluded.updated_at", [question_id, action, note, utc_now()])
        store.record_event(db, "question.resolved", question_id, {"action": action, "note": note[:2000]})
    tally_changes(tally, Changes(questions=True))


def answer_yourself(store: Store, question_id: str, answer: str, *, journal: EscalationJournal | None = None,
                    tally: ChangeTally | None = None) -> str:
    """The teacher answers; the answer is delivered to the learner's history, once, with the teacher's notice in
    the learner's language. Returns the conversation id it is in. A saved question's answer is recorded in the
    journal as the teacher's first (`answered_by` TEACHER: a send that delivers it, when this call's history
    write fails or stops, never puts it through the school's filter for a model's answer), then written, then
    marked delivered; the write is made once whoever makes it (`history.deliver_to_history`)."""
    from engine.escalation.history import deliver_to_history

    answer = answer.strip()
    if not answer:
        raise LanternError("The answer is empty.", hint="Type your answer first.")
    q = _find(store, question_id, journal)
    if q.source == CLOUD_SOURCE and journal is not None:
        saved = _saved(q, journal)
        if saved.status == NOT_SENDABLE:
            # The journal keeps the hub's refusal (record_answer moves only questions waiting for the hub):
            # the answer goes to the learner's history and question_actions takes it off the queue. Its
            # "too long" notice, when not delivered yet, is never written once the answer is there.
            conversation = deliver_to_history(store, replace(saved, status=ANSWERED, answer=answer, notice=None,
                                                             answered_by=TEACHER))
            if not saved.delivered:
                journal.mark_delivered(saved.id, error="the teacher answered it before its notice was delivered")
        else:
            if saved.status == PENDING_APPROVAL:
                journal.approve(saved.id, by="teacher")
            # NoLongerReady: settled meanwhile. From here on a send delivers the answer if this call does not.
            delivered = journal.record_answer(saved.id, answer, answered_by=TEACHER)
            conversation = deliver_to_history(store, delivered)
            journal.mark_delivered(saved.id)
    else:
        conversation = deliver_to_history(store, QueuedQuestion(q.id, q.learner_id, q.question, None, 0.0, ANSWERED,
                                                                0, answer=answer, answered_by=TEACHER))
    _record(store, q.id, "answered", "", tally)
    return conversation


def approve_for_cloud(store: Store, question_id: str, *, journal: EscalationJournal,
                      tally: ChangeTally | None = None) -> QueuedQuestion:
    """Let the cloud tutor answer it when the hub is reachable (the question is redacted then). A question
    the hub refused as too long: LanternError, it stays in the queue. A not-covered question is saved once,
    under an id fixed by it: a retry (its action was not recorded) finds it saved."""
    q = _find(store, question_id, journal)
    if q.source == CLOUD_SOURCE:
        saved = _saved(q, journal)
        if saved.status == NOT_SENDABLE:
            raise LanternError("This question is too long for the cloud tutor: the school's hub refused it and "
                               "will not take it again.",
                               hint="Answer it yourself, or mark the material to add.")
        if saved.status == PENDING_APPROVAL:
            saved = journal.approve(saved.id, by="teacher")
            tally_changes(tally, Changes(questions=True))
    else:
        saved = journal.save_for_later(q.question, learner_id=q.learner_id, require_approval=False,
                                       qid=uuid.uuid5(uuid.NAMESPACE_URL, f"for-cloud:{q.id}").hex)
        _record(store, q.id, "cloud", saved.id, tally)
    return saved


def mark_add_material(store: Store, question_id: str, *, note: str = "",
                      journal: EscalationJournal | None = None, tally: ChangeTally | None = None) -> OpenQuestion:
    """Keep the question in the queue, marked as a gap in the material."""
    q = _find(store, question_id, journal)
    _record(store, q.id, "add_material", note.strip(), tally)
    return _find(store, question_id, journal)
