"""Readability of tutor replies: see engine/text/readability.py (one place for every language)."""
from __future__ import annotations

from engine.text.readability import count_syllables, fk_grade, mean_sentence_words, sentence_count, words

__all__ = ["count_syllables", "fk_grade", "mean_sentence_words", "sentence_count", "words"]
