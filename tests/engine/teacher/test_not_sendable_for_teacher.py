"""A saved question the hub refused as too long (journal status not_sendable) is on the teacher's one
queue of open questions: the teacher answers it into the learner's history, or marks the material to
add; letting the cloud tutor answer it is refused. A real store and a real EscalationJournal; the
hub's refusal is the journal's own `mark_not_sendable`, its notice delivered as the send delivers it."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engine.errors import LanternError
from engine.escalation.history import deliver_to_history
from engine.escalation.journal import ANSWERED, NOT_SENDABLE, EscalationJournal
from engine.escalation.queue import SavedQuestions
from engine.i18n import message
from engine.teacher.questions import answer_yourself, approve_for_cloud, mark_add_material, open_questions
from engine.tutor.learners import LearnerBook

LONG = ("Why do the leaves of the trees change colour in autumn and why do they fall when the cold comes? " * 20).strip()
REFUSED_NOTICE = "This question is too long to send to the cloud tutor. Try asking it again in fewer words, or ask " \
                 "your teacher."


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[EscalationJournal]:
    with EscalationJournal(tmp_path / "escalation.sqlite") as j:
        yield j


@pytest.fixture
def sofia(store: Any) -> Any:
    return LearnerBook(store).create("Sofia", grade=5)


def refused_by_hub(store: Any, journal: EscalationJournal, learner_id: str, *, notice_delivered: bool = True) -> str:
    """Save `LONG` for the cloud and have the hub refuse it as too long, as SavedQuestions.send_ready
    records it. Returns the open question's id."""
    saved = journal.save_for_later(LONG, learner_id=learner_id)
    marked = journal.mark_not_sendable(saved.id, "question_refused: too_long", REFUSED_NOTICE)
    assert marked.status == NOT_SENDABLE
    if notice_delivered:
        deliver_to_history(store, marked)
        journal.mark_delivered(saved.id)
    return f"cloud:{saved.id}"


def history(store: Any, conversation: str) -> list[tuple[str, str]]:
    rows = store.db.execute("SELECT role, text FROM messages WHERE conversation_id = ? ORDER BY rowid", [conversation])
    return [(r[0], r[1]) for r in rows]


def test_a_question_the_hub_refused_as_too_long_is_listed_for_the_teacher_as_not_sendable(store, journal, sofia):
    qid = refused_by_hub(store, journal, sofia.id)
    [q] = open_questions(store, journal=journal)
    assert (q.id, q.source, q.learner_name, q.question) == (qid, "cloud", "Sofia", LONG)
    assert q.status == "not_sendable"
    assert q.sendable is False
    assert q.to_json()["status"] == "not_sendable"


def test_the_teachers_answer_to_a_not_sendable_question_reaches_the_learners_history_and_it_leaves_the_queue(
        store, journal, sofia):
    qid = refused_by_hub(store, journal, sofia.id)
    conversation = answer_yourself(store, qid, "Less sunlight: the green fades and the tree lets its leaves go.",
                                   journal=journal)
    assert history(store, conversation) == [("user", LONG), ("system", message("saved.teacher_answered", "en")),
                                            ("tutor", "Less sunlight: the green fades and the tree lets its leaves go.")]
    owner = store.db.execute("SELECT learner_id FROM conversations WHERE id = ?", [conversation]).fetchone()[0]
    assert owner == sofia.id
    assert open_questions(store, journal=journal) == []
    assert journal.get(qid.split(":", 1)[1]).status == NOT_SENDABLE     # the hub's refusal stays on record


def test_a_not_sendable_notice_not_delivered_yet_does_not_follow_the_teachers_answer(store, journal, sofia):
    qid = refused_by_hub(store, journal, sofia.id, notice_delivered=False)
    stale = journal.get(qid.split(":", 1)[1])           # a send that read it before the teacher answered
    answer_yourself(store, qid, "Less sunlight.", journal=journal)
    assert journal.undelivered() == []
    deliver_to_history(store, stale)                    # ... delivers it after: the notice is not written
    assert store.db.execute("SELECT count(*) FROM messages WHERE text = ?", [REFUSED_NOTICE]).fetchone()[0] == 0


def test_approving_a_not_sendable_question_for_the_cloud_is_refused_and_it_stays_in_the_queue(store, journal, sofia):
    qid = refused_by_hub(store, journal, sofia.id)
    with pytest.raises(LanternError, match="too long for the cloud tutor") as refused:
        approve_for_cloud(store, qid, journal=journal)
    assert refused.value.hint == "Answer it yourself, or mark the material to add."
    assert [(q.id, q.status) for q in open_questions(store, journal=journal)] == [(qid, "not_sendable")]
    assert journal.get(qid.split(":", 1)[1]).status == NOT_SENDABLE


def test_a_not_sendable_question_marked_add_material_stays_in_the_queue_and_still_not_for_the_cloud(
        store, journal, sofia):
    qid = refused_by_hub(store, journal, sofia.id)
    marked = mark_add_material(store, qid, note="a lesson on the seasons", journal=journal)
    assert (marked.status, marked.note, marked.sendable) == ("add_material", "a lesson on the seasons", False)
    assert [q.id for q in open_questions(store, journal=journal)] == [qid]
    with pytest.raises(LanternError, match="too long for the cloud tutor"):
        approve_for_cloud(store, qid, journal=journal)
    conversation = answer_yourself(store, qid, "Less sunlight.", journal=journal)
    assert history(store, conversation)[-1] == ("tutor", "Less sunlight.")
    assert open_questions(store, journal=journal) == []


def test_a_saved_question_marked_add_material_can_still_be_answered_by_the_teacher(store, journal, sofia):
    """The mark hides the journal's 'pending_approval' from the queue's status; the journal's own status decides."""
    saved = journal.save_for_later("How far away is the Moon?", learner_id=sofia.id, require_approval=True)
    mark_add_material(store, f"cloud:{saved.id}", note="space", journal=journal)
    answer_yourself(store, f"cloud:{saved.id}", "About 384,000 km.", journal=journal)
    assert journal.get(saved.id).status == ANSWERED
    assert open_questions(store, journal=journal) == []


def test_the_teachers_answer_to_a_saved_question_is_not_delivered_again_by_the_next_send(store, journal, sofia):
    saved = journal.save_for_later("How far away is the Moon?", learner_id=sofia.id, require_approval=True)
    answer_yourself(store, f"cloud:{saved.id}", "About 384,000 km.", journal=journal)
    SavedQuestions(journal, asker=None, monitor=None, on_answered=lambda q: deliver_to_history(store, q)).send_ready()
    answers = store.db.execute("SELECT count(*) FROM messages WHERE role = 'tutor' AND text = 'About 384,000 km.'")
    assert answers.fetchone()[0] == 1
