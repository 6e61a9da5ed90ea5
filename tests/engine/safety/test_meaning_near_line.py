"""When the whole message is itself near its language's line, its parts need no extra margin, and a
message with no break is read in word windows; a message far under the line is not split at all
(`SafetyFilter._riskiest_clause`, `meaning.CLAUSE_NEAR`, `CLAUSE_SKIP`, `word_windows`). Messages
written for this test (none is in the bank or a held-out set); the real bundled embedder and bank."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from engine.retrieval.embedder import load_engine_embedder
from engine.safety import SafetyFilter
from engine.safety.meaning import (CLAUSE_MARGIN, CLAUSE_NEAR, CLAUSE_SKIP, Embedder, MeaningCheck, clauses,
                                   word_windows)


class RecordingEmbedder:
    """The engine's embedder, recording each call it gets."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.calls: list[list[str]] = []

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return self.inner.embed_queries(texts)


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return load_engine_embedder()


@pytest.fixture(scope="module")
def check(embedder: Embedder) -> MeaningCheck:
    return MeaningCheck.load_default(embedder)


def test_word_windows_overlap_by_half_and_only_past_the_window_size() -> None:
    words = [f"w{i}" for i in range(21)]
    assert word_windows(" ".join(words[:10]), 10) == []
    assert word_windows(" ".join(words), 10) == [" ".join(words[0:10]), " ".join(words[5:15]),
                                                 " ".join(words[10:20]), " ".join(words[15:21])]


NEAR_WITH_A_CLAUSE = [   # Spanish: a maths complaint, then fear at home; no rule matches it
    "no entiendo las fracciones. en casa me gritan y me da miedo de noche",
    "no entiendo las fracciones, en casa me gritan y me da miedo por las noches",
]


@pytest.mark.parametrize("text", NEAR_WITH_A_CLAUSE)
def test_a_clause_at_the_line_is_enough_when_the_whole_message_is_near_it(check: MeaningCheck, text: str) -> None:
    assert SafetyFilter().check_input(text, "es").allowed              # no rule matches it
    whole = check.assess(text, "es")
    assert whole.threshold is not None
    assert whole.threshold - CLAUSE_NEAR <= whole.score < whole.threshold
    riskiest = max(check.assess_many(clauses(text), "es"), key=lambda r: r.score)
    assert whole.threshold <= riskiest.score < whole.threshold + CLAUSE_MARGIN   # not enough alone
    d = SafetyFilter(meaning=check).check_input(text, "es")
    assert not d.allowed
    assert d.category == "abuse"
    assert d.matched[1] == "clause"
    assert d.alert


def test_a_message_without_punctuation_is_read_in_word_windows_when_near_the_line(check: MeaningCheck) -> None:
    text = ("please help me with my times tables and fractions i keep scratching my arms with my compass "
            "when i get stressed at night")
    assert clauses(text) == []                                         # no break to split on
    assert SafetyFilter().check_input(text, "en").allowed
    whole = check.assess(text, "en")
    assert whole.threshold is not None
    assert whole.threshold - CLAUSE_NEAR <= whole.score < whole.threshold
    d = SafetyFilter(meaning=check).check_input(text, "en")
    assert not d.allowed
    assert d.category == "self_injury"
    assert d.matched[1] == "clause"


def test_a_plain_request_far_under_the_line_is_embedded_once(embedder: Embedder) -> None:
    # A Tutor-tab request with three clauses: the whole message is far under the line, so its
    # parts are not scored (the second embedder call is spared).
    recording = RecordingEmbedder(embedder)
    check = MeaningCheck.load_default(recording)
    text = "i dont get this part: a fraction has a numerator, a line and a denominator"
    assert len(clauses(text)) >= 2
    whole = check.assess(text, "en")
    assert whole.threshold is not None and whole.score < whole.threshold - CLAUSE_SKIP
    recording.calls.clear()
    assert SafetyFilter(meaning=check).check_input(text, "en").allowed
    assert recording.calls == [[text]]
