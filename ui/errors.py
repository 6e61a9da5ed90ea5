"""The one place the window shows errors. A user's cancel is not an error."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from engine.errors import Cancelled, LanternError

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> tuple[str, str | None]:
    """(message, what to do) for a person; unexpected errors get a generic, honest line."""
    if isinstance(exc, LanternError):
        return exc.message, exc.hint
    return f"Something unexpected went wrong: {exc.__class__.__name__}: {exc}", "Please tell your teacher."


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return
    if not isinstance(exc, LanternError):
        log.error("unexpected error", exc_info=exc)
    message, hint = describe(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, "Lantern", message, parent=parent)
    if hint:
        box.setInformativeText(hint)
    box.open()  # non-modal to the event loop: streaming and tests keep running
