"""The answer to a question from given passages: the best prose sentence (or two), where it is,
and one supporting sentence from the same passage for Explain."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from engine.answers.answer_types import PERSON, QuestionType, question_type, type_score
from engine.answers.candidates import continues, prose_sentences
from engine.answers.ranking import Scored, rank
from engine.answers.words import stems_of

_PRONOUN = ("this ", "that ", "it ", "these ", "they ", "its ", "their ", "esto ", "esta ", "este ")


@dataclass(frozen=True)
class Answer:
    """An answer taken from the material."""

    text: str                  # what the learner reads: the sentence(s), as in the lesson
    passage: int               # which passage (index in the list given)
    start: int                 # the answering span in that passage's text (for highlighting)
    end: int
    score: float
    lexical: float
    similarity: float
    type_fit: float
    qtype: QuestionType
    support: str = ""          # a neighbouring sentence of the same passage that backs it up

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def select_answer(question: str, passages: Sequence[str], *, embedder: Any | None = None,
                  furniture: Sequence[Sequence[str]] = (), single: bool = False) -> Answer | None:
    """The best answer in `passages` (best passage first), or None when no prose sentence shares a
    word with the question or is similar in meaning. `single`: one sentence only (young readers)."""
    qtype = question_type(question)
    ranked = rank(question, passages, embedder=embedder, furniture=furniture, qtype=qtype)
    if single:
        ranked = [r for r in ranked if r.candidate.sentences == 1]
    if not ranked or (ranked[0].lexical == 0 and ranked[0].similarity < 0.3):
        return None
    best = ranked[0]
    c = best.candidate
    sents = prose_sentences(passages[c.passage], furniture[c.passage] if c.passage < len(furniture) else ())
    text, start, end = c.text, c.start, c.end
    first, last = c.index, c.index + c.sentences - 1
    person_pronoun = re.match(r"(?:he|she|they)\b", c.text, re.IGNORECASE) is not None
    wanted = qtype if qtype.kind is not None else QuestionType(PERSON) if person_pronoun else None
    if c.sentences == 1 and best.type_fit < 1.0 and wanted is not None and continues(c.text):
        # "He is often called the father of genetics.": the name is in a sentence before it (also
        # for a question in a language whose question words have no type here).
        for j in (first - 1, first - 2):
            if j >= 0 and type_score(wanted, sents[j][2], question) >= 1.0:
                text = " ".join(s for _, _, s in sents[j:first + 1])
                start, first = sents[j][0], j
                break
    elif not single and c.sentences == 1 and last + 1 < len(sents) and (
            sents[last + 1][2].lower().startswith(_PRONOUN) or continues(sents[last + 1][2])):
        text, end = f"{text} {sents[last + 1][2]}", sents[last + 1][1]
        last += 1
    return Answer(text, c.passage, start, end, best.score, best.lexical, best.similarity, best.type_fit, qtype,
                  support=_support(question, sents, first, last, ranked, c.passage))


def _support(question: str, sents: list[tuple[int, int, str]], first: int, last: int, ranked: list[Scored],
             passage: int) -> str:
    """The best other single sentence of the same passage, preferring direct neighbours."""
    scores = {s.candidate.index: s.score for s in ranked
              if s.candidate.passage == passage and s.candidate.sentences == 1}
    options = [i for i in range(len(sents)) if i < first or i > last]
    if not options:
        return ""
    qstems = stems_of(question)

    answer_stems = set().union(*(stems_of(sents[i][2]) for i in range(first, last + 1)))

    def value(i: int) -> float:
        near = 0.2 if i in (first - 1, last + 1) else 0.0
        return (scores.get(i, 0.0) + near + 0.05 * len(qstems & stems_of(sents[i][2]))
                + 0.1 * len(answer_stems & stems_of(sents[i][2])))

    return sents[max(options, key=value)][2]
