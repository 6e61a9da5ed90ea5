"""FastAPI dependencies every router uses: the database connection, who is calling, the metrics.

For a new router (e.g. hub/escalation/):

    from hub.deps import DbConn, CurrentDevice, CurrentTeacher, get_metrics

    @router.post("/v1/escalations")
    def create(body: ..., db: DbConn, device: CurrentDevice) -> ...:
        with db.begin():                       # one transaction per request
            db.execute(...)                    # SQLAlchemy Core on hub.schema tables
        get_metrics(request).errors.labels(kind="...").inc()

`device.class_id` is the only class a device may read or write; `teacher.school_id` bounds a teacher.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

import sqlalchemy as sa
from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from hub import schema as t
from hub.metrics import HubMetrics
from hub.tokens import hash_secret

bearer = HTTPBearer(auto_error=False, description="Device or teacher token from enrollment / `lantern hub admin`.")


@dataclass(frozen=True, slots=True)
class DeviceIdentity:
    device_id: str
    device_name: str
    class_id: str
    class_name: str
    school_id: str
    school_name: str
    allow_conversation_text: bool


@dataclass(frozen=True, slots=True)
class TeacherIdentity:
    teacher_id: str
    name: str
    school_id: str


def get_db(request: Request) -> Iterator[sa.Connection]:
    """A connection from the app's pool, closed after the request. Open transactions with `db.begin()`."""
    with request.app.state.engine.connect() as conn:
        yield conn


def get_metrics(request: Request) -> HubMetrics:
    return request.app.state.metrics


DbConn = Annotated[sa.Connection, Depends(get_db)]


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def current_device(db: DbConn, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> DeviceIdentity:
    if creds is None or not creds.credentials:
        raise _unauthorized("Missing device token. Enroll this device first: lantern sync enroll HUB_URL CODE.")
    q = (sa.select(t.devices.c.id, t.devices.c.name, t.devices.c.revoked_at, t.classes.c.id.label("class_id"),
                   t.classes.c.name.label("class_name"), t.schools.c.id.label("school_id"),
                   t.schools.c.name.label("school_name"), t.schools.c.allow_conversation_text)
         .join(t.classes, t.classes.c.id == t.devices.c.class_id)
         .join(t.schools, t.schools.c.id == t.classes.c.school_id)
         .where(t.devices.c.token_hash == hash_secret(creds.credentials)))
    with db.begin():
        row = db.execute(q).first()
    if row is None:
        raise _unauthorized("Unknown device token. Enroll this device again with a new code from the teacher.")
    if row.revoked_at is not None:
        raise _unauthorized("This device's token was revoked. Enroll it again with a new code from the teacher.")
    return DeviceIdentity(row.id, row.name, row.class_id, row.class_name, row.school_id, row.school_name,
                          bool(row.allow_conversation_text))


def current_teacher(db: DbConn, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> TeacherIdentity:
    if creds is None or not creds.credentials:
        raise _unauthorized("Missing teacher token (from `lantern hub admin add-teacher`).")
    with db.begin():
        row = db.execute(sa.select(t.teachers).where(t.teachers.c.token_hash == hash_secret(creds.credentials))).first()
    if row is None or row.revoked_at is not None:
        raise _unauthorized("Unknown or revoked teacher token.")
    return TeacherIdentity(row.id, row.name, row.school_id)


CurrentDevice = Annotated[DeviceIdentity, Depends(current_device)]
CurrentTeacher = Annotated[TeacherIdentity, Depends(current_teacher)]
