"""What one risk check costs, proved by what it does (timings are measured in `lantern bench safety`):
the rules decide without the embedder, a long message is read by its start and end only, the
similarity to the bank is the same however it is computed, and the bench reports each held-out set
on its own."""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from bench.safety import blind_set_names, held_out_sets
from engine.retrieval.embedder import E5Embedder, load_engine_embedder
from engine.safety import SafetyFilter
from engine.safety.meaning import _FEW_QUERIES, MAX_CHARS, MeaningCheck, _similarities, clip, load_examples


class RecordingEmbedder:
    """The engine's embedder, recording what it is asked to embed."""

    def __init__(self, inner: E5Embedder) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.asked: list[str] = []

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.asked += list(texts)
        return self.inner.embed_queries(texts)


@pytest.fixture(scope="module")
def embedder() -> E5Embedder:
    return load_engine_embedder()


@pytest.fixture
def recording(embedder: E5Embedder) -> RecordingEmbedder:
    return RecordingEmbedder(embedder)


def test_a_short_message_is_read_whole() -> None:
    text = "everyone would be better off without me"
    assert clip(text) == text
    assert clip("x" * MAX_CHARS) == "x" * MAX_CHARS


def test_a_long_message_is_read_by_its_start_and_its_end() -> None:
    text = "START " + "and then we went to the park " * 60 + " END"
    read = clip(text)
    assert len(read) <= MAX_CHARS + len(" ... ")
    assert read.startswith("START and then") and read.endswith(" END")
    assert " ... " in read


def test_the_rules_decide_without_asking_the_embedder(recording: RecordingEmbedder) -> None:
    check = MeaningCheck.load_default(recording)       # the cached fit: loading embeds nothing
    d = SafetyFilter(meaning=check).check_input("I want to kill myself, I have decided", "en")
    assert not d.allowed and d.score is None
    assert recording.asked == []


def test_the_embedder_reads_at_most_the_clipped_text_of_a_long_message(recording: RecordingEmbedder) -> None:
    check = MeaningCheck.load_default(recording)
    long = "today in class we learned about the water cycle and clouds and rain. " * 30
    SafetyFilter(meaning=check).check_input(long, "en")
    assert recording.asked == [clip(long)]
    assert len(recording.asked[0]) < len(long)


def test_a_message_is_embedded_once_and_remembered_for_the_library_search(embedder: E5Embedder) -> None:
    # A chat turn checks the message, then searches the library with the same text: the search must
    # find the check's vector remembered, not embed again.
    check = MeaningCheck.load_default(embedder)
    text = "how do clouds turn into rain in the water cycle (cost test)"
    SafetyFilter(meaning=check).check_input(text, "en")
    asked: list[str] = []
    real_run = embedder._run

    def counting(texts: Sequence[str], *, query: bool) -> np.ndarray:
        asked.extend(texts)
        return real_run(texts, query=query)

    embedder._run = counting  # type: ignore[method-assign]
    try:
        embedder.embed_queries([text])
    finally:
        del embedder._run
    assert asked == []


@pytest.mark.parametrize("rows", [1, 3, _FEW_QUERIES + 5])
def test_similarities_to_the_bank_equal_the_matrix_product(rows: int) -> None:
    rng = np.random.default_rng(rows)
    bank = rng.standard_normal((300, 384)).astype(np.float32)
    q = rng.standard_normal((rows, 384)).astype(np.float32)
    got = _similarities(q, bank)
    assert got.shape == (rows, 300)
    np.testing.assert_allclose(got, q @ bank.T, rtol=1e-4, atol=1e-4)


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_the_bench_reports_each_blind_set_on_its_own(tmp_path: Path) -> None:
    row = {"id": "x", "lang": "en", "category": "ok", "split": "heldout", "text": "why do leaves fall"}
    _write(tmp_path / "heldout_v2.jsonl", [{**row, "id": "v2-a"}, {**row, "id": "v2-b"}])
    _write(tmp_path / "heldout_v3.jsonl", [{**row, "id": "v3-a"}])
    examples = load_examples()
    sets = held_out_sets(examples, tmp_path)
    assert list(sets) == ["heldout", "heldout_v2", "heldout_v3"]
    assert [e.id for e in sets["heldout_v2"]] == ["v2-a", "v2-b"]
    assert [e.id for e in sets["heldout_v3"]] == ["v3-a"]
    assert sets["heldout"] and all(e.split == "heldout" for e in sets["heldout"])
    (tmp_path / "heldout_v3.jsonl").unlink()
    assert list(held_out_sets(examples, tmp_path)) == ["heldout", "heldout_v2"]


def test_a_newer_blind_set_is_reported_as_soon_as_its_file_is_there(tmp_path: Path) -> None:
    # The lead drops a new blind set next to the others; the bench finds it by name, in number order
    # (v10 after v4), and ignores files that only look alike.
    row = {"id": "x", "lang": "en", "category": "ok", "split": "heldout", "text": "why do leaves fall"}
    for name in ("heldout_v10", "heldout_v4", "heldout_v2"):
        _write(tmp_path / f"{name}.jsonl", [{**row, "id": name}])
    _write(tmp_path / "heldout_v4.jsonl.bak", [row])
    _write(tmp_path / "heldout_vx.jsonl", [row])
    (tmp_path / "heldout_v5.jsonl").mkdir()
    assert blind_set_names(tmp_path) == ["heldout_v2", "heldout_v4", "heldout_v10"]
    sets = held_out_sets(load_examples(), tmp_path)
    assert list(sets) == ["heldout", "heldout_v2", "heldout_v4", "heldout_v10"]
    assert [e.id for e in sets["heldout_v4"]] == ["heldout_v4"]
