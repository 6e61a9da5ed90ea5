"""What an event or published item may carry: one pydantic model per kind, plus the JSON rules for all.

Every payload, whatever its kind, must be plain JSON that both databases and every reader can hold:
at most `MAX_JSON_DEPTH` levels deep, finite numbers only (PostgreSQL's JSON refuses NaN), whole
numbers within ±2^53 (what JavaScript and JSON readers keep exactly), strings that are valid
Unicode (no lone surrogates) without NUL. On top of that each known kind has a model that types
its fields, so a report can trust `name` to be text and `level` to be a number. Unknown fields are
allowed (a newer kiosk may add some) but follow the JSON rules; unknown kinds get the JSON rules only.

The kiosk checks with these before an event is queued and before it is sent; the hub checks at
the door and again when it reads stored rows, so one bad row never breaks a report or a feed.
"""
from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

MAX_JSON_DEPTH = 12          # containers inside a payload (a quiz is payload > items > item > choices)
MAX_SAFE_INT = 2 ** 53
EARLIEST = datetime(1970, 1, 2, tzinfo=UTC)    # a kiosk whose clock battery died says 1970: keep its work
LATEST = datetime(2200, 1, 1, tzinfo=UTC)


def check_text(value: str) -> str:
    """Valid Unicode without NUL (lone surrogates cannot be stored or encoded as UTF-8)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text is not valid Unicode (lone surrogate)") from None
    if "\x00" in value:
        raise ValueError("text contains a NUL character")
    return value


def check_json(value: Any, *, max_depth: int = MAX_JSON_DEPTH, where: str = "payload") -> int:
    """Raise ValueError (naming the place) unless `value` is storable JSON; returns its UTF-8 size.

    Iterative, so a hostile 100,000-deep value costs no recursion; the size comes from one C-speed
    `json.dumps` that also catches NaN/Infinity."""
    if max_depth >= 1 and (size := _flat_json_size(value)) is not None:
        return size
    stack: list[tuple[Any, int, str]] = [(value, 0, where)]
    while stack:
        v, depth, path = stack.pop()
        if isinstance(v, dict):
            if depth >= max_depth:
                raise ValueError(f"{path}: nested deeper than {max_depth} levels")
            for k, item in v.items():
                if not isinstance(k, str):
                    raise ValueError(f"{path}: keys must be text")
                try:
                    check_text(k)
                except ValueError as exc:
                    raise ValueError(f"{path}: a key: {exc}") from None
                stack.append((item, depth + 1, f"{path}.{k[:40]}"))
        elif isinstance(v, list | tuple):
            if depth >= max_depth:
                raise ValueError(f"{path}: nested deeper than {max_depth} levels")
            stack.extend((item, depth + 1, f"{path}[{i}]") for i, item in enumerate(v))
        elif isinstance(v, str):
            try:
                check_text(v)
            except ValueError as exc:
                raise ValueError(f"{path}: {exc}") from None
        elif isinstance(v, bool) or v is None:
            continue
        elif isinstance(v, int):
            if abs(v) > MAX_SAFE_INT:
                raise ValueError(f"{path}: whole number out of range (±2^53)")
        elif isinstance(v, float):
            if not math.isfinite(v):
                raise ValueError(f"{path}: numbers must be finite (no NaN or Infinity)")
        else:
            raise ValueError(f"{path}: {type(v).__name__} is not JSON")
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8"))


_SCALARS = (str, bool, type(None))


def _flat_json_size(value: Any) -> int | None:
    """The UTF-8 size of a flat object that certainly passes `check_json` (text keys, scalar values,
    whole numbers in range, finite floats, valid Unicode without NUL), else None: the full walk then
    decides and names the fault. Most events are flat; this is a fifth of the walk's cost (a push of 20
    events spent 0.6 ms of the hub's CPU in the walk)."""
    if type(value) is not dict:
        return None
    for k, v in value.items():
        if type(k) is not str:
            return None
        t = type(v)
        if t is int:
            if not -MAX_SAFE_INT <= v <= MAX_SAFE_INT:
                return None
        elif t is float:
            if not math.isfinite(v):
                return None
        elif t not in _SCALARS:
            return None
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if "\\u0000" in text:          # a NUL (or a text that merely looks like its escape: the walk decides)
        return None
    try:
        return len(text.encode("utf-8"))
    except UnicodeEncodeError:    # a lone surrogate in a key or a value
        return None


def _check_size(payload: Any, max_bytes: int) -> None:
    """Raise ValueError unless `payload` is an object that passes `check_json` within `max_bytes`."""
    if not isinstance(payload, dict):
        raise ValueError("payload must be a JSON object")
    if _flat_and_within(payload, max_bytes):
        return
    size = check_json(payload)
    if size > max_bytes:
        raise ValueError(f"payload is {size} bytes; the limit is {max_bytes}")


def _flat_and_within(value: dict[Any, Any], max_bytes: int) -> bool:
    """True for a flat object that certainly passes `check_json` (as `_flat_json_size` decides) and
    whose JSON certainly fits in `max_bytes`, bounded without writing it: a character is at most 6
    bytes of JSON (a \\u escape), a whole number within ±2^53 at most 17, a float at most 24. Writing
    every event's JSON only to learn that it is far under the limit was most of a push's validation
    (20 events: 0.07 of 0.15 ms). False leaves the exact check to `check_json`.

    The keys and text values are checked as one joined text (a lone surrogate or a NUL in any of
    them is in the join; joining never pairs two surrogates into a character): one check per event
    instead of one per key and per value, which was half of this function's time."""
    texts: list[str] = []
    bound = 2
    for k, v in value.items():
        if type(k) is not str:
            return False
        texts.append(k)
        t = type(v)
        if t is str:
            texts.append(v)
            bound += 2
        elif t is int:
            if not -MAX_SAFE_INT <= v <= MAX_SAFE_INT:
                return False
            bound += 17
        elif t is float:
            if not math.isfinite(v):
                return False
            bound += 24
        elif t is bool or v is None:
            bound += 5
        else:
            return False
        bound += 4        # the key's quotes, colon, comma
    text = "".join(texts)
    return _plain_text(text) and bound + 6 * len(text) <= max_bytes


def _plain_text(value: str) -> bool:
    """Valid Unicode without NUL, as `check_text` asks."""
    if "\x00" in value:
        return False
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_when(value: datetime) -> datetime:
    """A time between 1970 and 2200, as UTC (naive means UTC). Checked before any arithmetic, so a
    year-9999 time with a +23:59 offset is refused rather than overflowing."""
    if not 1970 <= value.year < 2200:
        raise ValueError("date must be between 1970 and 2200")
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if not EARLIEST <= value < LATEST:
        raise ValueError("date must be between 1970 and 2200")
    return value


Text = Annotated[str, AfterValidator(check_text)]
When = Annotated[datetime, AfterValidator(check_when)]


Id = Annotated[str, Field(max_length=128), AfterValidator(check_text)]
Name = Annotated[str, Field(max_length=200), AfterValidator(check_text)]
Word = Annotated[str, Field(max_length=64), AfterValidator(check_text)]       # a category, a role, a code
Choice = Annotated[str, Field(max_length=1000), AfterValidator(check_text)]
Number = Annotated[float, Field(allow_inf_nan=False)]


class _Payload(BaseModel):
    # Extra fields pass (a newer kiosk may add some); `check_json` has already vetted them.
    model_config = ConfigDict(extra="allow", frozen=True)


# -- events a kiosk pushes ------------------------------------------------------------------------
class ProfilePayload(_Payload):
    """`learner.profile` (and `profile`, `learner.*`): last writer wins per field."""

    name: Name | None = None
    display_name: Name | None = None
    grade: int | None = Field(None, ge=-1, le=13)
    language: Word | None = None
    needs: list[Word] | None = Field(None, max_length=32)
    reading_level: int | None = Field(None, ge=-1, le=5000)   # a grade, or a Lexile-style measure
    deleted: bool | None = None


class QuizAttemptPayload(_Payload):
    quiz_item_id: Id | None = None
    correct: bool | None = None
    score: Number | None = None
    skill: Name | None = None
    method: Word | None = None
    duration_ms: int | None = Field(None, ge=0, le=24 * 3600 * 1000)   # time on the question (class view)


class MasteryPayload(_Payload):
    skill: Name | None = None
    level: Number | None = Field(None, ge=0.0, le=1.0)
    course_id: Id | None = None


class ReviewCardPayload(_Payload):
    quiz_item_id: Id | None = None
    due: Word | None = None
    rating: Word | None = None


class LessonCompletionPayload(_Payload):
    lesson_id: Id | None = None
    course_id: Id | None = None


class TeacherAlertPayload(_Payload):
    category: Word | None = None
    source: Word | None = None


class MessagePayload(_Payload):
    conversation_id: Id | None = None
    role: Word | None = None
    text: Text | None = None     # bounded by the event's payload size
    citations: list[dict[str, Any]] | None = Field(None, max_length=50)


EVENT_PAYLOADS: dict[str, type[_Payload]] = {
    "profile": ProfilePayload, "learner": ProfilePayload, "learner.profile": ProfilePayload,
    "quiz_attempt": QuizAttemptPayload, "mastery": MasteryPayload, "review_card": ReviewCardPayload,
    "lesson_completion": LessonCompletionPayload, "lesson_completed": LessonCompletionPayload,
    "teacher_alert": TeacherAlertPayload, "message.created": MessagePayload,
}


def event_payload_model(kind: str) -> type[_Payload] | None:
    """The model for an event kind: exact name first, then its family (`learner.renamed` -> `learner`)."""
    return EVENT_PAYLOADS.get(kind) or EVENT_PAYLOADS.get(kind.replace(":", ".").split(".", 1)[0])


def check_event(kind: str, entity_id: str | None, payload: Any, *, max_bytes: int) -> None:
    """Raise ValueError (a readable reason) unless this event may be stored and read back."""
    _check_size(payload, max_bytes)
    model = event_payload_model(kind)
    if model is not None:
        _validate(model, payload)
    if model is LessonCompletionPayload and not (entity_id or payload.get("lesson_id")):
        raise ValueError("a lesson completion needs an entity_id or payload.lesson_id")


# -- what a teacher publishes ---------------------------------------------------------------------
class CoursePayload(_Payload):
    name: Name | None = None
    title: Name | None = None
    language: Word | None = None
    description: Text | None = Field(None, max_length=20_000)


class LessonPayload(_Payload):
    course_id: Id | None = None
    title: Name | None = None
    ordinal: int | None = Field(None, ge=0, le=1_000_000)


class QuizItemPayload(_Payload):
    # An item without id or question is skipped by kiosks (engine/sync/apply.py), not refused.
    id: Id | None = None
    question: Text | None = Field(None, max_length=4000)
    choices: list[Choice] | None = Field(None, max_length=26)
    answer: Text | int | None = None
    explanation: Text | None = Field(None, max_length=8000)
    skill: Name | None = None
    course_id: Id | None = None
    kind: Word | None = None


class QuizPayload(_Payload):
    course_id: Id | None = None
    items: list[QuizItemPayload] = Field(default_factory=list, max_length=500)


class RosterPayload(_Payload):
    learner_id: Id | None = None
    display_name: Name | None = None


PUBLISHED_PAYLOADS: dict[str, type[_Payload]] = {
    "course": CoursePayload, "lesson": LessonPayload, "quiz": QuizPayload, "roster.learner": RosterPayload,
}


def check_published(kind: str, payload: Any, *, deleted: bool, max_bytes: int) -> None:
    """Raise ValueError unless a published item may be stored and sent to every kiosk of the class."""
    _check_size(payload, max_bytes)
    model = PUBLISHED_PAYLOADS.get(kind)
    if model is not None and not deleted:
        _validate(model, payload)


def _validate(model: type[_Payload], payload: dict[str, Any]) -> None:
    try:
        model.__pydantic_validator__.validate_python(payload)   # what model_validate calls, without its wrapper
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "payload"
        raise ValueError(f"payload.{where}: {first['msg']}") from None


# The teacher workspace's kinds (engine/wire/teacher.py builds on the types above, so it is read last).
from engine.wire.teacher import TEACHER_EVENT_PAYLOADS, OutlinePublishedPayload  # noqa: E402 - needs this module's types

EVENT_PAYLOADS.update(TEACHER_EVENT_PAYLOADS)
# The hub forwards a teacher's `outline.published` event to every kiosk of the class as feed kind `outline`.
PUBLISHED_PAYLOADS["outline"] = OutlinePublishedPayload
