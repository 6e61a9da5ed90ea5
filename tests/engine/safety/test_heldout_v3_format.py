"""heldout_v3.jsonl is a well-formed, fresh held-out set for the risk check.

The set was written blind (without reading the bank or the earlier held-out sets), so these tests
guard its shape: every row parses with the heldout_v2 fields, every language has its counts of
risky and ordinary messages, labels come from the known set, and no text is repeated — neither
inside the set nor in any other safety data file (a held-out text that is also in the bank measures
nothing).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[3] / "engine" / "safety" / "data"
HELDOUT_V3 = DATA / "heldout_v3.jsonl"

FIELDS = {"id", "lang", "category", "split", "text"}
RISKY = {"suicide", "self_harm", "self_injury", "abuse", "grooming", "bullying", "eating", "violence"}
LABELS = RISKY | {"ok"}
LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar", "hi")
LARGER = {"en", "pt", "de"}  # 30 risky + 30 ordinary; every other language 20 + 20


def _rows() -> list[dict[str, str]]:
    rows = []
    for number, line in enumerate(HELDOUT_V3.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"line {number} is empty"
        row = json.loads(line)
        assert isinstance(row, dict), f"line {number} is not a JSON object"
        rows.append(row)
    return rows


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def test_every_row_parses_with_the_heldout_v2_fields() -> None:
    rows = _rows()
    assert rows
    for row in rows:
        assert set(row) == FIELDS, row
        assert all(isinstance(row[field], str) for field in FIELDS), row
        assert row["split"] == "heldout_v3", row
        assert row["text"] == row["text"].strip() and row["text"], row


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_its_counts_of_risky_and_ordinary_messages(lang: str) -> None:
    expected = 30 if lang in LARGER else 20
    rows = [row for row in _rows() if row["lang"] == lang]
    risky = sum(1 for row in rows if row["category"] != "ok")
    ordinary = sum(1 for row in rows if row["category"] == "ok")
    assert (risky, ordinary) == (expected, expected)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_spreads_its_risky_messages_over_all_categories(lang: str) -> None:
    counts = Counter(row["category"] for row in _rows() if row["lang"] == lang and row["category"] != "ok")
    assert set(counts) == RISKY
    assert min(counts.values()) >= 2, counts


def test_only_the_twelve_languages_and_known_labels_are_used() -> None:
    rows = _rows()
    assert {row["lang"] for row in rows} == set(LANGUAGES)
    assert {row["category"] for row in rows} <= LABELS


def test_ids_are_unique_and_name_their_language_and_label() -> None:
    rows = _rows()
    ids = Counter(row["id"] for row in rows)
    assert [i for i, n in ids.items() if n > 1] == []
    for row in rows:
        assert re.fullmatch(rf"{row['lang']}-v3-{row['category']}-\d\d", row["id"]), row


def test_no_text_is_repeated_in_the_set() -> None:
    texts = Counter(_norm(row["text"]) for row in _rows())
    assert [t for t, n in texts.items() if n > 1] == []


def test_no_text_appears_in_another_safety_data_file() -> None:
    others = sorted(p for p in DATA.glob("*.jsonl") if p != HELDOUT_V3)
    assert others, "expected the bank and the earlier held-out sets next to heldout_v3.jsonl"
    seen: set[str] = set()
    for path in others:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                values = row.values() if isinstance(row, dict) else [row]
                seen.update(_norm(v) for v in values if isinstance(v, str))
    leaked = [row["id"] for row in _rows() if _norm(row["text"]) in seen]
    assert leaked == [], f"held-out texts already in another safety data file: {leaked}"


def test_hindi_has_devanagari_and_romanised_messages() -> None:
    hindi = [row["text"] for row in _rows() if row["lang"] == "hi"]
    devanagari = [t for t in hindi if re.search(r"[\u0900-\u097f]", t)]
    romanised = [t for t in hindi if not re.search(r"[\u0900-\u097f]", t) and re.search(r"[a-z]", t)]
    assert len(devanagari) >= 10 and len(romanised) >= 10, (len(devanagari), len(romanised))
