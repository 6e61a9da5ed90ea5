"""Schools, classes, teachers, enrollment codes and devices: the hub's account operations.

Used by the HTTP routes and by `lantern hub admin ...` alike; each function runs inside the caller's
transaction (`with engine.begin() as conn:`).
"""
from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import sqlalchemy as sa

from engine.wire import DeviceInfo, EnrollmentCode, EnrollResponse
from hub import schema as t
from hub.db import as_utc, utcnow
from hub.errors import HubRefusal
from hub.secrets import HubSecrets, secrets_for
from hub.tokens import hash_secret, new_device_token, new_enrollment_code, new_teacher_token, normalize_code

MAX_CODE_MINUTES = 7 * 24 * 60
MAX_CODE_USES = 1000


def _new_id() -> str:
    return str(uuid.uuid4())


def find_school(conn: sa.Connection, ref: str) -> Any:
    row = conn.execute(sa.select(t.schools).where(sa.or_(t.schools.c.id == ref, t.schools.c.name == ref))).first()
    if row is None:
        raise HubRefusal(f"No school {ref!r}.", status=404, hint="List them with: lantern hub admin list")
    return row


def find_class(conn: sa.Connection, ref: str, *, school_id: str | None = None) -> Any:
    """A class by id, by name, or by 'School/Class' when two schools use the same class name."""
    q = sa.select(t.classes, t.schools.c.name.label("school_name")).join(t.schools)
    if "/" in ref:
        school, name = ref.split("/", 1)
        q = q.where(t.schools.c.name == school, t.classes.c.name == name)
    else:
        q = q.where(sa.or_(t.classes.c.id == ref, t.classes.c.name == ref))
    if school_id is not None:
        q = q.where(t.classes.c.school_id == school_id)
    rows = conn.execute(q).all()
    if not rows:
        raise HubRefusal(f"No class {ref!r}.", status=404, hint="List them with: lantern hub admin list")
    if len(rows) > 1:
        raise HubRefusal(f"{len(rows)} classes are called {ref!r}.", status=409,
                         hint="Name it as SCHOOL/CLASS or by its id.")
    return rows[0]


def create_school(conn: sa.Connection, name: str, *, allow_conversation_text: bool = False) -> str:
    if conn.execute(sa.select(t.schools.c.id).where(t.schools.c.name == name)).first():
        raise HubRefusal(f"A school called {name!r} already exists.", status=409)
    sid = _new_id()
    conn.execute(t.schools.insert().values(id=sid, name=name, allow_conversation_text=allow_conversation_text,
                                           created_at=utcnow()))
    return sid


def set_school_privacy(conn: sa.Connection, school_ref: str, *, allow_conversation_text: bool) -> None:
    school = find_school(conn, school_ref)
    conn.execute(t.schools.update().where(t.schools.c.id == school.id)
                 .values(allow_conversation_text=allow_conversation_text))


def create_class(conn: sa.Connection, school_ref: str, name: str) -> str:
    school = find_school(conn, school_ref)
    exists = conn.execute(sa.select(t.classes.c.id).where(t.classes.c.school_id == school.id,
                                                          t.classes.c.name == name)).first()
    if exists:
        raise HubRefusal(f"{school.name} already has a class called {name!r}.", status=409)
    cid = _new_id()
    conn.execute(t.classes.insert().values(id=cid, school_id=school.id, name=name, created_at=utcnow()))
    return cid


def add_teacher(conn: sa.Connection, school_ref: str, name: str) -> tuple[str, str]:
    """Returns (teacher id, token). The token is shown once; only its hash is kept."""
    school = find_school(conn, school_ref)
    tid, token = _new_id(), new_teacher_token()
    conn.execute(t.teachers.insert().values(id=tid, school_id=school.id, name=name, token_hash=hash_secret(token),
                                            created_at=utcnow()))
    return tid, token


def issue_enrollment_code(conn: sa.Connection, class_id: str, *, minutes: int, secrets: HubSecrets | None = None,
                          max_uses: int = 30) -> EnrollmentCode:
    """A code for `max_uses` kiosks (a classroom morning), valid `minutes`; stored as an HMAC."""
    if not 1 <= minutes <= MAX_CODE_MINUTES:
        raise HubRefusal(f"A code must be valid for 1 to {MAX_CODE_MINUTES} minutes, not {minutes}.", status=400,
                         hint="e.g. --minutes 30")
    if not 1 <= max_uses <= MAX_CODE_USES:
        raise HubRefusal(f"A code may enroll 1 to {MAX_CODE_USES} devices, not {max_uses}.", status=400,
                         hint="e.g. --uses 30 for a class's kiosks")
    secrets = secrets or secrets_for(conn)
    code = new_enrollment_code()
    expires = utcnow() + timedelta(minutes=minutes)
    conn.execute(t.enrollment_codes.insert().values(code_hash=secrets.code_hash(normalize_code(code)),
                                                    class_id=class_id, expires_at=expires, created_at=utcnow(),
                                                    max_uses=max_uses, uses=0))
    return EnrollmentCode(code=code, class_id=class_id, expires_at=expires)


def revoke_code(conn: sa.Connection, code: str, *, secrets: HubSecrets | None = None) -> str:
    """Revoke an enrollment code at once (devices it already enrolled keep working). Returns its class id."""
    secrets = secrets or secrets_for(conn)
    c = t.enrollment_codes
    row = conn.execute(sa.select(c.c.class_id).where(c.c.code_hash == secrets.code_hash(normalize_code(code)))).first()
    if row is None:
        raise HubRefusal("That enrollment code is not known to this hub.", status=404)
    conn.execute(c.update().where(c.c.code_hash == secrets.code_hash(normalize_code(code)), c.c.revoked_at.is_(None))
                 .values(revoked_at=utcnow()))
    return str(row.class_id)


def device_info(conn: sa.Connection, device_id: str) -> DeviceInfo:
    row = conn.execute(
        sa.select(t.devices.c.id, t.devices.c.name, t.classes.c.id.label("class_id"),
                  t.classes.c.name.label("class_name"), t.schools.c.id.label("school_id"),
                  t.schools.c.name.label("school_name"), t.schools.c.allow_conversation_text)
        .join(t.classes, t.classes.c.id == t.devices.c.class_id).join(t.schools)
        .where(t.devices.c.id == device_id)).one()
    return DeviceInfo(device_id=row.id, device_name=row.name, class_id=row.class_id, class_name=row.class_name,
                      school_id=row.school_id, school_name=row.school_name,
                      allow_conversation_text=bool(row.allow_conversation_text))


def enroll_device(conn: sa.Connection, code: str, device_name: str, *,
                  secrets: HubSecrets | None = None) -> EnrollResponse:
    secrets = secrets or secrets_for(conn)
    c = t.enrollment_codes
    code_hash = secrets.code_hash(normalize_code(code))
    row = conn.execute(sa.select(c).where(c.c.code_hash == code_hash)).first()
    if row is None:
        raise HubRefusal("That enrollment code is not known to this hub.", status=403,
                         hint="Check the code, or ask the teacher for a new one.")
    if row.revoked_at is not None:
        raise HubRefusal("That enrollment code was revoked.", status=403, hint="Ask the teacher for a new one.")
    if as_utc(row.expires_at) < utcnow():
        raise HubRefusal("That enrollment code has expired.", status=403, hint="Ask the teacher for a new one.")
    # One atomic step: concurrent kiosks cannot together exceed the code's uses.
    used = conn.execute(c.update().where(c.c.code_hash == code_hash, c.c.uses < c.c.max_uses)
                        .values(uses=c.c.uses + 1))
    if used.rowcount == 0:
        raise HubRefusal(f"That enrollment code has already enrolled {row.max_uses} device(s).", status=403,
                         hint="Ask the teacher for a new one.")
    did, token = _new_id(), new_device_token()
    conn.execute(t.devices.insert().values(id=did, class_id=row.class_id, name=device_name,
                                           token_hash=hash_secret(token), created_at=utcnow()))
    return EnrollResponse(token=token, device=device_info(conn, did))


def revoke_device(conn: sa.Connection, device_id: str) -> None:
    """Revoke a device's token, and every code of its class issued before now: the revoked kiosk
    cannot enroll itself again with a code it saw (new codes issued afterwards work as usual)."""
    now = utcnow()
    res = conn.execute(t.devices.update().where(t.devices.c.id == device_id, t.devices.c.revoked_at.is_(None))
                       .values(revoked_at=now))
    if res.rowcount == 0:
        raise HubRefusal(f"No active device {device_id!r}.", status=404,
                         hint="List devices with: lantern hub admin list")
    class_id = conn.execute(sa.select(t.devices.c.class_id).where(t.devices.c.id == device_id)).scalar_one()
    c = t.enrollment_codes
    conn.execute(c.update().where(c.c.class_id == class_id, c.c.revoked_at.is_(None), c.c.created_at <= now)
                 .values(revoked_at=now))


def revoke_teacher(conn: sa.Connection, teacher_id: str) -> None:
    res = conn.execute(t.teachers.update().where(t.teachers.c.id == teacher_id, t.teachers.c.revoked_at.is_(None))
                       .values(revoked_at=utcnow()))
    if res.rowcount == 0:
        raise HubRefusal(f"No active teacher {teacher_id!r}.", status=404)


def list_accounts(conn: sa.Connection) -> dict[str, Any]:
    out: dict[str, Any] = {"schools": []}
    for s in conn.execute(sa.select(t.schools).order_by(t.schools.c.name)):
        classes = []
        for c in conn.execute(sa.select(t.classes).where(t.classes.c.school_id == s.id).order_by(t.classes.c.name)):
            devs = [{"id": d.id, "name": d.name, "revoked": d.revoked_at is not None}
                    for d in conn.execute(sa.select(t.devices).where(t.devices.c.class_id == c.id))]
            classes.append({"id": c.id, "name": c.name, "devices": devs})
        teachers = [{"id": x.id, "name": x.name, "revoked": x.revoked_at is not None}
                    for x in conn.execute(sa.select(t.teachers).where(t.teachers.c.school_id == s.id))]
        out["schools"].append({"id": s.id, "name": s.name, "allow_conversation_text": bool(s.allow_conversation_text),
                               "classes": classes, "teachers": teachers})
    return out
