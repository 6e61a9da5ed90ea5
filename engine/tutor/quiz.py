"""Quiz items and their validation.

Every item cites the library chunk it came from. `validate_item(item, source)` returns the list of
problems (empty = valid): a well-formed question, distinct options, a key that is one of the
options and is supported by the source chunk, and no answer leaked in the question. Whatever
made an item (the model, the cloze generator, a teacher), it is validated the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from engine.text import content_words as _content_words
from engine.text import guess_language, has_cjk, normalise, sentences_of, stem

_HANGUL = re.compile(r"[\uac00-\ud7af]")
ItemKind = Literal["choice", "true_false", "short"]
KINDS = ("choice", "true_false", "short")
TRUE, FALSE = "True", "False"

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


def content_words(text: str, language: str | None = None) -> list[str]:
    return _content_words(text, language)


def _stems(text: str, language: str | None) -> set[str]:
    return {stem(w, language) for w in content_words(text, language)}


def _contains_phrase(haystack: str, needle: str) -> bool:
    h, n = normalise(haystack), normalise(needle)
    if not n:
        return False
    if has_cjk(n) or _HANGUL.search(n):
        return n in h        # no spaces around words in Chinese and Japanese; Korean adds particles
    return f" {n} " in f" {h} "


def supported_by(claim: str, source: str, *, threshold: float = 0.75, window: int = 1,
                 language: str | None = None) -> bool:
    """True when one source sentence (or `window` consecutive ones) holds (nearly) all the claim's
    content words (stemmed in `language`, guessed from the source when not given)."""
    lang = language or guess_language(source)
    words = _stems(claim, lang)
    if not words:
        return False
    sents = sentences_of(source) or [source]
    best = 0.0
    for i in range(len(sents)):
        sw = {w for s in sents[i:i + window] for w in _stems(s, lang)}
        best = max(best, len(words & sw) / len(words))
    return best >= threshold


def answer_in_source(answer: str, source: str, *, language: str | None = None) -> bool:
    """The key is in the chunk: as a phrase, or all its content words (stemmed) are there."""
    if _contains_phrase(source, answer):
        return True
    # A short answer may differ in inflection ("leaf" / "leaves" aside): all its stemmed words there.
    lang = language or guess_language(source)
    words = [stem(w, lang) for w in content_words(answer, lang)]
    return 0 < len(words) <= 3 and len(normalise(answer).split()) <= 4 and set(words) <= _stems(source, lang)


def leaks_answer(question: str, answer: str, *, language: str | None = None) -> bool:
    """The stem gives the answer away: it contains the answer phrase, or all its content words."""
    if _contains_phrase(question, answer):
        return True
    lang = language or guess_language(question)
    words = _stems(answer, lang)
    return bool(words) and words <= _stems(question, lang)


_PREFIX = re.compile(r"^\s*(?:true or false|fill in the blank|fill in)\s*[:?.-]\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lead_ins() -> re.Pattern[str]:
    """The catalogue's lead-ins in every language ("Completa el espacio: ", "对还是错：")."""
    from engine.i18n import LANGUAGES, message

    heads = {message(msgid, lang, sentence="\0", statement="\0").split("\0")[0].strip()
             for msgid in ("quiz.fill_blank", "quiz.true_or_false") for lang in LANGUAGES}
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True) if h)
    return re.compile(rf"^\s*(?:{alternatives})\s*", re.IGNORECASE)


def question_body(question: str) -> str:
    """The question without its lead-in ("True or false:", "Completa el espacio:") and blanks."""
    return _lead_ins().sub("", _PREFIX.sub("", question)).replace("_", " ")


def choice_label(choice: str, language: str | None) -> str:
    """How to show an option: the True/False keys in the learner's language, others as written."""
    from engine.i18n import message

    if choice == TRUE:
        return message("quiz.true", language)
    if choice == FALSE:
        return message("quiz.false", language)
    return choice


def validate_item(item: QuizItem, source: str, *, language: str | None = None) -> list[str]:
    """Problems that make `item` unusable (empty list = valid). Never raises.

    `language` is the material's (stemming, stop words); guessed from the source when not given.
    """
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
    lang = language or guess_language(source)
    body = question_body(q)
    if not supported_by(body, source, threshold=0.5, language=lang):
        problems.append("the question is not about the source chunk")
    if item.kind == "true_false":
        if tuple(item.choices) != (TRUE, FALSE) or a not in (TRUE, FALSE):
            problems.append("true/false item needs choices (True, False) and one of them as the answer")
        elif a == TRUE and not supported_by(body, source, language=lang):
            problems.append("a 'True' statement the source does not support")
        elif a == FALSE and supported_by(body, source, threshold=1.0, language=lang):
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
    if not answer_in_source(a, source, language=lang):
        problems.append("the answer is not supported by the source chunk")
    elif not supported_by(f"{body} {a}", source, threshold=0.8, window=2, language=lang):
        # Question and key together must be what the material says (in one or two sentences).
        problems.append("the source does not back this question with this answer")
    if leaks_answer(q, a, language=lang):
        problems.append("the question gives the answer away")
    if len(a.split()) > 6:
        problems.append("answer too long")
    return problems
