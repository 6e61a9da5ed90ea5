"""Quiz bank review for the teacher: each item with its source passage and the span to highlight;
edit, approve, reject, add your own, bulk approve; generation with progress and Cancel.

Everything goes through the tutor's quiz bank (engine/tutor/quizbank.py) and its validator
(engine/tutor/quiz.py): an edited or hand-written item is checked against its passage the same way
a generated one is, and refused with the validator's reasons.

Each operation that changes the bank reports `Changes(quiz_bank=True)` to the caller's `ChangeTally`
(`tally=`); approving or rejecting ids the bank does not hold, and a generation that saved nothing,
report nothing.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from engine.cancel import CancelToken
from engine.changes import ChangeTally, Changes, tally_changes
from engine.errors import LanternError
from engine.store import Store, utc_now
from engine.teacher.material import course_row
from engine.text import normalise
from engine.text.sentences import split_sentences
from engine.tutor.quiz import KINDS, TRUE, QuizItem, validate_item
from engine.tutor.quizbank import QuizBank, course_chunks
from engine.tutor.quizgen import generate_quiz, key_terms

QUIZ_BANK_CHANGED = Changes(quiz_bank=True)

__all__ = ["GenerationProgress", "ReviewItem", "add_item", "approve", "approve_all_drafts", "edit_item",
           "generate_items", "generate_steps", "reject", "review_items"]


@dataclass(frozen=True)
class ReviewItem:
    item: QuizItem
    passage: str                           # the whole source chunk
    highlight: tuple[int, int] | None      # the answer (or the supporting sentence) in `passage`
    sentence: tuple[int, int] | None       # the supporting sentence in `passage`

    def to_json(self) -> dict[str, Any]:
        i = self.item
        return {"id": i.id, "status": i.status, "kind": i.kind, "question": i.question, "choices": list(i.choices),
                "answer": i.answer, "skill": i.skill, "origin": i.origin, "citation": i.citation,
                "chunk_id": i.chunk_id, "passage": self.passage,
                "highlight": list(self.highlight) if self.highlight else None,
                "highlight_text": self.passage[self.highlight[0]:self.highlight[1]] if self.highlight else None}


@dataclass(frozen=True)
class GenerationProgress:
    done: int          # lessons finished
    total: int         # lessons to go through
    saved: int         # items saved so far
    lesson: str


def _spans(passage: str, item: QuizItem) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    sentence = None
    if item.explanation:
        at = passage.find(item.explanation)
        if at >= 0:
            sentence = (at, at + len(item.explanation))
        else:
            target = normalise(item.explanation)
            for s in split_sentences(passage):
                if normalise(s.text) == target:
                    sentence = (s.start, s.end)
                    break
    if item.kind == "true_false" or not item.answer or item.answer == TRUE:
        return sentence, sentence
    lo, hi = sentence or (0, len(passage))
    m = re.search(rf"(?<!\w){re.escape(item.answer)}(?!\w)", passage[lo:hi], re.IGNORECASE)
    if m is None and sentence is not None:
        m = re.search(rf"(?<!\w){re.escape(item.answer)}(?!\w)", passage, re.IGNORECASE)
        lo = 0
    return ((lo + m.start(), lo + m.end()) if m else sentence), sentence


def _passage(store: Store, chunk_id: int | None) -> str:
    row = store.db.execute("SELECT text FROM chunks WHERE id = ?", [chunk_id]).fetchone() if chunk_id else None
    return row[0] if row else ""


def review_items(store: Store, course: str, *, status: str | None = None) -> list[ReviewItem]:
    """The course's items (all, or one status) with their passage and what to highlight."""
    c = course_row(store, course)
    out = []
    for item in QuizBank(store).items(c["id"], status=status):
        passage = _passage(store, item.chunk_id)
        highlight, sentence = _spans(passage, item)
        out.append(ReviewItem(item, passage, highlight, sentence))
    return out


def _check(store: Store, item: QuizItem, language: str | None) -> None:
    problems = validate_item(item, _passage(store, item.chunk_id), language=language)
    if problems:
        raise LanternError(f"This question cannot be used: {'; '.join(problems)}.",
                           hint="Change it so the passage answers it and the question does not give the answer away.")


def _language(store: Store, item: QuizItem) -> str | None:
    row = store.db.execute("SELECT language FROM courses WHERE id = ?", [item.course_id]).fetchone()
    return row[0] if row else None


def edit_item(store: Store, item_id: str, *, question: str | None = None, answer: str | None = None,
              choices: Sequence[str] | None = None, explanation: str | None = None,
              tally: ChangeTally | None = None) -> QuizItem:
    """Change an item; it is validated against its passage again and goes back to draft."""
    bank = QuizBank(store)
    old = bank.get(item_id)
    new = replace(old, question=" ".join(question.split()) if question is not None else old.question,
                  answer=answer.strip() if answer is not None else old.answer,
                  choices=tuple(c.strip() for c in choices) if choices is not None else old.choices,
                  explanation=explanation if explanation is not None else old.explanation)
    _check(store, new, _language(store, old))
    with store.write() as db:
        db.execute("UPDATE quiz_items SET question = ?, answer = ?, choices = ?, explanation = ?, status = 'draft',"
                   " updated_at = ? WHERE id = ?",
                   [new.question, new.answer, json.dumps(list(new.choices), ensure_ascii=False), new.explanation,
                    utc_now(), item_id])
    tally_changes(tally, QUIZ_BANK_CHANGED)
    return bank.get(item_id)


def add_item(store: Store, course: str, *, chunk_id: int, question: str, answer: str, kind: str = "short",
             choices: Sequence[str] = (), approved: bool = False, tally: ChangeTally | None = None) -> QuizItem:
    """A teacher's own question about one passage of the course (validated like any other)."""
    c = course_row(store, course)
    if kind not in KINDS:
        raise LanternError(f"Unknown question kind {kind!r}.", hint=f"Use one of: {', '.join(KINDS)}.")
    chunk = next((ch for ch in course_chunks(store, c["id"]) if ch.id == chunk_id), None)
    if chunk is None:
        raise LanternError(f"Passage {chunk_id} is not part of the course {c['name']!r}.",
                           hint="Pick a passage id from: lantern teacher quiz list --course NAME")
    item = QuizItem(kind=kind, question=" ".join(question.split()), answer=answer.strip(),  # type: ignore[arg-type]
                    choices=tuple(x.strip() for x in choices), chunk_id=chunk.id, citation=chunk.citation,
                    skill=chunk.skill, document_id=chunk.document_id, course_id=c["id"], origin="teacher",
                    status="approved" if approved else "draft")
    _check(store, item, c["language"])
    saved = QuizBank(store).save([item])[0]
    tally_changes(tally, QUIZ_BANK_CHANGED)
    return saved


def _set_status(store: Store, item_ids: Sequence[str], status: str, tally: ChangeTally | None) -> int:
    n = QuizBank(store).set_status(item_ids, status)
    if n:
        tally_changes(tally, QUIZ_BANK_CHANGED)
    return n


def approve(store: Store, item_ids: Sequence[str], *, tally: ChangeTally | None = None) -> int:
    """Approve items; returns how many of them the bank holds (an unknown id changes nothing)."""
    return _set_status(store, item_ids, "approved", tally)


def reject(store: Store, item_ids: Sequence[str], *, tally: ChangeTally | None = None) -> int:
    return _set_status(store, item_ids, "rejected", tally)


def approve_all_drafts(store: Store, course: str, *, tally: ChangeTally | None = None) -> int:
    c = course_row(store, course)
    return _set_status(store, [i.id for i in QuizBank(store).items(c["id"], status="draft") if i.id], "approved", tally)


def generate_items(store: Store, course: str, *, llm: Any | None = None, n_items: int = 10,
                   max_model_items: int = 3, auto_approve: bool = False, cancel: CancelToken | None = None,
                   progress: Callable[[GenerationProgress], None] | None = None,
                   bank: QuizBank | None = None, tally: ChangeTally | None = None) -> list[QuizItem]:
    """New draft items spread over the course's lessons, one lesson at a time: `progress` after each,
    `cancel` checked between lessons (and inside model calls). Lessons finished before a cancel keep
    their saved items; `Cancelled` is raised."""
    steps = generate_steps(store, course, llm=llm, n_items=n_items, max_model_items=max_model_items,
                           auto_approve=auto_approve, cancel=cancel, bank=bank, tally=tally)
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            return list(stop.value)
        if progress is not None:
            progress(step)


def generate_steps(store: Store, course: str, *, llm: Any | None = None, n_items: int = 10,
                   max_model_items: int = 3, auto_approve: bool = False, cancel: CancelToken | None = None,
                   bank: QuizBank | None = None,
                   tally: ChangeTally | None = None) -> Generator[GenerationProgress, None, list[QuizItem]]:
    """`generate_items` as a lazy generator for a progress bar: one `GenerationProgress` after each
    lesson is saved; the generator's return value is the saved items. Nothing runs until iterated.
    `bank`: the app's quiz bank, which checks an auto-approved model item with the school's safety
    filter (default: a bank with the built-in rules only). `tally` gets the quiz bank as soon as a
    lesson's items are saved, so a cancelled generation reports the lessons it kept."""
    c = course_row(store, course)
    chunks = course_chunks(store, c["id"])
    if not chunks:
        raise LanternError(f"The course {c['name']!r} has no imported material yet.",
                           hint="Import lessons first: lantern import PATH --course NAME")
    language = c["language"] or "en"
    groups: dict[str, list[Any]] = {}
    for ch in chunks:
        groups.setdefault(ch.skill or str(ch.document_id), []).append(ch)
    # Distractors come from the whole course's key terms, as in one course-wide generation.
    course_terms = list(dict.fromkeys(k.term for ch in chunks for k in key_terms(ch, language=language)))
    lessons = list(groups)
    quota = {name: n_items // len(lessons) + (1 if k < n_items % len(lessons) else 0) for k, name in enumerate(lessons)}
    model_left = max_model_items
    bank = bank or QuizBank(store)
    existing = {normalise(i.question) for i in bank.items(c["id"], status=None)}
    saved: list[QuizItem] = []
    for done, name in enumerate(lessons):
        if cancel is not None:
            cancel.raise_if_cancelled()
        if quota[name] > 0:
            gen = generate_quiz(groups[name], llm=llm, n_items=quota[name] + len(existing), course_terms=course_terms,
                                language=language, max_model_items=min(model_left, quota[name]), cancel=cancel)
            model_left -= gen.model_chunks
            fresh = [i for i in gen.items if normalise(i.question) not in existing][:quota[name]]
            if cancel is not None:
                cancel.raise_if_cancelled()      # stale output of a cancelled lesson is dropped
            stored = bank.save(fresh, auto_approve=auto_approve)
            if stored:
                tally_changes(tally, QUIZ_BANK_CHANGED)
            existing |= {normalise(i.question) for i in stored}
            saved.extend(stored)
        yield GenerationProgress(done + 1, len(lessons), len(saved), name)
    return saved
