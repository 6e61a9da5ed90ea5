"""Where escalation meets the learner's data: the roster to redact, and answers to saved questions
landing in the learner's history (a conversation with the question, a notice and the answer; for a
question the hub would not take, the question and a notice saying what to do instead).

A saved question's cloud reply is checked again before it lands: the cloud asker checks each
sentence in the device's one language, but the learner reads the reply in theirs, so it passes the
school's output filter in the learner's language (`checked_answer`, the live turn's own gate) first."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from engine.errors import LanternError
from engine.escalation.journal import NOT_SENDABLE, TEACHER, QueuedQuestion
from engine.store import SYNCED_TEXT_CHARS


def roster_names(store: Any) -> list[str]:
    """Every learner name this device knows (its own learners and the class roster from the hub)."""
    rows = store.db.execute("SELECT name FROM learners WHERE deleted_at IS NULL AND name IS NOT NULL").fetchall()
    return [r[0] for r in rows if r[0] and r[0].strip()]


def answer_language(store: Any, q: QueuedQuestion) -> str:
    """The language the answer is checked and its notice written in: the learner's own (their profile),
    for a guest the question's (as the live chat does). A learner no longer on this device: LanternError
    (the answer lands in no one's history)."""
    if q.learner_id is None:
        from engine.turn.service import detect_language

        return detect_language(q.question)
    row = store.db.execute("SELECT language FROM learners WHERE id = ? AND deleted_at IS NULL",
                           [q.learner_id]).fetchone()
    if row is None:
        raise LanternError("The learner who saved this question is no longer on this device.",
                           hint="The answer stays in 'lantern cloud queue list'.")
    return str(row[0] or "en")


def saved_notice(q: QueuedQuestion, language: str) -> str:
    """What the learner reads above a saved question's answer (the cloud's, or their teacher's), or in place of
    an answer the hub would never ask for (not sendable: what to do instead), in `language` with the day it was
    saved written for it."""
    from engine.i18n import catalogue_languages, message
    from engine.i18n.formats import format_date

    if language not in catalogue_languages():     # a question in a language the app is not written in
        language = "en"
    if q.answered_by == TEACHER:
        return message("saved.teacher_answered", language)
    msgid = "saved.not_sendable" if q.status == NOT_SENDABLE else "saved.answered"
    return message(msgid, language, date=format_date(datetime.fromtimestamp(q.created_at), language))


def checked_answer(safety: Any, answer: str, *, language: str, learner_id: str | None) -> str:
    """`answer` as the learner may read it: every sentence passes `safety.check_output` in `language`
    through the live turn's gate (engine/turn/gate.py). The first sentence that fails replaces the whole
    answer with the filter's safe text; the filter logs each decision with the learner's id."""
    from engine.turn.gate import gate_sentences
    from engine.turn.items import SafetyReply

    items = list(gate_sentences([answer], lambda s: safety.check_output(s, language, learner_id=learner_id)))
    refused = [i for i in items if isinstance(i, SafetyReply)]
    if refused:
        return refused[0].text
    return "".join(i.text for i in items).strip()


def saved_conversation_id(question_id: str, *, answered: bool) -> str:
    """The one conversation a saved question's answer (`answered`) or its notice alone lands in: fixed by the
    question, so whoever writes it - two sends at once, a send after a program stopped mid-delivery, the
    teacher and a send - writes it once."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"saved:{question_id}:{'answer' if answered else 'notice'}"))


def deliver_to_history(store: Any, q: QueuedQuestion, *, safety: Any = None) -> str:
    """Write the answered question into its learner's history (`q.learner_id`, no one else's), in one
    transaction, once: its conversation id is fixed by the question (`saved_conversation_id`), and a write
    that finds it there (or, for a notice alone, finds the question's answer there) writes nothing. Returns
    the conversation id. The notice is a system message so the window can show it differently: `q.notice`, or
    when it has none the saved question's notice written now in the learner's language (`saved_notice`). A
    question with no answer (not sendable: `q.answer` is None) gets the question and the notice only. `safety`:
    the school's filter, for an answer a model wrote (the cloud's); a teacher's answer (`answered_by` TEACHER)
    is their own words and never passes through it."""
    from engine.store.clock import new_id, utc_now

    answer = q.answer or ""
    notice = q.notice or ""
    if q.answered_by == TEACHER:
        safety = None
    if q.learner_id is not None or safety is not None or q.notice is None:
        language = answer_language(store, q)     # also refuses a learner who was removed meanwhile
        if safety is not None and answer.strip():
            answer = checked_answer(safety, answer, language=language, learner_id=q.learner_id)
        if q.notice is None:
            notice = saved_notice(q, language)
    now = utc_now()
    cid = saved_conversation_id(q.id, answered=q.answer is not None)
    # A notice alone is not written once the answer is there (a teacher answered a not sendable question).
    written = [cid] if q.answer is not None else [cid, saved_conversation_id(q.id, answered=True)]
    with store.write() as db:
        if db.execute(f"SELECT 1 FROM conversations WHERE id IN ({','.join('?' * len(written))})",
                      written).fetchone():
            return cid
        db.execute("INSERT INTO conversations (id, learner_id, course_id, title, created_at, updated_at)"
                   " VALUES (?, ?, NULL, ?, ?, ?)", [cid, q.learner_id, q.question[:80], now, now])
        said = [("user", q.question), ("system", notice)] + ([("tutor", answer)] if q.answer is not None else [])
        for role, text in said:
            mid = new_id()
            db.execute("INSERT INTO messages (id, conversation_id, role, text, citations, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, '[]', ?, ?)", [mid, cid, role, text, now, now])
            # The synced copy is shortened as a live turn's is (record_turn): a question too long for the hub is
            # over the sync event's size limit, and must still reach the learner's history.
            store.record_event(db, "message.created", mid, {"conversation_id": cid, "role": role,
                                                            "text": text[:SYNCED_TEXT_CHARS], "citations": []},
                               learner_id=q.learner_id)
    return cid
