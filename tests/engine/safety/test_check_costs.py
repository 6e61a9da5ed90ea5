"""What one risk check costs, proved by what it does (timings are measured in `lantern bench safety`):
the rules decide without the embedder, a long message is read by its start and end only, the
similarity to the bank is the same however it is computed, and the bench reports each held-out set
on its own."""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from bench.safety import blind_set_names, held_out_sets, sets_from_environment
from engine.retrieval.embedder import E5Embedder, load_engine_embedder
from engine.safety import SafetyFilter
from engine.safety import meaning as meaning_module
from engine.safety.meaning import (_FEW_QUERIES, DATA_DIR, LEFT_OUT_FILE, MAX_CHARS, RETIRED_SETS, MeaningCheck,
                                   _similarities, clauses, clip, load_examples, train_examples)


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


def test_the_embedder_reads_at_most_the_clipped_text_of_a_long_message(
        recording: RecordingEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    # Its clauses are scored however far under the line this fit puts the whole message: the test is
    # about what the embedder reads, not where the line is (a refit moved this message past CLAUSE_SKIP).
    monkeypatch.setattr(meaning_module, "CLAUSE_SKIP", float("inf"))
    check = MeaningCheck.load_default(recording)
    long = "today in class we learned about the water cycle and clouds and rain. " * 30
    SafetyFilter(meaning=check).check_input(long, "en")
    assert recording.asked[0] == clip(long)
    assert len(recording.asked[0]) < len(long)
    # then those of its clauses (meaning.clauses) long enough to judge, each once, all from the clipped text
    assert recording.asked[1:]
    assert set(recording.asked[1:]) <= set(clauses(long))
    assert all(part in clip(long) for part in recording.asked[1:])
    assert len(set(recording.asked)) == len(recording.asked)


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
    _write(tmp_path / "heldout_v90.jsonl", [{**row, "id": "v90-a"}, {**row, "id": "v90-b"}])
    _write(tmp_path / "heldout_v91.jsonl", [{**row, "id": "v91-a"}])
    examples = load_examples()
    sets = held_out_sets(examples, tmp_path)
    assert list(sets) == ["heldout", "heldout_v90", "heldout_v91"]
    assert [e.id for e in sets["heldout_v90"]] == ["v90-a", "v90-b"]
    assert [e.id for e in sets["heldout_v91"]] == ["v91-a"]
    assert sets["heldout"] and all(e.split == "heldout" for e in sets["heldout"])
    (tmp_path / "heldout_v91.jsonl").unlink()
    assert list(held_out_sets(examples, tmp_path)) == ["heldout", "heldout_v90"]


def test_a_retired_blind_set_is_trained_on_and_never_reported_as_held_out(tmp_path: Path) -> None:
    row = {"id": "x", "lang": "en", "category": "ok", "split": "heldout", "text": "why do leaves fall"}
    for name in (RETIRED_SETS[0], "heldout_v90"):
        _write(tmp_path / f"{name}.jsonl", [{**row, "id": name}])
    assert list(held_out_sets(load_examples(), tmp_path)) == ["heldout", "heldout_v90"]
    train = train_examples()
    retired_ids = {e.id for name in RETIRED_SETS for e in load_examples(DATA_DIR / f"{name}.jsonl")}
    left_out = set(LEFT_OUT_FILE.read_text(encoding="utf-8").split())
    assert retired_ids and retired_ids - left_out <= {e.id for e in train}
    assert all(e.split == "train" for e in train)
    assert not {e.id for e in load_examples() if e.split == "heldout"} & {e.id for e in train}


def test_a_newer_blind_set_is_reported_as_soon_as_its_file_is_there(tmp_path: Path) -> None:
    # The lead drops a new blind set next to the others; the bench finds it by name, in number order
    # (v910 after v94), and ignores files that only look alike.
    row = {"id": "x", "lang": "en", "category": "ok", "split": "heldout", "text": "why do leaves fall"}
    for name in ("heldout_v910", "heldout_v94", "heldout_v90"):
        _write(tmp_path / f"{name}.jsonl", [{**row, "id": name}])
    _write(tmp_path / "heldout_v94.jsonl.bak", [row])
    _write(tmp_path / "heldout_vx.jsonl", [row])
    (tmp_path / "heldout_v25.jsonl").mkdir()
    assert blind_set_names(tmp_path) == ["heldout_v90", "heldout_v94", "heldout_v910"]
    sets = held_out_sets(load_examples(), tmp_path)
    assert list(sets) == ["heldout", "heldout_v90", "heldout_v94", "heldout_v910"]
    assert [e.id for e in sets["heldout_v94"]] == ["heldout_v94"]


def test_the_bench_reads_only_the_blind_sets_it_is_told_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # While the check is tuned on v90 and v91, a new blind set must not even be read.
    row = {"id": "x", "lang": "en", "category": "ok", "split": "heldout", "text": "why do leaves fall"}
    for name in ("heldout_v90", "heldout_v91"):
        _write(tmp_path / f"{name}.jsonl", [{**row, "id": name}])
    (tmp_path / "heldout_v94.jsonl").write_text("not json: reading it would fail the test\n", encoding="utf-8")
    monkeypatch.setenv("LANTERN_BENCH_SAFETY_SETS", "heldout_v90, heldout_v91")
    assert list(held_out_sets(load_examples(), tmp_path, only=sets_from_environment())) == [
        "heldout", "heldout_v90", "heldout_v91"]
    monkeypatch.delenv("LANTERN_BENCH_SAFETY_SETS")
    assert sets_from_environment() is None


@pytest.mark.parametrize("answer", ["b", "option c", "12 cm", "3/4 of 12 is 9", "x = 7", "1890 and 1900",
                                    "Mara Quillon", "180 steps", "42!!!"])
def test_a_pick_a_number_or_a_sum_is_checked_by_the_rules_without_the_embedder(
        recording: RecordingEmbedder, answer: str) -> None:
    # A quiz answer that is a letter, a number, a sum or a name cannot carry a risk the rules do not
    # see; the meaning check would only guess on it, and it would pay the embedder for nothing.
    d = SafetyFilter(meaning=MeaningCheck.load_default(recording)).check_input(answer, "en")
    assert d.allowed and d.category == "ok"
    assert recording.asked == []


def test_the_rules_still_read_a_short_answer(recording: RecordingEmbedder) -> None:
    d = SafetyFilter(meaning=MeaningCheck.load_default(recording)).check_input("suicide", "en")
    assert not d.allowed and d.category == "self_harm"
    assert recording.asked == []


def test_the_text_gate_passes_every_risky_train_example_to_the_embedder() -> None:
    # The gate may spare the embedder only where cross-validation says no risky example would have
    # been lost (and the fitted gate, scored on its own train split, agrees with room to spare).
    from engine.safety.meaning import CACHE_FILE, FittedBank, _text_features, group

    raw = np.load(CACHE_FILE)
    fitted = FittedBank.load(CACHE_FILE, str(raw["fingerprint"]))
    assert fitted is not None and fitted.gate is not None
    assert fitted.gate.cv_risky_passed == 1.0
    risky = [e for e in load_examples() if e.split == "train" and e.risky]
    scores = fitted.gate.scores(_text_features([e.text for e in risky], [group(e.language, e.text) for e in risky]))
    assert scores.min() >= fitted.gate.cut


def test_plain_questions_under_the_gate_cut_are_not_embedded(recording: RecordingEmbedder) -> None:
    from engine.safety.meaning import DATA_DIR, _text_features, group

    check = MeaningCheck.load_default(recording)
    gate = check._bank.gate
    assert gate is not None
    plain = [e.text for e in load_examples(DATA_DIR / "ordinary_check.jsonl") if e.language == "en"]
    under = gate.scores(_text_features(plain, [group("en", t) for t in plain])) < gate.cut
    assert under.sum() >= 5                                  # the gate spares the embedder some plain questions
    results = check.assess_many(plain, "en")
    assert [not r.embedded for r in results] == under.tolist()
    assert all(not r.risky and r.category == "ok" for r, u in zip(results, under, strict=True) if u)
    assert recording.asked == [t for t, u in zip(plain, under, strict=True) if not u]


def test_a_paraphrased_risk_passes_the_gate_and_is_judged_by_meaning(recording: RecordingEmbedder) -> None:
    text = "honestly my family would be happier if i just wasnt around anymore"
    d = SafetyFilter(meaning=MeaningCheck.load_default(recording)).check_input(text, "en")
    assert not d.allowed and d.score is not None
    assert recording.asked == [text]


def test_the_gate_is_measured_on_the_bank_held_out_split(embedder: E5Embedder) -> None:
    # No risky message of the bank's held-out split that the full check catches is hidden by the gate.
    check = MeaningCheck.load_default(embedder)
    full = MeaningCheck(embedder, check.examples, fitted=dataclasses.replace(check._bank, gate=None))
    heldout = [e for e in load_examples() if e.split == "heldout" and e.risky]
    for e in heldout:
        caught = full.assess(e.text, e.language).risky
        assert check.assess(e.text, e.language).risky == caught, e.id
