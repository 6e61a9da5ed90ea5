"""Cross-validation folds that stay put (`meaning.assign_folds`): the examples of session 22 keep the
folds they had, every later one gets its fold from a hash of its id, so a new batch of examples moves
no other example to another fold (a permutation over all of them used to reshuffle every fold and move
every language's line).

The bundled bank's ids, no embedder.
"""
from __future__ import annotations

import numpy as np

from engine.safety.meaning import FOLDS, FROZEN_FOLDS, Example, assign_folds, load_examples


def _train() -> list[Example]:
    return [e for e in load_examples() if e.split == "train"]


def test_adding_examples_moves_no_other_example_to_another_fold() -> None:
    train = _train()
    batch = [Example(f"es-ok-t{i:03d}", "es", "ok", "train", f"una pregunta de clase {i}") for i in range(30)]
    before = assign_folds(train)
    after = assign_folds([*train, *batch])
    assert np.array_equal(after[:len(train)], before)
    assert set(after[len(train):].tolist()) <= set(range(FOLDS))


def test_the_first_examples_keep_the_folds_of_the_seeded_permutation() -> None:
    train = _train()
    regression = np.flatnonzero([not e.neighbour_only for e in train])
    assert len(regression) > FROZEN_FOLDS
    frozen = regression[:FROZEN_FOLDS]
    order = frozen[np.random.default_rng(0).permutation(len(frozen))]     # how session 22 placed them
    folds = assign_folds(train)
    for f in range(FOLDS):
        assert np.array_equal(np.sort(order[f::FOLDS]), frozen[folds[frozen] == f])


def test_a_neighbour_only_example_is_in_no_fold_and_every_fold_is_about_a_fifth() -> None:
    train = _train()
    folds = assign_folds(train)
    assert all(folds[i] == -1 for i, e in enumerate(train) if e.neighbour_only)
    sizes = np.bincount(folds[folds >= 0], minlength=FOLDS)
    assert sizes.min() >= 0.18 * sizes.sum() and sizes.max() <= 0.22 * sizes.sum()
