"""*Quiz me*: one learner working through a course's approved items with immediate feedback.

Order of questions: reviews that are due, then items of the learner's weakest lessons, then items
not answered yet; an item answered right in this session is not asked again. Feedback is shaped
for the learner (encouraging for anxiety-aware learners, one short step for ADHD) and always
cites the source of the answer.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from engine.store import Store
from engine.tutor.grading import Grade, Judge, grade_answer
from engine.tutor.mastery import mastery_label
from engine.tutor.profile import LearnerProfile, TutorStyle, style_for
from engine.tutor.progress import AttemptResult, due_reviews, mastery_of, record_attempt, skill_of
from engine.tutor.quiz import QuizItem
from engine.tutor.quizbank import QuizBank, find_course

RIGHT = {"en": "Correct!", "es": "¡Correcto!", "fr": "Correct !", "de": "Richtig!", "it": "Giusto!", "pt": "Certo!",
         "ru": "Верно!", "zh": "正确！", "ja": "正解！", "ko": "정답이에요!", "ar": "صحيح!", "hi": "सही!"}
NOT_YET = {"en": "Not quite.", "es": "Todavía no.", "fr": "Pas tout à fait.", "de": "Noch nicht ganz.",
           "it": "Non proprio.", "pt": "Ainda não.", "ru": "Не совсем.", "zh": "还不太对。", "ja": "おしい！",
           "ko": "아쉬워요.", "ar": "ليس تمامًا.", "hi": "अभी नहीं।"}
KIND_WRONG = {"en": "Mistakes help us learn, and this one will come back later so you can try again.",
              "es": "Los errores nos ayudan a aprender; esta pregunta volverá más tarde para que lo intentes otra vez."}


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
            lines.append(f"The answer is: {item.answer}.")
            if self.style.encouraging:
                lines.append(KIND_WRONG.get(lang, KIND_WRONG["en"]))
        if item.explanation and not self.style.one_step:
            lines.append(f"The lesson says: \"{item.explanation}\"")
        lines.append(f"Source: {item.citation or 'your teacher'}")   # teacher items may have no chunk
        return Feedback(grade.correct, "\n".join(lines), item.answer, item.citation, item.explanation, grade, result)
