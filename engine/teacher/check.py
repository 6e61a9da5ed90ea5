"""Material check (curation): what to fix in a course before learners use it, each finding with a
suggested action.

- duplicate / near-duplicate passages: word 5-gram shingles, Jaccard similarity (>= 0.9 the same
  passage, >= 0.5 largely the same) — cheap, deterministic, language-blind after normalising;
- passages far above the class's grade: Flesch-Kincaid for English (more than `grade_margin` over
  the class grade), sentence length for other languages (engine/text/readability.py);
- lessons (of the course's outline draft) with no quiz items that are not rejected;
- questions learners asked that the material did not cover (the open-questions queue).
"""
from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from engine.escalation.journal import EscalationJournal
from engine.store import Store
from engine.teacher.material import Passage, course_passages, course_row
from engine.teacher.outline import OutlineBook
from engine.teacher.questions import NOT_COVERED_SOURCE, open_questions
from engine.text import words
from engine.text.readability import readability

__all__ = ["Finding", "check_course", "class_grade", "duplicate_pairs", "jaccard", "shingles"]

SHINGLE = 5
DUPLICATE, NEAR_DUPLICATE = 0.9, 0.5
LONG_SENTENCE_WORDS = 25.0      # outside English, where no grade formula is calibrated


@dataclass(frozen=True)
class Finding:
    kind: str                    # 'duplicate' | 'near_duplicate' | 'too_hard' | 'no_quiz' | 'not_covered'
    severity: str                # 'high' | 'medium' | 'low'
    message: str
    action: str                  # 'remove_passage' | 'simplify' | 'generate_quiz' | 'add_material'
    action_text: str
    chunk_ids: tuple[int, ...] = ()
    lesson_id: str | None = None
    question_id: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "chunk_ids": list(self.chunk_ids)}


def shingles(text: str, *, size: int = SHINGLE) -> frozenset[tuple[str, ...]]:
    ws = words(text)
    if len(ws) < size:
        return frozenset({tuple(ws)}) if ws else frozenset()
    return frozenset(tuple(ws[i:i + size]) for i in range(len(ws) - size + 1))


def jaccard(a: frozenset[Any], b: frozenset[Any]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def duplicate_pairs(passages: Sequence[Passage], *, threshold: float = NEAR_DUPLICATE) -> list[tuple[Passage, Passage,
                                                                                                   float]]:
    """Pairs of passages at least `threshold` alike, most alike first. Only pairs sharing a shingle
    are compared."""
    sets = [shingles(p.text) for p in passages]
    index: dict[tuple[str, ...], list[int]] = {}
    for i, s in enumerate(sets):
        for sh in s:
            index.setdefault(sh, []).append(i)
    candidates = {pair for ids in index.values() if len(ids) < 50 for pair in combinations(ids, 2)}
    out = []
    for i, j in sorted(candidates):
        sim = jaccard(sets[i], sets[j])
        if sim >= threshold:
            out.append((passages[i], passages[j], sim))
    return sorted(out, key=lambda t: (-t[2], t[0].chunk_id, t[1].chunk_id))


def class_grade(store: Store) -> int:
    """The class's grade: the median grade of this kiosk's learners (5 when there are none)."""
    grades = [r[0] for r in store.db.execute("SELECT grade FROM learners WHERE deleted_at IS NULL") if r[0] is not None]
    return int(statistics.median(grades)) if grades else 5


def _label(p: Passage) -> str:
    return " › ".join(x for x in (p.document_title, p.section) if x) or f"passage {p.chunk_id}"


def check_course(store: Store, course: str, *, grade: int | None = None, grade_margin: float = 3.0,
                 journal: EscalationJournal | None = None) -> list[Finding]:
    """Findings for a course, most urgent kinds first."""
    c = course_row(store, course)
    passages = course_passages(store, c["id"])
    target = class_grade(store) if grade is None else grade
    findings: list[Finding] = []
    for a, b, sim in duplicate_pairs(passages):
        dup = sim >= DUPLICATE
        findings.append(Finding(
            "duplicate" if dup else "near_duplicate", "medium" if dup else "low",
            f"'{_label(b)}' {'repeats' if dup else 'largely repeats'} '{_label(a)}' ({round(sim * 100)}% the same).",
            "remove_passage", f"Remove one of the two, or merge them ({'remove' if dup else 'review'} '{_label(b)}').",
            (a.chunk_id, b.chunk_id), detail={"similarity": round(sim, 3)}))
    for p in passages:
        r = readability(p.text, p.language)
        if r.grade is not None:
            hard = r.grade > target + grade_margin
            measure = f"reading grade {r.grade:.1f} for a grade-{target} class"
        else:
            hard = r.words_per_sentence > LONG_SENTENCE_WORDS
            measure = f"{r.words_per_sentence:.0f} words per sentence"
        if hard:
            findings.append(Finding("too_hard", "medium", f"'{_label(p)}' is hard to read: {measure}.", "simplify",
                                    f"Make an easier version for grade {target}: lantern teacher simplify "
                                    f"--chunk {p.chunk_id} --grade {target}",
                                    (p.chunk_id,), detail={"grade": None if r.grade is None else round(r.grade, 1),
                                                           "words_per_sentence": round(r.words_per_sentence, 1),
                                                           "class_grade": target}))
    outline = OutlineBook(store).current(c["id"]) if passages else None
    if outline is not None:
        counts = {r[0]: r[1] for r in store.db.execute(
            "SELECT chunk_id, count(*) FROM quiz_items WHERE course_id = ? AND status != 'rejected' GROUP BY chunk_id",
            [c["id"]])}
        for lesson in outline.lessons:
            if not any(counts.get(cid) for cid in lesson.chunk_ids):
                findings.append(Finding("no_quiz", "low", f"The lesson '{lesson.title}' has no quiz questions.",
                                        "generate_quiz", "Generate questions for it, or write your own.",
                                        lesson.chunk_ids, lesson_id=lesson.id))
    for q in open_questions(store, journal=journal):
        if q.source == NOT_COVERED_SOURCE and q.course_id in (c["id"], None):
            who = q.learner_name or "A learner"
            findings.append(Finding("not_covered", "high", f"{who} asked something the material does not cover: "
                                    f"\"{q.question}\"", "add_material",
                                    "Add material about it, or answer it yourself from the questions list.",
                                    question_id=q.id, detail={"marked": q.status == "add_material"}))
    order = {"not_covered": 0, "too_hard": 1, "duplicate": 2, "near_duplicate": 3, "no_quiz": 4}
    return sorted(findings, key=lambda f: order[f.kind])
