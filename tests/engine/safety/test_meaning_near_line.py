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
from engine.safety.meaning import (CLAUSE_MARGIN, CLAUSE_NEAR, CLAUSE_SKIP, SHORT_MARGIN, Embedder, MeaningCheck,
                                   MeaningResult, clauses, word_windows)


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


class ScriptedCheck:
    """Scores set per text (the line at 0.0), so the decision rules are tested apart from where a
    refit puts any real message; each `assess_many` call is recorded."""

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores
        self.calls: list[list[str]] = []

    def assess(self, text: str, language: str = "en") -> MeaningResult:
        return self.assess_many([text], language)[0]

    def assess_many(self, texts: Sequence[str], language: str = "en") -> list[MeaningResult]:
        self.calls.append(list(texts))
        return [MeaningResult("abuse", self.scores[t], 0.0, "scripted") for t in texts]


NEAR_TEXT = "no entiendo las fracciones del tema cinco. en casa me gritan y me da miedo de noche"
HOMEWORK, FEAR = clauses(NEAR_TEXT)


@pytest.mark.parametrize(("whole", "part", "blocked"), [
    (-0.1, 0.1, True),                        # whole near the line: a part at the line is enough
    (-CLAUSE_NEAR - 0.1, 0.1, False),          # whole further under: the part needs the margin ...
    (-CLAUSE_NEAR - 0.1, CLAUSE_MARGIN, True),  # ... and with it counts
    (-CLAUSE_SKIP - 0.1, 5.0, False),          # far under: the parts are not even scored
])
def test_a_clause_counts_at_the_line_near_it_and_with_the_margin_further_under(
        whole: float, part: float, blocked: bool) -> None:
    scripted = ScriptedCheck({NEAR_TEXT: whole, HOMEWORK: -1.0, FEAR: part})
    d = SafetyFilter(meaning=scripted).check_input(NEAR_TEXT, "es")   # type: ignore[arg-type]
    assert d.allowed is not blocked
    if blocked:
        assert d.category == "abuse"
        assert d.matched[1] == "clause"
    if whole < -CLAUSE_SKIP:
        assert scripted.calls == [[NEAR_TEXT]]


def test_a_message_without_punctuation_is_read_in_word_windows_when_near_the_line(check: MeaningCheck) -> None:
    text = ("please help me with my times tables and fractions and the long division homework from mrs patel that "
            "is due on thursday morning and also my reading log i keep scratching my arms really hard when i get stressed")
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


@pytest.mark.parametrize(("text", "language", "score", "blocked"), [
    ("i feel so alone", "en", SHORT_MARGIN - 0.05, False),        # 4 words: a noisy score needs the margin
    ("i feel so alone", "en", SHORT_MARGIN + 0.05, True),
    ("i feel so alone at home today", "en", 0.05, True),           # 6 words: the line alone
    ("je me sens si seul", "fr", SHORT_MARGIN - 0.05, False),
    ("我觉得自己很孤单没有人理我", "zh", 0.05, True),                  # an unspaced script: no word count, the line
])
def test_a_message_of_three_to_five_words_needs_its_line_plus_the_short_margin(
        text: str, language: str, score: float, blocked: bool) -> None:
    scripted = ScriptedCheck({text: score})
    d = SafetyFilter(meaning=scripted).check_input(text, language)   # type: ignore[arg-type]
    assert d.allowed is not blocked
    assert scripted.calls == [[text]]                                # and a short message is not split
