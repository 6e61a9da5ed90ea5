"""Spaced review with FSRS (the `fsrs` package, the scheduler Anki uses).

Ye, J., Su, J. & Cao, Y. (2022). "A Stochastic Shortest Path Algorithm for Optimizing Spaced
Repetition Scheduling." KDD '22. FSRS models each card's stability and difficulty and schedules
the next review when recall probability falls to the desired retention (0.9 by default).

A review card is created for an item the learner got wrong or marked hard; once a card exists,
every later attempt at that item is a review. The card state is stored as JSON (`Card.to_dict`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fsrs import Card, Rating, Scheduler


@dataclass(frozen=True)
class ReviewUpdate:
    card: dict[str, Any]     # FSRS card state, JSON-ready
    due: datetime            # next review, UTC
    rating: str              # "again" | "hard" | "good" | "easy"


def rating_for(*, correct: bool, marked_hard: bool = False, marked_easy: bool = False) -> Rating:
    """How an attempt maps to FSRS's four buttons."""
    if not correct:
        return Rating.Again
    if marked_hard:
        return Rating.Hard
    if marked_easy:
        return Rating.Easy
    return Rating.Good


def needs_card(*, correct: bool, marked_hard: bool = False) -> bool:
    """New cards only for items the learner got wrong or found hard."""
    return (not correct) or marked_hard


class ReviewScheduler:
    """Wraps `fsrs.Scheduler`; fuzzing off so schedules are reproducible (and testable)."""

    def __init__(self, *, desired_retention: float = 0.9, fuzz: bool = False) -> None:
        self._scheduler = Scheduler(desired_retention=desired_retention, enable_fuzzing=fuzz)

    def review(self, card_state: dict[str, Any] | str | None, rating: Rating, *,
               now: datetime | None = None) -> ReviewUpdate:
        now = now or datetime.now(UTC)
        if isinstance(card_state, str):
            card_state = json.loads(card_state) if card_state.strip() not in ("", "{}") else None
        card = Card.from_dict(card_state) if card_state else Card()  # type: ignore[arg-type]  # fsrs' CardDict
        new_card, _log = self._scheduler.review_card(card, rating, review_datetime=now)
        return ReviewUpdate(card=dict(new_card.to_dict()), due=new_card.due, rating=rating.name.lower())

    def retrievability(self, card_state: dict[str, Any], *, now: datetime | None = None) -> float:
        """Chance the learner still remembers the item now (0..1)."""
        return float(self._scheduler.get_card_retrievability(Card.from_dict(card_state),  # type: ignore[arg-type]
                                                             current_datetime=now or datetime.now(UTC)))
