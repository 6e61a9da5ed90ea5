"""A question in another language than the lessons: translated to English by the local model for
retrieval only (the answer is still the lesson's own sentence, cited). The translation is a
search key, never shown as an answer, so a rough one costs little; a question the translated
search does not cover is refused as before."""
from __future__ import annotations

from typing import Any

# Three worked examples per language: the 270M base model continues the pattern.
_EXAMPLES: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "es": ("Spanish", (("¿Qué es la lava?", "What is lava?"),
                       ("¿Cuántas patas tiene una araña?", "How many legs does a spider have?"),
                       ("¿Quién construyó el puente viejo?", "Who built the old bridge?"))),
    "fr": ("French", (("Qu'est-ce que la lave ?", "What is lava?"),
                      ("Combien de pattes a une araignée ?", "How many legs does a spider have?"),
                      ("Qui a construit le vieux pont ?", "Who built the old bridge?"))),
    "de": ("German", (("Was ist Lava?", "What is lava?"),
                      ("Wie viele Beine hat eine Spinne?", "How many legs does a spider have?"),
                      ("Wer hat die alte Brücke gebaut?", "Who built the old bridge?"))),
    "it": ("Italian", (("Che cos'è la lava?", "What is lava?"),
                       ("Quante zampe ha un ragno?", "How many legs does a spider have?"),
                       ("Chi ha costruito il vecchio ponte?", "Who built the old bridge?"))),
    "pt": ("Portuguese", (("O que é a lava?", "What is lava?"),
                          ("Quantas patas tem uma aranha?", "How many legs does a spider have?"),
                          ("Quem construiu a ponte velha?", "Who built the old bridge?"))),
}


def translation_prompt(question: str, source_language: str) -> str | None:
    """The few-shot prompt for `source_language`, or None for a language without examples."""
    if source_language not in _EXAMPLES:
        return None
    name, examples = _EXAMPLES[source_language]
    lines = ["Translate each question into English."]
    for asked, english in examples:
        lines += [f"{name}: {asked}", f"English: {english}"]
    lines += [f"{name}: {' '.join(question.split())}", "English:"]
    return "\n".join(lines)


def translate_question(llm: Any, question: str, *, source_language: str = "es") -> str | None:
    """`question` in English, or None when the model gives nothing usable (or the language has no
    examples: es, fr, de, it, pt have)."""
    from engine.llm.backend import GenerationParams

    prompt = translation_prompt(question, source_language)
    if prompt is None:
        return None
    name = _EXAMPLES[source_language][0]
    try:
        out = llm.complete(prompt, params=GenerationParams(max_tokens=32, temperature=0.0, seed=0,
                                                           stop=("\n", f"{name}:"))).text
    except Exception:  # noqa: BLE001 - a failed translation only means the question stays unanswered
        return None
    out = " ".join(out.split())
    return out if 2 <= len(out.split()) <= 30 and out.casefold() != question.casefold() else None
