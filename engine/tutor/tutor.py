"""The tutor's teaching: one turn in *Explain* or *Socratic* mode, shaped for the learner.

`Tutor.compose` answers from the class material (or gives the Socratic rung asked for) and shapes
the reply for the learner's grade and needs (engine/tutor/profile). It checks nothing: the one
safe turn (engine/turn) runs the input filter and the feelings check before it, and releases its
text sentence by sentence through the output filter. `Tutor.respond` runs that same pipeline and
returns the whole reply (evaluation, tests).

*Quiz me* is `engine.tutor.session.QuizSession`.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from engine.cancel import CancelToken
from engine.i18n import NOT_ENGLISH, MessageMap
from engine.llm.backend import GenerationParams
from engine.safety import SafetyDecision, SafetyFilter
from engine.tutor.feelings import Feeling
from engine.tutor.grounded import extract_answer, stream_answer
from engine.tutor.profile import LearnerProfile, TutorStyle, shape_reply, style_for
from engine.tutor.quiz import QuizItem, SourceChunk, normalise, sentences_of
from engine.tutor.socratic import ANSWER, Rung, guiding_question, ladder_for_computed, ladder_for_item, ladder_for_question

Mode = Literal["explain", "socratic"]
# One generation length for every style: the style's limits are applied to the text afterwards.
GROUNDED_MAX_TOKENS = 64

NOT_COVERED = MessageMap("not_covered.tutor")   # texts: engine/i18n/po/*.po
LANGUAGE_NOTE = MessageMap("answer.language_note", languages=NOT_ENGLISH)   # texts: engine/i18n/po/*.po


@dataclass(frozen=True)
class TutorReply:
    text: str
    mode: str
    kind: str                                   # "answer" | "guide" | "safety" | "not_covered"
    hint_level: int = 0                         # the rung shown (Socratic); ask again for the next
    reveals_answer: bool = True
    citations: tuple[str, ...] = ()             # "Title › Heading" labels of the material used
    chunk_ids: tuple[int, ...] = ()
    feeling: Feeling | None = None
    safety: SafetyDecision | None = None
    alert: str | None = None                    # "self_harm" | "violence" | "abuse" | "distress"
    language_note: bool = False
    style: TutorStyle | None = field(default=None, compare=False)


class Tutor:
    """Explain and Socratic turns for one model. Thread use: one turn at a time per model."""

    # model_guides: ask the model for the Socratic first question. Off by default: measured on the
    # bundled 270M base model, it answered instead of asking in 4 of 4 evaluation questions (those
    # replies are caught by the leak check and replaced by the deterministic nudge anyway).
    def __init__(self, llm: Any, *, retriever: Any | None = None, safety: SafetyFilter | None = None,
                 model_guides: bool = False, alert_on_distress: bool = True) -> None:
        self.llm = llm
        self.retriever = retriever
        self.safety = safety or SafetyFilter()
        self.model_guides = model_guides
        self.alert_on_distress = alert_on_distress
        # Same question on the same material → same grounded answer (styles differ only after it).
        self._answers: dict[tuple[str, str], str] = {}

    # -- public ------------------------------------------------------------------------------
    def respond(self, profile: LearnerProfile, message: str, *, mode: str = "explain",
                material: Sequence[SourceChunk] | None = None, course_id: str | None = None,
                quiz_item: QuizItem | None = None, hint_level: int = 0,
                cancel: CancelToken | None = None) -> TutorReply:
        """One whole tutor turn through the one safe turn pipeline (engine/turn): input safety,
        feelings, `compose`, sentence-checked output, language note. Nothing is saved; the window
        and the CLI use `TurnService.tutor`, which streams the same items and saves the turn."""
        from engine.turn.service import TurnService

        turns = TurnService(safety=lambda: self.safety, llm=lambda: self.llm, tutor=lambda: self,
                            teacher_alerts=self.alert_on_distress)
        return turns.tutor_reply(profile, message, mode=mode, material=material, course_id=course_id,
                                 quiz_item=quiz_item, hint_level=hint_level, cancel=cancel)

    def compose(self, profile: LearnerProfile, message: str, *, mode: str = "explain",
                material: Sequence[SourceChunk] | None = None, course_id: str | None = None,
                quiz_item: QuizItem | None = None, hint_level: int = 0,
                cancel: CancelToken | None = None) -> TutorReply:
        """The teaching part of a turn, *unchecked*: the answer or Socratic rung from the class
        material, shaped for the learner's style. Only engine/turn calls this; it runs the safety
        and feelings checks around it. In Socratic mode `hint_level` picks the rung (0 nudge .. 3 answer)."""
        style = style_for(profile)
        lang = profile.language
        if quiz_item is not None and mode == "socratic":
            rungs = ladder_for_item(quiz_item, language=lang)
            return self._finish(style, mode, "guide", rungs[min(hint_level, ANSWER)],
                                (quiz_item.citation,), (quiz_item.chunk_id,))
        from engine.answers.arithmetic import compute

        worked = compute(message, lang)    # arithmetic needs no lesson: it is computed, with every step kept
        if worked is not None and mode == "socratic":
            rungs = ladder_for_computed(worked, language=lang)
            return self._finish(style, mode, "guide", rungs[min(hint_level, ANSWER)], (), ())
        if worked is not None:
            return self._finish_text(style, mode, "answer", worked.text(), (), (), reveals=True, shape=False)
        # `key`: the words the answer is picked by — the question, or its English search key when it
        # asks about lessons in English in another language (the reply is still the lesson's sentence).
        chunks, key = (list(material), message) if material is not None else self._retrieve(message, course_id)
        if not chunks:
            return self._finish_text(style, mode, "not_covered", NOT_COVERED.get(lang, NOT_COVERED["en"]),
                                     (), (), reveals=False, shape=False)
        context = "\n\n".join(f"{c.heading or c.title}: {' '.join(c.text.split())}" for c in chunks)
        cites = tuple(dict.fromkeys(c.citation for c in chunks))
        ids = tuple(c.id for c in chunks)
        answer = self._grounded(key, context, style, cancel)
        if mode == "socratic":
            guide = None
            if hint_level == 0 and self.model_guides and lang == "en":   # the model's prompt and words are English
                guide = guiding_question(self.llm, message, context=context, answer=answer)
            rungs = ladder_for_question(key, answer, source=context, where=cites[0] if cites else None,
                                        guide=guide, language=lang)
            return self._finish(style, mode, "guide", rungs[min(hint_level, ANSWER)], cites, ids)
        # Explain = the answer sentence + one supporting sentence of the same passage, for every
        # reader (shape_reply keeps both at the reader's length); one-step readers get the answer only.
        if not style.one_step and len(sentences_of(answer)) < 2:
            support = _best_sentence(answer, context)
            if support and normalise(support) not in normalise(answer):
                answer = f"{answer} {support}"
        return self._finish_text(style, mode, "answer", answer, cites, ids, reveals=True)

    # -- internals ---------------------------------------------------------------------------
    def _retrieve(self, question: str, course_id: str | None) -> tuple[list[SourceChunk], str]:
        """The lesson passages for `question`, and the words to pick its answer by. A question the
        lessons do not cover in its own words, asked in es/fr/de/it/pt, is searched again with the
        local model's English translation (a search key only, as `lantern ask` and the chat do)."""
        if self.retriever is None:
            return [], question
        found = self.retriever.assess(question, course_id=course_id, k=3)
        key = question
        if not found.covered:
            english = self._english_key(question)
            found = self.retriever.assess(english, course_id=course_id, k=3) if english else found
            if not found.covered or english is None:
                return [], question
            key = english
        return [SourceChunk(p.chunk_id, p.text, document_id=p.document_id, title=p.label(), course_id=p.course_id,
                            page=None) for p in found.passages[:3]], key

    def _english_key(self, question: str) -> str | None:
        from engine.answers.crosslang import translate_question
        from engine.tutor.library_answer import question_language

        lang = question_language(question)
        return None if lang == "en" else translate_question(self.llm, question, source_language=lang)

    def _grounded(self, question: str, context: str, style: TutorStyle, cancel: CancelToken | None) -> str:
        single = style.plain_words or style.max_sentences < 2   # a one-sentence reply must hold the answer
        key = (normalise(question) + (" [single]" if single else ""), context)
        if key in self._answers:
            return self._answers[key]
        from engine.tutor.grounded import prefers_extract

        # (Arithmetic never gets here: `compose` answers it with computed steps before any lesson search.)
        if prefers_extract(self.llm, "auto"):
            # A base model's words are not trusted: the lesson's best answer sentence (engine/answers),
            # found without generating anything (milliseconds instead of seconds).
            embedder = getattr(getattr(self.retriever, "vectors", None), "embedder", None)
            # Plain-words readers (young, dyslexia, autism) get the one answering sentence.
            text = extract_answer(question, context, embedder=embedder, single=single) or NOT_COVERED["en"]
        else:
            params = GenerationParams(max_tokens=GROUNDED_MAX_TOKENS, temperature=0.0, seed=0)
            text = "".join(c.text for c in stream_answer(self.llm, question, context=context, params=params,
                                                         cancel=cancel))
            text = " ".join(text.split())
            # Keep the model's answer only where one sentence of the material backs it.
            kept = [sent for sent in sentences_of(text) if _supported(sent, context)]
            text = " ".join(kept) if kept else (extract_answer(question, context) or text or NOT_COVERED["en"])
        if len(self._answers) > 256:
            self._answers.clear()
        self._answers[key] = text
        return text

    def _finish(self, style: TutorStyle, mode: str, kind: str, rung: Rung, cites: tuple[str, ...],
                ids: tuple[int, ...]) -> TutorReply:
        # Rungs are already short and literal; ADHD still gets one clear next action.
        reply = self._finish_text(style, mode, kind, rung.text, cites, ids, reveals=rung.reveals_answer, shape=False)
        return TutorReply(**{**reply.__dict__, "hint_level": rung.level})

    def _finish_text(self, style: TutorStyle, mode: str, kind: str, text: str, cites: tuple[str, ...],
                     ids: tuple[int, ...], *, reveals: bool, shape: bool = True) -> TutorReply:
        body = shape_reply(text, style) if shape else text
        return TutorReply(body, mode, kind, reveals_answer=reveals, citations=cites, chunk_ids=ids, style=style)


def _supported(answer: str, context: str) -> bool:
    from engine.tutor.quiz import supported_by

    return supported_by(answer, context, threshold=0.75)


def _best_sentence(answer: str, context: str) -> str:
    """Explain's supporting sentence: a neighbour of the answer in the same passage."""
    from engine.tutor.grounded import supporting_sentence

    return supporting_sentence(answer, context)
