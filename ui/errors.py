"""The one place the window shows errors. A user's cancel is not an error.

A child reads a kind sentence that names the problem in plain words and says who can help
("Ask your teacher to ..."); the technical message (and the CLI hint meant for adults) goes into
the box's Details and the log.
"""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from engine.errors import Cancelled, ImportError_, LanternError, explain

log = logging.getLogger(__name__)


def describe(exc: BaseException, language: str | None = None) -> tuple[str, str]:
    """(kind sentence for the person at the kiosk, technical details for the Details box and the log).
    The sentence is the engine's (`engine.errors.explain`, the `error.*` catalogue messages), in
    `language` (the signed-in learner's; None: English)."""
    text = explain(exc, language)
    if isinstance(exc, ImportError_):
        return exc.message, text.details     # the teacher imports: the message is already for them
    return text.kid_message, text.details


def show_error(parent: QWidget | None, exc: BaseException, *, language: str | None = None) -> QMessageBox | None:
    if isinstance(exc, Cancelled):
        return None
    message, details = describe(exc, language)
    log.error("shown to the learner: %s | %s", message, details,
              exc_info=exc if not isinstance(exc, LanternError) else None)
    box = QMessageBox(QMessageBox.Icon.Information, "Lantern", message, parent=parent)
    box.setDetailedText(details)
    box.open()  # non-modal to the event loop: streaming and tests keep running
    return box
