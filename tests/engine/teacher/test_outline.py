"""Outline / learning path: prerequisite order from the material's own definitions, edits, publish."""
from __future__ import annotations

import json

import pytest

from engine.errors import LanternError
from engine.teacher.outline import OutlineBook, build_outline, order_warnings


def test_prerequisite_chain_orders_lessons_after_the_lessons_defining_their_terms(store, fractions):
    # Files are named so the material's own order (01 mixed, 02 fractions, 03 improper) is wrong.
    outline = build_outline(store, "Fractions")
    titles = [lesson.title for lesson in outline.lessons]
    assert titles == ["Fractions", "Improper fractions", "Mixed numbers"]
    by_title = {lesson.title: lesson for lesson in outline.lessons}
    assert by_title["Improper fractions"].reason == "after 'Fractions' because it uses 'fraction', defined there"
    assert by_title["Mixed numbers"].reason.startswith("after 'Improper fractions' because it uses '")
    assert "fraction" in by_title["Fractions"].defines
    assert {"improper fraction", "proper fraction"} <= {t.lower() for t in by_title["Improper fractions"].defines}
    assert by_title["Fractions"].chunk_ids, "each lesson is linked to its passages"
    assert order_warnings(outline) == []


def test_outline_is_deterministic(store, fractions):
    assert build_outline(store, "Fractions") == build_outline(store, "Fractions")


def test_teacher_rename_and_reorder_are_kept_in_the_draft_and_warned_about(store, fractions):
    book = OutlineBook(store)
    draft = book.draft("Fractions")
    mixed = next(x for x in draft.lessons if x.title == "Mixed numbers")
    book.rename_lesson("Fractions", mixed.id, "Mixed numbers and wholes")
    moved = book.move_lesson("Fractions", mixed.id, 0)
    assert [x.title for x in moved.lessons][0] == "Mixed numbers and wholes"
    again = OutlineBook(store).draft("Fractions")          # read back from the store
    assert again == moved
    assert any("Mixed numbers and wholes" in w for w in order_warnings(again))
    with pytest.raises(LanternError):
        book.rename_lesson("Fractions", mixed.id, "   ")


def test_publish_stores_the_path_orders_lessons_and_queues_a_valid_sync_event(store, fractions):
    book = OutlineBook(store)
    assert book.published("Fractions") is None
    outline = book.publish("Fractions")
    assert book.published("Fractions") == outline
    rows = store.db.execute("SELECT title FROM lessons WHERE course_id = ? ORDER BY ordinal", [fractions]).fetchall()
    assert [r[0] for r in rows] == ["Fractions", "Improper fractions", "Mixed numbers"]
    kind, entity, payload = store.db.execute(
        "SELECT kind, entity_id, payload FROM outbox WHERE kind = 'outline.published'").fetchone()
    assert entity == fractions
    from engine.wire.teacher import OutlinePublishedPayload

    parsed = OutlinePublishedPayload.model_validate(json.loads(payload))
    assert [x.title for u in parsed.units for x in u.lessons] == ["Fractions", "Improper fractions", "Mixed numbers"]


def test_republishing_reorders_lessons_but_keeps_their_skill_titles(store, fractions):
    book = OutlineBook(store)
    book.publish("Fractions")
    mixed = next(x for x in book.draft("Fractions").lessons if x.title == "Mixed numbers")
    book.rename_lesson("Fractions", mixed.id, "Mixed numbers and wholes")
    book.move_lesson("Fractions", mixed.id, 0)
    book.publish("Fractions")
    rows = store.db.execute("SELECT title FROM lessons WHERE course_id = ? ORDER BY ordinal", [fractions]).fetchall()
    assert [r[0] for r in rows] == ["Mixed numbers", "Fractions", "Improper fractions"]
    assert book.published("Fractions").lessons[0].title == "Mixed numbers and wholes"


def test_definitions_keep_whole_terms_and_skip_is_the_sentences():
    from engine.teacher.material import Passage, definitions

    def passage(text: str, lang: str) -> Passage:
        return Passage(1, "d", "T", "/t.md", "", "", text, lang)

    en = definitions([passage("Such a fraction is called an improper fraction. The number on top is the "
                              "numerator. A mixed number is a whole number and a fraction.", "en")])
    assert [d.term for d in en] == ["improper fraction", "mixed number"]
    es = definitions([passage("La roca fundida que sale del volcán se llama lava.", "es")])
    assert [d.term for d in es] == ["lava"]
