"""A saved question's answer lands in its own learner's history, checked with the school's filter in
that learner's language (engine/escalation/history.py), with a real store and the real filter."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.errors import LanternError
from engine.escalation.history import deliver_to_history
from engine.escalation.journal import ANSWERED, QueuedQuestion
from engine.safety import SafetyConfig, SafetyFilter, SafetyLog, rules
from engine.store import Store
from engine.tutor.learners import LearnerBook


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


def _answered(learner_id: str | None, question: str, answer: str) -> QueuedQuestion:
    # One saved question per learner: its id fixes the one conversation its answer lands in.
    return QueuedQuestion(f"q-{learner_id}", learner_id, question, None, 0.0, ANSWERED, 1, answer=answer,
                          notice="Saved earlier")


def _history(store: Store) -> list[tuple[str | None, str, str]]:
    return store.db.execute("SELECT c.learner_id, m.role, m.text FROM messages m JOIN conversations c "
                            "ON c.id = m.conversation_id ORDER BY m.rowid").fetchall()


def test_the_school_list_for_the_learners_own_language_decides_what_lands_in_history(
        store: Store, tmp_path: Path) -> None:
    log = SafetyLog(tmp_path / "safety.jsonl")
    school = SafetyFilter(SafetyConfig(extra_blocked_words={"es": ("pizarra",)}), log=log)
    book = LearnerBook(store)
    lucia = book.create("Lucía Gómez", language="es")
    sam = book.create("Sam Lee", language="en")
    deliver_to_history(store, _answered(lucia.id, "¿Qué uso?", "Usa la pizarra. Escribe despacio."), safety=school)
    deliver_to_history(store, _answered(sam.id, "What do I use?", "Use the pizarra. Write slowly."), safety=school)
    tutor = {who: text for who, role, text in _history(store) if role == "tutor"}
    assert tutor == {lucia.id: rules.SAFE_RESPONSE_OUTPUT["es"],      # her list blocks it
                     sam.id: "Use the pizarra. Write slowly."}          # the English list does not
    blocked = [(r["language"], r["learner_id"]) for r in log.read() if r["category"] == "blocked_word"]
    assert blocked == [("es", lucia.id)]


def test_an_answer_for_a_learner_removed_meanwhile_lands_in_no_ones_history(store: Store) -> None:
    book = LearnerBook(store)
    amara = book.create("Amara Okafor")
    book.create("Will Chen")
    book.remove(amara.id)
    with pytest.raises(LanternError, match="no longer on this device"):
        deliver_to_history(store, _answered(amara.id, "Why do stars twinkle?", "Air moves."),
                           safety=SafetyFilter(SafetyConfig()))
    assert _history(store) == []


def test_a_question_too_long_for_the_hub_lands_in_history_whole_and_syncs_shortened(store: Store) -> None:
    """The hub refuses a conversation over 32,000 characters; a sync event holds 16 KB. Its notice must still
    be delivered (or it is tried at every send, for ever): the history keeps the whole question, and the synced
    copy is shortened as a live turn's is."""
    import json

    from engine.escalation.history import SYNCED_TEXT_CHARS
    from engine.escalation.journal import NOT_SENDABLE

    sofia = LearnerBook(store).create("Sofía Martínez", language="es")
    question = "Las hojas cambian de color en otoño porque la clorofila se descompone. " * 480
    assert len(question) > 32_000
    refused = QueuedQuestion("q1", sofia.id, question, None, 0.0, NOT_SENDABLE, 1)
    deliver_to_history(store, refused, safety=SafetyFilter(SafetyConfig()))
    assert [(role, len(text)) for _, role, text in _history(store)][0] == ("user", len(question))
    synced = [json.loads(r[0]) for r in store.db.execute("SELECT payload FROM outbox WHERE kind = 'message.created'"
                                                         " ORDER BY rowid")]
    assert [(p["role"], p["text"]) for p in synced][0] == ("user", question[:SYNCED_TEXT_CHARS])
