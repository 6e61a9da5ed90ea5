"""What an operation changed, so that each view refreshes only what it shows.

After a library import, a learner edit, a quiz-bank review, a quiz answer or a sync, the operation
reports a `Changes` value; the window sends it to every view through one signal, and each view
decides whether it must reload (the idea of Anki's `OpChanges`). Nothing here knows about Qt.

How an operation reports: a quiz answer carries its `Changes` on its result (`QuizTurn.changes`); a
sync's are read from the hub feed it applied (`changes_from_feed`); every other operation that
changes data (import, remove, learner add/edit/remove, quiz-bank review and generation, outline
publish, reading approval, alert acknowledgement) takes a keyword `tally` and adds to that
`ChangeTally` what it changed, as each change is committed. One that changed nothing adds nothing,
so a view does not reload for it.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from engine.store import Store


@dataclass(frozen=True)
class Changes:
    """Flags for the kinds of data an operation touched."""

    library: bool = False      # documents, courses, lessons (import, remove, sync mirror)
    learners: bool = False     # profiles added, edited, removed
    quiz_bank: bool = False    # quiz items made, approved, rejected, published
    progress: bool = False     # attempts, mastery, review cards, alerts
    sync: bool = False         # hub connection or outbox state
    readings: bool = False     # easier versions of passages approved for learners
    questions: bool = False    # open questions answered by the teacher, sent on to the cloud or marked as a gap

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def kinds(self) -> tuple[str, ...]:
        """The names of the flags that are set, e.g. ("library", "quiz_bank")."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


NOTHING = Changes()


class ChangeTally:
    """What one operation has changed so far: the operation `add`s each `Changes` as it commits it.

    A tally the caller passes in, rather than a return value, because an import or a quiz generation
    can be cancelled or fail part-way and still keep what it finished (documents, one lesson's
    questions): the caller learns that from the tally after the work stopped, where a return value
    never comes and a progress item sent after the cancel is dropped. The operations' own results (a
    document, a profile, a count the CLI prints) stay as they were.

    One thread adds (the one running the operation); read `changes` once that work has finished."""

    __slots__ = ("changes",)

    def __init__(self) -> None:
        self.changes: Changes = NOTHING

    def add(self, changes: Changes) -> None:
        self.changes = self.changes | changes


def tally_changes(tally: ChangeTally | None, changes: Changes) -> None:
    """Add `changes` to the caller's tally, when it passed one (`tally` is optional everywhere)."""
    if tally is not None:
        tally.add(changes)


# What each kind of item the hub publishes (engine/sync/apply.py) changes on this kiosk.
FEED_CHANGES: dict[str, Changes] = {
    "roster.learner": Changes(learners=True),
    "course": Changes(library=True),
    "lesson": Changes(library=True),
    "outline": Changes(library=True),
    "quiz": Changes(quiz_bank=True),
}


def feed_marks(store: Store) -> dict[str, int]:
    """The newest item the hub's feed brought, per kind (`sync_feed`); two of these, taken before and
    after a sync, tell what it changed (`changes_from_feed`). Blocking: a worker."""
    with store.read() as db:
        return {str(kind): int(seq) for kind, seq in db.execute("SELECT kind, max(seq) FROM sync_feed GROUP BY kind")}


def changes_from_feed(before: dict[str, int], after: dict[str, int]) -> Changes:
    """What a sync changed: always `sync`, plus the data of every kind with newer items."""
    changed = Changes(sync=True)
    for kind, seq in after.items():
        if seq != before.get(kind):
            changed = changed | FEED_CHANGES.get(kind, NOTHING)
    return changed
