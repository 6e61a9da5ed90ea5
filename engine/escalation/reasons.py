"""Why a turn was hard, and why a hard turn stayed on the device: the router's decisions
(`RouteDecision.reason`, `.fallback`) and `CloudUnavailable.code`, typed so mypy checks every use."""
from __future__ import annotations

from enum import StrEnum


class Hardness(StrEnum):
    """Why a turn counts as hard (or not)."""

    DEEPER_REQUESTED = "deeper_requested"
    NO_MATERIAL = "no_material"
    MULTI_STEP = "multi_step"
    LONG_QUESTION = "long_question"
    LOW_CONFIDENCE = "low_confidence"
    SIMPLE = "simple"


class Fallback(StrEnum):
    """Why a hard turn still stayed on the device (also `CloudUnavailable.code`)."""

    DISABLED = "disabled"
    NO_HUB = "no_hub"
    OFFLINE = "offline"
    NOT_ALLOWED = "not_allowed"
    CAP_REACHED = "cap_reached"
    HUB_SLOW = "hub_slow"
    HUB_REFUSED = "hub_refused"
    # The hub refused this question itself, not the device or the school: it is too long for the hub
    # (`HubCode.TOO_LONG`; not `TOO_LARGE`, the hub's request size limit, which is HUB_REFUSED). Sending it
    # again gets the same answer, and the questions after it are not held up: a saved one is marked not
    # sendable and the learner told what to do instead.
    QUESTION_REFUSED = "question_refused"
    HUB_FAILED = "hub_failed"
    UNSAFE_REPLY = "unsafe_reply"
    SENSITIVE = "sensitive"


# The hub or its cloud failed (the connectivity monitor counts these and backs off).
HUB_FAULTS = frozenset({Fallback.OFFLINE, Fallback.HUB_SLOW, Fallback.HUB_FAILED})
# Nothing can reach the cloud now: sending saved questions stops at the first of these (one that the
# safety check withheld, or a question best kept on the device, only skips that question; one the hub
# refused as a question, QUESTION_REFUSED, is marked not sendable and the send goes on).
HUB_UNAVAILABLE = HUB_FAULTS | {Fallback.NO_HUB, Fallback.CAP_REACHED, Fallback.NOT_ALLOWED, Fallback.HUB_REFUSED}
