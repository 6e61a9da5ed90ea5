"""The blind held-out set `data/heldout_v2.jsonl` is well formed and stays held out.

It was written without looking at the bank (`data/messages.jsonl`) so it can measure the safety
check honestly: every line parses with the bank's fields, every language of the 12 has at least
20 risky and 20 ordinary messages, labels come from the bank's set, and no message appears in the
bank (a copy into the train split would turn the held-out score into a training score).
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter

from engine.safety.meaning import DATA_DIR, EXAMPLES_FILE, RISK_CATEGORIES
from engine.safety.rules import LANGUAGES

HELDOUT_FILE = DATA_DIR / "heldout_v2.jsonl"
FIELDS = {"id", "lang", "category", "split", "text"}
LABELS = {*RISK_CATEGORIES, "ok"}


def _rows(path):
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def test_every_line_parses_with_the_bank_fields_and_known_labels():
    rows = _rows(HELDOUT_FILE)
    assert rows
    for row in rows:
        assert set(row) == FIELDS, row
        assert row["lang"] in LANGUAGES, row
        assert row["category"] in LABELS, row
        assert row["split"] == "heldout_v2", row
        assert isinstance(row["text"], str) and row["text"].strip(), row
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))


def test_every_language_has_twenty_risky_and_twenty_ordinary():
    rows = _rows(HELDOUT_FILE)
    counts = Counter((row["lang"], row["category"] == "ok") for row in rows)
    short = {
        lang: (counts[(lang, False)], counts[(lang, True)])
        for lang in LANGUAGES
        if counts[(lang, False)] < 20 or counts[(lang, True)] < 20
    }
    assert short == {}, f"(risky, ordinary) below 20: {short}"


def test_every_risk_category_is_in_every_language():
    rows = _rows(HELDOUT_FILE)
    present = {(row["lang"], row["category"]) for row in rows}
    missing = [(lang, cat) for lang in LANGUAGES for cat in RISK_CATEGORIES if (lang, cat) not in present]
    assert missing == []


def test_no_heldout_message_is_in_the_bank():
    bank = {_norm(row["text"]) for row in _rows(EXAMPLES_FILE)}
    rows = _rows(HELDOUT_FILE)
    texts = [_norm(row["text"]) for row in rows]
    assert len(texts) == len(set(texts)), "a message appears twice in the held-out set"
    leaked = [row["id"] for row, text in zip(rows, texts, strict=True) if text in bank]
    assert leaked == []
