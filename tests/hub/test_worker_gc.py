"""A served hub worker (`hub.app.app_from_env`) sets its cycle collector for serving once its app is
built: what is alive then is frozen (a full collection no longer walks it) and young collections wait
for `GC_YOUNG_THRESHOLD` objects, not the 700 that the pushes in flight in a burst reach again and again."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from hub.app import GC_YOUNG_THRESHOLD, app_from_env
from hubkit import fresh_database


@pytest.fixture
def restored_gc() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


@pytest.mark.usefixtures("restored_gc")
def test_a_served_worker_freezes_its_startup_objects_and_collects_young_objects_less_often(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANTERN_HUB_DATABASE_URL", fresh_database("sqlite", tmp_path))
    monkeypatch.setenv("LANTERN_HUB_SECRET_KEY_FILE", str(tmp_path / "secret.key"))
    gc.unfreeze()
    before = gc.get_threshold()
    app = app_from_env()
    try:
        assert gc.get_freeze_count() > 10_000            # the modules, the app and its routes
        assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, before[1], before[2])
        assert GC_YOUNG_THRESHOLD > before[0]
    finally:
        app.state.engine.dispose()
