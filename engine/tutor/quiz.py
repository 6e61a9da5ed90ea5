"""Quiz items and their validation.

Every item cites the library chunk it came from. `validate_item(item, source)` returns the list of
problems (empty = valid): a well-formed question, distinct options, a key that is one of the
options and is supported by the source chunk, and no answer leaked in the question. Whatever
made an item (the model, the cloze generator, a teacher), it is validated the same way.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Literal

ItemKind = Literal["choice", "true_false", "short"]
KINDS = ("choice", "true_false", "short")
TRUE, FALSE = "True", "False"

_STOP = frozenset("""a an the of to in on at for and or but is are was were be been being it its this that these
those with by from as into than then so such can could will would should may might do does did has have had
not no yes which what who whom whose when where why how there their they them he she his her we our you your
i me my mine ours also very more most much many some any each all other only just about over under between
""".split())


@dataclass(frozen=True)
class SourceChunk:
    """A piece of library material an item is made from (and cites)."""

    id: int
    text: str
    document_id: str | None = None
    title: str = ""
    heading: str = ""
    page: int | None = None
    course_id: str | None = None
    skill: str | None = None      # the lesson / key concept this chunk teaches

    @property
    def citation(self) -> str:
        parts = [p for p in (self.title, self.heading) if p]
        where = " › ".join(parts) or f"chunk {self.id}"
        return f"{where}, p. {self.page}" if self.page else where


@dataclass(frozen=True)
class QuizItem:
    kind: ItemKind
    question: str
    answer: str
    chunk_id: int
    citation: str
    choices: tuple[str, ...] = ()
    explanation: str = ""             # the source sentence that supports the answer
    skill: str | None = None
    document_id: str | None = None
    course_id: str | None = None
    origin: str = "cloze"             # "model" | "cloze" | "teacher"
    status: str = "draft"             # "draft" | "approved" | "rejected"
    id: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def with_status(self, status: str) -> QuizItem:
        return replace(self, status=status)


def normalise(text: str) -> str:
    """Case-fold, strip accents and punctuation, collapse spaces (for comparing answers)."""
    t = unicodedata.normalize("NFKD", text.casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"[^\w\s]", " ", t)
    return " ".join(t.split())


def content_words(text: str) -> list[str]:
    return [w for w in normalise(text).split() if w not in _STOP]


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _contains_phrase(haystack: str, needle: str) -> bool:
    h, n = f" {normalise(haystack)} ", f" {normalise(needle)} "
    return bool(n.strip()) and n in h


def sentences_of(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?。！？])\s+|\n+", text)
    return [p.strip() for p in parts if p and p.strip()]


def supported_by(claim: str, source: str, *, threshold: float = 0.75, window: int = 1) -> bool:
    """True when one source sentence (or `window` consecutive ones) holds (nearly) all the claim's
    content words."""
    words = {_stem(w) for w in content_words(claim)}
    if not words:
        return False
    sents = sentences_of(source) or [source]
    best = 0.0
    for i in range(len(sents)):
        sw = {_stem(w) for s in sents[i:i + window] for w in content_words(s)}
        best = max(best, len(words & sw) / len(words))
    return best >= threshold


def answer_in_source(answer: str, source: str) -> bool:
    """The key is in the chunk: as a phrase, or all its content words (stemmed) are there."""
    if _contains_phrase(source, answer):
        return True
    # A short answer may differ in inflection ("leaf" / "leaves" aside): all its stemmed words there.
    words = [_stem(w) for w in content_words(answer)]
    src = {_stem(w) for w in content_words(source)}
    return 0 < len(words) <= 3 and len(normalise(answer).split()) <= 4 and set(words) <= src


def leaks_answer(question: str, answer: str) -> bool:
    """The stem gives the answer away: it contains the answer phrase, or all its content words."""
    if _contains_phrase(question, answer):
        return True
    words = {_stem(w) for w in content_words(answer)}
    q = {_stem(w) for w in content_words(question)}
    return bool(words) and words <= q


_PREFIX = re.compile(r"^\s*(?:true or false|fill in the blank|fill in)\s*[:?.-]\s*", re.IGNORECASE)


def question_body(question: str) -> str:
    """The question without its "True or false:" / "Fill in the blank:" lead-in and blanks."""
    return _PREFIX.sub("", question).replace("_", " ")


def validate_item(item: QuizItem, source: str) -> list[str]:
    """Problems that make `item` unusable (empty list = valid). Never raises."""
    problems: list[str] = []
    q, a = (item.question or "").strip(), (item.answer or "").strip()
    if item.kind not in KINDS:
        return [f"unknown kind {item.kind!r}"]
    if len(q.split()) < 3 and len(q) < 8:
        problems.append("question too short")
    if len(q) > 400:
        problems.append("question too long")
    if not a:
        problems.append("no answer")
    if item.chunk_id is None or not item.citation:
        problems.append("no citation")
    if not source.strip():
        return problems + ["empty source chunk"]
    if problems:
        return problems
    body = question_body(q)
    if not supported_by(body, source, threshold=0.5):
        problems.append("the question is not about the source chunk")
    if item.kind == "true_false":
        if tuple(item.choices) != (TRUE, FALSE) or a not in (TRUE, FALSE):
            problems.append("true/false item needs choices (True, False) and one of them as the answer")
        elif a == TRUE and not supported_by(body, source):
            problems.append("a 'True' statement the source does not support")
        elif a == FALSE and supported_by(body, source, threshold=1.0):
            problems.append("a 'False' statement must be about the source but contradict it")
        return problems
    if item.kind == "choice":
        opts = [c.strip() for c in item.choices]
        normed = [normalise(c) for c in opts]
        if not 3 <= len(opts) <= 6:
            problems.append("a multiple-choice item needs 3 to 6 options")
        if any(not n for n in normed):
            problems.append("an empty option")
        if len(set(normed)) != len(normed):
            problems.append("options are not distinct")
        if normalise(a) not in normed:
            problems.append("the answer is not one of the options")
        else:
            others = [n for n in normed if n != normalise(a)]
            if any(o and (f" {o} " in f" {normalise(a)} " or f" {normalise(a)} " in f" {o} ") for o in others):
                problems.append("an option contains another option")
    if not answer_in_source(a, source):
        problems.append("the answer is not supported by the source chunk")
    elif not supported_by(f"{body} {a}", source, threshold=0.8, window=2):
        # Question and key together must be what the material says (in one or two sentences).
        problems.append("the source does not back this question with this answer")
    if leaks_answer(q, a):
        problems.append("the question gives the answer away")
    if len(a.split()) > 6:
        problems.append("answer too long")
    return problems


def is_valid(item: QuizItem, source: str) -> bool:
    return not validate_item(item, source)
