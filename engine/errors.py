"""One exception root for everything the engine raises.

Every error carries a message a person can act on: what went wrong and what to do next.
The UI shows these in one place; a user's cancel (`Cancelled`) is not an error to show.
"""
from __future__ import annotations

from enum import StrEnum


class LanternError(Exception):
    """Root of every error Lantern raises on purpose."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class ModelError(LanternError):
    """A model file is missing, broken, or cannot be loaded."""


class StorageError(LanternError):
    """The local database or data folder cannot be read or written."""


class ImportError_(LanternError):  # noqa: N801 - avoids shadowing the builtin ImportError
    """A document could not be imported into the library."""


class SpeechError(LanternError):
    """Audio could not be recorded, transcribed or synthesized."""


class SettingsError(LanternError):
    """A setting has a value Lantern cannot use."""


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


class SyncError(LanternError):
    """Talking to the hub failed; `kind` (a `SyncErrorKind`) says how."""

    def __init__(self, message: str, *, kind: SyncErrorKind | str, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.kind = SyncErrorKind(kind)   # an unknown kind is a bug: ValueError here, not later


class Cancelled(LanternError):
    """The work was cancelled by the person who asked for it."""

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)
