"""One typed `Changes` signal refreshes the views: a course imported on the teacher's Library screen
appears in a signed-in learner's Tutor tab without signing out (the course list went stale:
`LibraryView.changed` was connected to nothing). Real window, real store, real import."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kiosk_fixtures import card, kiosk_ctx, shown_window  # noqa: F401

from engine.changes import Changes


@pytest.fixture
def window(qtbot, kiosk_ctx, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The kiosk window over a library that already holds one small course (no sample-course import)."""
    lakes = tmp_path / "lakes.md"
    lakes.write_text("# Lakes\n\nA lake is a large body of water surrounded by land.\n")
    for _ in kiosk_ctx.library.import_paths([lakes], course="Lakes"):
        pass
    yield from shown_window(qtbot, kiosk_ctx)


def _course_names(win: Any) -> list[str]:
    combo = win.tutor.course
    return [combo.itemText(i) for i in range(combo.count())]


def test_an_imported_course_appears_in_the_signed_in_learners_tutor_tab(qtbot, window, kiosk_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kiosk_ctx.learners.create("Ana")
    window.sign_in.refresh()
    qtbot.waitUntil(lambda: any(c.text() == "Ana" for c in window.sign_in.cards), timeout=60_000)
    with qtbot.waitSignal(window.session.signed_in, timeout=60_000):
        card(window, "Ana").click()
    qtbot.waitUntil(lambda: window.home.welcome.text().startswith("Hi"), timeout=30_000)
    # The library screen has its engine and shows the course that was there.
    qtbot.waitUntil(lambda: window.library.documents_shown() == [("Lakes", "Lakes")] and not window.library.busy,
                    timeout=120_000)
    qtbot.waitUntil(lambda: _course_names(window) == ["Lakes"], timeout=30_000)
    lesson = tmp_path / "rivers.md"
    lesson.write_text("# Rivers\n\nA river flows from its source to its mouth. Rivers carry water to the sea.\n")
    seen: list[Changes] = []
    window.changed.connect(seen.append)
    with qtbot.waitSignal(window.library.changed, timeout=120_000):
        window.library.import_paths([lesson], course="Rivers")
    assert Changes(library=True) in seen
    qtbot.waitUntil(lambda: "Rivers" in _course_names(window), timeout=30_000)
    assert window.session.learner is not None and window.session.learner.name == "Ana"   # still signed in
