"""A question in another language than the lessons: translated to English by the local model for
retrieval only (the answer is still the lesson's own sentence, cited). The translation is a
search key, never shown as an answer, so a rough one costs little; a question the translated
search does not cover is refused as before."""
from __future__ import annotations

from typing import Any

# One worked example per line: the 270M base model continues the pattern.
_PROMPT = ("Translate each question into English.\n"
           "Spanish: ¿Qué es la lava?\nEnglish: What is lava?\n"
           "Spanish: ¿Cuántas patas tiene una araña?\nEnglish: How many legs does a spider have?\n"
           "Spanish: ¿Quién construyó el puente viejo?\nEnglish: Who built the old bridge?\n"
           "Spanish: {question}\nEnglish:")


def translate_question(llm: Any, question: str, *, source_language: str = "es") -> str | None:
    """`question` in English, or None when the model gives nothing usable."""
    from engine.llm.backend import GenerationParams

    if source_language != "es":
        return None
    prompt = _PROMPT.format(question=" ".join(question.split()))
    try:
        out = llm.complete(prompt, params=GenerationParams(max_tokens=32, temperature=0.0, seed=0,
                                                           stop=("\n", "Spanish:"))).text
    except Exception:  # noqa: BLE001 - a failed translation only means the question stays unanswered
        return None
    out = " ".join(out.split())
    return out if 2 <= len(out.split()) <= 30 and out.casefold() != question.casefold() else None
