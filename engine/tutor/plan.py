""""What should I do next?": a short study plan from mastery and due reviews.

Order: reviews that are due (forgetting is cheapest to fix early), then the weakest lesson that
is started but not mastered, then the next lesson not started yet; at most `limit` steps.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from engine.tutor.mastery import MASTERED
from engine.tutor.progress import DueReview, SkillMastery


@dataclass(frozen=True)
class PlanStep:
    kind: str          # "review" | "practise" | "start" | "celebrate"
    text: str
    skill: str | None = None
    item_ids: tuple[str, ...] = ()


def study_plan(mastery: Sequence[SkillMastery], due: Sequence[DueReview], lessons: Sequence[str], *,
               limit: int = 3, one_step: bool = False) -> list[PlanStep]:
    """`lessons`: the course's skills in teaching order. `one_step` (ADHD): only the first step."""
    steps: list[PlanStep] = []
    if due:
        n = len(due)
        steps.append(PlanStep("review", f"Review {n} question{'s' if n != 1 else ''} you found tricky before "
                                        f"(about {max(1, n)} minute{'s' if n != 1 else ''}).",
                              item_ids=tuple(d.item_id for d in due)))
    known = {m.skill: m for m in mastery}
    weak = sorted((m for m in mastery if m.level < MASTERED), key=lambda m: m.level)
    for m in weak[:2]:
        steps.append(PlanStep("practise", f"Practise \"{m.skill}\" ({m.label}, {round(m.level * 100)}%): "
                                          "try a short quiz or ask for a hint.", skill=m.skill))
    for lesson in lessons:
        if lesson not in known:
            steps.append(PlanStep("start", f"Start the lesson \"{lesson}\" in Socratic mode, then take its quiz.",
                                  skill=lesson))
            break
    if not steps:
        steps.append(PlanStep("celebrate", "You have mastered every lesson here. Well done! "
                                           "Try a new course or help a friend."))
    return steps[:1] if one_step else steps[:limit]
