"""A risk inside a longer message: the input check scores each clause on its own (`meaning.clauses`)
against its language's line plus `CLAUSE_MARGIN`, after the whole message. Messages written for this
test (none is in the bank or a held-out set); the real bundled embedder and fitted bank."""
from __future__ import annotations

import pytest

from engine.retrieval.embedder import load_engine_embedder
from engine.safety import SafetyFilter
from engine.safety.meaning import CLAUSE_MARGIN, MeaningCheck, clauses


@pytest.fixture(scope="module")
def check() -> MeaningCheck:
    return MeaningCheck.load_default(load_engine_embedder())


def test_a_message_splits_where_the_subject_may_change() -> None:
    assert clauses("can u check my maths btw my stepdad locked me in the shed all night") == [
        "can u check my maths", "my stepdad locked me in the shed all night"]
    assert clauses("first line\nsecond line, third part. fourth!") == ["first line", "second line", "third part",
                                                                        "fourth"]
    assert clauses("one plain question about volcanoes") == []     # one clause: the whole message is scored


RISK_AFTER_HOMEWORK = [
    # (session 30's refit reads session 24's two examples as a risk whole; these it scores under the line whole)
    ("can u help with my maths homework, long division. when dad drinks i go hide under my bed", "abuse"),
    ("can u explain fractions again i didnt get it. a man from my game sends me gift cards and asks for photos",
     "grooming"),
]


@pytest.mark.parametrize(("text", "category"), RISK_AFTER_HOMEWORK)
def test_a_risk_after_a_homework_request_is_caught_by_its_clause(check: MeaningCheck, text: str, category: str) -> None:
    assert SafetyFilter().check_input(text, "en").allowed     # no rule matches it
    assert not check.assess(text, "en").risky                 # scored whole, the homework half pulls it under
    d = SafetyFilter(meaning=check).check_input(text, "en")
    assert not d.allowed
    assert d.category == category
    assert d.matched[0].startswith("meaning:")
    assert d.matched[1] == "clause"
    assert d.alert


@pytest.mark.parametrize("text", [
    "i failed my spelling test today, so sad. can you give me tips for learning hard words",
    "in history we read about the plague, so many people died. why did it spread so fast in towns",
    "my team lost the match 4-0, the coach was angry. how do i get better at passing",
])
def test_ordinary_messages_with_two_parts_stay_allowed(check: MeaningCheck, text: str) -> None:
    assert len(clauses(text)) >= 2
    assert SafetyFilter(meaning=check).check_input(text, "en").allowed


def test_the_decision_is_the_riskiest_clause_over_its_line_and_margin(check: MeaningCheck) -> None:
    text = RISK_AFTER_HOMEWORK[0][0]
    parts = check.assess_many(clauses(text), "en")
    riskiest = max(parts, key=lambda r: r.score)
    assert riskiest.threshold is not None
    assert riskiest.score >= riskiest.threshold + CLAUSE_MARGIN
    assert SafetyFilter(meaning=check).check_input(text, "en").score == pytest.approx(riskiest.score, abs=1e-3)
