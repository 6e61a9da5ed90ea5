"""The quick check for flat payloads (`_flat_and_within`) looks at a payload's keys and text values as one
joined text: it accepts what the full walk accepts and refuses, for the walk to name, what it refuses."""
from __future__ import annotations

from typing import Any

import pytest

from engine.wire.payloads import _flat_and_within, check_event, check_json


@pytest.mark.parametrize("payload", [
    {"\ud83d": "\ude00"},              # a surrogate pair split between a key and its value
    {"a": "\ud83d", "b": "\ude00"},    # ... between two values
    dict([("\ud83d", 1), ("\ude00", 2)]),   # ... between two keys
    {"a": "ok", "b": "x\x00"},         # a NUL in a value after a plain one
    {"a\x00": True},
])
def test_a_lone_surrogate_or_nul_anywhere_in_a_flat_payload_is_refused(payload: dict[str, Any]) -> None:
    assert not _flat_and_within(payload, 16 * 1024)
    with pytest.raises(ValueError):
        check_json(payload)
    with pytest.raises(ValueError):
        check_event("quiz_attempt", "e1", payload, max_bytes=16 * 1024)


def test_plain_flat_payloads_pass_and_the_size_bound_still_holds() -> None:
    payload = {"quiz_item_id": "item-1", "correct": True, "skill": "caf\u00e9 \U0001f600", "duration_ms": 9000,
               "score": 0.5, "note": None}
    assert _flat_and_within(payload, 16 * 1024)
    check_event("quiz_attempt", "e1", payload, max_bytes=16 * 1024)
    big = {"text": "x" * 3000}
    assert not _flat_and_within(big, 16 * 1024)      # 6 bytes a character could be 18 KB: the exact size decides
    assert check_json(big) < 16 * 1024
