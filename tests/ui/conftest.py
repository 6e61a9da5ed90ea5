"""UI test fixtures shared by every widget test."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def window_language(qapp):  # type: ignore[no-untyped-def]
    """The window speaks English from its catalogue, as the app does (plural forms come from lantern_en.qm).

    Compiles assets/i18n/*.ts to .qm where a .qm is missing or older (what `make translations` does), so a
    plain `pytest` run sees the same window as `make test`."""
    import subprocess
    import sys

    from app.resources import assets_dir
    from ui.common.i18n import set_language

    i18n = assets_dir() / "i18n"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(i18n.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    set_language(qapp, "en", i18n)
    return i18n


@pytest.fixture
def runner(qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A task runner for one test (a QApplication exists through qtbot); its lanes stop afterwards."""
    from ui.tasks import TaskRunner

    r = TaskRunner()
    yield r
    r.shutdown()
