"""The kiosk side of issue 15: poison never enters the outbox, and the clock catches up numerically."""
from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from engine.errors import StorageError
from hubkit import Kiosk


@pytest.mark.parametrize("kind, payload", [
    ("learner.profile", {"name": 123}),
    ("mastery", {"skill": "fractions", "level": float("nan")}),
    ("message.created", {"text": "half a pair \ud800"}),
    ("quiz_attempt", {"deep": [[[[[[[[[[[[[["x"]]]]]]]]]]]]]]}),
])
def test_an_event_the_hub_would_refuse_is_never_queued_and_the_change_is_rolled_back(
        kiosk: Kiosk, kind: str, payload: dict[str, object]) -> None:
    with pytest.raises(StorageError, match=f"The {kind} change cannot be synced"):
        with kiosk.store.write() as db:
            db.execute("INSERT INTO learners (id, name, created_at, updated_at) VALUES ('l9', 'X', 'x', 'x')")
            kiosk.store.record_event(db, kind, "e1", payload, learner_id="l9")
    assert kiosk.outbox_ids() == set()
    assert kiosk.store.db.execute("SELECT count(*) FROM learners WHERE id='l9'").fetchone()[0] == 0


def test_after_a_restart_the_clock_passes_the_numerically_newest_stamp(tmp_path: Path) -> None:
    far = 4_000_000_000_000   # year 2096: far ahead of the wall clock, so only catch-up can get past it
    k = Kiosk(tmp_path / "k")
    with k.store.write() as db:
        for counter in ("9999", "10000", "0001"):
            db.execute("INSERT INTO outbox (id, hlc, kind, entity_id, learner_id, payload, created_at) "
                       "VALUES (?, ?, 'quiz_attempt', 'e', 'l', '{}', '2026-11-23T10:00:00Z')",
                       [str(uuid.uuid4()), f"{far}-{counter}-node"])
    k.close()
    k = Kiosk(tmp_path / "k")
    try:
        ms, counter, _ = k.store.clock.now().split("-", 2)
    finally:
        k.close()
    assert (int(ms), int(counter)) > (far, 10000)    # max(hlc) as text would have picked "-9999-"
