"""The engine's one sentence splitter, for every language.

A sentence ends at . ! ? … (plus closing quotes/brackets) followed by a space, at a full-width
CJK end mark (。！？, no space needed: Chinese and Japanese put none), at the Devanagari danda
(। ॥), the Arabic question mark (؟) or full stop (۔), or at a line break. A dot after a known
abbreviation ("e.g.", "Dr.") or a single capital ("J. Smith") does not end a sentence.

`split_sentences` keeps each sentence's place in the text (read-aloud highlights it);
`sentence_ends(text, final=False)` serves a buffer over text still streaming in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TextSpan", "sentence_ends", "sentences_of", "split_sentences"]

_CLOSERS = "\"'”’»)\\]」』）"
# Latin-style ends need a following space; CJK / danda / Arabic ends do not.
_END = re.compile(rf"""[.!?…]+[{_CLOSERS}]*(?=\s)|[。！？।॥؟۔]+[{_CLOSERS}]*|\n+""")
# Words ending in a dot that do not end a sentence (en, es, fr, de, it, pt).
_ABBREVIATIONS = {"e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "fig", "no", "approx", "ca",
                  "sr", "sra", "dra", "p.ej", "ej", "z.b", "bzw", "usw", "p.ex", "m", "mme", "ecc", "sig"}


@dataclass(frozen=True)
class TextSpan:
    """A piece of text and where it sits in the original (for highlighting)."""

    text: str
    start: int
    end: int


def _is_abbreviation(text: str, dot_at: int) -> bool:
    m = re.search(r"(\w+(?:\.\w+)*)$", text[:dot_at])
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in _ABBREVIATIONS or len(word) == 1 and word.isupper()


def sentence_ends(text: str, *, final: bool) -> list[int]:
    """Offsets just after each sentence end in `text`; with `final`, the end of the text too."""
    ends = []
    for m in _END.finditer(text):
        if m.group().startswith(".") and len(m.group()) == 1 and _is_abbreviation(text, m.start()):
            continue
        ends.append(m.end())
    if final and (not ends or ends[-1] < len(text)):
        ends.append(len(text))
    return ends


def split_sentences(text: str) -> list[TextSpan]:
    """Sentences of `text` with their character ranges; blank pieces are dropped."""
    spans, start = [], 0
    for end in sentence_ends(text, final=True):
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append(TextSpan(piece.strip(), start + lead, start + lead + len(piece.strip())))
        start = end
    return spans


def sentences_of(text: str) -> list[str]:
    """The sentences of `text` as strings."""
    return [s.text for s in split_sentences(text)]
