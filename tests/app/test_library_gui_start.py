"""The first-start library work (app/library_gui.py `start_library`) on the real task runner, with a real
store and library: the bundled sample course goes in, then a later step fails. What went in still reaches
the window (its Changes, and the Library panel gets the library), then the error is shown."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.library_gui import start_library
from engine.cancel import CancelToken
from engine.changes import Changes
from engine.errors import ModelError
from engine.library import Library
from engine.store import Store
from ui.tasks import TaskRunner


class DamagedIndex:
    """The retriever's interface, its vector index needing a rebuild that fails (a damaged embedder file)."""

    def needs_sync(self) -> bool:
        return True

    def sync_vectors(self, *, cancel: CancelToken | None = None) -> Iterator[Any]:
        raise ModelError("The search model could not be loaded.", hint="Reinstall Lantern.")
        yield


class Context:
    def __init__(self, store: Store) -> None:
        self.library = Library(store)
        self.retriever = DamagedIndex()


class LibraryPanel:
    def __init__(self) -> None:
        self.library: Any = None

    def set_library(self, library: Any) -> None:
        self.library = library


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


def test_a_sample_course_imported_before_the_index_step_failed_still_reaches_the_window(
        qtbot: Any, store: Store) -> None:
    ctx, panel = Context(store), LibraryPanel()
    heard: list[tuple[str, Any]] = []       # what the window heard, in order
    runner = TaskRunner()
    try:
        start_library(ctx, panel, runner, on_error=lambda exc: heard.append(("error", exc)),  # type: ignore[arg-type]
                      on_changes=lambda changes: heard.append(("changes", changes)))
        qtbot.waitUntil(lambda: any(kind == "error" for kind, _ in heard), timeout=120_000)
    finally:
        runner.shutdown()
    assert ctx.library.courses() != []                         # the sample courses went in before the failure
    assert [kind for kind, _ in heard] == ["changes", "error"]
    changes = heard[0][1]
    assert isinstance(changes, Changes) and changes.library
    assert isinstance(heard[1][1], ModelError)
    assert panel.library is ctx.library                        # the panel shows it and can import more
