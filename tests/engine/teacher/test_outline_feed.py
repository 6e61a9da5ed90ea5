"""A kiosk applies a teacher's published outline arriving from the hub feed: its lessons take the
published order, so the learner's lesson list (course_chunks) follows the path."""
from __future__ import annotations

from datetime import UTC, datetime

from engine.sync.apply import apply_feed_item
from engine.teacher.outline import OutlineBook, outline_event
from engine.tutor.quizbank import course_chunks
from engine.wire import FeedItem
from engine.wire.teacher import OutlinePublishedPayload


def _order(store, course_id):  # type: ignore[no-untyped-def]
    return list(dict.fromkeys(ch.skill for ch in course_chunks(store, course_id)))


def test_an_outline_from_the_feed_reorders_this_kiosks_lessons(store, fractions):
    book = OutlineBook(store)
    outline = book.publish("Fractions")                  # this kiosk's lessons rows, in the material's order
    before = _order(store, fractions)
    assert len(before) == 3
    payload = outline_event(outline)
    lessons = [x for u in payload["units"] for x in u["lessons"]]
    last_doc = lessons[-1]["document_id"]
    moved = [x for x in lessons if x["document_id"] == last_doc] + [x for x in lessons if x["document_id"] != last_doc]
    payload["units"] = [{"id": "u1", "title": "All", "lessons": moved}]
    OutlinePublishedPayload.model_validate(payload)     # what the hub lets through
    with store.write() as db:
        apply_feed_item(db, FeedItem(seq=7, kind="outline", entity_id=fractions, payload=payload,
                                     published_at=datetime(2026, 3, 2, tzinfo=UTC)))
    after = _order(store, fractions)
    assert after == [before[-1], *before[:-1]]
    stored = store.db.execute("SELECT seq FROM sync_feed WHERE kind = 'outline' AND entity_id = ?",
                              [fractions]).fetchone()[0]
    assert stored == 7
