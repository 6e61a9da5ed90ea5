"""A saved question's answer reaches the learner's history once even when the program stops mid-delivery
(the app closing, Ctrl-C, a killed process): the history write is made once per question whoever makes it, and
the journal marks it delivered only after. Real journal file, real store."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.escalation.history import deliver_to_history
from engine.escalation.journal import EscalationJournal, QueuedQuestion
from engine.escalation.queue import SavedQuestions
from engine.store import Store
from engine.tutor.learners import LearnerBook

ANSWER = "Porque el aire dispersa más la luz azul."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[EscalationJournal]:
    with EscalationJournal(tmp_path / "escalation.sqlite") as j:
        yield j


def answered(store: Store, journal: EscalationJournal) -> str:
    """Sofia's saved question, answered by the cloud and waiting to be delivered. Its id."""
    sofia = LearnerBook(store).create("Sofia", language="es")
    q = journal.save_for_later("¿Por qué el cielo es azul?", learner_id=sofia.id)
    journal.record_answer(q.id, ANSWER)
    return q.id


def copies(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM messages WHERE role = 'tutor' AND text = ?",
                                [ANSWER]).fetchone()[0])


def next_send(store: Store, journal: EscalationJournal) -> None:
    SavedQuestions(journal, asker=None, monitor=None, on_answered=lambda q: deliver_to_history(store, q)).send_ready()


def test_a_send_stopped_before_the_history_write_leaves_the_answer_for_the_next_send(store, journal):
    qid = answered(store, journal)

    def stopped(q: QueuedQuestion) -> None:
        raise KeyboardInterrupt                 # Ctrl-C (or the app closing) before anything is written

    with pytest.raises(KeyboardInterrupt):
        SavedQuestions(journal, asker=None, monitor=None, on_answered=stopped).send_ready()
    next_send(store, journal)

    assert copies(store) == 1
    assert journal.get(qid).delivered and journal.undelivered() == []


def test_a_send_stopped_after_the_history_write_is_not_written_again_by_the_next_send(store, journal):
    qid = answered(store, journal)

    def written_then_stopped(q: QueuedQuestion) -> None:
        deliver_to_history(store, q)
        raise KeyboardInterrupt                 # stopped before the journal marks it delivered

    with pytest.raises(KeyboardInterrupt):
        SavedQuestions(journal, asker=None, monitor=None, on_answered=written_then_stopped).send_ready()
    next_send(store, journal)

    assert copies(store) == 1
    assert journal.get(qid).delivered and journal.undelivered() == []
