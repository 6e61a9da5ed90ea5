"""Pydantic models for every request and response between a device and the hub.

Limits live here so the client never builds a batch the hub will refuse, and the hub refuses
anything larger with a clear 4xx before it touches the database.
"""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, model_validator

from engine.wire.hlc import HLC_PATTERN
from engine.wire.payloads import Text, When, check_event, check_published

class HubCode(StrEnum):
    """The machine code of every error the hub sends (`error.code` in its OpenAI-shaped body): the hub
    refuses with a member and a device matches on a member. A code a device does not know (a newer
    hub's) is read as no code: the HTTP status alone then says what happened."""

    # -- any endpoint (hub/errors.py, hub/app.py); when a refusal names no code, its status picks one
    INVALID_REQUEST = "invalid_request"            # 400/422: the request is not valid (nothing stored)
    UNAUTHORIZED = "unauthorized"                  # 401: no or unknown token
    FORBIDDEN = "forbidden"                        # 403: known, and not allowed to do this
    NOT_FOUND = "not_found"                        # 404
    CONFLICT = "conflict"                          # 409: it exists already, or belongs to another class
    TOO_LARGE = "too_large"                        # 413: a body over the hub's limit
    TOO_DEEP = "too_deep"                          # 400: JSON nested too deeply to read
    TOO_MANY_REQUESTS = "too_many_requests"        # 429
    INTERNAL_ERROR = "internal_error"              # 5xx: a bug in the hub; safe to retry
    DATABASE_UNAVAILABLE = "database_unavailable"  # 503: the hub's database is down; retry later
    # -- enrollment and operations (hub/routes)
    TOO_MANY_WRONG_CODES = "too_many_wrong_codes"  # 429: enrollment guesses from one kiosk or network
    METRICS_OFF = "metrics_off"                    # 403
    INVALID_METRICS_TOKEN = "invalid_metrics_token"  # 401
    # -- cloud escalation, POST /v1/chat/completions (hub/escalation)
    UNSUPPORTED_PARAMETER = "unsupported_parameter"  # 400: n > 1, tools, logprobs ...
    UNKNOWN_PARAMETER = "unknown_parameter"        # 400
    TOO_LONG = "too_long"                          # 413: the conversation is over the hub's limit
    NOT_ALLOWED = "not_allowed"                    # 403: the school has not enabled cloud answers
    RATE_LIMITED = "rate_limited"                  # 429: too many cloud questions from this device
    DAILY_COST_CAP_REACHED = "daily_cost_cap_reached"  # 402: the school's daily cloud budget is spent
    UPSTREAM_REJECTED = "upstream_rejected"        # 502: the provider refused the request (4xx)
    UPSTREAM_MALFORMED = "upstream_malformed"      # 502: the provider's answer could not be read
    UPSTREAM_TRUNCATED = "upstream_truncated"      # in a stream: the answer was cut off before it ended
    NO_PROVIDER_AVAILABLE = "no_provider_available"  # 503: every provider failed or is paused
    HUB_MISCONFIGURED = "hub_misconfigured"        # 503: the hub's own set-up (e.g. a lost secret key)


MAX_BATCH_EVENTS = 500                    # events in one push request
MAX_EVENT_PAYLOAD_BYTES = 16 * 1024       # one event's JSON payload
MAX_PUBLISH_PAYLOAD_BYTES = 1024 * 1024   # one published course/lesson/quiz
MAX_FEED_PAGE_ITEMS = 500

# Feed kinds. A kiosk says which it understands (GET /v1/feed?kinds=a,b), and the hub serves only
# those: a kiosk from before a kind existed would refuse the whole page (its FeedItem.kind was a
# closed list), and could never move its cursor again. A kiosk that says nothing predates the
# negotiation and gets the original kinds only.
ORIGINAL_FEED_KINDS = ("roster.learner", "course", "lesson", "quiz")
FEED_KINDS = (*ORIGINAL_FEED_KINDS, "outline")      # what this version of the kiosk applies
MAX_FEED_KINDS = 32

# Merge rules (README "Sync: conflict rules"): profile fields are last-writer-wins under the hybrid
# logical clock; every other kind is an append-only fact and merges as a union of event ids.
LWW_KINDS = ("profile", "learner")
# Kinds that carry what a learner typed or said. They stay on the device unless the school allows more.
CONVERSATION_KINDS = ("transcript", "conversation", "chat", "message", "messages", "conversations")

_KIND = r"^[a-z][a-z0-9_.:-]*$"
_ID = r"^[A-Za-z0-9][A-Za-z0-9_.:@-]*$"
_HLC = HLC_PATTERN
_TEXT_ID = r"^[^\x00-\x1f\x7f]+$"   # any printable text: entity ids are the device's own row keys


def _family(kind: str) -> str:
    return kind.replace(":", ".").split(".", 1)[0]


def merge_rule(kind: str) -> Literal["lww", "append"]:
    """How events of `kind` merge: `lww` (latest HLC wins per learner and field) or `append` (union)."""
    return "lww" if _family(kind) in LWW_KINDS else "append"


def is_conversation_kind(kind: str) -> bool:
    """True for events holding conversation text (sent only when the school allows it)."""
    return any(part in CONVERSATION_KINDS for part in kind.replace(":", ".").split("."))


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Event(_Wire):
    """One learner change recorded on a device: the unit of push, deduplicated by `id`."""

    id: UUID = Field(description="Random UUID chosen on the device when the change was saved.")
    kind: str = Field(min_length=1, max_length=64, pattern=_KIND,
                      description="What changed, e.g. quiz_attempt, mastery, review_card, lesson_completion, profile.")
    entity_id: Text | None = Field(None, min_length=1, max_length=128, pattern=_TEXT_ID,
                                   description="The row that changed.")
    learner_id: str | None = Field(None, min_length=1, max_length=64, pattern=_ID,
                                   description="Whose progress this is; must belong to the device's class.")
    hlc: str = Field(max_length=96, pattern=_HLC, description="Hybrid logical clock stamp: ms-counter-node.")
    created_at: When = Field(description="Device wall-clock time of the change (UTC, 1970-2200).")
    payload: dict[str, Any] = Field(default_factory=dict, description="The change itself (small JSON object).")

    @model_validator(mode="after")
    def _payload_fits_its_kind(self) -> Event:
        # Size, depth, finite numbers, valid Unicode, and the kind's own model (engine/wire/payloads.py).
        check_event(self.kind, self.entity_id, self.payload, max_bytes=MAX_EVENT_PAYLOAD_BYTES)
        return self


class PushBatch(_Wire):
    """A batch of outbox events. Pushing the same batch again is harmless (idempotent by event id)."""

    batch_id: UUID
    events: list[Event] = Field(min_length=1, max_length=MAX_BATCH_EVENTS)


class PushResult(_Wire):
    batch_id: UUID
    accepted: int = Field(description="Events stored now.")
    duplicates: int = Field(description="Events the hub already had (ignored).")
    hub_time: datetime


class FeedItem(_Wire):
    """Something the hub publishes to a class: a roster entry or a teacher's course/lesson/quiz."""

    seq: int = Field(ge=1, description="Position in the class feed; the device's cursor is the last seq it applied.")
    # Any well-formed kind, so a kiosk reads a page holding a kind newer than itself (and skips that item);
    # the known ones (roster.learner, course, lesson, quiz, outline) are checked by their payload model.
    kind: str = Field(min_length=1, max_length=32, pattern=_KIND)
    entity_id: str = Field(min_length=1, max_length=128, pattern=_ID)
    payload: dict[str, Any] = Field(default_factory=dict)
    deleted: bool = False
    published_at: datetime

    @model_validator(mode="after")
    def _payload_fits_its_kind(self) -> FeedItem:
        check_published(self.kind, self.payload, deleted=self.deleted, max_bytes=MAX_PUBLISH_PAYLOAD_BYTES)
        return self


class FeedPage(_Wire):
    items: list[FeedItem]
    cursor: int = Field(ge=0, description="Pass this back as ?cursor= to get the next page.")
    more: bool = Field(description="True when more items wait after this page.")


class DeviceInfo(_Wire):
    device_id: str
    device_name: str
    class_id: str
    class_name: str
    school_id: str
    school_name: str
    allow_conversation_text: bool = Field(
        description="School setting: when true, conversation transcripts are synced too (default false).")


class EnrollRequest(_Wire):
    code: str = Field(min_length=4, max_length=64, pattern=r"^[A-Za-z0-9-]+$")
    device_name: Text = Field(min_length=1, max_length=100, pattern=_TEXT_ID)
    install_key: str | None = Field(None, min_length=16, max_length=64, pattern=r"^[A-Za-z0-9_-]+$",
                                    description="A random id this kiosk keeps (not a secret): wrong codes are counted "
                                                "per kiosk, so one guesser behind a school's NAT locks out only itself.")


class EnrollResponse(_Wire):
    token: str = Field(description="Bearer token for this device; the hub stores only its hash.")
    device: DeviceInfo


class EnrollmentCode(_Wire):
    code: str
    class_id: str
    expires_at: datetime


class PublishRequest(_Wire):
    kind: Literal["course", "lesson", "quiz", "outline"]
    entity_id: str = Field(min_length=1, max_length=128, pattern=_ID)
    payload: dict[str, Any] = Field(default_factory=dict)
    deleted: bool = False

    @model_validator(mode="after")
    def _payload_fits_its_kind(self) -> PublishRequest:
        check_published(self.kind, self.payload, deleted=self.deleted, max_bytes=MAX_PUBLISH_PAYLOAD_BYTES)
        return self


class PublishResult(_Wire):
    seq: int


class LearnerProgress(_Wire):
    learner_id: str
    display_name: str | None = None
    events: int = 0
    attempts: int = 0
    correct: int = 0
    lessons_completed: int = 0
    reviews: int = 0
    mastery: dict[str, float] = Field(default_factory=dict, description="Latest mastery per skill (LWW by HLC).")
    profile: dict[str, Any] = Field(default_factory=dict, description="Profile fields, last writer wins.")
    last_activity: datetime | None = None


class ClassReport(_Wire):
    class_id: str
    class_name: str
    learners: list[LearnerProgress]
    generated_at: datetime
