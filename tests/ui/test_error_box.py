"""The window's one error box: the engine's kind sentence in the learner's language on top, the
technical message and the adult's hint only in Details; a cancel shows nothing."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from engine.errors import Cancelled, ImportError_, ModelError, SyncError
from engine.i18n import message
from ui.errors import show_error


def test_a_missing_model_tells_the_child_who_can_help_and_keeps_the_command_in_details(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    exc = ModelError("Model file /data/models/gemma.gguf is missing.", hint="Run 'lantern models list'.")
    box = show_error(parent, exc, language="es")
    assert isinstance(box, QMessageBox)
    assert box.text() == message("error.model", "es")
    assert "lantern models" not in box.text() and "gguf" not in box.text()
    assert box.detailedText() == "Model file /data/models/gemma.gguf is missing. Run 'lantern models list'."
    box.close()


def test_a_sync_failure_in_arabic_and_an_unexpected_error_in_english(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_error(parent, SyncError("401 from hub", kind="auth"), language="ar")
    assert box is not None and box.text() == message("error.sync_not_connected", "ar")
    box.close()
    box = show_error(parent, RuntimeError("boom"))
    assert box is not None and box.text() == message("error.general", "en")
    assert box.detailedText() == "RuntimeError: boom"
    box.close()


def test_an_import_problem_is_for_the_teacher_and_a_cancel_is_not_an_error(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_error(parent, ImportError_("notes.xyz is not a PDF, Markdown or text file."), language="fr")
    assert box is not None and box.text() == "notes.xyz is not a PDF, Markdown or text file."
    box.close()
    assert show_error(parent, Cancelled(), language="fr") is None
