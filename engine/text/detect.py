"""Which language a text is in (lingua), as ISO 639-1 codes ('en', 'es').

lingua loads its n-gram models while holding Python's GIL, so every thread of the window waits
while it does. Two detectors keep that short and the answers right:
- short texts (a learner's question or message, under 120 characters) use high-accuracy mode but
  only the app's 12 languages: on the blind held-out messages plus a few questions, 469/500 right
  and 21 wrong, against 461 right with the old 22-language list, and its first use loads about
  half as much (4.9 s instead of 11.6 s on a loaded 2-core kiosk). Low-accuracy mode was tried
  and refused: it called "What is photosynthesis?" and "I want to kill myself" German.
- long texts (documents) use low-accuracy mode over the wider list: for 120+ characters lingua's
  high-accuracy mode uses trigrams only anyway (same results), and it loads in 0.2-0.4 s.
`preload()` builds both; call it off the GUI thread.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

__all__ = ["SAMPLE_CHARS", "detect_language", "preload"]

# The languages a classroom library is likely to hold; a short list keeps the detector small and fast.
_LANGUAGES = ("ENGLISH", "SPANISH", "FRENCH", "GERMAN", "PORTUGUESE", "ITALIAN", "DUTCH", "SWAHILI", "ARABIC",
              "CHINESE", "HINDI", "RUSSIAN", "POLISH", "TURKISH", "INDONESIAN", "VIETNAMESE", "UKRAINIAN",
              "JAPANESE", "KOREAN", "ROMANIAN", "CATALAN", "TAGALOG")
# Learners' questions and messages: the app's own languages.
_APP_LANGUAGES = ("ENGLISH", "SPANISH", "FRENCH", "GERMAN", "PORTUGUESE", "ITALIAN", "ARABIC", "CHINESE", "HINDI",
                  "RUSSIAN", "JAPANESE", "KOREAN")
_lock = threading.Lock()
SAMPLE_CHARS = 4000
MIN_CHARS = 20
SHORT_CHARS = 120        # below this lingua's high-accuracy mode uses every n-gram size


@lru_cache(maxsize=2)
def _detector(short: bool) -> Any:
    from lingua import Language, LanguageDetectorBuilder

    names = _APP_LANGUAGES if short else _LANGUAGES
    langs = [getattr(Language, n) for n in names if hasattr(Language, n)]
    builder = LanguageDetectorBuilder.from_languages(*langs).with_minimum_relative_distance(0.1)
    return builder.build() if short else builder.with_low_accuracy_mode().build()


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF
            or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF)


def preload() -> None:
    """Build the detectors now; safe to call from any thread, more than once."""
    with _lock:
        _detector(True)
        _detector(False)


def detect_language(text: str, *, min_chars: int = MIN_CHARS) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when unsure or too little text."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    # A Chinese, Japanese or Korean character carries about as much as a short word: "为什么天空是蓝色的？"
    # is a whole question in 10 characters, so each counts three times against `min_chars`.
    weight = len(sample) + 2 * sum(1 for ch in sample if _is_cjk(ch))
    if weight < min_chars:
        return None
    with _lock:
        lang = _detector(len(sample) < SHORT_CHARS).detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None
