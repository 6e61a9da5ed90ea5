"""What an operation changed (engine/changes.py): flags that combine, and what a sync brought, read
from the items the hub's feed applied (so the window's views refresh after a sync as after an import)."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from engine.changes import NOTHING, Changes, changes_from_feed, feed_marks
from engine.store import Store
from engine.sync.apply import apply_feed_item
from engine.wire import FeedItem


def test_changes_combine_and_name_their_kinds() -> None:
    both = Changes(library=True) | Changes(quiz_bank=True)
    assert both == Changes(library=True, quiz_bank=True) and both.kinds == ("library", "quiz_bank")
    assert not NOTHING and both


def _apply(store: Store, seq: int, kind: str, entity_id: str, payload: dict) -> None:
    with store.write() as db:
        apply_feed_item(db, FeedItem(seq=seq, kind=kind, entity_id=entity_id, payload=payload,
                                     published_at=datetime.now(UTC)))


def test_a_sync_that_brings_a_course_and_a_learner_changes_the_library_and_the_learners(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    before = feed_marks(store)
    assert before == {}
    _apply(store, 1, "course", "c-hub", {"name": "Rivers", "language": "en"})
    _apply(store, 2, "roster.learner", "l-hub", {"learner_id": "l-hub", "display_name": "Ife"})
    after = feed_marks(store)
    assert changes_from_feed(before, after) == Changes(library=True, learners=True, sync=True)
    # The next sync brings quiz items only; the one after brings nothing.
    _apply(store, 3, "quiz", "q-hub", {"course_id": "c-hub", "items": []})
    later = feed_marks(store)
    assert changes_from_feed(after, later) == Changes(quiz_bank=True, sync=True)
    assert changes_from_feed(later, feed_marks(store)) == Changes(sync=True)


def test_an_item_kind_this_kiosk_does_not_know_changes_no_view(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    _apply(store, 1, "poster", "p-1", {})
    assert changes_from_feed({}, feed_marks(store)) == Changes(sync=True)
