"""Key-term cues per language, for quizzes made from a course's own material.

Two cheap signals that need no tagger or model:

- **definition cues**: "... is called X" / "se llama X" / "s'appelle X" / "heißt X" / "叫做X" /
  "Xといいます" mark X as a term the lesson teaches (the strongest quiz answer there is);
- **noun evidence**: in languages with articles, a word the text uses right after an article or
  determiner somewhere ("la fracción", "el denominador") is a noun; a word never seen after one
  ("indica", "toman") is most likely a verb, a poor answer and a poorer distractor. Arabic nouns
  carry the article ال; German nouns are capitalised.
"""
from __future__ import annotations

import re
from functools import lru_cache

from engine.text.tokens import base_language, normalise

__all__ = ["DEFINITION_CUES", "definition_terms", "nouns_in", "uses_spaces", "words_take_suffixes"]

_WORD = r"[^\W\d_][\w'’-]*"
# (cue before the term, optional articles, words a term may not run into)
_CUES: dict[str, tuple[str, str, str]] = {
    "en": (r"called|named|known as|termed", r"the|a|an", r"and|or|because|when|which|that"),
    "es": (r"se llaman?|llamad[oa]s?|denominad[oa]s?|conocid[oa]s? como|se denominan?",
           r"el|la|los|las|un|una", r"y|o|e|u|que|porque|cuando|pero"),
    "fr": (r"s[’']appellen?t?|appelée?s?|nommée?s?|qu[’']on appelle|on appelle",
           r"le|la|les|l[’']|un|une|des", r"et|ou|qui|que|car|quand|mais"),
    "de": (r"heißt|heißen|genannt|nennt man|bezeichnet als", r"der|die|das|den|ein|eine|einen",
           r"und|oder|weil|wenn|die|der|das|aber"),
    "it": (r"si chiamano|si chiama|chiamat[oaie]|dett[oaie]|denominat[oaie]",
           r"il|lo|la|i|gli|le|l[’']|un|una|uno", r"e|o|che|perché|quando|ma"),
    "pt": (r"se chamam?|chamad[oa]s?|conhecid[oa]s? como|denominad[oa]s?",
           r"o|a|os|as|um|uma", r"e|ou|que|porque|quando|mas"),
    "ru": (r"называ(?:ется|ются|ют)|называемы[йея]", r"", r"и|или|потому|когда|который|которая|которые"),
}
DEFINITION_CUES = tuple(_CUES)
# Languages where the term is not simply after a cue word (no spaces, or the cue follows the term).
_PATTERN_DEFINITIONS = {
    "zh": re.compile(r"(?:叫做|叫作|称为|称作|被称为)(?P<term>[\u4e00-\u9fff]{2,6})"),
    "ja": re.compile(r"(?P<term>[\u30a0-\u30ff\u4e00-\u9fff]{2,8})(?:といいます|と言います|とよばれ|と呼ばれ|といい)"),
    "ko": re.compile(r"(?P<term>[\uac00-\ud7af]{2,8}?)(?:이)?라고\s*(?:합니다|해요|한다|부릅니다|불러요|부른다)"),
    "hi": re.compile(r"(?:इसे|इन्हें|उसे|उन्हें|को)\s+(?P<term>[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+)?)\s+"
                     r"(?:कहते|कहा\s+जाता|कहलाता|कहलाती|कहलाते)"),
    "ar": re.compile(r"(?:يسمى|تسمى|يُسمى|تُسمى|يسمّى|تسمّى|يُسمّى|تُسمّى|يدعى|تدعى|يُدعى|تُدعى)\s+"
                     r"(?P<term>[\u0621-\u064a\u064b-\u065f]+(?:\s+[\u0621-\u064a\u064b-\u065f]+)?)"
                     r"(?=\s*[.،؛:!؟]|$)"),
}
_DETERMINERS = {
    "en": "the a an this these those its their our",
    "es": "el la los las un una unos unas del al su sus este esta estos estas",
    "fr": "le la les l un une des du au aux sa son ses ce cette",
    "it": "il lo la i gli le l un una uno del della dei degli delle al alla nel nella",
    "pt": "o a os as um uma uns umas do da dos das no na nos nas ao",
    "de": "der die das den dem des ein eine einen einem einer",
}


@lru_cache(maxsize=16)
def _definition(language: str) -> re.Pattern[str] | None:
    if language not in _CUES:
        return None
    cue, articles, stops = (part.replace(" ", r"\s+") for part in _CUES[language])
    article = rf"(?:(?:{articles})\s*)?" if articles else ""
    # Up to three words; small linking words (de, du, del, of) may join them: "ciclo del agua".
    term = rf"{_WORD}(?:\s+(?:(?:de|del|do|da|di|du|des|of)\s+)?{_WORD}){{0,2}}?"
    return re.compile(rf"\b(?:{cue})\s+{article}(?P<term>{term})(?=\s*[.,;:()]|\s+(?:{stops})\b|$)", re.IGNORECASE)


def uses_spaces(language: str | None) -> bool:
    """Whether the language writes spaces between words (not Chinese or Japanese)."""
    return base_language(language) not in ("zh", "ja")


def words_take_suffixes(language: str | None) -> bool:
    """Whether a term is found inside longer written words (Korean particles: 광합성이라고), so it
    must be matched as a plain substring, not between word boundaries."""
    return base_language(language) in ("zh", "ja", "ko")


def definition_terms(sentence: str, language: str | None) -> list[str]:
    """Terms `sentence` defines ("... se llama evaporación." -> ["evaporación"])."""
    lang = base_language(language)
    if lang in _PATTERN_DEFINITIONS:
        return [m.group("term").strip() for m in _PATTERN_DEFINITIONS[lang].finditer(sentence)]
    pattern = _definition(lang)
    return [m.group("term").strip() for m in pattern.finditer(sentence)] if pattern else []


def nouns_in(text: str, language: str | None) -> frozenset[str] | None:
    """Normalised words the text uses as nouns, or None where this cue does not exist (then every
    word may be a noun)."""
    lang = base_language(language)
    if lang == "ar":
        return frozenset(w for w in normalise(text).split() if w.startswith("ال") and len(w) > 3)
    if lang not in _DETERMINERS or lang == "en":
        return None
    dets = frozenset(_DETERMINERS[lang].split())
    found: set[str] = set()
    for clause in re.split(r"[.,;:!?()\[\]¿¡«»\"]", text):
        words = normalise(clause).split()
        found.update(b for a, b in zip(words, words[1:], strict=False) if a in dets)
    if lang == "de":
        found |= {normalise(m.group()) for m in re.finditer(r"(?<=\w\s)[A-ZÄÖÜ][a-zäöüß]+", text)}
    return frozenset(found)
