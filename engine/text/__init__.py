"""Text for every language the engine speaks: one tokenizer, sentence splitter, stemmer and stop
words per language, language detection and readability. No model, no network."""
from __future__ import annotations

from engine.text.sentences import TextSpan, sentence_ends, sentences_of, split_sentences
from engine.text.tokens import (LANGUAGES, base_language, content_words, guess_language, has_cjk, loose_stem,
                                normalise, stem, stems, stop_words, words)

__all__ = ["LANGUAGES", "TextSpan", "base_language", "content_words", "guess_language", "has_cjk", "loose_stem",
           "normalise", "sentence_ends", "sentences_of", "split_sentences", "stem", "stems", "stop_words", "words"]
