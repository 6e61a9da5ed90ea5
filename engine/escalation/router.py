"""Local or cloud, per turn — decided at once, explained, recorded.

A turn goes to the cloud (through the school hub) only when all of these hold: the learner's
setting allows it, the hub is known to be reachable and the school allows it (known in the
background: the turn never waits for a network timeout), and the turn is *hard*: the learner
pressed "Ask for a deeper answer", retrieval found nothing relevant, the question is long or
has several steps, or the on-device answer's confidence (mean top-token probability) is low.
If the cloud is slow (> `budget_s` to first token), refuses, fails or its reply fails the
safety check, the on-device answer is shown at once with a calm note. Every decision and its
reason is recorded in the journal and carried by the last streamed chunk (the "why" tooltip).
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from engine.cancel import CancelToken
from engine.errors import Cancelled
from engine.escalation.cloud import CloudAsker, CloudUnavailable
from engine.escalation.connectivity import ConnectivityMonitor
from engine.escalation.journal import EscalationJournal
from engine.escalation.reasons import HUB_FAULTS, Fallback, Hardness
from engine.i18n import message
from engine.i18n.formats import format_percent
from engine.llm.backend import GenerationParams, TokenChunk
from engine.llm.local import LocalLLM

LOCAL, CLOUD = "local", "cloud"

# English, for the journal and the CLI (adults); the learner reads the catalogue's `route.*` messages.
HARDNESS_TEXT: dict[Hardness, str] = {
    Hardness.DEEPER_REQUESTED: "You asked for a deeper answer.",
    Hardness.NO_MATERIAL: "Your course material has nothing on this question.",
    Hardness.MULTI_STEP: "This question has several steps.",
    Hardness.LONG_QUESTION: "This is a long question.",
    Hardness.LOW_CONFIDENCE: "The on-device tutor was unsure of its answer.",
    Hardness.SIMPLE: "The on-device tutor can answer this one.",
}
FALLBACK_TEXT: dict[Fallback, str] = {
    Fallback.DISABLED: "cloud answers are turned off in your settings",
    Fallback.NO_HUB: "this device is not connected to a school hub",
    Fallback.OFFLINE: "the school hub can't be reached right now",
    Fallback.NOT_ALLOWED: "your school has not turned on cloud answers",
    Fallback.CAP_REACHED: "your school's cloud budget for today is used up",
    Fallback.HUB_SLOW: "the cloud took too long to answer",
    Fallback.HUB_REFUSED: "the hub could not send this question on",
    Fallback.QUESTION_REFUSED: "this question is too long to send to the cloud",
    Fallback.HUB_FAILED: "the cloud answer did not arrive",
    Fallback.UNSAFE_REPLY: "the cloud answer did not pass the safety check",
    Fallback.SENSITIVE: "this question is best answered here, on your device",
}
_SAVE_HINT_CODES = HUB_FAULTS | {Fallback.CAP_REACHED, Fallback.NO_HUB}   # what the hub can fix later

_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?")
_MULTI_STEP = re.compile(
    r"\b(step[- ]by[- ]step|show (your|the|all) work(ing)?|explain (why|how)|prove|derive|compare|"
    r"what (is|are) the (difference|differences|total|remaining)|how (many|much|long|far|fast) .*\b(left|total|"
    r"altogether|remain|more|each|per|after|will|would)\b|first\b.*\bthen\b|and then\b)", re.I)
_OPERATION_WORDS = re.compile(r"\b(each|per|times|total|altogether|left|remaining|share|split|more than|less than|"
                              r"twice|half|percent|%|average|sum|difference|product|ratio)\b", re.I)


@dataclass(frozen=True)
class Turn:
    """One learner question and what the tutor knows about it."""

    question: str
    material: str | None = None          # retrieved course text to answer from (None: none found/used)
    searched_material: bool = False      # retrieval ran (so no material means "nothing relevant")
    deeper: bool = False                 # the learner pressed "Ask for a deeper answer"
    learner_id: str | None = None
    language: str = "en"                 # the learner's: the decision's note and "why" are in it


@dataclass(frozen=True)
class RouteDecision:
    route: str                     # "local" | "cloud"
    reason: Hardness               # why the turn was (not) hard
    explanation: str               # for the "why" tooltip
    fallback: Fallback | None = None   # why a hard turn stayed local
    note: str | None = None        # a calm note for the learner (fallbacks only)
    confidence: float | None = None
    redactions: int = 0            # personal values removed before the question left
    seconds: float | None = None
    device_wait_s: float | None = None   # from the turn's start until the on-device model was asked

    @property
    def can_save_for_later(self) -> bool:
        """Offer "Save for later": a hard turn stayed on the device for a reason the hub can fix later
        (offline, slow, failed, over its cap, no hub yet); the window only shows the button."""
        return self.route == LOCAL and self.fallback in _SAVE_HINT_CODES


@dataclass(frozen=True)
class TurnChunk:
    """A piece of the answer. The last chunk has `finish_reason` and `decision` set."""

    text: str
    source: str                           # "local" | "cloud"
    finish_reason: str | None = None
    decision: RouteDecision | None = None


@dataclass(frozen=True)
class RouterOptions:
    enabled: bool = True                 # the learner's own setting
    confidence_threshold: float = 0.40   # mean top-token probability below this → unsure
    long_question_words: int = 45
    budget_s: float = 4.0                # cloud must start answering within this
    local_max_tokens: int = 200
    seed: int = 0


def assess(turn: Turn, *, long_question_words: int = 45) -> Hardness | None:
    """The pre-generation reason a turn is hard, or None (confidence is judged after generating)."""
    q = turn.question.strip()
    if turn.deeper:
        return Hardness.DEEPER_REQUESTED
    if turn.searched_material and not (turn.material or "").strip():
        return Hardness.NO_MATERIAL
    numbers = len(_NUMBER.findall(q))
    if _MULTI_STEP.search(q) or (numbers >= 2 and _OPERATION_WORDS.search(q)) or q.count("?") >= 2:
        return Hardness.MULTI_STEP
    if len(q.split()) >= long_question_words:
        return Hardness.LONG_QUESTION
    return None


def _explain(reason: Hardness, *, route: str, fallback: Fallback | None, confidence: float | None, language: str = "en") -> str:
    """Why the turn went where it did: whole catalogue sentences in `language`."""
    if reason == Hardness.LOW_CONFIDENCE and confidence is not None:
        text = message("route.why.low_confidence_percent", language, percent=format_percent(confidence, language))
    else:
        text = message(f"route.why.{reason}", language)
    if route == CLOUD:
        return f"{text} {message('route.cloud_answered', language)}"
    if fallback:
        return f"{text} {message(f'route.note.{fallback}', language)}"
    return f"{text} {message('route.device_answered', language)}"


def _note(fallback: Fallback, language: str = "en") -> str:
    """The calm note a learner reads when a hard turn stayed on the device."""
    note = message(f"route.note.{fallback}", language)
    if fallback in _SAVE_HINT_CODES:
        note += " " + message("route.save_later", language)
    return note


class EscalationRouter:
    """Answers turns, locally or through the hub. Thread-compatible: one turn at a time per caller."""

    def __init__(self, llm: LocalLLM | Callable[[], LocalLLM], *, asker: CloudAsker | None, monitor: ConnectivityMonitor | None,
                 journal: EscalationJournal | None = None, options: RouterOptions | None = None) -> None:
        self._llm = llm   # or a function that loads it on first use
        self.asker = asker
        self.monitor = monitor
        self.journal = journal
        self.options = options or RouterOptions()
        self.last_decision: RouteDecision | None = None
        self._device_asked_at: float | None = None

    def gate(self) -> Fallback | None:
        """Why the cloud cannot be used right now (a FALLBACK_TEXT key), or None. No I/O."""
        if not self.options.enabled:
            return Fallback.DISABLED
        if self.asker is None or self.monitor is None or not getattr(self.asker.client, "configured", True):
            return Fallback.NO_HUB
        state = self.monitor.state
        if not state.online or state.status is None:
            return Fallback.OFFLINE
        if not state.status.allowed:
            return Fallback.NOT_ALLOWED
        if state.status.cap_reached:
            return Fallback.CAP_REACHED
        if state.status.providers_available <= 0:
            return Fallback.HUB_FAILED
        return None

    # -- the turn ---------------------------------------------------------------------------------
    def answer(self, turn: Turn, *, cancel: CancelToken | None = None) -> Iterator[TurnChunk]:
        """Stream the answer. Lazy. The last chunk carries the decision (also `last_decision`)."""
        start = time.monotonic()
        self._device_asked_at = None
        hard = assess(turn, long_question_words=self.options.long_question_words)
        blocked = self.gate()

        if blocked is not None:
            # No cloud: stream the local answer straight away.
            probs: list[float] = []
            for chunk in self._local_stream(turn, cancel):
                if chunk.probability is not None and chunk.text:
                    probs.append(chunk.probability)
                if chunk.text:
                    yield TurnChunk(chunk.text, LOCAL)
            conf = sum(probs) / len(probs) if probs else None
            if hard is None and conf is not None and conf < self.options.confidence_threshold:
                hard = Hardness.LOW_CONFIDENCE
            fallback = blocked if hard else None
            yield self._finish(turn, LOCAL, hard or Hardness.SIMPLE, fallback, conf, start)
            return

        if hard is not None:
            yield from self._cloud_or_local(turn, hard, None, None, start, cancel)
            return

        # Not obviously hard: answer locally first and escalate only if the model was unsure.
        text, conf = self._local_text(turn, cancel)
        if not text.strip():
            conf = 0.0   # no answer at all is the least confident answer
        if conf is not None and conf < self.options.confidence_threshold:
            yield from self._cloud_or_local(turn, Hardness.LOW_CONFIDENCE, text, conf, start, cancel)
            return
        if text:
            yield TurnChunk(text, LOCAL)
        yield self._finish(turn, LOCAL, Hardness.SIMPLE, None, conf, start)

    def _cloud_or_local(self, turn: Turn, hard: Hardness, local_text: str | None, conf: float | None, start: float,
                        cancel: CancelToken | None) -> Iterator[TurnChunk]:
        assert self.asker is not None
        shown = 0
        try:   # the budget is for the cloud's first token, whatever local work came before
            stream = self.asker.stream(turn.question, material=turn.material, budget_s=self.options.budget_s,
                                       learner_id=turn.learner_id, cancel=cancel)
            for piece in stream.sentences():
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                shown += 1
                yield TurnChunk(piece, CLOUD)
        except CloudUnavailable as exc:
            if exc.code in HUB_FAULTS and self.monitor is not None:
                self.monitor.report_failure(exc.code)
            if cancel is not None:
                cancel.raise_if_cancelled()
            if shown:
                # Part of the cloud's answer was shown (each sentence checked); the rest failed.
                yield self._finish(turn, CLOUD, hard, exc.code, conf, start, redactions=stream.redactions)
                return
            if local_text is None:
                for chunk in self._local_stream(turn, cancel):
                    if chunk.text:
                        yield TurnChunk(chunk.text, LOCAL)
            elif local_text:
                yield TurnChunk(local_text, LOCAL)
            yield self._finish(turn, LOCAL, hard, exc.code, conf, start)
            return
        yield self._finish(turn, CLOUD, hard, None, conf, start, redactions=stream.redactions)

    def _finish(self, turn: Turn, route: str, reason: Hardness, fallback: Fallback | None, conf: float | None, start: float,
                *, redactions: int = 0) -> TurnChunk:
        decision = RouteDecision(route=route, reason=reason,
                                 explanation=_explain(reason, route=route, fallback=fallback, confidence=conf,
                                                      language=turn.language),
                                 fallback=fallback, note=_note(fallback, turn.language) if fallback else None,
                                 confidence=conf,
                                 redactions=redactions, seconds=round(time.monotonic() - start, 3),
                                 device_wait_s=(round(self._device_asked_at - start, 3)
                                                if self._device_asked_at is not None else None))
        self.last_decision = decision
        if self.journal is not None:
            # The journal is read by adults (CLI, teacher): in English whatever the learner's language.
            self.journal.record_decision(learner_id=turn.learner_id, route=route, reason=reason,
                                         explanation=_explain(reason, route=route, fallback=fallback, confidence=conf),
                                         confidence=conf,
                                         seconds=decision.seconds, question_chars=len(turn.question),
                                         redactions=redactions)
        return TurnChunk("", route, finish_reason="stop", decision=decision)

    @property
    def llm(self) -> LocalLLM:
        if not isinstance(self._llm, LocalLLM):
            self._llm = self._llm()
        return self._llm

    # -- local ----------------------------------------------------------------------------------
    def _local_stream(self, turn: Turn, cancel: CancelToken | None) -> Iterator[TokenChunk]:
        from engine.tutor.grounded import stream_answer

        self._device_asked_at = time.monotonic()
        params = GenerationParams(max_tokens=self.options.local_max_tokens, temperature=0.0, seed=self.options.seed,
                                  confidence=True)
        return stream_answer(self.llm, turn.question, context=turn.material or None, params=params, cancel=cancel)

    def _local_text(self, turn: Turn, cancel: CancelToken | None) -> tuple[str, float | None]:
        parts: list[str] = []
        probs: list[float] = []
        for chunk in self._local_stream(turn, cancel):
            parts.append(chunk.text)
            if chunk.probability is not None and chunk.text:
                probs.append(chunk.probability)
        return "".join(parts), (sum(probs) / len(probs) if probs else None)
