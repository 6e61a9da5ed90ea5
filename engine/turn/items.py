"""The typed items a turn yields. The window and the CLI render these and hold no rules.

Every text a learner sees arrives as `Text` (one sentence that passed the output check),
`SafetyReply` (the kind reply that stands in for unsafe input or output) or `Notice` (a fixed
sentence from the engine: not covered, language note, feeling, cloud fallback). `TurnDone` is
always last.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from engine.changes import Changes


class NoticeKind(StrEnum):
    """Why the engine added a fixed sentence of its own to a turn."""

    NOT_COVERED = "not_covered"          # the class materials do not cover the question
    LANGUAGE_NOTE = "language_note"      # the answer came out in English for a non-English learner
    FEELING = "feeling"                  # a kind sentence first: the learner sounds upset or anxious
    CLOUD_FALLBACK = "cloud_fallback"    # the cloud tutor could not answer; the device did
    PREPARING = "preparing"              # not covered *yet*: the lessons are still being indexed


class TurnKind(StrEnum):
    """What the turn turned out to be."""

    ANSWER = "answer"            # an answer (from the library, the device model or the cloud)
    GUIDE = "guide"              # a Socratic rung
    NOT_COVERED = "not_covered"  # the lessons are silent
    SAFETY = "safety"            # the input was not passed on; a kind reply instead
    STOPPED = "stopped"          # the learner pressed Stop


@dataclass(frozen=True)
class Text:
    """One sentence (with its trailing space or line break) that passed the output check."""

    text: str


@dataclass(frozen=True)
class SafetyReply:
    """Shown instead of unsafe input (the whole reply) or unsafe model/cloud output (the rest of it)."""

    text: str
    category: str
    alert: bool
    direction: str = "input"     # "input": the learner's message; "output": what a model wrote


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    text: str


@dataclass(frozen=True)
class TurnDone:
    """The last item of every turn."""

    kind: TurnKind
    hint_level: int = 0             # the Socratic rung shown; ask again for the next one
    reveals_answer: bool = True
    turn_id: str | None = None      # the saved conversation, when the turn was saved
    alert: str | None = None        # the teacher alert raised, if any ("self_harm", "distress", ...)
    citations: tuple[str, ...] = ()  # "Title › Heading" labels (Tutor tab); the chat gets `Citations`


@dataclass(frozen=True)
class QuizTurn:
    """A learner's answer to a quiz question, after safety and feelings: graded, or not."""

    feedback: object | None          # engine.tutor.session.Feedback when the answer was graded
    safety: SafetyReply | None = None
    notice: Notice | None = None     # a kind sentence (feelings); then the next hint is offered
    alert: str | None = None

    @property
    def graded(self) -> bool:
        return self.feedback is not None

    @property
    def changes(self) -> Changes:
        """What answering changed: the learner's progress when it was graded (attempt, mastery, review
        card) or when it raised a teacher alert; nothing when it was only answered kindly."""
        return Changes(progress=self.graded or self.alert is not None)
