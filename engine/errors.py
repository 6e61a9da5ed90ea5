"""One exception root for everything the engine raises.

Every error carries two texts (`explain(language)` -> `ErrorText`):
- `kid_message`: what a child at the kiosk reads, in their language, from the engine catalogue
  (`error.*` in engine/i18n/po): the problem in plain words and who can help ("Ask your teacher to
  add the tutor model"), never a command name, a path or "restart Lantern";
- `details`: the technical message and the hint meant for adults (a CLI command, a path), for the
  window's Details box, the log and the CLI.
Each class names its kid message (`kid_msgid`); a raise site may name a more exact one (`kid=`).
The UI shows errors in one place; a user's cancel (`Cancelled`) is not an error to show.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:   # engine.wire imports this module: the wire's enum is named for mypy only
    from engine.wire.models import HubCode

__all__ = ["Cancelled", "ErrorText", "ImportError_", "LanternError", "ModelError", "SettingsError", "SpeechError",
           "StorageError", "SyncError", "SyncErrorKind", "explain"]


@dataclass(frozen=True)
class ErrorText:
    """An error as the window shows it: a kind sentence for the learner, the technical rest for Details."""

    kid_message: str
    details: str


class LanternError(Exception):
    """Root of every error Lantern raises on purpose."""

    kid_msgid: ClassVar[str] = "error.general"

    def __init__(self, message: str, *, hint: str | None = None, kid: str | None = None,
                 kid_count: int | None = None, kid_values: Mapping[str, object] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.kid = kid              # a catalogue message more exact than the class's, or None
        self.kid_count = kid_count  # the number a plural kid message shows
        self.kid_values = dict(kid_values or {})

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message

    @property
    def details(self) -> str:
        """The technical text (message and the adult hint) for the Details box and the log."""
        return str(self)

    def kid_msgid_now(self) -> str:
        return self.kid or self.kid_msgid

    def kid_message(self, language: str | None) -> str:
        """The kind sentence in `language` (unknown languages: English)."""
        from engine.i18n import message

        return message(self.kid_msgid_now(), language, count=self.kid_count, **self.kid_values)

    def explain(self, language: str | None) -> ErrorText:
        return ErrorText(self.kid_message(language), self.details)


def explain(exc: BaseException, language: str | None) -> ErrorText:
    """Any exception as the window shows it; one Lantern did not raise on purpose gets the general
    kind sentence, and its type and text go to the details."""
    if isinstance(exc, LanternError):
        return exc.explain(language)
    from engine.i18n import message

    return ErrorText(message(LanternError.kid_msgid, language), f"{exc.__class__.__name__}: {exc}")


class ModelError(LanternError):
    """A model file is missing, broken, or cannot be loaded."""

    kid_msgid = "error.model"


class StorageError(LanternError):
    """The local database or data folder cannot be read or written."""

    kid_msgid = "error.storage"


class ImportError_(LanternError):  # noqa: N801 - avoids shadowing the builtin ImportError
    """A document could not be imported into the library."""

    kid_msgid = "error.import"


class SpeechError(LanternError):
    """Audio could not be recorded, transcribed or synthesized."""

    kid_msgid = "error.speech"


class SettingsError(LanternError):
    """A setting has a value Lantern cannot use."""

    kid_msgid = "error.settings"


class SyncErrorKind(StrEnum):
    """How talking to the hub failed. A `StrEnum`: `err.kind == "offline"` still reads naturally."""

    OFFLINE = "offline"              # the hub cannot be reached (no network, wrong address, down)
    SLOW = "slow"                    # it did not answer in time
    AUTH = "auth"                    # the device token was refused (revoked, or from another hub)
    REFUSED = "refused"              # the hub answered 4xx to a request it will never accept
    TOO_LARGE = "too_large"          # a batch over the hub's size limit (the client splits it)
    SERVER = "server"                # the hub failed (5xx); retry later
    CONFIG = "config"                # this device's own settings or token storage are not usable
    NOT_ENROLLED = "not_enrolled"    # the device has not joined a class yet


_SYNC_KID = {SyncErrorKind.AUTH: "error.sync_not_connected", SyncErrorKind.CONFIG: "error.sync_not_connected",
             SyncErrorKind.NOT_ENROLLED: "error.sync_not_connected", SyncErrorKind.REFUSED: "error.sync_refused",
             SyncErrorKind.TOO_LARGE: "error.sync_refused"}


class SyncError(LanternError):
    """Talking to the hub failed; `kind` (a `SyncErrorKind`) says how. `code`: the hub's own word on
    why it refused (`engine.wire.HubCode`), when it sent one this device knows."""

    kid_msgid = "error.sync_offline"

    def __init__(self, message: str, *, kind: SyncErrorKind | str, hint: str | None = None,
                 code: HubCode | None = None) -> None:
        super().__init__(message, hint=hint)
        self.kind = SyncErrorKind(kind)   # an unknown kind is a bug: ValueError here, not later
        self.code = code

    def kid_msgid_now(self) -> str:
        return self.kid or _SYNC_KID.get(self.kind, self.kid_msgid)


class Cancelled(LanternError):
    """The work was cancelled by the person who asked for it."""

    kid_msgid = "error.cancelled"

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)
