"""Refusals the hub's services raise; the app turns them into 4xx JSON, the CLI into one line."""
from __future__ import annotations

from engine.wire import LanternError


class HubRefusal(LanternError):
    """The request is understood but not allowed or not possible; nothing was stored."""

    def __init__(self, message: str, *, status: int = 400, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status
