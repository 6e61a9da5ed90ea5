"""How hard a text is to read, per language, fully offline.

English: the Flesch-Kincaid grade level. Kincaid, J. P., Fishburne, R. P., Rogers, R. L. &
Chissom, B. S. (1975). "Derivation of new readability formulas for Navy enlisted personnel."
Research Branch Report 8-75:

    grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

The formula is calibrated on English only, so other languages get the two measures it is built
from and that transfer: words per sentence and characters per word (for Chinese and Japanese,
characters per sentence, since they have no words between spaces).

Syllables come from pyphen's bundled hyphenation dictionaries (hyphen points + 1). We do not call
textstat for English: it downloads NLTK's cmudict at first use, and Lantern must never reach the
network at run time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from engine.text.sentences import split_sentences
from engine.text.tokens import base_language, has_cjk

__all__ = ["Readability", "count_syllables", "fk_grade", "mean_sentence_words", "readability", "sentence_count",
           "words"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_PYPHEN_LANG = {"en": "en_US", "es": "es", "fr": "fr", "de": "de_DE", "it": "it_IT", "pt": "pt_PT", "ru": "ru_RU"}


@lru_cache(maxsize=8)
def _dictionary(lang: str) -> Any:
    import pyphen

    return pyphen.Pyphen(lang=_PYPHEN_LANG.get(lang, "en_US"))


def count_syllables(word: str, lang: str = "en") -> int:
    w = word.lower().strip("'’")
    if not w:
        return 0
    by_hyphen = len(_dictionary(lang).positions(w)) + 1
    by_vowels = max(1, len(re.findall(r"[aeiouyáéíóúàèìòùâêîôûäöüœæ]+", w)))
    # Hyphenation dictionaries skip breaks near word ends ("sunlight" fine, "into" 1): the vowel-group
    # count catches those; take the larger, minus a silent final "e" in English.
    if lang == "en" and w.endswith("e") and not w.endswith(("le", "ee")) and by_vowels > 1:
        by_vowels -= 1
    return max(by_hyphen, by_vowels)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentence_count(text: str) -> int:
    return max(1, len(split_sentences(text)))


def fk_grade(text: str, lang: str = "en") -> float:
    """Flesch-Kincaid grade level (about the US school grade that can read the text)."""
    ws = words(text)
    if not ws:
        return 0.0
    syllables = sum(count_syllables(w, lang) for w in ws)
    return 0.39 * (len(ws) / sentence_count(text)) + 11.8 * (syllables / len(ws)) - 15.59


def mean_sentence_words(text: str) -> float:
    ws = words(text)
    return len(ws) / sentence_count(text) if ws else 0.0


@dataclass(frozen=True)
class Readability:
    language: str
    sentences: int
    words_per_sentence: float        # for zh/ja: characters per sentence
    chars_per_word: float            # for zh/ja: 1.0
    grade: float | None              # Flesch-Kincaid, English only


def readability(text: str, language: str | None = "en") -> Readability:
    """Sentence and word length for any language; the FK grade too for English."""
    lang = base_language(language)
    n = sentence_count(text)
    if has_cjk(text) and lang in ("zh", "ja"):
        chars = len(_CJK_CHAR.findall(text))
        return Readability(lang, n, chars / n, 1.0, None)
    ws = words(text)
    per_word = sum(len(w) for w in ws) / len(ws) if ws else 0.0
    return Readability(lang, n, len(ws) / n if ws else 0.0, per_word, fk_grade(text, lang) if lang == "en" else None)
