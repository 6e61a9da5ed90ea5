"""The one tutor turn every surface calls: the window's chat, the Tutor tab (Explain, Socratic),
quiz answers in the window, `lantern ask` and `lantern quiz`.

Order of every turn, in one place:
1. **Input safety** (the school's filter): self-harm, violence, abuse → a kind reply and a teacher
   alert; an injection attempt → a calm redirect. Nothing else happens; the model never sees it.
2. **Feelings**: frustration / anxiety / distress → a kind sentence first (distress also alerts).
3. **Route**: a quiz answer is graded; a chat question is answered from the class library with
   citations, or by the cloud tutor when it is reachable, allowed and needed; a Tutor-tab turn is
   composed by `Tutor.compose`.
4. **Output check, sentence by sentence**: nothing a model (local or cloud) wrote is shown before
   its sentence passed the output filter (engine/turn/gate.py).
5. **Save**: the turn with its citations (and sync events), plus any teacher alert.

Engines come in as zero-argument getters, so building a `TurnService` is free and nothing heavy
loads before the first question. A turn is a lazy generator: run it on a worker thread.
"""
from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from engine.cancel import CancelToken
from engine.llm.backend import GenerationParams, TokenChunk
from engine.turn.gate import gate_sentences
from engine.turn.items import Notice, NoticeKind, QuizTurn, SafetyReply, Text, TurnDone, TurnKind

if TYPE_CHECKING:
    from engine.safety import SafetyFilter
    from engine.tutor.profile import LearnerProfile
    from engine.tutor.quiz import QuizItem, SourceChunk
    from engine.tutor.session import QuizSession
    from engine.tutor.socratic import Rung
    from engine.tutor.tutor import Tutor, TutorReply

Getter = Callable[[], Any]


def detect_language(text: str, default: str = "en") -> str:
    """The language of a message, or `default` when it cannot be told (never fails a turn)."""
    from engine.library.language import detect_language as detect

    try:
        return detect(text) or default
    except Exception:  # noqa: BLE001 - a language guess must never stop a turn
        return default


class TurnService:
    """Runs turns. Thread use: one turn at a time per model (the caller's "llm" lane)."""

    def __init__(self, *, safety: Getter, llm: Getter, params: GenerationParams | None = None,
                 retriever: Getter | None = None, escalation: Getter | None = None, store: Getter | None = None,
                 tutor: Getter | None = None, answer_mode: str = "auto", teacher_alerts: bool = True) -> None:
        self._safety, self._llm = safety, llm
        self._retriever, self._escalation, self._store, self._tutor = retriever, escalation, store, tutor
        self.params = params or GenerationParams()
        self.answer_mode = answer_mode
        self.teacher_alerts = teacher_alerts

    # -- the window's chat and `lantern ask` ---------------------------------------------------
    def chat(self, question: str, *, learner: LearnerProfile | None = None, course_id: str | None = None,
             deeper: bool = False, cancel: CancelToken | None = None, context: str | None = None,
             params: GenerationParams | None = None, save: bool = True) -> Iterator[Any]:
        """Yield `Text`/`SafetyReply`/`Notice`, then possibly `Citations` and a `RouteDecision`, and
        always `TurnDone` last. `context`: answer only from this text (no library, no cloud)."""
        language = learner.language if learner is not None else detect_language(question)
        learner_id = learner.id if learner is not None else None
        safety: SafetyFilter = self._safety()
        refused = yield from self._check_input(question, language, learner_id, source="chat")
        if refused:
            return
        alert = yield from self._feelings(question, language, learner_id, source="chat")

        from engine.tutor.library_answer import Citations

        extras: list[Any] = []
        citations = Citations((), covered=context is not None)
        shown: list[str] = []
        kind = TurnKind.ANSWER
        pieces = self._chat_pieces(question, course_id=course_id, deeper=deeper, cancel=cancel, context=context,
                                   learner_id=learner_id, extras=extras, params=params or self.params,
                                   language=language)
        for item in gate_sentences(pieces, lambda s: safety.check_output(s, language, learner_id=learner_id)):
            shown.append(item.text)
            yield item
        for extra in extras:
            if isinstance(extra, Citations):
                citations = extra
                if not extra.covered and context is None:
                    kind = TurnKind.NOT_COVERED
            yield extra
        if cancel is not None and cancel.cancelled:
            yield TurnDone(TurnKind.STOPPED, alert=alert)
            return
        if kind is TurnKind.NOT_COVERED and context is None and self._still_indexing():
            from engine.i18n import message

            yield Notice(NoticeKind.PREPARING, message("not_covered.preparing", language))
        text = "".join(shown).strip()
        note = self._language_note(text, language, kind)
        if note is not None:
            yield note
        turn_id = None
        if save and self._store is not None and text:
            from engine.tutor.library_answer import record_turn

            turn_id = record_turn(self._store(), question=question, answer=text, citations=citations,
                                  learner_id=learner_id, course_id=course_id)
        yield TurnDone(kind, turn_id=turn_id, alert=alert)

    def _chat_pieces(self, question: str, *, course_id: str | None, deeper: bool, cancel: CancelToken | None,
                     context: str | None, learner_id: str | None, extras: list[Any],
                     params: GenerationParams, language: str = "en") -> Iterator[str]:
        """The raw text of an answer (unchecked), with its non-text items put aside in `extras`."""
        from engine.tutor.grounded import stream_answer
        from engine.tutor.library_answer import stream_library_answer

        if context is not None:
            stream: Iterable[Any] = stream_answer(self._llm(), question, context=context, params=params,
                                                  cancel=cancel, answer_mode=self.answer_mode)
        else:
            retriever = self._retriever() if self._retriever else None
            escalation = self._escalation() if self._escalation else None
            if escalation is not None and self._wants_cloud(escalation, retriever, question, course_id, deeper):
                stream = self._cloud_stream(escalation, question, retriever=retriever, course_id=course_id,
                                            deeper=deeper, learner_id=learner_id, cancel=cancel, language=language)
            elif retriever is not None and retriever.ready_chunk_count() > 0:
                stream = stream_library_answer(self._llm(), retriever, question, course_id=course_id,
                                               params=params, cancel=cancel, open_fallback=True,
                                               answer_mode=self.answer_mode)
            else:
                stream = self._open_answer(question, params=params, cancel=cancel)
        for item in stream:
            if isinstance(item, TokenChunk):
                if item.text:
                    yield item.text
            else:
                extras.append(item)

    def _still_indexing(self) -> bool:
        """The library's vectors are behind its lessons (first start, an import, a new embedder):
        "not covered" may only mean "not searchable yet", and the learner is told so."""
        retriever = self._retriever() if self._retriever else None
        if retriever is None or retriever.vectors is None:
            return False
        ready = retriever.ready_chunk_count()
        return ready > 0 and retriever.vectors.count() != ready

    def _open_answer(self, question: str, *, params: GenerationParams, cancel: CancelToken | None) -> Iterator[Any]:
        """No class material to answer from: the model's own answer only when it passed the
        general-knowledge check (engine/answers/general_check.py; the bundled 270M did not), else
        an honest "not covered" with the offer to ask the teacher. Never a guess passed off as help."""
        from engine.answers.general_check import general_answers_allowed
        from engine.i18n import message
        from engine.tutor.grounded import stream_answer
        from engine.tutor.library_answer import Citations

        llm = self._llm()
        if general_answers_allowed(llm.info.id):
            yield from stream_answer(llm, question, params=params, cancel=cancel)
            yield Citations((), covered=False, source="general")
        else:
            yield TokenChunk(message("not_covered.ask_teacher", detect_language(question)), finish_reason="stop")
            yield Citations((), covered=False)

    @staticmethod
    def _cloud_stream(escalation: Any, question: str, **options: Any) -> Iterator[Any]:
        for chunk in escalation.answer(question, **options):
            if chunk.text:
                yield TokenChunk(chunk.text)
            if chunk.decision is not None:
                yield chunk.decision

    @staticmethod
    def _wants_cloud(escalation: Any, retriever: Any, question: str, course_id: str | None, deeper: bool) -> bool:
        if deeper:
            return True   # the router answers locally with a calm note when the cloud is out of reach
        if escalation.router.gate() is not None:
            return False  # offline / not allowed: the library answer, with its citations
        if retriever is None:
            return True
        return not retriever.assess(question, course_id=course_id).covered

    # -- the Tutor tab ---------------------------------------------------------------------------
    def tutor(self, learner: LearnerProfile, message: str, *, mode: str = "explain", course_id: str | None = None,
              hint_level: int = 0, material: Sequence[SourceChunk] | None = None, quiz_item: QuizItem | None = None,
              cancel: CancelToken | None = None, save: bool = True) -> Iterator[Any]:
        """An Explain or Socratic turn: `Text`/`SafetyReply`/`Notice` items, then `TurnDone` with
        the rung shown (`hint_level`) and the citations."""
        for item in self._tutor_items(learner, message, mode=mode, course_id=course_id, hint_level=hint_level,
                                      material=material, quiz_item=quiz_item, cancel=cancel, save=save):
            if not isinstance(item, _Composed):
                yield item

    def tutor_reply(self, learner: LearnerProfile, message: str, **options: Any) -> TutorReply:
        """The same turn, collected into one `TutorReply` (nothing saved)."""
        from engine.tutor.tutor import TutorReply

        texts: list[str] = []
        composed: TutorReply | None = None
        safety: SafetyReply | None = None
        feeling_text, note = "", False
        done = TurnDone(TurnKind.ANSWER)
        for item in self._tutor_items(learner, message, save=False, **options):
            if isinstance(item, _Composed):
                composed = item.reply
            elif isinstance(item, Text):
                texts.append(item.text)
            elif isinstance(item, SafetyReply):
                safety = item
                texts.append(item.text)
            elif isinstance(item, Notice) and item.kind is NoticeKind.FEELING:
                feeling_text = item.text
            elif isinstance(item, Notice):
                note = note or item.kind is NoticeKind.LANGUAGE_NOTE
                texts.append(f"\n\n{item.text}")
            elif isinstance(item, TurnDone):
                done = item
        body = "".join(texts).strip()
        if feeling_text:
            body = f"{feeling_text}\n\n{body}"
        base = composed or TutorReply("", options.get("mode", "explain"), done.kind.value)
        from engine.safety import SafetyDecision

        decision = (SafetyDecision(False, safety.category, safety.direction, learner.language,  # type: ignore[arg-type]
                                   response=safety.text, alert=safety.alert) if safety else None)
        return TutorReply(body, base.mode, done.kind.value, hint_level=done.hint_level,
                          reveals_answer=done.reveals_answer, citations=base.citations, chunk_ids=base.chunk_ids,
                          safety=decision, alert=done.alert, language_note=note, style=base.style)

    def _tutor_items(self, learner: LearnerProfile, message: str, *, mode: str, course_id: str | None,
                     hint_level: int, material: Sequence[SourceChunk] | None, quiz_item: QuizItem | None,
                     cancel: CancelToken | None, save: bool) -> Iterator[Any]:
        language = learner.language
        refused = yield from self._check_input(message, language, learner.id, source="tutor")
        if refused:
            return
        alert = yield from self._feelings(message, language, learner.id, source="tutor")
        tutor: Tutor = self._tutor() if self._tutor else self._default_tutor()
        reply = tutor.compose(learner, message, mode=mode, material=material, course_id=course_id,
                              quiz_item=quiz_item, hint_level=hint_level, cancel=cancel)
        yield _Composed(reply)
        kind = TurnKind(reply.kind)
        shown: list[str] = []
        if kind is TurnKind.NOT_COVERED:
            yield Notice(NoticeKind.NOT_COVERED, reply.text)
        else:
            safety: SafetyFilter = self._safety()
            for item in gate_sentences([reply.text],
                                       lambda s: safety.check_output(s, language, learner_id=learner.id)):
                shown.append(item.text)
                yield item
        text = "".join(shown).strip()
        note = self._language_note(text, language, kind)
        if note is not None:
            yield note
        stopped = cancel is not None and cancel.cancelled
        turn_id = None
        if save and self._store is not None and text and not stopped:
            from engine.tutor.library_answer import Citations, record_turn

            turn_id = record_turn(self._store(), question=message, answer=text, citations=Citations((), covered=True),
                                  learner_id=learner.id, course_id=course_id)
        yield TurnDone(kind, hint_level=reply.hint_level, reveals_answer=reply.reveals_answer, turn_id=turn_id,
                       alert=alert, citations=reply.citations)

    def _default_tutor(self) -> Tutor:
        from engine.tutor.tutor import Tutor

        if not hasattr(self, "_made_tutor"):
            self._made_tutor = Tutor(self._llm(), retriever=self._retriever() if self._retriever else None,
                                     safety=self._safety(), alert_on_distress=self.teacher_alerts)
        return self._made_tutor

    # -- quiz answers (window and `lantern quiz`) -----------------------------------------------
    def quiz_answer(self, session: QuizSession, item: QuizItem, response: str, *, marked_hard: bool = False,
                    hints_shown: int = 0, duration_ms: int | None = None) -> QuizTurn:
        """Safety and feelings first: a worrying message is never just "graded wrong". An option the
        learner picked (by its text, letter or number) is the teacher-approved option's words, not the
        learner's: it is graded as it is ("Suicide" on a health lesson is an answer, not an alert).
        `hints_shown`: rungs of `quiz_hint` shown for this item; when one gave the answer away the
        item is marked hard (`quiz_needed_answer`). Blocking (the store): run it on a worker."""
        from engine.tutor.session import picked_option

        learner = session.learner
        if picked_option(item, response) is None:      # the learner's own words
            refusal = self._input_refusal(response, learner.language, learner.id, "quiz")
            if refusal is not None:
                return QuizTurn(None, safety=refusal, alert=refusal.category if refusal.alert else None)
            from engine.tutor.feelings import detect_feeling

            feeling = detect_feeling(response, learner.language, alert_on_distress=self.teacher_alerts)
            if not feeling.ok and feeling.response:
                alert = self._alert(learner.id, "distress", "quiz") if feeling.alert else None
                # Slow down: the learner is offered the next small step instead of a grade.
                return QuizTurn(None, notice=Notice(NoticeKind.FEELING, feeling.response), alert=alert)
        hard = marked_hard or self.quiz_needed_answer(item, hints_shown)
        feedback = session.answer(item, response, marked_hard=hard, duration_ms=duration_ms)
        return QuizTurn(feedback)

    @classmethod
    def quiz_needed_answer(cls, item: QuizItem, hints_shown: int) -> bool:
        """The one rule, window and CLI: a learner who was shown a rung that gives the answer away
        needed the answer, so the item is marked hard (it comes back for review even when right)."""
        return hints_shown > 0 and cls.quiz_hint(item, hints_shown - 1).reveals_answer

    @staticmethod
    def quiz_hint(item: QuizItem, level: int, *, language: str | None = None) -> Rung:
        """The hint ladder for a quiz item: rung `level` (0 nudge .. the answer; later asks repeat it),
        worded in `language` (the learner's; None: the item's own language)."""
        from engine.tutor.socratic import ANSWER, ladder_for_item

        return ladder_for_item(item, language=language)[min(max(level, 0), ANSWER)]

    # -- shared steps ----------------------------------------------------------------------------
    def _check_input(self, text: str, language: str, learner_id: str | None, *,
                     source: str) -> Generator[Any, None, bool]:
        """Yields the refusal items (and returns True) when the message must not go on."""
        reply = self._input_refusal(text, language, learner_id, source)
        if reply is None:
            return False
        yield reply
        yield TurnDone(TurnKind.SAFETY, reveals_answer=False, alert=reply.category if reply.alert else None)
        return True

    def _input_refusal(self, text: str, language: str, learner_id: str | None, source: str) -> SafetyReply | None:
        """The kind reply (and the teacher alert) for a message that must not go on, else None."""
        decision = self._safety().check_input(text, language, learner_id=learner_id)
        if decision.allowed:
            return None
        alert = bool(decision.alert) and self.teacher_alerts
        if alert:
            self._alert(learner_id, decision.category, source)
        return SafetyReply(decision.response or "", decision.category, alert=alert, direction="input")

    def _feelings(self, text: str, language: str, learner_id: str | None, *,
                  source: str) -> Generator[Any, None, str | None]:
        from engine.tutor.feelings import detect_feeling

        feeling = detect_feeling(text, language, alert_on_distress=self.teacher_alerts)
        if feeling.response:
            yield Notice(NoticeKind.FEELING, feeling.response)
        if feeling.alert:
            return self._alert(learner_id, "distress", source)
        return None

    def _alert(self, learner_id: str | None, category: str, source: str) -> str | None:
        if not self.teacher_alerts:
            return None
        if self._store is not None:
            from engine.tutor.progress import record_alert

            record_alert(self._store(), learner_id, category=category, source=source)
        return category

    @staticmethod
    def _language_note(text: str, language: str, kind: TurnKind) -> Notice | None:
        """Tell a non-English learner honestly when the answer came out in English."""
        if language == "en" or kind not in (TurnKind.ANSWER, TurnKind.GUIDE) or not text:
            return None
        if detect_language(text, default="") != "en":
            return None
        from engine.i18n import message

        return Notice(NoticeKind.LANGUAGE_NOTE, message("answer.language_note", language))


class _Composed:
    """Internal: the composed (unchecked) reply, passed from `_tutor_items` to `tutor_reply` only."""

    def __init__(self, reply: TutorReply) -> None:
        self.reply = reply
