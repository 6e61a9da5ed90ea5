"""Rank candidate sentences as answers: lexical match + MiniLM similarity + answer type.

score = W_LEX·lexical + W_SIM·similarity + W_TYPE·(type fit − ½) − small penalties (a later
passage, a two-sentence window). Lexical match weights each question word by how rare it is among
the candidates (the topic word that is in every sentence counts little; "designed" counts a lot),
with a crude shared stem so that Spanish cognates still meet English words (adulto ~ adult).
Weights were chosen on the `tune` courses of `lantern bench answers` only.
"""
from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from engine.answers.answer_types import NUMBER, QuestionType, question_type, type_score
from engine.answers.candidates import Candidate, candidates_of
from engine.answers.words import stem, stems_of
from engine.retrieval.embedder import similarity

W_LEX = 0.5
W_SIM = 0.35
W_TYPE = 0.4
LATER_PASSAGE_PENALTY = 0.02
WINDOW_PENALTY = 0.1


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    score: float
    lexical: float
    similarity: float
    type_fit: float


_CACHE_SIZE = 4096


def _similarities(embedder: Any, question: str, cands: list[Candidate]) -> list[float]:
    """Cosine of the question to each candidate. Only single sentences are embedded (a window
    scores as its better half), and sentence vectors are remembered (the Tutor and the library
    rank the same passages within a turn)."""
    cache: OrderedDict[str, Any] = _VECTORS.setdefault(id(embedder), OrderedDict())
    singles = list(dict.fromkeys(c.text for c in cands if c.sentences == 1))
    # This call's vectors are kept here, not read back from the memo: making room below may evict the
    # oldest entries, and the window's warm-up (`remember_sentences`) writes to it from another thread.
    vectors: dict[str, Any] = {}
    for t in singles:
        if (v := cache.pop(t, None)) is not None:
            vectors[t] = cache[t] = v          # used now: the newest entry again, the last to go
    missing = [t for t in singles if t not in vectors]
    # E5 reads a question and a lesson sentence differently (query/passage); MiniLM the same.
    q = embedder.embed_queries([question])[0]
    if missing:
        for text, vector in zip(missing, embedder.embed(missing), strict=True):
            vectors[text] = cache[text] = vector
    while len(cache) > _CACHE_SIZE:
        cache.popitem(last=False)
    single_sim = {t: similarity(embedder, float(vectors[t] @ q)) for t in singles}
    out = []
    for c in cands:
        if c.sentences == 1:
            out.append(single_sim[c.text])
        else:
            parts = [single_sim.get(s.text, 0.0) for s in cands
                     if s.sentences == 1 and s.passage == c.passage and s.index in (c.index, c.index + 1)]
            out.append(max(parts, default=0.0))
    return out


# Sentence vectors per embedder (a bounded memo, not state: the same text always has the same vector).
_VECTORS: dict[int, OrderedDict[str, Any]] = {}


def remember_sentences(embedder: Any, passages: Sequence[str], *, furniture: Sequence[Sequence[str]] = (),
                       room: int = _CACHE_SIZE // 2) -> int:
    """Embed ahead of any question the single sentences `rank` would embed for these passages and
    keep them in the memo (a new sentence costs ~30 ms of one core with E5, paid otherwise by the
    learner's first question about it). Adds at most `room` vectors, never more than half the memo,
    so a turn's own sentences are not pushed out. Returns how many were added."""
    cache: OrderedDict[str, Any] = _VECTORS.setdefault(id(embedder), OrderedDict())
    room = min(room, _CACHE_SIZE // 2)
    singles = list(dict.fromkeys(c.text for c in candidates_of(passages, furniture=furniture) if c.sentences == 1))
    missing = [t for t in singles if t not in cache][:max(0, room)]
    if missing:
        for text, vector in zip(missing, embedder.embed(missing), strict=True):
            cache[text] = vector
    return len(missing)


def _lexical(qstems: set[str], cstems: set[str], weight: dict[str, float]) -> float:
    total = sum(weight.get(s, 1.0) for s in qstems)
    return sum(weight.get(s, 1.0) for s in qstems & cstems) / total if total else 0.0


def rank(question: str, passages: Sequence[str], *, embedder: Any | None = None,
         furniture: Sequence[Sequence[str]] = (), qtype: QuestionType | None = None) -> list[Scored]:
    """Every candidate of `passages` (best passage first), best answer first."""
    cands = candidates_of(passages, furniture=furniture)
    if not cands:
        return []
    qtype = qtype or question_type(question)
    qstems = stems_of(question)
    cstems = [stems_of(c.text) for c in cands]
    singles = [s for s, c in zip(cstems, cands, strict=True) if c.sentences == 1] or cstems
    n = len(singles)
    weight = {s: math.log(1 + n / (1 + sum(s in cs for cs in singles))) + 0.2 for s in qstems}
    if qtype.kind == NUMBER and qtype.subject and (focus := stem(qtype.subject.casefold())) in weight:
        weight[focus] *= 2     # "how many steps": the thing counted is what the sentence must be about
    sims = [0.0] * len(cands)
    if embedder is not None:
        sims = _similarities(embedder, question, cands)
    scored = []
    for c, cs, sim in zip(cands, cstems, sims, strict=True):
        lex = _lexical(qstems, cs, weight)
        fit = type_score(qtype, c.text, question)   # a window: the fact may sit in the neighbour
        score = (W_LEX * lex + W_SIM * sim + W_TYPE * (fit - 0.5) - LATER_PASSAGE_PENALTY * c.passage
                 - (WINDOW_PENALTY if c.sentences == 2 else 0.0))
        scored.append(Scored(c, score, lex, sim, fit))
    scored.sort(key=lambda s: -s.score)
    return scored
