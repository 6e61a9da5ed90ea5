"""Through the real kiosk window: what the engine reports changing reaches the window's one `changed`
signal as it is, and the views refresh from it. An import the engine reports as a library change
puts the new course in a signed-in learner's Tutor tab; an import that changed nothing sends nothing.
Real window, real store, real importer. (It replaces test_window_changes.py, whose one test it covers:
the import that refreshed a signed-in learner's Tutor tab.)"""
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


def _sign_in_ana(qtbot: Any, win: Any, ctx: Any) -> None:
    ctx.learners.create("Ana")
    win.sign_in.refresh()
    qtbot.waitUntil(lambda: any(c.text() == "Ana" for c in win.sign_in.cards), timeout=60_000)
    with qtbot.waitSignal(win.session.signed_in, timeout=60_000):
        card(win, "Ana").click()
    qtbot.waitUntil(lambda: _course_names(win) == ["Lakes"], timeout=30_000)
    qtbot.waitUntil(lambda: win.library.documents_shown() == [("Lakes", "Lakes")] and not win.library.busy,
                    timeout=120_000)


def test_only_an_import_the_engine_reports_reaches_the_window_and_refreshes_the_tutor_tab(qtbot, window, kiosk_ctx,
                                                                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _sign_in_ana(qtbot, window, kiosk_ctx)
    seen: list[Changes] = []
    window.changed.connect(seen.append)

    # Into the course that is there, a file that cannot be read: the engine reports nothing, nothing is sent.
    broken = tmp_path / "broken.md"
    broken.write_bytes(bytes(range(256)) * 10)
    with qtbot.waitSignal(window.library.import_finished, timeout=120_000):
        window.library.import_paths([broken], course="Lakes")
    assert seen == []

    rivers = tmp_path / "rivers.md"
    rivers.write_text("# Rivers\n\nA river flows from its source to its mouth. Rivers carry water to the sea.\n")
    with qtbot.waitSignal(window.changed, timeout=120_000) as reached:
        window.library.import_paths([rivers], course="Rivers")
    assert reached.args == [Changes(library=True)]
    qtbot.waitUntil(lambda: "Rivers" in _course_names(window), timeout=30_000)
    assert seen == [Changes(library=True)]
    assert window.session.learner is not None and window.session.learner.name == "Ana"   # still signed in


def test_a_learner_added_on_the_learners_screen_reaches_the_window_and_the_sign_in_cards(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.screens.finish()                         # the teacher's screens are built in stages
    admin = window.learner_admin
    admin.name.setText("Ife")
    with qtbot.waitSignal(window.changed, timeout=60_000) as reached:
        admin.add_button.click()
    assert reached.args == [Changes(learners=True)]
    qtbot.waitUntil(lambda: any(c.text() == "Ife" for c in window.sign_in.cards), timeout=60_000)
