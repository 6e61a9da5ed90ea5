"""One question to the cloud through the hub: redact → send → restore names → safety check.

Nothing personal leaves: the question, the material and the roster names in them are redacted
here, the only place a device builds a cloud request. The reply is buffered whole, because it
must pass the safety check for minors *before* a learner sees any of it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.cancel import CancelToken
from engine.errors import Cancelled, SyncError
from engine.escalation.client import HubClient
from engine.escalation.redact import Redactor

CLOUD_INSTRUCTIONS = (
    "You are a patient, encouraging tutor for school students (children and teenagers). Answer the student's "
    "question correctly and clearly, step by step when it helps, in at most {words} words. Keep content "
    "suitable for minors. Words in square brackets such as [NAME_1] are placeholders for people's names or "
    "private details: use them exactly as written and do not guess what they stand for."
)
SAFETY_POLICIES = ("minors", "strict", "off")


class CloudUnavailable(Exception):
    """The cloud could not (or must not) answer; `code` picks the calm note shown instead."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class CloudReply:
    text: str
    redactions: int          # personal values replaced before sending
    sent_messages: tuple[dict[str, str], ...]   # exactly what left the device (already redacted)


_SYNC_KIND_TO_CODE = {"offline": "offline", "slow": "hub_slow", "auth": "hub_refused", "refused": "hub_refused",
                      "server": "hub_failed"}


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
        if self.safety_policy != "off":
            verdict = self._filter().check_input(question, self.language, learner_id=learner_id)
            if not verdict.allowed or verdict.category != "ok":
                # A child's worrying message stays on the device, where the tutor's care and a teacher are.
                raise CloudUnavailable("sensitive", verdict.category)
        messages, replacements, removed = self.build_messages(question, material)
        try:
            text = "".join(self.client.stream_chat(messages, max_tokens=self.max_tokens, budget_s=budget_s,
                                                   cancel=cancel))
        except SyncError as exc:
            code = _SYNC_KIND_TO_CODE.get(exc.kind, "hub_failed")
            if getattr(exc, "code", "") in ("daily_cost_cap_reached",):
                code = "cap_reached"
            elif getattr(exc, "code", "") == "not_allowed":
                code = "not_allowed"
            raise CloudUnavailable(code, str(exc)) from exc
        except Cancelled:
            raise
        text = Redactor.restore(text.strip(), replacements)
        if not text:
            raise CloudUnavailable("hub_failed", "empty reply")
        if self.safety_policy != "off":
            verdict = self._filter().check_output(text, self.language, learner_id=learner_id)
            if not verdict.allowed or (self.safety_policy == "strict" and verdict.flags):
                raise CloudUnavailable("unsafe_reply", verdict.category)
        return CloudReply(text, removed, tuple(messages))
