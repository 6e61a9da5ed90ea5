"""Per-skill mastery with Bayesian Knowledge Tracing.

Corbett, A. T. & Anderson, J. R. (1994). "Knowledge tracing: Modeling the acquisition of procedural
knowledge." User Modeling and User-Adapted Interaction 4(4), 253-278.

Each skill (a lesson or key concept) has a probability that the learner knows it, P(L). After an
answer we apply Bayes' rule with the slip and guess probabilities, then the chance of learning
from the attempt (the transition P(T)):

    correct:  P(L|obs) = P(L)(1-S) / (P(L)(1-S) + (1-P(L))G)
    wrong:    P(L|obs) = P(L)S     / (P(L)S     + (1-P(L))(1-G))
    then:     P(L') = P(L|obs) + (1 - P(L|obs)) T

Guessing depends on the item: 1/len(choices) for multiple choice, 1/2 for true/false, small for
short answers. A skill counts as mastered at P(L) >= 0.95 (the threshold Corbett & Anderson used).
"""
from __future__ import annotations

from dataclasses import dataclass

MASTERED = 0.95


@dataclass(frozen=True)
class BKTParams:
    p_init: float = 0.2     # P(L0): knows the skill before any practice
    p_learn: float = 0.15   # P(T): learns it from one attempt
    p_slip: float = 0.1     # P(S): knows it but answers wrong
    p_guess: float = 0.2    # P(G): does not know it but answers right

    def __post_init__(self) -> None:
        for name in ("p_init", "p_learn", "p_slip", "p_guess"):
            v = getattr(self, name)
            if not 0.0 <= v <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {v}")
        if self.p_slip + self.p_guess >= 1.0:
            # Otherwise a right answer would be evidence of *not* knowing (model degeneracy).
            raise ValueError("p_slip + p_guess must be below 1")


DEFAULT_PARAMS = BKTParams()


def guess_probability(kind: str, n_choices: int = 0) -> float:
    """How likely a learner who does not know the skill still gets this kind of item right."""
    if kind in ("choice", "multiple_choice") and n_choices >= 2:
        return min(0.5, 1.0 / n_choices)
    if kind in ("true_false", "truefalse"):
        return 0.5
    return 0.1   # short answer, cloze: hard to guess


def posterior(p_known: float, correct: bool, *, params: BKTParams = DEFAULT_PARAMS) -> float:
    """P(known | this answer), before learning from the attempt."""
    s, g = params.p_slip, params.p_guess
    if correct:
        num, den = p_known * (1 - s), p_known * (1 - s) + (1 - p_known) * g
    else:
        num, den = p_known * s, p_known * s + (1 - p_known) * (1 - g)
    return num / den if den > 0 else p_known


def update(p_known: float | None, correct: bool, *, params: BKTParams = DEFAULT_PARAMS) -> float:
    """The new P(known) after one attempt (`None` = no evidence yet: starts at `p_init`)."""
    p = params.p_init if p_known is None else min(1.0, max(0.0, p_known))
    post = posterior(p, correct, params=params)
    return post + (1 - post) * params.p_learn


def update_for_item(p_known: float | None, correct: bool, *, kind: str, n_choices: int = 0,
                    params: BKTParams = DEFAULT_PARAMS) -> float:
    """`update` with the guess probability of this item kind."""
    g = guess_probability(kind, n_choices)
    g = min(g, 0.99 - params.p_slip)
    return update(p_known, correct, params=BKTParams(params.p_init, params.p_learn, params.p_slip, g))


def p_correct(p_known: float, *, params: BKTParams = DEFAULT_PARAMS) -> float:
    """Predicted chance the next answer is right."""
    return p_known * (1 - params.p_slip) + (1 - p_known) * params.p_guess


def is_mastered(p_known: float | None) -> bool:
    return p_known is not None and p_known >= MASTERED


def mastery_label(p_known: float | None, language: str | None = "en") -> str:
    """Words a learner understands, instead of a probability ("almost there"), in `language`."""
    from engine.i18n import message

    if p_known is None:
        return message("mastery.not_started", language)
    if p_known >= MASTERED:
        return message("mastery.mastered", language)
    if p_known >= 0.7:
        return message("mastery.almost", language)
    if p_known >= 0.4:
        return message("mastery.learning", language)
    return message("mastery.just_started", language)
