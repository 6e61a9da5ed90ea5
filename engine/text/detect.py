"""Which language a text is in (lingua), as ISO 639-1 codes ('en', 'es').

Building lingua's detector loads its language models (about a second and some tens of MB):
call `preload()` once off the GUI thread (app start-up does) so the first detection is instant.
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
_lock = threading.Lock()
SAMPLE_CHARS = 4000
MIN_CHARS = 20


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, n) for n in _LANGUAGES if hasattr(Language, n)]
    return LanguageDetectorBuilder.from_languages(*langs).with_minimum_relative_distance(0.1).build()


def preload() -> None:
    """Build the detector now (slow once); safe to call from any thread, more than once."""
    with _lock:
        _detector()


def detect_language(text: str, *, min_chars: int = MIN_CHARS) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when unsure or too little text."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if len(sample) < min_chars:
        return None
    with _lock:
        lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None
