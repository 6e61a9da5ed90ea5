"""Word helpers for answer ranking: content words (English and Spanish stop words dropped,
accents folded) and a crude shared stem (first five letters) that lets inflections and Spanish
cognates meet (volcanoes ~ volcano, adulto ~ adult, instrumento ~ instrument).

The retriever uses the same rule for its word-overlap signal, so "covered" and "answered" agree.
"""
from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
STOPWORDS = frozenset("""
a an and are as at be been but by can could did do does doing for from had has have how i if in into is it its
me my no not of on or our so than that the their them then there these they this to too was we were what when
where which who whom why will with would you your about after before between during each few more most other
some such up down out over under again further once here all any both very just should now tell explain describe
please mean means meaning called name named give list step many much
el la los las un una unos unas y o de del al en con por para que qué como cómo es son fue ser está están se su sus
lo le les mi tu cual cuál cuales cuáles quien quién donde dónde cuando cuándo porque muy más menos hay
nos os este esta estos estas ese esa eso tiene tienen
""".split())


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def content_words(text: str) -> list[str]:
    """Lower-cased, accent-folded words of `text` without stop words, in order, unique."""
    words = []
    for w in _WORD.findall(text.casefold()):
        if len(w) < 2 or w in STOPWORDS:
            continue
        words.append(fold(w))
    return list(dict.fromkeys(words))


_SUFFIXES = ("ing", "ed", "es", "s", "ly")


def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[:-len(suffix)]
            break
    return word[:5] if len(word) > 5 else word.rstrip("s") or word


def stems_of(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}
