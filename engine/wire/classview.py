"""The teacher's class view as the hub sends it (`GET /v1/classes/{class}/view`): per learner and per
lesson progress, the questions most learners miss, alerts and a trend per day.

Built by hub/classview.py from the class's synced events; read by engine/sync/teacher_report.py.
A lesson is a quiz item's skill, as in engine/teacher/classview.py (the kiosk's offline view), so
the two views line up. Alerts carry time, learner and category only, never what a learner wrote.
"""
from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["AlertRow", "ClassView", "DayTrend", "DifficultItem", "LearnerSummary", "LessonRow"]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LearnerSummary(_Wire):
    learner_id: str
    learner: str | None = Field(None, description="Display name (latest profile name by HLC).")
    attempts: int = 0
    correct: int = 0
    lessons_completed: int = 0
    due_reviews: int = 0
    last_activity: datetime | None = None
    time_spent_s: float = 0.0


class LessonRow(_Wire):
    learner_id: str
    learner: str | None = None
    lesson: str
    course_id: str | None = None
    attempts: int = 0
    correct: int = 0
    mastery: float | None = Field(None, description="0..1, latest by HLC; None before any answer.")
    due_reviews: int = 0
    last_activity: datetime | None = None
    time_spent_s: float = 0.0


class DifficultItem(_Wire):
    quiz_item_id: str
    question: str | None = Field(None, description="From a quiz published through the hub; else None.")
    lesson: str | None = None
    learners_answered: int
    learners_missed: int
    miss_rate: float


class AlertRow(_Wire):
    event_id: str
    at: datetime
    learner_id: str | None = Field(None, description="None for a guest.")
    learner: str | None = None
    category: str
    source: str | None = None
    acknowledged_at: datetime | None = None
    note: str | None = Field(None, description="The teacher's own note when acknowledged.")


class DayTrend(_Wire):
    day: date
    attempts: int = 0
    correct: int = 0
    active_learners: int = 0
    time_spent_s: float = 0.0


class ClassView(_Wire):
    class_id: str
    class_name: str
    course_id: str | None = None
    since: datetime = Field(description="Start of the trend window.")
    generated_at: datetime
    learners: list[LearnerSummary] = Field(default_factory=list)
    rows: list[LessonRow] = Field(default_factory=list)
    difficult_items: list[DifficultItem] = Field(default_factory=list)
    alerts: list[AlertRow] = Field(default_factory=list)
    trends: list[DayTrend] = Field(default_factory=list)
    skipped_rows: int = Field(0, description="Stored rows the hub could not read (logged on the hub).")
