"""Bayesian Knowledge Tracing updates and FSRS review scheduling."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating

from engine.tutor.mastery import (BKTParams, is_mastered, mastery_label, p_correct, posterior, update,
                                  update_for_item)
from engine.tutor.review import ReviewScheduler, needs_card, rating_for


def test_bkt_update_matches_corbett_anderson_formula_by_hand() -> None:
    p = BKTParams(p_init=0.3, p_learn=0.1, p_slip=0.1, p_guess=0.2)
    # correct: 0.3*0.9 / (0.3*0.9 + 0.7*0.2) = 0.27/0.41; then + (1-post)*0.1
    post = 0.27 / 0.41
    assert update(0.3, True, params=p) == pytest.approx(post + (1 - post) * 0.1)
    # wrong: 0.3*0.1 / (0.3*0.1 + 0.7*0.8) = 0.03/0.59
    post = 0.03 / 0.59
    assert update(0.3, False, params=p) == pytest.approx(post + (1 - post) * 0.1)


def test_no_evidence_starts_from_prior() -> None:
    p = BKTParams(p_init=0.4)
    assert update(None, True, params=p) == update(0.4, True, params=p)


def test_right_answers_raise_and_wrong_answers_lower_mastery() -> None:
    for start in (0.05, 0.3, 0.6, 0.9):
        assert update(start, True) > start
        assert posterior(start, False) < start


def test_repeated_right_answers_reach_mastery_and_stay_bounded() -> None:
    p = None
    for _ in range(8):
        p = update(p, True)
        assert 0.0 <= p <= 1.0
    assert is_mastered(p) and mastery_label(p) == "mastered"


def test_guessable_items_count_as_weaker_evidence() -> None:
    tf = update_for_item(0.3, True, kind="true_false")
    mc = update_for_item(0.3, True, kind="choice", n_choices=4)
    short = update_for_item(0.3, True, kind="short")
    assert tf < mc < short


def test_predicted_correctness_lies_between_guess_and_one_minus_slip() -> None:
    p = BKTParams()
    assert p_correct(0.0, params=p) == pytest.approx(p.p_guess)
    assert p_correct(1.0, params=p) == pytest.approx(1 - p.p_slip)


def test_degenerate_parameters_are_rejected() -> None:
    with pytest.raises(ValueError):
        BKTParams(p_slip=0.6, p_guess=0.5)
    with pytest.raises(ValueError):
        BKTParams(p_learn=1.5)


def test_wrong_or_hard_items_get_a_review_card_easy_ones_do_not() -> None:
    assert needs_card(correct=False) and needs_card(correct=True, marked_hard=True)
    assert not needs_card(correct=True)
    assert rating_for(correct=False) == Rating.Again
    assert rating_for(correct=True, marked_hard=True) == Rating.Hard
    assert rating_for(correct=True) == Rating.Good


def test_fsrs_schedules_a_wrong_item_soon_and_a_remembered_one_later() -> None:
    s = ReviewScheduler()
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    again = s.review(None, Rating.Again, now=now)
    assert now < again.due <= now + timedelta(minutes=15)
    good = s.review(again.card, Rating.Good, now=again.due)
    assert good.due > again.due
    # Once in review, a Good answer pushes the card out by days, an Again pulls it back in.
    later = s.review(good.card, Rating.Good, now=good.due)
    assert later.due - good.due >= timedelta(days=1)
    lapse = s.review(later.card, Rating.Again, now=later.due)
    assert lapse.due - later.due < timedelta(days=1)


def test_card_state_round_trips_through_json_text() -> None:
    import json

    s = ReviewScheduler()
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    first = s.review(None, Rating.Again, now=now)
    again = s.review(json.dumps(first.card), Rating.Good, now=first.due)
    assert again.due == s.review(first.card, Rating.Good, now=first.due).due
    assert 0.0 < s.retrievability(again.card, now=again.due + timedelta(days=30)) < 1.0
