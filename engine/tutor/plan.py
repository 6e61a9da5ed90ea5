""""What should I do next?": a short study plan from mastery and due reviews.

Order: reviews that are due (forgetting is cheapest to fix early), then the weakest lesson that
is started but not mastered, then the next lesson not started yet; at most `limit` steps.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from typing import Any

from engine.i18n import message
from engine.i18n.formats import format_percent
from engine.tutor.mastery import MASTERED, mastery_label
from engine.tutor.profile import LearnerProfile, style_for
from engine.tutor.progress import DueReview, SkillMastery, due_reviews, mastery_of


@dataclass(frozen=True)
class PlanStep:
    kind: str          # "review" | "practise" | "start" | "celebrate" | "empty" (no lessons yet)
    text: str
    skill: str | None = None
    item_ids: tuple[str, ...] = ()


def study_plan(mastery: Sequence[SkillMastery], due: Sequence[DueReview], lessons: Sequence[str], *,
               limit: int = 3, one_step: bool = False, language: str | None = "en") -> list[PlanStep]:
    """`lessons`: the course's skills in teaching order. `one_step` (ADHD): only the first step.
    The steps' words are in `language` (the learner's)."""
    steps: list[PlanStep] = []
    if due:
        # About a minute a question.
        steps.append(PlanStep("review", message("plan.review", language, count=len(due)),
                              item_ids=tuple(d.item_id for d in due)))
    known = {m.skill: m for m in mastery}
    weak = sorted((m for m in mastery if m.level < MASTERED), key=lambda m: m.level)
    for m in weak[:2]:
        steps.append(PlanStep("practise", message("plan.practise", language, skill=m.skill,
                                                  label=mastery_label(m.level, language),
                                                  percent=format_percent(round(m.level, 2), language)),
                              skill=m.skill))
    for lesson in lessons:
        if lesson not in known:
            steps.append(PlanStep("start", message("plan.start", language, lesson=lesson), skill=lesson))
            break
    if not steps and not lessons and not known:
        # Nothing to learn yet is not "you have mastered every lesson".
        steps.append(PlanStep("empty", message("plan.no_lessons", language)))
    elif not steps:
        steps.append(PlanStep("celebrate", message("plan.celebrate", language)))
    return steps[:1] if one_step else steps[:limit]


def progress_report(store: Any, profile: LearnerProfile, *, course: str | None = None) -> dict[str, Any]:
    """Everything "my progress" shows, for one learner only: profile, mastery per lesson, reviews
    due now and soon, and the study plan. `course`: a course name or id to narrow it down."""
    from engine.tutor.quizbank import course_chunks, find_course

    course_id = find_course(store, course)["id"] if course else None
    mastery = mastery_of(store, profile.id, course_id=course_id)
    due = due_reviews(store, profile.id, course_id=course_id)
    upcoming = due_reviews(store, profile.id, course_id=course_id, include_future=True)
    if course_id:
        lessons = list(dict.fromkeys(c.skill for c in course_chunks(store, course_id) if c.skill))
    else:
        lessons = [r[0] for r in store.db.execute("SELECT title FROM lessons ORDER BY course_id, ordinal")]
    plan = study_plan(mastery, due, lessons, one_step=style_for(profile).one_step, language=profile.language)
    return {"learner": {"id": profile.id, "name": profile.name, "grade": "K" if profile.grade == 0 else profile.grade,
                        "language": profile.language, "needs": sorted(profile.needs),
                        "reading_level": profile.reading_level, "has_pin": profile.has_pin},
            "mastery": [{"skill": m.skill, "level": round(m.level, 3), "label": mastery_label(m.level, profile.language),
                         "answers": m.evidence}
                        for m in mastery],
            "reviews_due_now": len(due),
            "next_reviews": [{"question": d.question, "due": d.due.isoformat(timespec="minutes")} for d in upcoming[:5]],
            "plan": [{"kind": st.kind, "text": st.text} for st in plan]}
