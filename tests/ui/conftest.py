"""UI test fixtures shared by every widget test."""
from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def runner(qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A task runner for one test (a QApplication exists through qtbot); its lanes stop afterwards."""
    from ui.tasks import TaskRunner

    r = TaskRunner()
    yield r
    r.shutdown()
