"""One question to the cloud through the hub: redact → send → restore names → safety check.

Nothing personal leaves: the question, the material and the roster names in them are redacted
here, the only place a device builds a cloud request. The reply streams back sentence by
sentence: each sentence has its names restored and passes the safety check for minors before it
is handed on (and the turn's own gate checks it again with the school's filter).
"""
from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from engine.cancel import CancelToken
from engine.errors import LanternError, SyncError
from engine.escalation.client import HubClient
from engine.escalation.reasons import Fallback
from engine.escalation.redact import Redactor

if TYPE_CHECKING:
    from engine.wire.models import HubCode

CLOUD_INSTRUCTIONS = (
    "You are a patient, encouraging tutor for school students (children and teenagers). Answer the student's "
    "question correctly and clearly, step by step when it helps, in at most {words} words. Keep content "
    "suitable for minors. Words in square brackets such as [NAME_1] are placeholders for people's names or "
    "private details: use them exactly as written and do not guess what they stand for."
)
SAFETY_POLICIES = ("minors", "strict", "off")


class CloudUnavailable(LanternError):
    """The cloud could not (or must not) answer; `code` (why: `reasons.Fallback`) picks the calm
    note shown instead. `shown`: sentences of the reply already handed out before it failed."""

    kid_msgid = "error.cloud"

    def __init__(self, code: Fallback, detail: str = "", *, shown: int = 0) -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail
        self.shown = shown


@dataclass(frozen=True)
class CloudReply:
    text: str
    redactions: int          # personal values replaced before sending
    sent_messages: tuple[dict[str, str], ...]   # exactly what left the device (already redacted)


_SYNC_KIND_TO_CODE: dict[str, Fallback] = {"config": Fallback.NO_HUB, "offline": Fallback.OFFLINE,
                                           "slow": Fallback.HUB_SLOW, "auth": Fallback.HUB_REFUSED,
                                           "refused": Fallback.HUB_REFUSED, "server": Fallback.HUB_FAILED}


@functools.cache
def hub_code_fallbacks() -> Mapping[HubCode, Fallback]:
    """What this device does with each code the hub can send (`engine.wire.HubCode`): one entry a
    member, so a new code is a decision made here. A refusal with no code (or one this device does
    not know) goes by how the request failed (`_SYNC_KIND_TO_CODE`). Built on first use: the wire
    enum comes with pydantic, not needed until the hub has refused."""
    from engine.wire.models import HubCode as C

    # About this question alone: over the hub's limit on a conversation's characters (413 too_long, checked
    # after the device's token). The device's other questions are not; this one never will be.
    question = (C.TOO_LONG,)
    # About this device or the hub, whatever the question: the token, the rate, the request's shape. The device
    # sends the same parameters every time, so an invalid_request or unknown_parameter is a version or set-up
    # mismatch that every question would meet (the hub's one check on the text itself refuses a NUL
    # character, which a typed or spoken question does not have). A request over the hub's size limit (413
    # too_large) is here too: that limit is the hub's own setting (LANTERN_HUB_MAX_REQUEST_BYTES), checked
    # before the token, and the body carries course material; a small limit, or a token the hub would refuse
    # anyway, must not give up on every saved question for good.
    refused = (C.INVALID_REQUEST, C.UNAUTHORIZED, C.FORBIDDEN, C.NOT_FOUND, C.CONFLICT, C.TOO_LARGE, C.TOO_DEEP,
               C.TOO_MANY_REQUESTS, C.TOO_MANY_WRONG_CODES, C.METRICS_OFF, C.INVALID_METRICS_TOKEN,
               C.UNSUPPORTED_PARAMETER, C.UNKNOWN_PARAMETER, C.RATE_LIMITED)
    # The hub or its cloud failed: the connectivity monitor counts these (`HUB_FAULTS`) and backs off. A
    # provider's 4xx (upstream_rejected) is here too: the hub does not say whether it was the question's
    # content or the provider's key or model, and only the question's would be worth giving up on.
    failed = (C.INTERNAL_ERROR, C.DATABASE_UNAVAILABLE, C.UPSTREAM_REJECTED, C.UPSTREAM_MALFORMED,
              C.UPSTREAM_TRUNCATED, C.NO_PROVIDER_AVAILABLE, C.HUB_MISCONFIGURED)
    table = {**dict.fromkeys(question, Fallback.QUESTION_REFUSED), **dict.fromkeys(refused, Fallback.HUB_REFUSED),
             **dict.fromkeys(failed, Fallback.HUB_FAILED),
             C.NOT_ALLOWED: Fallback.NOT_ALLOWED, C.DAILY_COST_CAP_REACHED: Fallback.CAP_REACHED}
    return MappingProxyType(table)


class CloudAsker:
    def __init__(self, client: HubClient, *, redactor: Redactor | None = None, safety: Any = None,
                 safety_policy: str = "minors", language: str = "en", max_tokens: int = 400,
                 answer_words: int = 180) -> None:
        if safety_policy not in SAFETY_POLICIES:
            raise ValueError(f"safety_policy must be one of {SAFETY_POLICIES}")
        self.client = client
        self.redactor = redactor or Redactor()
        self._safety = safety
        self.safety_policy = safety_policy
        self.language = language
        self.max_tokens = max_tokens
        self.answer_words = answer_words

    def _filter(self) -> Any:
        if self._safety is None:
            from engine.safety import default_filter

            self._safety = default_filter()
        return self._safety

    def build_messages(self, question: str, material: str | None) -> tuple[list[dict[str, str]], dict[str, str], int]:
        """The redacted request, the placeholders to restore, and how many values were removed."""
        # Material and question share one placeholder table so [NAME_1] means one person throughout.
        combined = question if not material else f"{material}\n\u241e\n{question}"
        red = self.redactor.redact(combined)
        if material:
            red_material, red_question = red.text.split("\n\u241e\n", 1)
            user = f'Course material:\n"""\n{red_material.strip()}\n"""\n\nQuestion: {red_question.strip()}'
        else:
            user = red.text.strip()
        messages = [{"role": "system", "content": CLOUD_INSTRUCTIONS.format(words=self.answer_words)},
                    {"role": "user", "content": user}]
        return messages, red.replacements, sum(red.counts.values())

    def ask(self, question: str, *, material: str | None = None, budget_s: float,
            learner_id: str | None = None, cancel: CancelToken | None = None) -> CloudReply:
        """The whole reply (for saved questions answered later); see `stream`."""
        stream = self.stream(question, material=material, budget_s=budget_s, learner_id=learner_id, cancel=cancel)
        text = "".join(stream.sentences()).strip()
        return CloudReply(text, stream.redactions, stream.sent_messages)

    def stream(self, question: str, *, material: str | None = None, budget_s: float,
               learner_id: str | None = None, cancel: CancelToken | None = None) -> CloudStream:
        """Send the redacted question now; the reply comes sentence by sentence from `.sentences()`,
        each with names restored and checked for minors before it is handed out. Raises
        `CloudUnavailable` here when the question must stay on the device."""
        if self.safety_policy != "off":
            verdict = self._filter().check_input(question, self.language, learner_id=learner_id)
            if not verdict.allowed or verdict.category != "ok":
                # A child's worrying message stays on the device, where the tutor's care and a teacher are.
                raise CloudUnavailable(Fallback.SENSITIVE, verdict.category)
        messages, replacements, removed = self.build_messages(question, material)
        return CloudStream(self, messages, replacements, removed, budget_s=budget_s, learner_id=learner_id,
                           cancel=cancel)


class CloudStream:
    """One cloud reply in flight. `sentences()` yields checked sentences; the first failure raises
    `CloudUnavailable` (with `shown` telling how many sentences were already handed out)."""

    def __init__(self, asker: CloudAsker, messages: list[dict[str, str]], replacements: dict[str, str],
                 redactions: int, *, budget_s: float, learner_id: str | None, cancel: CancelToken | None) -> None:
        self._asker, self._replacements = asker, replacements
        self.redactions = redactions
        self.sent_messages = tuple(messages)
        self._budget_s, self._learner_id, self._cancel = budget_s, learner_id, cancel
        self.shown = 0

    def sentences(self) -> Iterator[str]:
        from engine.speech.sentences import stream_sentences

        asker = self._asker
        try:
            pieces = asker.client.stream_chat(list(self.sent_messages), max_tokens=asker.max_tokens,
                                              budget_s=self._budget_s, cancel=self._cancel)
            for sentence, separator in stream_sentences(pieces):
                yield self._release(sentence) + separator
        except SyncError as exc:
            code = (hub_code_fallbacks()[exc.code] if exc.code is not None else
                    _SYNC_KIND_TO_CODE.get(exc.kind, Fallback.HUB_FAILED))
            raise CloudUnavailable(code, str(exc), shown=self.shown) from exc
        if self.shown == 0:
            raise CloudUnavailable(Fallback.HUB_FAILED, "empty reply")

    def _release(self, sentence: str) -> str:
        asker = self._asker
        text = Redactor.restore(sentence, self._replacements)
        if asker.safety_policy != "off":
            verdict = asker._filter().check_output(text, asker.language, learner_id=self._learner_id)
            if not verdict.allowed or (asker.safety_policy == "strict" and verdict.flags):
                raise CloudUnavailable(Fallback.UNSAFE_REPLY, verdict.category, shown=self.shown)
        self.shown += 1
        return text
