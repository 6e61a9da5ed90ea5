"""*Quiz me*: one learner working through a course's approved items with immediate feedback.

Order of questions: reviews that are due, then items of the learner's weakest lessons, then items
not answered yet; an item answered right in this session is not asked again. Feedback is shaped
for the learner (encouraging for anxiety-aware learners, one short step for ADHD) and always
cites the source of the answer.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from engine.i18n import MessageMap, message
from engine.store import Store
from engine.tutor.grading import Grade, Judge, grade_answer, model_judge, option_named_exactly
from engine.tutor.mastery import mastery_label
from engine.tutor.profile import LearnerProfile, TutorStyle, style_for
from engine.tutor.progress import AttemptResult, due_reviews, mastery_of, record_attempt, skill_of
from engine.tutor.quiz import QuizItem, choice_label
from engine.tutor.quizbank import QuizBank, find_course

RIGHT = MessageMap("quiz.right")   # texts: engine/i18n/po/*.po
NOT_YET = MessageMap("quiz.not_yet")   # texts: engine/i18n/po/*.po
KIND_WRONG = MessageMap("quiz.kind_wrong")   # texts: engine/i18n/po/*.po


@dataclass(frozen=True)
class Feedback:
    correct: bool
    message: str            # what to show: right/not yet, the answer, the source sentence
    expected: str
    citation: str
    explanation: str
    grade: Grade
    result: AttemptResult

    @property
    def mastery_label(self) -> str:
        return mastery_label(self.result.mastery_after)


def picked_option(item: QuizItem, response: str) -> str | None:
    """The option of `item` that `response` is - its text, its letter or number (`lantern quiz`),
    true/false in the 12 languages - with nothing added or left out (`grading.option_named_exactly`);
    None for an item without choices or any other response (the learner's own words, safety-checked)."""
    if not item.choices:
        return None
    return option_named_exactly(item, response)


def open_quiz_session(store: Store, learner: LearnerProfile, course: str, *, llm: Callable[[], Any] | None = None,
                      model_judge_on: bool = False, now: Any = None) -> QuizSession:
    """The one way a quiz starts, in the window and in `lantern quiz`: the model judges a short answer
    the rules cannot only when the school turned it on (`tutor_model_judge`) and a model is given.
    The model is asked for (and loaded) at the first answer that needs it, not here."""
    if not model_judge_on or llm is None:
        return QuizSession(store, learner, course, now=now)
    get_llm = llm

    def judge_by_model(question: str, expected: str, response: str) -> bool | None:
        return model_judge(get_llm())(question, expected, response)

    return QuizSession(store, learner, course, judge=judge_by_model, now=now)


class QuizSession:
    def __init__(self, store: Store, learner: LearnerProfile, course: str, *, judge: Judge | None = None,
                 now: Any = None) -> None:
        self.store = store
        self.learner = learner
        self.course = find_course(store, course)
        self.bank = QuizBank(store)
        self.judge = judge
        self._now = now or (lambda: datetime.now(UTC))
        self._done: set[str] = set()
        self.asked = 0
        self.right = 0

    @property
    def style(self) -> TutorStyle:
        return style_for(self.learner)

    def items(self) -> list[QuizItem]:
        return self.bank.items(self.course["id"])

    def next_item(self) -> QuizItem | None:
        items = [i for i in self.items() if i.id not in self._done]
        if not items:
            return None
        by_id = {i.id: i for i in items}
        for d in due_reviews(self.store, self.learner.id, now=self._now(), course_id=self.course["id"]):
            if d.item_id in by_id:
                return by_id[d.item_id]
        answered = {r[0] for r in self.store.db.execute(
            "SELECT DISTINCT quiz_item_id FROM quiz_attempts WHERE learner_id = ?", [self.learner.id]).fetchall()}
        level = {m.skill: m.level for m in mastery_of(self.store, self.learner.id)}
        # Unanswered first, weakest lesson first (not started counts as weak), then stable order.
        ranked = sorted(enumerate(items), key=lambda p: (p[1].id in answered, level.get(skill_of(p[1]), 0.0), p[0]))
        return ranked[0][1]

    def answer(self, item: QuizItem, response: str, *, marked_hard: bool = False,
               duration_ms: int | None = None) -> Feedback:
        grade = grade_answer(item, response, source=item.explanation, judge=self.judge)
        result = record_attempt(self.store, self.learner.id, item, response, grade, marked_hard=marked_hard,
                                duration_ms=duration_ms, now=self._now())
        self.asked += 1
        if grade.correct:
            self.right += 1
            self._done.add(item.id or "")
        lang = self.learner.language
        lines = [RIGHT.get(lang, RIGHT["en"]) if grade.correct else NOT_YET.get(lang, NOT_YET["en"])]
        if not grade.correct:
            lines.append(message("quiz.answer_was", lang, answer=choice_label(item.answer, lang)))
            if self.style.encouraging:
                lines.append(KIND_WRONG.get(lang, KIND_WRONG["en"]))
        if item.explanation and not self.style.one_step:
            lines.append(message("quiz.lesson_says", lang, sentence=item.explanation))
        lines.append(message("quiz.source", lang, citation=item.citation) if item.citation   # teacher items
                     else message("quiz.source_teacher", lang))                                # may have no chunk
        return Feedback(grade.correct, "\n".join(lines), item.answer, item.citation, item.explanation, grade, result)
