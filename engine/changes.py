"""What an operation changed, so that each view refreshes only what it shows.

After a library import, a learner edit, a quiz-bank review, a quiz answer or a sync, the operation
reports a `Changes` value; the window sends it to every view through one signal, and each view
decides whether it must reload (the idea of Anki's `OpChanges`). Nothing here knows about Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Flags for the kinds of data an operation touched."""

    library: bool = False      # documents, courses, lessons (import, remove, sync mirror)
    learners: bool = False     # profiles added, edited, removed
    quiz_bank: bool = False    # quiz items made, approved, rejected, published
    progress: bool = False     # attempts, mastery, review cards, alerts
    sync: bool = False         # hub connection or outbox state

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def kinds(self) -> tuple[str, ...]:
        """The names of the flags that are set, e.g. ("library", "quiz_bank")."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


NOTHING = Changes()
