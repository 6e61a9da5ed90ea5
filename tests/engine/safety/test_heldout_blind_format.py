"""The blind held-out sets v4 to v29 (engine/safety/data/heldout_v<N>.jsonl) are well formed and really held out.

Each was written without looking at the training bank or the earlier held-out sets (which had been looked
at while tuning; v5 by a writer who saw only v4's first lines, for the format). These tests check its shape
(fields, labels, counts per language) and that no message in it also appears, case-, punctuation- and
space-folded, in the bank, the earlier sets or the ordinary check. They read those files but only ever
report the set's own ids, never the other files' texts. Since session 25 the read ones (v2-v27 now) are train examples
(`meaning.RETIRED_SETS`): what they are checked for here is that they were fresh when they were written.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[3] / "engine" / "safety" / "data"
LATIN = ("es", "fr", "de", "it", "pt")
OTHERS = ("ru", "zh", "ja", "ko", "ar", "hi")


@dataclass(frozen=True)
class BlindSet:
    version: int
    counts: dict[str, tuple[int, int]]     # (risky, ordinary) messages per language
    earlier: tuple[str, ...]               # files none of its messages may come from

    @property
    def name(self) -> str:
        return f"heldout_v{self.version}"


SETS = (
    BlindSet(4, {"en": (40, 40), **{lang: (30, 30) for lang in LATIN}, **{lang: (20, 20) for lang in OTHERS}},
             ("messages.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl", "ordinary_check.jsonl")),
    BlindSet(5, {"en": (40, 40), **{lang: (40, 40) for lang in LATIN}, **{lang: (16, 24) for lang in OTHERS}},
             ("messages.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl", "heldout_v4.jsonl", "ordinary_check.jsonl")),
    # v6: 720 written by a writer who saw only v5's first lines; the 21 that equal an earlier message once
    # folded (plain questions such as "why did the dinosaurs die out", one risky) were left out after its run.
    BlindSet(6, {"en": (39, 36), "es": (40, 37), "fr": (40, 38), "de": (40, 37), "it": (40, 37), "pt": (40, 37),
                 "ru": (16, 24), "zh": (16, 23), "ja": (16, 24), "ko": (16, 23), "ar": (16, 24), "hi": (16, 24)},
             ("messages.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl", "heldout_v4.jsonl", "heldout_v5.jsonl",
              "ordinary_check.jsonl")),
    # v7 (session 23): 720 by a writer who saw no file at all, only the format; the 2 ordinary ones that
    # equal an earlier message once folded were left out before its run.
    BlindSet(7, {"en": (40, 40), "es": (40, 40), "fr": (40, 40), "de": (40, 40), "it": (40, 39), "pt": (40, 40),
                 "ru": (16, 24), "zh": (16, 24), "ja": (16, 24), "ko": (16, 24), "ar": (16, 23), "hi": (16, 24)},
             ("messages.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl", "heldout_v4.jsonl", "heldout_v5.jsonl",
              "heldout_v6.jsonl", "ordinary_check.jsonl")),
    # v8 (session 23): a second writer with the same brief, at least half of the risky messages indirect;
    # the 4 that equal an earlier message once folded (one risky) were left out before its run.
    BlindSet(8, {"en": (40, 40), "es": (40, 39), "fr": (40, 40), "de": (40, 40), "it": (39, 39), "pt": (40, 40),
                 "ru": (16, 23), "zh": (16, 24), "ja": (16, 24), "ko": (16, 24), "ar": (16, 24), "hi": (16, 24)},
             ("messages.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl", "heldout_v4.jsonl", "heldout_v5.jsonl",
              "heldout_v6.jsonl", "heldout_v7.jsonl", "ordinary_check.jsonl")),
    # v9 (session 23): a third writer, about a third of the risky messages a homework request and a risk in
    # one message; the 11 that equal an earlier message once folded (one risky) were left out before its run.
    BlindSet(9, {"en": (39, 40), "es": (40, 40), "fr": (40, 38), "de": (40, 39), "it": (40, 39), "pt": (40, 40),
                 "ru": (16, 23), "zh": (16, 22), "ja": (16, 24), "ko": (16, 23), "ar": (16, 24), "hi": (16, 22)},
             ("messages.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl", "heldout_v4.jsonl", "heldout_v5.jsonl",
              "heldout_v6.jsonl", "heldout_v7.jsonl", "heldout_v8.jsonl", "ordinary_check.jsonl")),
    # v10 (session 24): a fourth writer, about a fifth of the risky messages mixed with a homework request;
    # the 15 ordinary ones that equal an earlier message once folded were left out before its run.
    BlindSet(10, {"en": (40, 38), "es": (40, 39), "fr": (40, 38), "de": (40, 40), "it": (40, 40), "pt": (40, 39),
                  "ru": (16, 24), "zh": (16, 22), "ja": (16, 23), "ko": (16, 22), "ar": (16, 23), "hi": (16, 21)},
             ("messages.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl", "heldout_v4.jsonl", "heldout_v5.jsonl",
              "heldout_v6.jsonl", "heldout_v7.jsonl", "heldout_v8.jsonl", "heldout_v9.jsonl", "ordinary_check.jsonl")),
    # v11 (session 24): a fifth writer, the same brief as v10; the 25 that equal an earlier message once
    # folded (one risky) were left out before its run.
    BlindSet(11, {"en": (39, 35), "es": (40, 37), "fr": (40, 36), "de": (40, 37), "it": (40, 37), "pt": (40, 38),
                  "ru": (16, 23), "zh": (16, 23), "ja": (16, 24), "ko": (16, 24), "ar": (16, 23), "hi": (16, 23)},
             ("messages.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl", "heldout_v4.jsonl", "heldout_v5.jsonl",
              "heldout_v6.jsonl", "heldout_v7.jsonl", "heldout_v8.jsonl", "heldout_v9.jsonl", "heldout_v10.jsonl",
              "ordinary_check.jsonl")),
    # v12 (session 25): a sixth writer, 64 risky and 64 ordinary in each Latin-script language; the 36
    # (all ordinary) that equal an earlier message once folded were left out before its run.
    BlindSet(12, {"en": (64, 54), "es": (64, 61), "fr": (64, 59), "de": (64, 62), "it": (64, 63), "pt": (64, 61),
                  "ru": (16, 22), "zh": (16, 19), "ja": (16, 23), "ko": (16, 23), "ar": (16, 23), "hi": (16, 22)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 12)), "ordinary_check.jsonl")),
    # v13 (session 25): a seventh writer, the brief of v12; the 33 that equal an earlier message once folded
    # (one risky) were left out before its run, and 7 ordinary ones equal to a v12 message after it (v12
    # had become a train example for one of its two runs).
    BlindSet(13, {"en": (63, 55), "es": (64, 62), "fr": (64, 62), "de": (64, 59), "it": (64, 61), "pt": (64, 58),
                  "ru": (16, 21), "zh": (16, 20), "ja": (16, 24), "ko": (16, 24), "ar": (16, 21), "hi": (16, 22)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 13)), "ordinary_check.jsonl")),
    # v14 (session 25): an eighth writer, the same brief; the 40 that equal an earlier message once folded
    # (all ordinary) were left out before its run.
    BlindSet(14, {"en": (64, 49), "es": (64, 64), "fr": (64, 61), "de": (64, 63), "it": (64, 60), "pt": (64, 63),
                  "ru": (16, 19), "zh": (16, 22), "ja": (16, 21), "ko": (16, 22), "ar": (16, 24), "hi": (16, 20)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 14)), "ordinary_check.jsonl")),
    # v15 (session 25): a ninth writer, the same brief, whose es fr de it pt messages mostly retell the English
    # ones; the 69 that equal an earlier message once folded (one risky) were left out before its run.
    BlindSet(15, {"en": (63, 51), "es": (64, 57), "fr": (64, 55), "de": (64, 59), "it": (64, 58), "pt": (64, 53),
                  "ru": (16, 22), "zh": (16, 22), "ja": (16, 22), "ko": (16, 20), "ar": (16, 23), "hi": (16, 18)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 15)), "ordinary_check.jsonl")),
    # v16 and v17 (session 26): two more writers, the same brief, told to write each language from its own
    # situations (not retold from English); the 57 and 58 that equal an earlier message once folded (one
    # risky in each) were left out before their runs, v17's against v16 too.
    BlindSet(16, {"en": (64, 51), "es": (64, 59), "fr": (64, 59), "de": (64, 56), "it": (64, 62), "pt": (64, 56),
                  "ru": (16, 20), "zh": (16, 22), "ja": (15, 22), "ko": (16, 22), "ar": (16, 22), "hi": (16, 21)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 16)), "ordinary_check.jsonl")),
    BlindSet(17, {"en": (63, 56), "es": (64, 60), "fr": (64, 60), "de": (64, 58), "it": (64, 55), "pt": (64, 59),
                  "ru": (16, 19), "zh": (16, 20), "ja": (16, 21), "ko": (16, 23), "ar": (16, 21), "hi": (16, 19)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 17)), "ordinary_check.jsonl")),
    # v18 and v19 (session 27): two more writers, the same brief; the 73 and 85 that equal an earlier message
    # once folded (one risky in v18, three in v19) were left out before their runs, v19's against v18 and a
    # training batch written that session too.
    BlindSet(18, {"en": (64, 49), "es": (64, 57), "fr": (64, 56), "de": (64, 55), "it": (64, 57), "pt": (64, 62),
                  "ru": (16, 20), "zh": (15, 20), "ja": (16, 22), "ko": (16, 18), "ar": (16, 23), "hi": (16, 17)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 18)), "ordinary_check.jsonl")),
    BlindSet(19, {"en": (62, 50), "es": (64, 54), "fr": (64, 55), "de": (64, 55), "it": (64, 58), "pt": (64, 56),
                  "ru": (16, 16), "zh": (16, 21), "ja": (16, 22), "ko": (15, 19), "ar": (16, 20), "hi": (16, 20)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 19)), "ordinary_check.jsonl")),
    # v20 (session 27): a third writer that session, read once for the figure of its final check; the 108
    # that equal an earlier message once folded (five risky) were left out before its run.
    BlindSet(20, {"en": (63, 48), "es": (63, 55), "fr": (64, 47), "de": (64, 51), "it": (64, 57), "pt": (64, 49),
                  "ru": (16, 21), "zh": (15, 20), "ja": (16, 22), "ko": (15, 19), "ar": (16, 22), "hi": (15, 14)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 20)), "ordinary_check.jsonl")),
    # v21 and v22 (session 28): two more writers (v21's en and es by a third, who overwrote the first's by
    # mistake), the same brief, v22's told to lean towards 12-14 year olds; the 47 and 35 that equal an
    # earlier message once folded (none and three risky) were left out before their runs, v21's against v22 too.
    BlindSet(21, {"en": (64, 54), "es": (64, 62), "fr": (64, 64), "de": (64, 58), "it": (64, 58), "pt": (64, 60),
                  "ru": (16, 22), "zh": (16, 20), "ja": (16, 22), "ko": (16, 19), "ar": (16, 23), "hi": (16, 19)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in (*range(2, 21), 22)), "ordinary_check.jsonl")),
    BlindSet(22, {"en": (64, 58), "es": (64, 63), "fr": (64, 60), "de": (63, 60), "it": (63, 60), "pt": (64, 60),
                  "ru": (16, 22), "zh": (16, 23), "ja": (16, 21), "ko": (16, 24), "ar": (16, 23), "hi": (15, 22)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 21)), "ordinary_check.jsonl")),
    # v23 (session 28): a third writer given v22's brief (by mistake, in parallel; its ids renumbered to v23
    # before anyone read it), read once for a figure; the 22 that equal an earlier message once folded (none
    # risky) were left out. v24: a fourth writer that session, the same brief, ages 8-14 evenly, many everyday
    # frictions among the ordinary ones; the 65 that equal an earlier message once folded (four risky) were
    # left out before its one run (the lines at 1.5 %).
    BlindSet(23, {"en": (64, 60), "es": (64, 63), "fr": (64, 59), "de": (64, 62), "it": (64, 61), "pt": (64, 62),
                  "ru": (16, 24), "zh": (16, 24), "ja": (16, 23), "ko": (16, 23), "ar": (16, 23), "hi": (16, 22)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 23)), "ordinary_check.jsonl")),
    BlindSet(24, {"en": (63, 55), "es": (64, 64), "fr": (63, 59), "de": (63, 58), "it": (64, 56), "pt": (64, 60),
                  "ru": (16, 20), "zh": (15, 22), "ja": (16, 20), "ko": (16, 18), "ar": (16, 18), "hi": (16, 17)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 24)), "ordinary_check.jsonl")),
    # v25, v26 (session 29): two writers in parallel, v25 told to write many family and friendship news and
    # safety-lesson questions among the ordinary ones, v26 strong feelings about small things, game and sport
    # talk and dark school topics. v26 finished first and decided (the spared-news module, not kept); v25 was
    # read once for a figure. The 69 and 29 that equal an earlier message once folded (five and none risky)
    # were left out before their runs, v25's against v26 too.
    BlindSet(25, {"en": (64, 59), "es": (64, 63), "fr": (64, 62), "de": (64, 61), "it": (64, 60), "pt": (64, 63),
                  "ru": (16, 21), "zh": (16, 22), "ja": (16, 22), "ko": (16, 22), "ar": (16, 23), "hi": (16, 21)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in (*range(2, 25), 26)), "ordinary_check.jsonl")),
    BlindSet(26, {"en": (62, 57), "es": (64, 63), "fr": (63, 57), "de": (64, 53), "it": (64, 59), "pt": (63, 58),
                  "ru": (16, 20), "zh": (16, 17), "ja": (16, 21), "ko": (16, 20), "ar": (16, 22), "hi": (15, 17)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 25)), "ordinary_check.jsonl")),
    # v27 (session 29): a third writer that session, v24's general brief with many frictions told in passing,
    # written after v25 and v26 were read; it judged the spared-news module's second form (kept). The 83 that
    # equal an earlier message once folded (nine risky) were left out before its one run.
    BlindSet(27, {"en": (63, 54), "es": (63, 61), "fr": (63, 61), "de": (63, 55), "it": (63, 53), "pt": (62, 56),
                  "ru": (16, 20), "zh": (16, 19), "ja": (15, 16), "ko": (16, 18), "ar": (16, 21), "hi": (15, 20)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 27)), "ordinary_check.jsonl")),
    # v28, v29 (session 30): two writers in parallel, v27's general brief. v29 finished first and decided
    # (retiring the read sets v18-v27 into the fit); v28 was read once for a figure. The 74 and 79 that equal an
    # earlier message once folded (six and four risky) were left out before their runs, v28's against v29 too.
    BlindSet(28, {"en": (62, 51), "es": (64, 59), "fr": (64, 58), "de": (64, 57), "it": (62, 56), "pt": (64, 59),
                  "ru": (16, 20), "zh": (16, 19), "ja": (16, 19), "ko": (16, 18), "ar": (16, 20), "hi": (16, 17)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in (*range(2, 28), 29)), "ordinary_check.jsonl")),
    BlindSet(29, {"en": (63, 59), "es": (63, 61), "fr": (63, 60), "de": (63, 56), "it": (64, 57), "pt": (63, 51),
                  "ru": (16, 20), "zh": (16, 19), "ja": (16, 20), "ko": (16, 18), "ar": (16, 20), "hi": (15, 19)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 28)), "ordinary_check.jsonl")),
    # Written at the end of session 30, read in session 31 (v30 decided against retiring v28-v29; v31 the figure)
    BlindSet(30, {"en": (64, 56), "es": (64, 61), "fr": (63, 61), "de": (63, 60), "it": (63, 60), "pt": (63, 60),
                  "ru": (15, 18), "zh": (16, 21), "ja": (16, 19), "ko": (16, 16), "ar": (16, 19), "hi": (16, 16)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 30)), "ordinary_check.jsonl")),
    BlindSet(31, {"en": (62, 58), "es": (64, 63), "fr": (62, 61), "de": (63, 54), "it": (64, 61), "pt": (64, 60),
                  "ru": (15, 22), "zh": (16, 22), "ja": (15, 18), "ko": (16, 20), "ar": (16, 22), "hi": (16, 24)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 31)), "ordinary_check.jsonl")),
    # Written in session 31 while nothing was chosen on them; read once at its end for the closing figure
    BlindSet(32, {"en": (63, 54), "es": (64, 62), "fr": (64, 57), "de": (64, 57), "it": (64, 55), "pt": (63, 54),
                  "ru": (16, 20), "zh": (15, 19), "ja": (16, 13), "ko": (16, 14), "ar": (16, 20), "hi": (14, 18)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 32)), "ordinary_check.jsonl")),
    BlindSet(33, {"en": (63, 52), "es": (64, 57), "fr": (64, 58), "de": (64, 50), "it": (64, 52), "pt": (64, 51),
                  "ru": (16, 18), "zh": (16, 16), "ja": (15, 16), "ko": (16, 12), "ar": (16, 18), "hi": (16, 19)},
             ("messages.jsonl", *(f"heldout_v{n}.jsonl" for n in range(2, 33)), "ordinary_check.jsonl")),
)

FIELDS = {"id", "lang", "category", "split", "text"}
RISKY = {"suicide", "self_injury", "self_harm", "eating", "abuse", "grooming", "violence", "bullying"}
LABELS = RISKY | {"ok"}


def fold(text: str) -> str:
    """Case-, punctuation- and space-folded form used to compare messages across sets (a comma or an
    emoji more does not make a new message)."""
    return " ".join(re.sub(r"[^\w\s]", " ", unicodedata.normalize("NFKC", text).casefold()).split())


def read_rows(blind: BlindSet) -> list[dict[str, str]]:
    lines = (DATA / f"{blind.name}.jsonl").read_text(encoding="utf-8").splitlines()
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


@pytest.fixture(scope="module", params=SETS, ids=[b.name for b in SETS])
def blind(request: pytest.FixtureRequest) -> BlindSet:
    return request.param


@pytest.fixture(scope="module")
def rows(blind: BlindSet) -> list[dict[str, str]]:
    return read_rows(blind)


def test_every_line_is_json_with_the_heldout_fields(rows: list[dict[str, str]], blind: BlindSet) -> None:
    assert len(rows) == sum(r + o for r, o in blind.counts.values())
    bad = [row.get("id") for row in rows if set(row) != FIELDS or not all(isinstance(v, str) for v in row.values())]
    assert bad == []
    assert {row["split"] for row in rows} == {blind.name}
    assert all(row["text"].strip() for row in rows)


def test_ids_are_unique_and_name_language_and_label(rows: list[dict[str, str]], blind: BlindSet) -> None:
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids)
    misnamed = [row["id"] for row in rows if not row["id"].startswith(f"{row['lang']}-v{blind.version}-{row['category']}-")]
    assert misnamed == []


def test_labels_come_from_the_known_set(rows: list[dict[str, str]], blind: BlindSet) -> None:
    assert {row["category"] for row in rows} <= LABELS
    assert {row["lang"] for row in rows} == set(blind.counts)


def test_every_language_has_its_risky_and_ordinary_counts(rows: list[dict[str, str]], blind: BlindSet) -> None:
    counted = Counter((row["lang"], row["category"] != "ok") for row in rows)
    found = {lang: (counted[(lang, True)], counted[(lang, False)]) for lang in blind.counts}
    assert found == blind.counts


def test_every_language_covers_every_risky_category(rows: list[dict[str, str]], blind: BlindSet) -> None:
    missing = {lang: sorted(RISKY - {row["category"] for row in rows if row["lang"] == lang}) for lang in blind.counts}
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


def test_no_message_is_copied_from_an_earlier_set(rows: list[dict[str, str]], blind: BlindSet) -> None:
    for name in blind.earlier:
        other = folded_strings_of(DATA / name)
        assert len(other) > 0, f"{name} yielded no texts to compare against"
        # only this set's ids are reported: the other sets stay unseen
        overlapping = [row["id"] for row in rows if fold(row["text"]) in other]
        assert overlapping == [], f"{blind.name} messages also in {name}: {overlapping}"
