"""Wire models for the sync event kinds the teacher workspace adds (engine/teacher).

`engine/wire/payloads.py` adds them to `EVENT_PAYLOADS`, so the kiosk and the hub check them at the
door: `outline.published` -> OutlinePublishedPayload, `alert.acknowledged` -> AlertAcknowledgedPayload,
`reading.approved` -> ReadingApprovedPayload, `question.resolved` -> QuestionResolvedPayload.
"""
from __future__ import annotations

from pydantic import Field

from engine.wire.payloads import Id, Name, Text, Word, _Payload

__all__ = ["AlertAcknowledgedPayload", "OutlineLessonWire", "OutlinePublishedPayload", "OutlineUnitWire",
           "QuestionResolvedPayload", "ReadingApprovedPayload", "TEACHER_EVENT_PAYLOADS"]


class OutlineLessonWire(_Payload):
    id: Id
    title: Name
    document_id: Id | None = None
    key_terms: list[Name] = Field(default_factory=list, max_length=32)


class OutlineUnitWire(_Payload):
    id: Id
    title: Name
    lessons: list[OutlineLessonWire] = Field(default_factory=list, max_length=500)


class OutlinePublishedPayload(_Payload):
    """`outline.published` (entity: the course id): the learning path the teacher published."""

    course_id: Id
    course_name: Name | None = None
    units: list[OutlineUnitWire] = Field(default_factory=list, max_length=200)


class AlertAcknowledgedPayload(_Payload):
    """`alert.acknowledged` (entity: the teacher_alert event id): never the learner's words."""

    alert_event_id: Id
    note: Text | None = Field(None, max_length=2000)
    acknowledged_at: Word | None = None


class ReadingApprovedPayload(_Payload):
    """`reading.approved` (entity: the draft id): an easier version of a passage learners may see."""

    course_id: Id | None = None
    chunk_id: int = Field(ge=0)
    target_grade: int = Field(ge=0, le=13)
    text: Text = Field(max_length=12_000)


class QuestionResolvedPayload(_Payload):
    """`question.resolved` (entity: the open question's id): what the teacher did with it."""

    action: Word
    note: Text | None = Field(None, max_length=2000)


TEACHER_EVENT_PAYLOADS: dict[str, type[_Payload]] = {
    "outline.published": OutlinePublishedPayload, "alert.acknowledged": AlertAcknowledgedPayload,
    "reading.approved": ReadingApprovedPayload, "question.resolved": QuestionResolvedPayload,
}
