"""Language of a document, from a sample of its text: see engine/text/detect.py (the one detector)."""
from __future__ import annotations

from engine.text.detect import SAMPLE_CHARS, detect_language, preload

__all__ = ["SAMPLE_CHARS", "detect_language", "preload"]
