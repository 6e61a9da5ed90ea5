"""Wires the chat to the tutor's turn (engine/tutor/chat_turn.py) and the escalation strip."""
from __future__ import annotations

from typing import Any

from app.context import AppContext


def make_chat_turns(ctx: AppContext) -> Any:
    """The chat's answer function: safety, library with citations, or the cloud when it is needed."""
    from engine.llm.backend import GenerationParams
    from engine.tutor.chat_turn import ChatTurns
    from engine.tutor.progress import record_alert

    s = ctx.settings

    def on_alert(learner_id: str | None, category: str) -> None:
        if s.teacher_alerts:
            record_alert(ctx.store, learner_id, category=category, source="chat")

    return ChatTurns(llm=ctx.llm, params=GenerationParams(max_tokens=s.max_answer_tokens, temperature=s.temperature,
                                                          seed=s.seed),
                     retriever=lambda: ctx.retriever, safety=lambda: ctx.safety,
                     escalation=(lambda: ctx.escalation) if s.cloud_enabled else None,
                     store=lambda: ctx.store, on_alert=on_alert)


def attach_escalation(ctx: AppContext, chat: Any, runner: Any, *, on_error: Any) -> Any:
    """Put the "deeper answer / why? / save for later" strip above the chat's input."""
    from engine.escalation.router import RouteDecision
    from ui.escalation import EscalationBar

    bar = EscalationBar()
    chat.add_above_input(bar)
    chat.answer_started.connect(lambda _reply: (bar.show_decision(None), bar.set_busy(True)))
    chat.answer_finished.connect(lambda _reply, _reason: bar.set_busy(False))
    chat.answer_item.connect(lambda _reply, item: bar.show_decision(item) if isinstance(item, RouteDecision) else None)
    bar.deeper_requested.connect(lambda: chat.send(chat.last_question, deeper=True) if chat.last_question else None)

    def save() -> None:
        if chat.last_question:
            runner.single(ctx.escalation.saved.save, chat.last_question, learner_id=None, lane="db") \
                .on_error(on_error).start()

    bar.save_requested.connect(save)
    if ctx.settings.cloud_enabled:
        # Watching the hub happens in the background; the first answer never waits for it.
        runner.single(lambda: ctx.escalation.start(), lane="net").on_error(on_error).start()
    return bar
