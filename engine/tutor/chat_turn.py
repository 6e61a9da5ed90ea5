"""One turn of the window's chat: safety first, then the class library or the cloud, then a check of
what the learner is about to keep.

Order of a turn:
1. The learner's message goes through the input filter. Self-harm, violence, abuse → a kind reply
   pointing to a trusted adult (and a teacher alert); an injection attempt → a calm redirect. The
   model never sees such a message.
2. When the school's cloud tutor is reachable and allowed (known in the background, no waiting)
   and the learner asked for a deeper answer or the class materials don't cover the question, the
   escalation router answers (redacted on the way out, safety-checked on the way back; a failing
   hub falls back to the device with a calm note). Otherwise the device answers from the library,
   streaming, with citations.
3. The whole answer goes through the output filter; if it must not be shown, an `AnswerReplaced`
   item tells the chat to swap it for the safe text. The turn is saved with its citations.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from engine.cancel import CancelToken
from engine.llm.backend import GenerationParams, TokenChunk
from engine.tutor.library_answer import Citations, stream_library_answer
from engine.tutor.grounded import stream_answer


@dataclass(frozen=True)
class AnswerReplaced:
    """The streamed answer failed the output check: show `text` instead."""

    text: str
    reason: str


def _language_of(text: str) -> str:
    from engine.library.language import detect_language

    try:
        return detect_language(text) or "en"
    except Exception:  # noqa: BLE001 - a language guess must never stop a turn
        return "en"


class ChatTurns:
    """Answers the window's chat. Engines come in as zero-argument getters so that nothing heavy
    is built before the first question (and a missing optional part, e.g. no hub, is just None)."""

    def __init__(self, *, llm: Callable[[], Any], params: GenerationParams,
                 retriever: Callable[[], Any] | None = None, safety: Callable[[], Any] | None = None,
                 escalation: Callable[[], Any] | None = None, store: Callable[[], Any] | None = None,
                 on_alert: Callable[[str | None, str], None] | None = None, answer_mode: str = "auto") -> None:
        self._llm, self._params, self._answer_mode = llm, params, answer_mode
        self._retriever, self._safety, self._escalation, self._store = retriever, safety, escalation, store
        self._on_alert = on_alert
        self.learner_id: str | None = None
        self.course_id: str | None = None

    def answer(self, question: str, *, cancel: CancelToken | None = None, deeper: bool = False) -> Iterator[Any]:
        """Yield TokenChunks, then possibly Citations, a RouteDecision and an AnswerReplaced. Lazy."""
        language = _language_of(question)
        safety = self._safety() if self._safety else None
        if safety is not None:
            decision = safety.check_input(question, language, learner_id=self.learner_id)
            if not decision.allowed:
                if decision.alert and self._on_alert:
                    self._on_alert(self.learner_id, decision.category)
                yield TokenChunk(decision.response or "Let's talk about your lessons.", finish_reason="stop")
                return

        parts: list[str] = []
        citations = Citations((), covered=False)
        for item in self._answer_items(question, deeper=deeper, cancel=cancel):
            if isinstance(item, TokenChunk):
                parts.append(item.text)
            elif isinstance(item, Citations):
                citations = item
            yield item
        text = "".join(parts).strip()
        if cancel is not None and cancel.cancelled:
            return
        if safety is not None and text:
            checked = safety.check_output(text, language, learner_id=self.learner_id)
            if not checked.allowed:
                text = checked.response or ""
                citations = Citations((), covered=False)
                yield AnswerReplaced(text, reason=checked.category)
        if self._store is not None and text:
            from engine.tutor.library_answer import record_turn

            record_turn(self._store(), question=question, answer=text, citations=citations,
                        learner_id=self.learner_id, course_id=self.course_id)

    def _answer_items(self, question: str, *, deeper: bool, cancel: CancelToken | None) -> Iterator[Any]:
        retriever = self._retriever() if self._retriever else None
        escalation = self._escalation() if self._escalation else None
        if escalation is not None and self._wants_cloud(escalation, retriever, question, deeper=deeper):
            for chunk in escalation.answer(question, retriever=retriever, course_id=self.course_id, deeper=deeper,
                                           learner_id=self.learner_id, cancel=cancel):
                if chunk.text:
                    yield TokenChunk(chunk.text)
                if chunk.decision is not None:
                    yield TokenChunk("", finish_reason=chunk.finish_reason or "stop")
                    yield chunk.decision
            return
        if retriever is not None and retriever.ready_chunk_count() > 0:
            yield from stream_library_answer(self._llm(), retriever, question, course_id=self.course_id,
                                             params=self._params, cancel=cancel, open_fallback=True,
                                             answer_mode=self._answer_mode)
        else:
            yield from stream_answer(self._llm(), question, params=self._params, cancel=cancel)

    def _wants_cloud(self, escalation: Any, retriever: Any, question: str, *, deeper: bool) -> bool:
        if deeper:
            return True   # the router answers locally with a calm note when the cloud is out of reach
        if escalation.router.gate() is not None:
            return False  # offline / not allowed: the library answer, with its citations
        if retriever is None:
            return True
        return not retriever.assess(question, course_id=self.course_id).covered
