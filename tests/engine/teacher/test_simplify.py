"""Differentiated reading by rules: grade moves down to the target, facts survive, glossary from the
material's own definitions, teacher approval before learners see it."""
from __future__ import annotations

import json

import pytest
from teacher_helpers import DATA, import_course

from engine.errors import LanternError
from engine.teacher.simplify import (approve_reading, approved_reading, max_sentence_words, missing_facts,
                                     reading_drafts, rewrite_with_model, simplify_chunk, simplify_text)
from engine.text import sentences_of

WATER = (DATA / "reading" / "water.md").read_text(encoding="utf-8").split("\n", 2)[2]


def test_readability_moves_to_the_target_grade_and_every_fact_survives():
    result = simplify_text(WATER, grade=4)
    assert result.before.grade is not None and result.after.grade is not None
    assert result.before.grade > 11
    assert result.after.grade <= 4 + 2
    assert result.facts_kept and {"97", "evaporation", "condensation", "precipitation"} <= set(result.facts)
    assert result.after.words_per_sentence < result.before.words_per_sentence
    assert "(which we see as clouds)" not in result.text and "About 97 percent" in result.text


def test_dyslexia_puts_one_short_sentence_on_each_line():
    result = simplify_text(WATER, grade=6, dyslexia=True)
    lines = result.text.split("\n")
    assert len(lines) == len(sentences_of(result.text)) > 5
    assert max(len(x.split()) for x in lines) <= max(max_sentence_words(6, dyslexia=True), 17)


def test_a_lost_fact_is_reported():
    facts = simplify_text(WATER, grade=4).facts
    gone = missing_facts(facts, "Water moves between the oceans and the sky. Most of the water cycle is rain.")
    assert {"97", "evaporation", "condensation", "precipitation"} <= set(gone)
    assert "water cycle" not in gone and "oceans" not in gone


def test_draft_glosses_terms_from_other_passages_and_needs_approval(store):
    cid = import_course(store, DATA / "reading", "Weather")
    chunk = store.db.execute("SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id"
                             " WHERE d.title = 'Clouds'").fetchone()[0]
    draft = simplify_chunk(store, chunk, grade=3)
    terms = {t for t, _ in draft.glossary}
    assert {"condensation", "precipitation"} <= terms
    assert all("is called" in sentence for _, sentence in draft.glossary)
    assert draft.status == "draft" and draft.course_id == cid
    assert approved_reading(store, chunk, grade=3) is None
    approve_reading(store, draft.id)
    assert approved_reading(store, chunk, grade=3) == reading_drafts(store, status="approved")[0]
    payload = json.loads(store.db.execute("SELECT payload FROM outbox WHERE kind = 'reading.approved'").fetchone()[0])
    assert payload["text"] == draft.simplified and payload["chunk_id"] == chunk


def test_approval_refused_when_facts_were_lost(store):
    import_course(store, DATA / "reading", "Weather")
    chunk = store.db.execute("SELECT id FROM chunks ORDER BY id LIMIT 1").fetchone()[0]
    draft = simplify_chunk(store, chunk, grade=3)
    with store.write() as db:     # as if a rule had dropped a number
        db.execute("UPDATE reading_drafts SET missing_facts = '[\"97\"]' WHERE id = ?", [draft.id])
    with pytest.raises(LanternError, match="lost facts: 97"):
        approve_reading(store, draft.id)
    assert approve_reading(store, draft.id, force=True).status == "approved"


def test_the_bundled_base_model_is_never_asked_to_rewrite_so_the_rules_are_used(store, llm):
    import_course(store, DATA / "reading", "Weather")
    chunk = store.db.execute("SELECT id FROM chunks ORDER BY id LIMIT 1").fetchone()[0]
    assert llm.info.is_instruct is False
    assert rewrite_with_model(llm, WATER, grade=4) is None
    draft = simplify_chunk(store, chunk, grade=4, llm=llm)
    assert draft.after["method"] == "rules" and draft.missing_facts == ()
