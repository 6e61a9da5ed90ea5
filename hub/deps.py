"""FastAPI dependencies every router uses: the database, who is calling, the metrics.

For a new router (e.g. hub/escalation/):

    from hub.deps import Db, CurrentDevice, CurrentTeacher, get_metrics

    @router.post("/v1/escalations")
    def create(body: ..., request: Request, db: Db, device: CurrentDevice) -> ...:
        with db.begin() as conn:               # one short transaction (SQLAlchemy Core, hub.schema tables)
            conn.execute(...)
        get_metrics(request).errors.labels(kind="...").inc()

`Db` is the app's Engine, not a pooled connection: take a connection only for the moment you need
it. (A yield-dependency holding a connection for the whole request deadlocks under load: requests
waiting for the pool sit on the threadpool the connection holders need to finish.)
`device.class_id` is the only class a device may read or write; `teacher.school_id` bounds a teacher.
`current_device(conn, creds)` / `current_teacher(conn, creds)` can also be called with your own connection.
"""
from __future__ import annotations

import email.message
import json
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

import sqlalchemy as sa
from fastapi import Depends, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ValidationError

from hub import schema as t
from hub.db import read_only
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


async def get_engine(request: Request) -> sa.Engine:
    """The app's database engine (async: resolving it never waits for a worker thread)."""
    return request.app.state.engine


def client_address(request: Request) -> str:
    """The caller's address: the socket's, unless the socket is a configured trusted proxy, then the
    nearest X-Forwarded-For hop that is not itself a trusted proxy (a client cannot forge its way in)."""
    peer = request.client.host if request.client else "?"
    trusted = request.app.state.settings.trusted_proxies
    if not trusted or not _in_networks(peer, trusted):
        return peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not _in_networks(hop, trusted):
            return hop[:64]
    return peer


def _in_networks(address: str, networks: list[str]) -> bool:
    import ipaddress

    try:
        ip = ipaddress.ip_address(address)
        return any(ip in ipaddress.ip_network(n, strict=False) for n in networks)
    except ValueError:
        return False


def get_metrics(request: Request) -> HubMetrics:
    return request.app.state.metrics


Db = Annotated[sa.Engine, Depends(get_engine)]
Creds = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def current_device(db: sa.Connection, creds: HTTPAuthorizationCredentials | None) -> DeviceIdentity:
    """The device behind a bearer token, checked against the database (401 if unknown or revoked)."""
    with db.begin():
        return lookup_device(db, creds)


# Built once: building this select per request, and computing its cache key, cost ~0.2 ms of CPU,
# more than running it (every push authenticates with it).
_DEVICE_BY_TOKEN = (
    sa.select(t.devices.c.id, t.devices.c.name, t.devices.c.revoked_at, t.classes.c.id.label("class_id"),
              t.classes.c.name.label("class_name"), t.schools.c.id.label("school_id"),
              t.schools.c.name.label("school_name"), t.schools.c.allow_conversation_text)
    .join(t.classes, t.classes.c.id == t.devices.c.class_id)
    .join(t.schools, t.schools.c.id == t.classes.c.school_id)
    .where(t.devices.c.token_hash == sa.bindparam("token_hash", type_=sa.String())))
_TEACHER_BY_TOKEN = sa.select(t.teachers).where(t.teachers.c.token_hash == sa.bindparam("token_hash", type_=sa.String()))


def lookup_device(db: sa.Connection, creds: HTTPAuthorizationCredentials | None) -> DeviceIdentity:
    """`current_device` inside the caller's transaction."""
    if creds is None or not creds.credentials:
        raise _unauthorized("Missing device token. Enroll this device first: lantern sync enroll HUB_URL CODE.")
    row = db.execute(_DEVICE_BY_TOKEN, {"token_hash": hash_secret(creds.credentials)}).first()
    if row is None:
        raise _unauthorized("Unknown device token. Enroll this device again with a new code from the teacher.")
    if row.revoked_at is not None:
        raise _unauthorized("This device's token was revoked. Enroll it again with a new code from the teacher.")
    return DeviceIdentity(row.id, row.name, row.class_id, row.class_name, row.school_id, row.school_name,
                          bool(row.allow_conversation_text))


def current_teacher(db: sa.Connection, creds: HTTPAuthorizationCredentials | None) -> TeacherIdentity:
    if creds is None or not creds.credentials:
        raise _unauthorized("Missing teacher token (from `lantern hub admin add-teacher`).")
    with db.begin():
        row = db.execute(_TEACHER_BY_TOKEN, {"token_hash": hash_secret(creds.credentials)}).first()
    if row is None or row.revoked_at is not None:
        raise _unauthorized("Unknown or revoked teacher token.")
    return TeacherIdentity(row.id, row.name, row.school_id)


def authenticate_device(db: Db, creds: Creds) -> DeviceIdentity:
    with read_only(db) as conn:           # held only for the lookup
        return current_device(conn, creds)


def authenticate_teacher(db: Db, creds: Creds) -> TeacherIdentity:
    with read_only(db) as conn:
        return current_teacher(conn, creds)


@contextmanager
def device_write(db: sa.Engine, creds: HTTPAuthorizationCredentials | None
                 ) -> Iterator[tuple[DeviceIdentity, sa.Connection]]:
    """Authenticate a device and open its write transaction, on the one worker thread the route runs
    on (a dependency would cost a second thread hop per request). On PostgreSQL the token lookup is the
    transaction's first statement (one connection, no extra commit); on SQLite it is read before the
    write lock is taken, so the lock is held for the write alone."""
    if db.dialect.name == "postgresql":
        with db.begin() as conn:
            yield lookup_device(conn, creds), conn
        return
    device = authenticate_device(db, creds)
    with db.begin() as conn:
        yield device, conn


async def require_credentials(creds: Creds) -> HTTPAuthorizationCredentials:
    """A bearer token must be present (401 before anything else); whose it is, the route checks."""
    if creds is None or not creds.credentials:
        raise _unauthorized("Missing device token. Enroll this device first: lantern sync enroll HUB_URL CODE.")
    return creds


DeviceCreds = Annotated[HTTPAuthorizationCredentials, Depends(require_credentials)]
CurrentDevice = Annotated[DeviceIdentity, Depends(authenticate_device)]
CurrentTeacher = Annotated[TeacherIdentity, Depends(authenticate_teacher)]


M = TypeVar("M", bound=BaseModel)


def json_body(model: type[M]) -> Callable[[Request], Awaitable[M]]:
    """A dependency that reads the request body as `model`, for a busy route (`POST /v1/events`):
    pydantic parses and validates the JSON bytes in one pass, half the CPU of FastAPI's own body
    parameter (`json.loads`, then validating the Python objects: 0.41 vs 0.21 ms for 20 events).

    A body that pass refuses gets the answers FastAPI's body parameter gave: a 422 at `body` naming
    the bad place (for a push, the bad event by index, id and kind) from that pass's own errors,
    without validating again (a bad 2 MB body costs one validation, not two); JSON that pydantic's
    parser refuses but Python's reads (a lone surrogate escape, NaN) is read by `json.loads` and
    validated as Python objects; a body that is not JSON at all is a 422 `json_invalid` (a
    syntax error) or a 400; a body without a JSON content type is validated as bytes (a 422).
    Being a dependency, it runs after the route's credentials dependency: a request without a token
    is a 401 before its body is read. Declare the schema with `openapi_extra=openapi_body(model)`."""

    async def read(request: Request) -> M:
        raw = await request.body()
        if not raw:
            raise RequestValidationError([{"type": "missing", "loc": ("body",), "msg": "Field required", "input": None}])
        if not _is_json(request.headers.get("content-type")):
            _validate_python(model, raw)            # refuses bytes with FastAPI's 422
        try:
            return model.model_validate_json(raw)
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
            if not any(e["type"] == "json_invalid" for e in errors):
                raise RequestValidationError(_at_body(errors), body=_parsed_or_none(raw)) from None
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RequestValidationError([{"type": "json_invalid", "loc": ("body", exc.pos), "msg": "JSON decode error",
                                           "input": {}, "ctx": {"error": exc.msg}}]) from None
        except (ValueError, RecursionError):  # bytes that are not UTF-8, a 5,000-digit number, deep nesting
            raise HTTPException(status_code=400, detail="There was an error parsing the body") from None
        return _validate_python(model, data)

    return read


def _validate_python(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError(_at_body(exc.errors(include_url=False)), body=data) from None


def _at_body(errors: list[Any]) -> list[dict[str, Any]]:
    return [{**e, "loc": ("body", *e["loc"])} for e in errors]


def _parsed_or_none(raw: bytes) -> Any:
    """The body as Python objects, for the 422 to name the bad event (valid JSON: pydantic read it)."""
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def _is_json(content_type: str | None) -> bool:
    """FastAPI's rule (strict content type): application/json or application/*+json."""
    if not content_type:
        return False
    message = email.message.Message()
    message["content-type"] = content_type
    subtype = message.get_content_subtype()
    return message.get_content_maintype() == "application" and (subtype == "json" or subtype.endswith("+json"))


def openapi_body(model: type[BaseModel]) -> dict[str, Any]:
    """The request body `json_body(model)` reads, for the route's `openapi_extra` (a dependency is not
    a body parameter, so FastAPI would not document it): the model's JSON schema with its
    definitions written in place (a `$ref` to `#/$defs/...` would point into the wrong document)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def inline(node: Any, within: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                name = ref.removeprefix("#/$defs/")
                if name in within:
                    raise ValueError(f"{model.__name__}: {name} refers to itself; its schema cannot be written in place")
                return inline(defs[name], (*within, name))
            return {k: inline(v, within) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(v, within) for v in node]
        return node

    # The 422 a refused body gets (FastAPI lists it for its own body parameters; the hub's handler
    # answers in that shape, with the hint and OpenAI-style error added).
    invalid = {"description": "Validation Error",
               "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HTTPValidationError"}}}}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": inline(schema, ())}}},
            "responses": {"422": invalid}}
