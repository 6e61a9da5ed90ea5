"""Builds the window from the app context and runs it (`lantern` with no command)."""
from __future__ import annotations

import os
import platform
import sys
from typing import Any

from app.context import AppContext


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if platform.system() != "Linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def build_window(ctx: AppContext):  # type: ignore[no-untyped-def]
    """Create the main window with every panel; the QApplication must exist already."""
    from app.chat_gui import attach_escalation, follow_learner, make_chat_turns
    from app.library_gui import attach_library
    from app.resources import licenses_dir
    from app.sync_gui import attach_sync
    from app.tutor_gui import attach_tutor
    from app.voice_gui import attach_voice
    from ui.chat_view import ChatView
    from ui.errors import show_error
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    window = MainWindow(runner, licenses_dir=licenses_dir())

    def on_error(exc: BaseException) -> None:
        show_error(window, exc)

    runner.set_error_handler(on_error)
    window.chat_turns = make_chat_turns(ctx)   # safety → library (cited) or cloud → output check
    chat = ChatView(runner, window.chat_turns.answer)
    chat.error.connect(on_error)
    window.chat = chat
    window.add_panel("Chat", chat)
    window.escalation_bar = attach_escalation(ctx, chat, runner, on_error=on_error)   # deeper answer, why?
    window.library = attach_library(ctx, window, chat, runner, on_error=on_error)      # Library tab, citations
    window.voice = attach_voice(ctx, chat, runner, on_error=on_error)                  # mic, read aloud
    window.sync_status = attach_sync(ctx, window, runner)                              # hub status, enroll
    window.tutor = attach_tutor(ctx, window, runner, on_error=on_error)                # learners, modes, quiz
    follow_learner(window.tutor, window.chat_turns)

    def loaded(llm: Any) -> None:
        info = llm.info
        window.set_model_status(f"Model: {info.name} ({'instruct' if info.is_instruct else 'base'}) · "
                                f"{info.device.upper()} · {info.n_threads} threads")

    def failed(exc: BaseException) -> None:
        window.set_model_status("No model loaded")
        on_error(exc)

    runner.single(ctx.llm, lane="llm").on_done(loaded).on_error(failed).start()
    return window


def run_window() -> int:
    if not has_display():
        print("lantern: no display found, so the window cannot open.\n"
              "  On a desktop, run 'lantern' from a graphical session; on a headless kiosk use the CLI, e.g.\n"
              '  lantern ask "What is photosynthesis?"', file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    ctx = AppContext()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Lantern")
    from ui.theme import apply_theme

    apply_theme(app)
    window = build_window(ctx)
    window.show()
    code = app.exec()
    window.runner.shutdown()
    ctx.close()
    return code
