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
                     store=lambda: ctx.store, on_alert=on_alert, answer_mode=s.grounded_answers,
                     turns=ctx.turns)


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


def follow_learner(tutor_panel: Any, chat_turns: Any) -> None:
    """When a learner signs in on the Tutor tab, the chat saves under their name and the whole
    window takes on their reading needs (larger, high-contrast text for low vision; a dyslexia
    font and spacing for dyslexia); signing out restores the default look."""
    from PySide6.QtWidgets import QApplication

    from ui.theme import Theme, apply_theme

    def theme_for(learner: Any) -> Theme:
        needs = learner.needs if learner is not None else frozenset()
        return Theme(font_scale=1.5 if "low_vision" in needs else 1.0, high_contrast="low_vision" in needs,
                     dyslexia_font="dyslexia" in needs, letter_spacing=6.0 if "dyslexia" in needs else 0.0)

    def chosen(learner: Any) -> None:
        chat_turns.learner = learner
        apply_theme(QApplication.instance(), theme_for(learner))

    def signed_out() -> None:
        chat_turns.learner = None
        apply_theme(QApplication.instance(), theme_for(None))

    tutor_panel.picker.learner_chosen.connect(chosen)
    tutor_panel.switch_learner.clicked.connect(signed_out)
