"""What the window shows about sync: a small frozen snapshot, replaced on every change."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Phase = Literal["not_enrolled", "queued", "syncing", "synced", "offline", "error"]


@dataclass(frozen=True, slots=True)
class SyncState:
    phase: Phase
    pending: int = 0                       # events waiting to leave this device
    last_synced_at: datetime | None = None  # local time of the last complete sync
    message: str | None = None             # why we are offline / in error
    next_attempt_at: datetime | None = None

    @property
    def label(self) -> str:
        """One short line for learners and teachers: queued / syncing / synced at HH:MM / offline."""
        return self.label_in("en")

    def label_in(self, language: str | None) -> str:
        """`label` in `language` (the signed-in learner's), from the engine catalogue (`sync.*`)."""
        from engine.i18n import message

        if self.phase == "not_enrolled":
            return message("sync.not_enrolled", language)
        if self.phase == "synced" and self.last_synced_at is not None:
            return message("sync.synced_at", language, time=f"{self.last_synced_at:%H:%M}")
        key = {"syncing": "sync.syncing", "queued": "sync.queued", "offline": "sync.offline"}.get(self.phase, "sync.problem")
        return message(key + "_waiting", language, count=self.pending) if self.pending else message(key, language)


@dataclass(frozen=True, slots=True)
class SyncReport:
    """The outcome of one `SyncClient.sync_once()`."""

    pushed: int = 0          # events the hub stored now
    duplicates: int = 0      # events the hub already had (a retry after a lost answer)
    rejected: int = 0        # events the hub refused; kept locally in sync_rejected
    pulled: int = 0          # feed items applied
    batches: int = 0
    withheld: int = 0        # conversation events kept on the device by the privacy setting
    errors: tuple[str, ...] = field(default_factory=tuple)


def backoff_delay(failures: int, *, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter: uniformly between half and all of min(cap, base·2^failures)."""
    ceiling = min(cap, base * (2 ** max(0, min(failures, 30))))
    r = rng or random
    return r.uniform(ceiling / 2, ceiling)
