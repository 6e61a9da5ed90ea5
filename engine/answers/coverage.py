"""Is a question covered by the class material? The retriever's passage-level judgement, checked
against the best answer sentence found in those passages.

A passage can be on topic while no sentence answers (false accept), and a paraphrased question
can miss the passage-level thresholds while one sentence clearly answers it (false refusal). The
sentence-level signals (lexical match weighted by rarity, MiniLM similarity of the sentence,
answer type) settle both. Thresholds were chosen on the `tune` courses of `lantern bench answers`
(and the sample course's on/off-topic questions in `bench retrieval`), never on `held_out`.
"""
from __future__ import annotations

from typing import Any

from engine.answers.select import Answer

# Covered although the passages missed the retriever's thresholds: one sentence matches well.
SENTENCE_SIMILARITY = 0.5
SENTENCE_SIMILARITY_ALONE = 0.6
SENTENCE_LEXICAL_WITH_SIMILARITY = (0.6, 0.35)
# Refused although a passage passed: the best sentence shares almost nothing with the question.
MIN_LEXICAL_OR_SIMILARITY = (0.25, 0.3)


def is_covered(found: Any, answer: Answer | None) -> bool:
    """`found`: the retriever's `Retrieval`; `answer`: the best sentence in its passages (or None)."""
    if answer is None:
        return False
    lex_min, sim_min = MIN_LEXICAL_OR_SIMILARITY
    if found.covered:
        return answer.lexical >= lex_min or answer.similarity >= sim_min
    if answer.qtype.kind not in (None, "term") and answer.type_fit == 0.0:
        return False    # "How many legs does a bee have?" → a sentence about bees with no number in it
    lex, sim = SENTENCE_LEXICAL_WITH_SIMILARITY
    if answer.lexical == 0.0:
        # not one shared word: only a very close meaning ("How do volcanoes erupt?" met a sentence
        # about leaves at 0.52)
        return answer.similarity >= SENTENCE_SIMILARITY_ALONE
    return answer.similarity >= SENTENCE_SIMILARITY or (answer.lexical >= lex and answer.similarity >= sim)
