"""Neighbour-only examples ("use": "neighbour" in messages.jsonl): they move the nearest-neighbour
margin of messages like them, and leave the regression, its folds and its weights as they were.

Synthetic vectors and texts, so the fit is checked without the embedder.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from engine.safety.meaning import Example, _parts, bank_keys, fit_bank, load_examples


def _bank(rng: np.random.Generator) -> tuple[np.ndarray, list[Example]]:
    risky_centre, ok_centre = rng.normal(size=8), rng.normal(size=8)
    vectors, examples = [], []
    for i in range(40):
        risky = i % 2 == 0
        v = (risky_centre if risky else ok_centre) + 0.6 * rng.normal(size=8)
        vectors.append(v / np.linalg.norm(v))
        examples.append(Example(f"en-x-{i:02d}", "en", "violence" if risky else "ok", "train",
                                f"{'danger' if risky else 'school'} message number {i}"))
    return np.array(vectors, dtype=np.float32), examples


def test_a_neighbour_only_example_leaves_the_regression_as_it_was() -> None:
    vectors, examples = _bank(np.random.default_rng(1))
    extra_vector = vectors[0] * 0.9 + 0.1                # near a risky example
    extra_vector /= np.linalg.norm(extra_vector)
    extra = Example("en-ok-n00", "en", "ok", "train", "a plain question that looks dark", neighbour_only=True)
    without = fit_bank(vectors, examples)
    with_it = fit_bank(np.vstack([vectors, extra_vector]), [*examples, extra])
    assert np.array_equal(without.w, with_it.w) and without.b == with_it.b
    assert with_it.vectors.shape[0] == without.vectors.shape[0] + 1
    assert without.gate is not None and with_it.gate is not None
    assert np.array_equal(without.gate.w, with_it.gate.w)


def test_a_neighbour_only_ordinary_example_lowers_the_margin_of_a_message_like_it() -> None:
    vectors, examples = _bank(np.random.default_rng(2))
    extra_vector = vectors[0] * 0.95 + 0.05
    extra_vector /= np.linalg.norm(extra_vector)
    extra = Example("en-ok-n00", "en", "ok", "train", "a plain question that looks dark", neighbour_only=True)
    without = fit_bank(vectors, examples)
    with_it = fit_bank(np.vstack([vectors, extra_vector]), [*examples, extra])
    risky = np.array([e.risky for e in examples])
    q = extra_vector[None, :].astype(np.float32)
    qx = np.zeros((1, without.w.shape[0]), np.float32)
    qx[0, :8] = q[0] * 4.0
    _, margin_without, _ = _parts(without.vectors, risky, without.w, without.b, q, qx)
    _, margin_with, _ = _parts(with_it.vectors, np.append(risky, False), with_it.w, with_it.b, q, qx)
    assert margin_with[0] < margin_without[0]


def test_the_file_marks_a_neighbour_only_example_and_the_cache_key_tells_it_apart(tmp_path: Path) -> None:
    rows = [{"id": "en-ok-a", "lang": "en", "category": "ok", "split": "train", "text": "same words"},
            {"id": "en-ok-b", "lang": "en", "category": "ok", "split": "train", "text": "same words",
             "use": "neighbour"}]
    path = tmp_path / "messages.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    a, b = load_examples(path)
    assert not a.neighbour_only and b.neighbour_only
    key_a, key_b = bank_keys([a, b])
    assert key_a == "same words" and key_b != key_a
