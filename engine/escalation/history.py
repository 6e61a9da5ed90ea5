"""Where escalation meets the learner's data: the roster to redact, and answers to saved questions
landing in the learner's history (a conversation with the question, a notice and the answer)."""
from __future__ import annotations

from typing import Any

from engine.escalation.journal import QueuedQuestion


def roster_names(store: Any) -> list[str]:
    """Every learner name this device knows (its own learners and the class roster from the hub)."""
    rows = store.db.execute("SELECT name FROM learners WHERE deleted_at IS NULL AND name IS NOT NULL").fetchall()
    return [r[0] for r in rows if r[0] and r[0].strip()]


def deliver_to_history(store: Any, q: QueuedQuestion) -> str:
    """Write the answered question into the learner's history, in one transaction. Returns the
    conversation id. The notice is a system message so the window can show it differently."""
    from engine.store.clock import new_id, utc_now

    now = utc_now()
    cid = new_id()
    with store.write() as db:
        db.execute("INSERT INTO conversations (id, learner_id, course_id, title, created_at, updated_at)"
                   " VALUES (?, ?, NULL, ?, ?, ?)", [cid, q.learner_id, q.question[:80], now, now])
        for role, text in (("user", q.question), ("system", q.notice or ""), ("tutor", q.answer or "")):
            mid = new_id()
            db.execute("INSERT INTO messages (id, conversation_id, role, text, citations, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, '[]', ?, ?)", [mid, cid, role, text, now, now])
            store.record_event(db, "message.created", mid, {"conversation_id": cid, "role": role, "text": text,
                                                            "citations": []}, learner_id=q.learner_id)
    return cid
