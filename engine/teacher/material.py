"""A course's material as the teacher tools read it: passages (chunks) in document order, and the
terms the material itself defines, with the sentence that defines each.

Definitions: the language's cue ("... is called X", "se llama X": engine/text/terms.py) and, in
English, a sentence that opens with the term ("A fraction is a part of a whole.",
"Improper fractions are ...", "Evaporation means ...").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from engine.store import Store
from engine.text import base_language, normalise, stem, words
from engine.text.sentences import sentences_of
from engine.text.terms import definition_terms

__all__ = ["Definition", "Passage", "course_passages", "definitions", "mentions", "term_stems"]

HEADING_SEPARATOR = " › "
# "A fraction is a part ...", "Fractions are ways to ...", "Evaporation means ..." ("X is the Y" is
# left out: "The number on top is the numerator" defines Y, not X).
_EN_OPENING = re.compile(
    r"^(?:an?\s+|the\s+)?(?P<term>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+"
    r"(?:(?:is|are)\s+(?:an?|one|any|when|how|what)\b|means?\b)", re.IGNORECASE)
# Articles a definition cue may have cut a term from ("called an improper fraction" -> "n improper
# fraction"; "se llama lava" -> "va"): see `_whole_term`.
_ARTICLES = frozenset("""a an the el la los las un una le les l lo il gli i o os as um uma der die das den ein
eine""".split())
_NOT_A_TERM = frozenset("""this that these those it they he she we you i there here which what who each all some
one two three many most such its their our your his her my answer result example rule way thing part""".split())


@dataclass(frozen=True)
class Passage:
    """One chunk of a course's material, with where it sits."""

    chunk_id: int
    document_id: str
    document_title: str
    source_path: str
    section: str          # the first heading under the document title ('' when none)
    heading_path: str
    text: str
    language: str


@dataclass(frozen=True)
class Definition:
    term: str
    sentence: str
    chunk_id: int


def course_passages(store: Store, course_id: str) -> list[Passage]:
    """Every ready chunk of the course, document by document (source path order), in text order."""
    rows = store.db.execute(
        "SELECT c.id, d.id, d.title, d.source_path, c.heading_path, c.text, COALESCE(d.language, co.language, 'en')"
        " FROM chunks c JOIN documents d ON d.id = c.document_id JOIN courses co ON co.id = d.course_id"
        " WHERE d.course_id = ? AND d.status = 'ready' ORDER BY d.source_path, c.ordinal, c.id",
        [course_id]).fetchall()
    out = []
    for cid, doc_id, title, path, heading_path, text, lang in rows:
        heads = [h.strip() for h in (heading_path or "").split(HEADING_SEPARATOR) if h.strip()]
        if heads and normalise(heads[0]) == normalise(title or ""):
            heads = heads[1:]
        out.append(Passage(int(cid), doc_id, title or "", path or "", heads[0] if heads else "", heading_path or "",
                           text, base_language(lang)))
    return out


def _opening_term(sentence: str) -> str | None:
    m = _EN_OPENING.match(sentence.strip())
    if m is None:
        return None
    term = m.group("term").strip()
    parts = normalise(term).split()
    if not parts or parts[0] in _NOT_A_TERM or any(p in _NOT_A_TERM for p in parts) or len(term) < 3:
        return None
    return term


def _whole_term(term: str, sentence: str) -> str:
    """Undo a cut inside a word: when the term starts mid-word in the sentence, the word's head was
    taken for an article. A real article ("an") is dropped with the letters; otherwise the word is
    made whole again ("va" -> "lava")."""
    m = re.search(rf"(?<!\w)(\w+){re.escape(term)}(?!\w)", sentence)
    if m is None or re.search(rf"(?<!\w){re.escape(term)}(?!\w)", sentence):
        return term
    first, _, rest = term.partition(" ")
    whole = m.group(1) + first
    if whole.casefold() in _ARTICLES:
        return rest or term
    return f"{whole} {rest}".strip()


def definitions(passages: Iterable[Passage], *, language: str | None = None) -> list[Definition]:
    """Terms the passages define, first definition of each term first (in passage order)."""
    seen: set[str] = set()
    out: list[Definition] = []
    for p in passages:
        lang = base_language(language or p.language)
        for sentence in sentences_of(p.text):
            found = list(definition_terms(sentence, lang))
            if lang == "en":
                opening = _opening_term(sentence)
                if opening:
                    found.append(opening)
            for term in (_whole_term(t, sentence) for t in found):
                key = " ".join(stem(w, lang) for w in words(term, lang))
                if key and key not in seen:
                    seen.add(key)
                    out.append(Definition(term, sentence, p.chunk_id))
    return out


def term_stems(term: str, language: str) -> tuple[str, ...]:
    return tuple(stem(w, language) for w in words(term, language))


def text_stems(text: str, language: str) -> list[str]:
    return [stem(w, language) for w in words(text, language)]


def mentions(stems_of_text: Sequence[str], stems_of_term: Sequence[str]) -> bool:
    """Whether the term's stems appear, in order and together, in the text's stems."""
    n = len(stems_of_term)
    if n == 0:
        return False
    first = stems_of_term[0]
    return any(stems_of_text[i] == first and tuple(stems_of_text[i:i + n]) == tuple(stems_of_term)
               for i in range(len(stems_of_text) - n + 1))


def course_row(store: Store, course: str) -> dict[str, Any]:
    """A course by id or name (the quiz bank's lookup, with its hint)."""
    from engine.tutor.quizbank import find_course

    return find_course(store, course)
