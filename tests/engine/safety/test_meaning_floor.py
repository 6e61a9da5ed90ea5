"""The line of a group with few ordinary examples: never under the line placed on all groups pooled.

Synthetic cross-validated scores, so the rule is checked without the embedder.
"""
from __future__ import annotations

import numpy as np

from engine.safety.meaning import FLOOR_ORDINARY, MAX_OVER_BLOCK, MIN_ORDINARY, choose_policies


def _scores(groups: dict[str, tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(scores, groups, risky) from {group: (ordinary scores, risky scores)}."""
    scores, langs, risky = [], [], []
    for lang, (ordinary, bad) in groups.items():
        scores += [*ordinary, *bad]
        langs += [lang] * (len(ordinary) + len(bad))
        risky += [False] * len(ordinary) + [True] * len(bad)
    return np.array(scores), np.array(langs), np.array(risky)


def _pooled_line(scores: np.ndarray, risky: np.ndarray) -> float:
    neg = np.sort(scores[~risky])
    return float(neg[len(neg) - 1 - int(MAX_OVER_BLOCK * len(neg))]) + 1e-6


def test_a_group_with_few_ordinary_examples_cannot_set_its_line_under_the_pooled_one() -> None:
    small = 22                                         # as ar ja ko ru zh in the bank
    assert MIN_ORDINARY <= small < FLOOR_ORDINARY
    scores, langs, risky = _scores({
        "en": (np.linspace(0.0, 1.0, 300), np.linspace(0.5, 2.0, 300)),
        "xx": (np.linspace(-1.0, -0.5, small), np.linspace(-0.4, 3.0, 40)),
    })
    pooled = _pooled_line(scores, risky)
    own = -0.5 + 1e-6                                  # over the highest of its 22 ordinary examples
    policy = choose_policies(scores, np.zeros_like(scores), langs, risky)["xx"]
    assert policy.threshold is not None
    assert own < pooled
    assert np.isclose(policy.threshold, pooled)
    bad = scores[(langs == "xx") & risky]              # recall is measured at the raised line
    assert np.isclose(policy.cv_recall, float((bad >= pooled).mean()))


def test_a_group_with_many_ordinary_examples_keeps_its_own_lower_line() -> None:
    scores, langs, risky = _scores({
        "en": (np.linspace(0.0, 1.0, 300), np.linspace(0.5, 2.0, 300)),
        "de": (np.linspace(-2.0, -1.0, FLOOR_ORDINARY), np.linspace(-0.9, 2.0, 100)),
    })
    de = scores[(langs == "de") & ~risky]
    own = _pooled_line(de, np.zeros(len(de), dtype=bool))
    policy = choose_policies(scores, np.zeros_like(scores), langs, risky)["de"]
    assert policy.threshold is not None
    assert own < _pooled_line(scores, risky)
    assert np.isclose(policy.threshold, own)


def test_a_small_group_whose_own_line_is_higher_keeps_it() -> None:
    scores, langs, risky = _scores({
        "en": (np.linspace(0.0, 1.0, 300), np.linspace(0.5, 2.0, 300)),
        "xx": (np.linspace(1.0, 1.5, 22), np.linspace(1.2, 2.0, 40)),
    })
    policy = choose_policies(scores, np.zeros_like(scores), langs, risky)["xx"]
    assert policy.threshold is not None
    assert np.isclose(policy.threshold, 1.5 + 1e-6)


def test_pooled_fold_draws_count_each_example_once_for_the_floor() -> None:
    # Three fold draws pooled (`CV_REPEATS`) list each example three times: a group of 40 ordinary
    # examples is 120 rows, over FLOOR_ORDINARY, but still a small group whose line must not go under
    # the pooled one.
    small, draws = 40, 3
    assert small < FLOOR_ORDINARY <= small * draws
    one = {"en": (np.linspace(0.0, 1.0, 300), np.linspace(0.5, 2.0, 300)),
           "xx": (np.linspace(-1.0, -0.5, small), np.linspace(-0.4, 3.0, 40))}
    scores, langs, risky = _scores(one)
    scores, langs, risky = np.tile(scores, draws), np.tile(langs, draws), np.tile(risky, draws)
    pooled = _pooled_line(scores, risky)
    counted_once = choose_policies(scores, np.zeros_like(scores), langs, risky, draws=draws)["xx"]
    counted_thrice = choose_policies(scores, np.zeros_like(scores), langs, risky)["xx"]
    assert counted_once.threshold is not None and counted_thrice.threshold is not None
    assert np.isclose(counted_once.threshold, pooled)
    assert counted_thrice.threshold < pooled            # what a draws-blind floor would have let through
