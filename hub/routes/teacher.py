"""Teacher endpoints: enrollment codes, publishing to a class, the class progress report and class view."""
from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Query, Request
from pydantic import AfterValidator

from engine.wire import ClassReport, ClassView, EnrollmentCode, PublishRequest, PublishResult, check_text
from hub import accounts, classview, exchange, report
from hub.db import read_only
from hub.deps import CurrentTeacher, Db

router = APIRouter(prefix="/v1/classes", tags=["teacher"])


def _own_class(conn: sa.Connection, teacher: CurrentTeacher, class_ref: str) -> str:
    # A class outside the teacher's school reads as "not found": no hint that it exists.
    return accounts.find_class(conn, class_ref, school_id=teacher.school_id).id


@router.post("/{class_ref}/enrollment-codes", response_model=EnrollmentCode, summary="A short-lived code to enroll devices")
def new_code(class_ref: str, request: Request, teacher: CurrentTeacher, db: Db) -> EnrollmentCode:
    with db.begin() as conn:
        settings = request.app.state.settings
        return accounts.issue_enrollment_code(conn, _own_class(conn, teacher, class_ref),
                                              minutes=settings.enrollment_code_minutes,
                                              max_uses=settings.enrollment_code_uses,
                                              secrets=request.app.state.secrets)


@router.post("/{class_ref}/publish", response_model=PublishResult, summary="Publish a course, lesson or quiz to a class")
def publish(class_ref: str, body: PublishRequest, teacher: CurrentTeacher, db: Db) -> PublishResult:
    with db.begin() as conn:
        return PublishResult(seq=exchange.publish(conn, _own_class(conn, teacher, class_ref), body))


@router.get("/{class_ref}/report", response_model=ClassReport, summary="Per-learner progress and mastery")
def class_report(class_ref: str, teacher: CurrentTeacher, db: Db) -> ClassReport:
    with db.begin() as conn:
        return report.class_report(conn, _own_class(conn, teacher, class_ref))


CourseId = Annotated[str, Query(min_length=1, max_length=128, pattern=r"^[^\x00-\x1f\x7f]+$"), AfterValidator(check_text)]


@router.get("/{class_ref}/view", response_model=ClassView,
            summary="Class view: per learner and lesson, difficult questions, alerts, trend per day")
def class_view(class_ref: str, teacher: CurrentTeacher, db: Db, course_id: CourseId | None = None,
               days: Annotated[int, Query(ge=1, le=366, description="Days of trend, ending today (UTC).")] = 30
               ) -> ClassView:
    # A read: a deferred transaction on SQLite (never holds the write lock kiosks' pushes need).
    with read_only(db) as conn, conn.begin():
        return classview.class_view(conn, _own_class(conn, teacher, class_ref), course_id=course_id, days=days)
