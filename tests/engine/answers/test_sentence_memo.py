"""The answer ranking's memo of sentence vectors (engine/answers/ranking.py): bounded, and never in
the way of a ranking. The window fills it ahead of questions (warm_answers) while turns use it."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from engine.answers import ranking

PASSAGE = ("Water evaporates when the sun warms the sea. The vapour rises and cools high above the ground. "
           "Cool vapour turns into the tiny drops that make clouds.")


@pytest.fixture
def embedder_with_empty_memo(embedder: Any) -> Iterator[Any]:
    """The engine's embedder with no sentence remembered; the memo is put back as it was afterwards."""
    saved = ranking._VECTORS.pop(id(embedder), None)
    yield embedder
    ranking._VECTORS.pop(id(embedder), None)
    if saved is not None:
        ranking._VECTORS[id(embedder)] = saved


def test_a_full_memo_still_ranks_a_passage_whose_sentences_are_its_oldest_entries(
        embedder_with_empty_memo: Any) -> None:
    embedder = embedder_with_empty_memo
    cold = ranking.rank("Why do clouds form?", [PASSAGE], embedder=embedder)
    cache = ranking._VECTORS[id(embedder)]
    remembered = list(cache)
    assert remembered, "the first ranking remembers its sentences"
    # The day goes on: other lessons' sentences fill the memo behind this passage's (the oldest now).
    filler = np.zeros_like(cache[remembered[0]])
    for i in range(ranking._CACHE_SIZE - len(remembered)):
        cache[f"another lesson's sentence {i}"] = filler
    assert len(cache) == ranking._CACHE_SIZE and list(cache)[:len(remembered)] == remembered

    # Asked again with one more sentence: the new one is embedded, and the oldest entries make room.
    again = ranking.rank("Why do clouds form?", [PASSAGE + " Rain falls when the drops grow heavy."],
                         embedder=embedder)

    by_text = {s.candidate.text: s.similarity for s in again}
    assert all(np.isclose(by_text[s.candidate.text], s.similarity) for s in cold)
    assert len(cache) <= ranking._CACHE_SIZE
    # the passage's sentences were used just now, so they stay; the fillers went first
    assert set(remembered) <= set(cache)
