"""Hybrid-logical-clock stamps (`<ms>-<counter>-<node>`) compared as numbers, never as text.

Devices write the counter with at least 4 digits; after 10,000 stamps in one millisecond it grows to
5, and `"…-10000-…" < "…-9999-…"` as text. `hlc_key` compares numerically; `canonical_hlc`
rewrites a stamp with a fixed-width counter so that stored stamps sort correctly as text too
(the hub stores only canonical stamps and orders by them in SQL).
"""
from __future__ import annotations

import re

HLC_PATTERN = r"^\d{13}-\d{4,8}-[A-Za-z0-9_.:-]{1,64}$"
COUNTER_DIGITS = 8
MAX_SKEW_MS = 5 * 60 * 1000     # a stamp further ahead of the hub's clock is clamped on arrival
_PARTS = re.compile(r"^(\d{13})-(\d{1,8})-(.+)$")


def hlc_key(stamp: str) -> tuple[int, int, str]:
    """(ms, counter, node) for ordering; ValueError for a stamp that is not an HLC."""
    m = _PARTS.match(stamp)
    if m is None:
        raise ValueError(f"not a hybrid clock stamp: {stamp[:100]!r}")
    return int(m.group(1)), int(m.group(2)), m.group(3)


def format_hlc(ms: int, counter: int, node: str) -> str:
    return f"{ms:013d}-{counter:0{COUNTER_DIGITS}d}-{node}"


def canonical_hlc(stamp: str) -> str:
    """The same stamp with an 8-digit counter: text order equals clock order."""
    return format_hlc(*hlc_key(stamp))
