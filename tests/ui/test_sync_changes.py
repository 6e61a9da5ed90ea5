"""After a sync the window gets one typed `Changes`, as after an import: a course, a learner or quiz
items the hub published refresh the views that show them (the Tutor tab's course list went stale)."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from app.context import AppContext
from app.settings import load_settings
from engine.changes import Changes
from engine.sync.apply import apply_feed_item
from engine.wire import FeedItem


class _Window(QObject):
    changed = Signal(object)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    with AppContext(load_settings(home=tmp_path / "home", sync_enabled=False, cloud_enabled=False)) as c:
        yield c


def _publish(ctx: AppContext, seq: int, kind: str, entity_id: str, payload: dict[str, Any]) -> None:
    with ctx.store.write() as db:
        apply_feed_item(db, FeedItem(seq=seq, kind=kind, entity_id=entity_id, payload=payload,
                                     published_at=datetime.now(UTC)))


def test_each_finished_sync_reports_what_it_brought_to_the_window(qtbot, runner, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from app.sync_gui import attach_sync

    window = _Window()
    placed: list[Any] = []
    errors: list[BaseException] = []
    attach_sync(ctx, window, runner, place=placed.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(placed), timeout=30_000)
    status = placed[0]
    qtbot.addWidget(status)
    state = ctx.sync_client.state
    now = datetime.now(UTC)

    def finish_sync(at: datetime) -> Changes:
        with qtbot.waitSignal(window.changed, timeout=30_000) as got:
            status.state_changed.emit(dataclasses.replace(state, phase="synced", last_synced_at=at))
        return got.args[0]

    _publish(ctx, 1, "course", "c-hub", {"name": "Rivers", "language": "en"})     # what the pull applied
    assert finish_sync(now) == Changes(library=True, sync=True)
    assert ctx.learners.courses()[0].name == "Rivers"
    _publish(ctx, 2, "roster.learner", "l-hub", {"learner_id": "l-hub", "display_name": "Ife"})
    assert finish_sync(now + timedelta(seconds=30)) == Changes(learners=True, sync=True)
    assert finish_sync(now + timedelta(seconds=60)) == Changes(sync=True)           # nothing new
    assert not errors
