"""Wires the chat to the engine's turn service (`ctx.turns`, engine/turn) and the escalation strip."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from app.context import AppContext


@dataclass(frozen=True)
class Asker:
    """Who is asking: the learner (None for a guest), their course, whether their turns are saved."""

    learner: Any = None
    course_id: str | None = None
    save: bool = False


class ChatAnswers:
    """The chat's answer function over the engine's turn service (`ctx.turns.chat`).

    The window replaces the `Asker` on the GUI thread when someone signs in or out (`set_asker`) or
    their course is known (`set_course`); `answer` takes it once, on the worker, as one value, so a
    turn never mixes one learner with another's course or saving. Safety, feelings, alerts (a guest's
    without a name), routing, the output check and saving are all the engine's."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._asker = Asker()

    def set_asker(self, learner: Any, *, save: bool, course_id: str | None = None) -> None:
        self._asker = Asker(learner, course_id, save)

    def set_course(self, course_id: str | None) -> None:
        self._asker = replace(self._asker, course_id=course_id)

    @property
    def learner(self) -> Any:
        return self._asker.learner

    @property
    def course_id(self) -> str | None:
        return self._asker.course_id

    @property
    def save(self) -> bool:
        return self._asker.save

    @property
    def learner_id(self) -> str | None:
        return self.learner.id if self.learner is not None else None

    def answer(self, question: str, *, cancel: Any = None, deeper: bool = False) -> Iterator[Any]:
        asker = self._asker
        learner, course_id, save = asker.learner, asker.course_id, asker.save
        with self._ctx.turn_running():
            yield from self._ctx.turns.chat(question, learner=learner, course_id=course_id, deeper=deeper,
                                            cancel=cancel, save=save)


def make_chat_turns(ctx: AppContext) -> ChatAnswers:
    """The chat's answer function: safety, library with citations, or the cloud when it is needed."""
    return ChatAnswers(ctx)


def attach_escalation(ctx: AppContext, chat: Any, runner: Any, *, on_error: Any,
                      answers: ChatAnswers | None = None) -> Any:
    """Put the "deeper answer / why? / save for later" strip above the chat's input.

    `answers`: the chat's `ChatAnswers` (default: the one whose `answer` the chat calls). A question
    saved for later belongs to the learner signed in when "save" is pressed, so its cloud answer lands
    in their history (a guest's: no one's learner)."""
    from ui.escalation import EscalationBar

    asker = answers if answers is not None else getattr(chat.answer_fn, "__self__", None)
    if not isinstance(asker, ChatAnswers):
        raise TypeError("attach_escalation needs the chat's ChatAnswers (who is asking), to save questions "
                        "for that learner")

    def is_route(item: Any) -> bool:
        # By name: importing engine.escalation here would load its HTTP client on the GUI thread at start-up.
        return type(item).__name__ == "RouteDecision"

    bar = EscalationBar()
    chat.add_above_input(bar)
    chat.answer_started.connect(lambda _reply: (bar.show_decision(None), bar.set_busy(True)))
    # A deeper answer is the cloud tutor's: with the cloud off it would re-ask the device and repeat itself.
    chat.answer_finished.connect(lambda _reply, _reason: (bar.set_busy(False),
                                                          bar.offer_deeper() if ctx.settings.cloud_enabled else None))
    chat.answer_item.connect(lambda _reply, item: bar.show_decision(item) if is_route(item) else None)
    bar.deeper_requested.connect(lambda: chat.send(chat.last_question, deeper=True) if chat.last_question else None)

    def save() -> None:
        if chat.last_question:
            # Read now, on the GUI thread: on a shared kiosk the next child may sign in before the worker runs.
            learner_id = asker.learner_id
            runner.single(ctx.escalation.saved.save, chat.last_question, learner_id=learner_id, lane="db") \
                .on_error(on_error).start()

    bar.save_requested.connect(save)
    if ctx.settings.cloud_enabled:
        # Watching the hub happens in the background; the first answer never waits for it.
        runner.single(lambda: ctx.escalation.start(), lane="net").on_error(on_error).start()
    return bar
