"""The payload checks' quick path for flat objects (engine/wire/payloads.py) says exactly what the full
walk says: the same size for a good payload, and for every fault the full walk's own refusal."""
from __future__ import annotations

import json
from typing import Any

import pytest

from engine.wire import payloads


def full_walk(value: Any, max_depth: int = payloads.MAX_JSON_DEPTH) -> int:
    """check_json with the quick path switched off."""
    real = payloads._flat_json_size
    payloads._flat_json_size = lambda _value: None
    try:
        return payloads.check_json(value, max_depth=max_depth)
    finally:
        payloads._flat_json_size = real


GOOD = [
    {},
    {"quiz_item_id": "item-1", "correct": True, "skill": "fractions", "duration_ms": 9000},
    {"name": "Zoë 山田 🦊", "score": -0.0, "big": 2 ** 53, "small": -(2 ** 53), "none": None, "f": 1e308},
    {"path": "C:\\u0000 is not a NUL", "quote": 'say "hi"'},
    {"nested": {"one": [1, 2]}},                       # not flat: the full walk alone
]
BAD = [
    {"n": float("nan")},
    {"n": float("inf")},
    {"n": 2 ** 53 + 1},
    {"text": "a\x00b"},
    {"text": "\ud800"},
    {"\ud800": 1},
    {"when": object()},
    {1: "a number as a key"},
]


@pytest.mark.parametrize("value", GOOD)
def test_a_good_payload_has_the_same_size_by_either_path(value: dict[str, Any]) -> None:
    size = payloads.check_json(value)
    assert size == full_walk(value) == len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())


@pytest.mark.parametrize("value", BAD)
def test_a_bad_flat_payload_gets_the_full_walks_own_refusal(value: dict[str, Any]) -> None:
    assert payloads._flat_json_size(value) is None
    with pytest.raises(ValueError) as full:
        full_walk(value)
    with pytest.raises(ValueError) as quick:
        payloads.check_json(value)
    assert str(quick.value) == str(full.value)


def test_a_flat_object_is_still_too_deep_when_no_container_is_allowed() -> None:
    with pytest.raises(ValueError, match="nested deeper than 0 levels"):
        payloads.check_json({"a": 1}, max_depth=0)


WORST_CASE_TEXT = [
    {"ctl": "\x01" * 50},                              # each one a 6-byte \u0001 escape
    {"q": '"' * 40, "b": "\\" * 40, "nl": "\n\t" * 10},
    {"fox": "🦊" * 30, "zh": "山田" * 20},
    {"f": -2.2250738585072014e-308, "i": -(2 ** 53)},   # the longest float and whole number
]


@pytest.mark.parametrize("value", [v for v in GOOD if all(not isinstance(x, dict) for x in v.values())]
                         + WORST_CASE_TEXT)
def test_the_size_bound_never_lets_a_payload_over_the_limit(value: dict[str, Any]) -> None:
    size = payloads.check_json(value)
    assert payloads._flat_and_within(value, 100_000)
    assert not payloads._flat_and_within(value, size - 1)
    payloads.check_event("quiz_attempt", "q1", value, max_bytes=size)
    with pytest.raises(ValueError, match=f"payload is {size} bytes; the limit is {size - 1}"):
        payloads.check_event("quiz_attempt", "q1", value, max_bytes=size - 1)


@pytest.mark.parametrize("value", BAD + [{"nested": {"one": 1}}])
def test_the_size_bound_leaves_every_fault_and_every_container_to_the_full_check(value: dict[str, Any]) -> None:
    assert not payloads._flat_and_within(value, 100_000)
