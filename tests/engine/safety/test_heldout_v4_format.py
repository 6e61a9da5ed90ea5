"""The blind held-out set v4 (engine/safety/data/heldout_v4.jsonl) is well formed and really held out.

v4 was written without looking at the training bank or the earlier held-out sets (v2 and v3 had
been looked at while tuning). These tests check its shape (fields, labels, counts per language) and
that no message in it also appears, case- and space-folded, in the bank, v2, v3 or the ordinary
check. They read those files but only ever report v4 ids, never the other files' texts.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[3] / "engine" / "safety" / "data"
HELDOUT = DATA / "heldout_v4.jsonl"
OTHER_SETS = ("messages.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl", "ordinary_check.jsonl")

FIELDS = {"id", "lang", "category", "split", "text"}
RISKY = {"suicide", "self_injury", "self_harm", "eating", "abuse", "grooming", "violence", "bullying"}
LABELS = RISKY | {"ok"}
# (risky, ordinary) messages per language
COUNTS = {"en": (40, 40),
          **{lang: (30, 30) for lang in ("es", "fr", "de", "it", "pt")},
          **{lang: (20, 20) for lang in ("ru", "zh", "ja", "ko", "ar", "hi")}}


def fold(text: str) -> str:
    """Case-, punctuation- and space-folded form used to compare messages across sets (a comma or an
    emoji more does not make a new message)."""
    return " ".join(re.sub(r"[^\w\s]", " ", unicodedata.normalize("NFKC", text).casefold()).split())


def read_rows() -> list[dict[str, str]]:
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def strings_in(value: object) -> Iterator[str]:
    """Every string anywhere in a parsed JSON value (the other sets' layout is not assumed)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def folded_strings_of(path: Path) -> set[str]:
    raw = path.read_text(encoding="utf-8")
    try:
        parsed: list[object] = [json.loads(line) for line in raw.splitlines() if line.strip()]
    except json.JSONDecodeError:
        parsed = [json.loads(raw)]
    return {fold(s) for s in strings_in(parsed)}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_rows()


def test_every_line_is_json_with_the_heldout_fields(rows: list[dict[str, str]]) -> None:
    assert len(rows) == 620
    bad = [row.get("id") for row in rows if set(row) != FIELDS or not all(isinstance(v, str) for v in row.values())]
    assert bad == []
    assert {row["split"] for row in rows} == {"heldout_v4"}
    assert all(row["text"].strip() for row in rows)


def test_ids_are_unique_and_name_language_and_label(rows: list[dict[str, str]]) -> None:
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids)
    misnamed = [row["id"] for row in rows if not row["id"].startswith(f"{row['lang']}-v4-{row['category']}-")]
    assert misnamed == []


def test_labels_come_from_the_known_set(rows: list[dict[str, str]]) -> None:
    assert {row["category"] for row in rows} <= LABELS
    assert {row["lang"] for row in rows} == set(COUNTS)


def test_every_language_has_its_risky_and_ordinary_counts(rows: list[dict[str, str]]) -> None:
    counted = Counter((row["lang"], row["category"] != "ok") for row in rows)
    found = {lang: (counted[(lang, True)], counted[(lang, False)]) for lang in COUNTS}
    assert found == COUNTS


def test_every_language_covers_every_risky_category(rows: list[dict[str, str]]) -> None:
    missing = {lang: sorted(RISKY - {row["category"] for row in rows if row["lang"] == lang}) for lang in COUNTS}
    assert {lang: cats for lang, cats in missing.items() if cats} == {}


def test_hindi_is_written_both_in_devanagari_and_romanised(rows: list[dict[str, str]]) -> None:
    hindi = [row["text"] for row in rows if row["lang"] == "hi"]
    devanagari = [text for text in hindi if any("\u0900" <= ch <= "\u097f" for ch in text)]
    assert 0 < len(devanagari) < len(hindi)


def test_no_message_appears_twice(rows: list[dict[str, str]]) -> None:
    seen: dict[str, str] = {}
    repeated = []
    for row in rows:
        key = fold(row["text"])
        if key in seen:
            repeated.append((seen[key], row["id"]))
        seen[key] = row["id"]
    assert repeated == []


@pytest.mark.parametrize("name", OTHER_SETS)
def test_no_message_is_copied_from_an_earlier_set(rows: list[dict[str, str]], name: str) -> None:
    other = folded_strings_of(DATA / name)
    assert len(other) > 0, f"{name} yielded no texts to compare against"
    # only v4 ids are reported: the other sets stay unseen
    overlapping = [row["id"] for row in rows if fold(row["text"]) in other]
    assert overlapping == [], f"v4 messages also in {name}: {overlapping}"
