"""The one place the window shows errors. A user's cancel is not an error.

A child reads a kind sentence that names the problem in plain words and says who can help
("Ask your teacher to ..."); the technical message (and the CLI hint meant for adults) goes into
the box's Details and the log.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from engine.errors import (Cancelled, ImportError_, LanternError, ModelError, SettingsError, SpeechError,
                           StorageError, SyncError)

log = logging.getLogger(__name__)


_KIND = [
    (ModelError, QT_TRANSLATE_NOOP("errors", "The tutor is not ready on this computer. Ask your teacher to add the "
                                             "tutor model.")),
    (SpeechError, QT_TRANSLATE_NOOP("errors", "Listening or reading aloud is not working right now. Ask your teacher "
                                              "to check the voice and the microphone. You can still type.")),
    (StorageError, QT_TRANSLATE_NOOP("errors", "Lantern cannot save your work right now. Ask your teacher to check "
                                               "this computer.")),
    (SyncError, QT_TRANSLATE_NOOP("errors", "Lantern cannot reach the school right now. Your work stays on this "
                                            "computer and is sent later.")),
    (SettingsError, QT_TRANSLATE_NOOP("errors", "Lantern's settings need a fix. Ask your teacher to look at the "
                                                "settings.")),
]


def describe(exc: BaseException) -> tuple[str, str]:
    """(kind sentence for the person at the kiosk, technical details for the Details box and the log)."""
    details = str(exc) if isinstance(exc, LanternError) else f"{exc.__class__.__name__}: {exc}"
    if isinstance(exc, ImportError_):
        return exc.message, details          # the teacher imports: the message is already for them
    for kind, sentence in _KIND:
        if isinstance(exc, kind):
            return QCoreApplication.translate("errors", sentence), details
    if isinstance(exc, LanternError):
        return exc.message + " " + QCoreApplication.translate("errors", "If it keeps happening, ask your teacher."), \
            details
    return QCoreApplication.translate("errors", "Something went wrong. It is not your fault. Ask your teacher for help."), \
        details


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox | None:
    if isinstance(exc, Cancelled):
        return None
    message, details = describe(exc)
    log.error("shown to the learner: %s | %s", message, details,
              exc_info=exc if not isinstance(exc, LanternError) else None)
    box = QMessageBox(QMessageBox.Icon.Information, "Lantern", message, parent=parent)
    box.setDetailedText(details)
    box.open()  # non-modal to the event loop: streaming and tests keep running
    return box
