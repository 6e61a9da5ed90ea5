"""End to end in the window: the first start imports the sample course, and answers show sources."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.context import AppContext
from app.settings import load_settings


@pytest.fixture
def ctx(tmp_path: Path, bundled_model_path: Path) -> Iterator[AppContext]:
    home = tmp_path / "home"
    home.mkdir()
    (home / "models").symlink_to(bundled_model_path.parent, target_is_directory=True)   # the model, not a copy
    with AppContext(load_settings(home=home, max_answer_tokens=40)) as c:
        yield c


@pytest.mark.slow
def test_first_start_imports_the_sample_course_and_answers_show_clickable_sources(qtbot, ctx) -> None:
    from app.gui import build_window

    win = build_window(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: len(win.library.documents_shown()) == 8, timeout=180_000)
    courses = {c for c, _ in win.library.documents_shown()}
    assert courses == {"Sample: Science and Maths", "Ejemplo: Ciencias y Matemáticas"}
    chat = win.chat
    chat.input.setPlainText("Which green substance in leaves catches sunlight?")
    with qtbot.waitSignal(chat.answer_finished, timeout=120_000) as finished:
        chat.send_button.click()
    reply = finished.args[0]
    qtbot.waitUntil(lambda: getattr(reply, "citations_view", None) is not None, timeout=60_000)
    view = reply.citations_view
    assert view.buttons and view.buttons[0].text() == "[1] How Plants Make Food › What plants need"
    with qtbot.waitSignal(view.opened, timeout=30_000) as opened:
        view.buttons[0].click()
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    assert "chlorophyll" in dialog.highlighted_text().lower()
    win.runner.shutdown()
