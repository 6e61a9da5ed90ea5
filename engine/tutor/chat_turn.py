"""The window's chat as it was wired before `engine.turn`: a thin adapter over `TurnService.chat`.

Kept only until the window calls `AppContext.turns` directly; it holds no rules. Checked sentences
arrive as `TokenChunk`s (one sentence each), notices and safety replies too; `Citations` and
`RouteDecision` pass through. Nothing unchecked is ever yielded, so nothing needs replacing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from engine.cancel import CancelToken
from engine.llm.backend import GenerationParams, TokenChunk
from engine.turn import Notice, SafetyReply, Text, TurnDone, TurnService


@dataclass(frozen=True)
class AnswerReplaced:
    """No longer yielded: output is checked sentence by sentence before it is shown."""

    text: str
    reason: str


class ChatTurns:
    def __init__(self, *, llm: Callable[[], Any], params: GenerationParams,
                 retriever: Callable[[], Any] | None = None, safety: Callable[[], Any] | None = None,
                 escalation: Callable[[], Any] | None = None, store: Callable[[], Any] | None = None,
                 on_alert: Callable[[str | None, str], None] | None = None, answer_mode: str = "auto",
                 turns: TurnService | None = None) -> None:
        if turns is None:
            if safety is None:
                raise ValueError("a chat needs the school's safety filter")
            turns = TurnService(safety=safety, llm=llm, params=params, retriever=retriever,
                                escalation=escalation, store=store, answer_mode=answer_mode)
        self._turns = turns
        self.learner: Any = None
        self.course_id: str | None = None

    def answer(self, question: str, *, cancel: CancelToken | None = None, deeper: bool = False) -> Iterator[Any]:
        learner, course_id = self.learner, self.course_id   # read once, on the worker
        for item in self._turns.chat(question, learner=learner, course_id=course_id, deeper=deeper, cancel=cancel):
            if isinstance(item, Text):
                yield TokenChunk(item.text)
            elif isinstance(item, (SafetyReply, Notice)):
                yield TokenChunk(item.text + " ")
            elif isinstance(item, TurnDone):
                yield TokenChunk("", finish_reason="cancelled" if item.kind == "stopped" else "stop")
            else:
                yield item
