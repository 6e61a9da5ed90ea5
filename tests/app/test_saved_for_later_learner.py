"""The chat's "Save for later" keeps the question for the learner signed in when it was pressed,
through the window's own wiring (app/chat_gui.py): the chat, its escalation strip and the worker lanes."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.chat_gui import attach_escalation, make_chat_turns
from app.context import AppContext
from app.settings import load_settings
from ui.chat_view import ChatView
from ui.tasks import TaskRunner


def test_a_question_saved_for_later_belongs_to_the_learner_signed_in_when_save_was_pressed(
        qtbot: Any, tmp_path: Path, bundled_model_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "models").symlink_to(bundled_model_path.parent, target_is_directory=True)   # the model, not a copy
    ctx = AppContext(load_settings(home=home, cloud_enabled=True, sync_enabled=False, max_answer_tokens=8))
    runner = TaskRunner()
    errors: list[BaseException] = []
    try:
        answers = make_chat_turns(ctx)
        chat = ChatView(runner, answers.answer)
        qtbot.addWidget(chat)
        bar = attach_escalation(ctx, chat, runner, on_error=errors.append)
        amara = ctx.learners.create("Amara Okafor")
        will = ctx.learners.create("Will Chen")
        answers.set_asker(amara, save=True)                        # Amara signs in
        with qtbot.waitSignal(chat.answer_finished, timeout=120_000):
            chat.send("Why do stars twinkle?", deeper=True)        # no hub yet: the device answers, offers to save
        assert not bar.save_button.isHidden()

        db_free = threading.Event()
        runner.single(db_free.wait, 60, lane="db").start()         # the save waits behind other work on its lane
        qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)
        answers.set_asker(will, save=True)                         # Will signs in at the kiosk before it runs
        db_free.set()
        qtbot.waitUntil(lambda: len(ctx.escalation.journal.queued()) == 1, timeout=30_000)
        (saved,) = ctx.escalation.journal.queued()
        assert (saved.question, saved.learner_id) == ("Why do stars twinkle?", amara.id)
        assert errors == []
    finally:
        runner.shutdown()
        ctx.close()
