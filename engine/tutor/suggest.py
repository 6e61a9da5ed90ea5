"""First questions a learner could ask, made from the course's own section headings.

The words around a heading are the material's language (a Spanish course gets "¿Qué es «Evaporación»?"),
from the engine's catalogue (`suggest.what_is`); the heading itself is the lesson's own.
"""
from __future__ import annotations

from collections.abc import Sequence

from engine.i18n import message

SUGGESTIONS = 3
MAX_HEADING_CHARS = 48
_ENGLISH_QUESTION_WORDS = {"what", "why", "how", "where", "when", "who", "which"}


def suggested_questions(headings: Sequence[str], *, language: str | None = None, limit: int = SUGGESTIONS) -> list[str]:
    """Up to `limit` questions, one per usable heading ("A › B" paths use their last part).

    `language`: the material's (None: guessed from all the headings together)."""
    parts = [h.split(" › ")[-1].strip() for h in headings]
    lang = language or _guess(parts)
    out: list[str] = []
    for raw in parts:
        h = raw.rstrip(".:?？؟")
        if not h or len(h) > MAX_HEADING_CHARS:
            continue
        first = h.split()[0].lower() if h.split() else ""
        if raw.endswith(("?", "？", "؟")):
            q = raw                                   # the heading is a question already
        elif lang == "en" and first in _ENGLISH_QUESTION_WORDS:
            continue          # "Where water goes", "How plants grow": no natural question can be made of it
        elif lang == "en":
            q = message("suggest.what_is", "en", term=h if h[:2].isupper() else h[0].lower() + h[1:])
        else:
            q = message("suggest.what_is", lang, term=h)
        if q not in out:
            out.append(q)
        if len(out) == limit:
            break
    return out


def _guess(headings: Sequence[str]) -> str:
    from engine.text.detect import detect_language

    return detect_language(" · ".join(headings)) or "en"
