"""Readability of tutor replies: Flesch-Kincaid grade level, fully offline.

Kincaid, J. P., Fishburne, R. P., Rogers, R. L. & Chissom, B. S. (1975). "Derivation of new
readability formulas for Navy enlisted personnel." Research Branch Report 8-75:

    grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

Syllables come from pyphen's bundled hyphenation dictionaries (hyphen points + 1). We do not call
textstat for English: it downloads NLTK's cmudict at first use, and Lantern must never reach the
network at run time.
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_SENT = re.compile(r"[.!?]+(?:\s|$)")
_PYPHEN_LANG = {"en": "en_US", "es": "es", "fr": "fr", "de": "de_DE", "it": "it_IT", "pt": "pt_PT", "ru": "ru_RU"}


@lru_cache(maxsize=8)
def _dictionary(lang: str):  # type: ignore[no-untyped-def]
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
    return max(1, len(_SENT.findall(text.strip() + " ")))


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
