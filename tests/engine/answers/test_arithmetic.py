"""Arithmetic is computed with fractions/decimals and the steps written out."""
from __future__ import annotations

from engine.answers.arithmetic import compute, find_arithmetic


def test_fraction_sum_is_computed_with_common_denominator_steps() -> None:
    worked = compute("What is 3/4 + 1/8? Explain step by step")
    assert worked is not None and worked.result == "7/8"
    text = worked.text()
    assert "common denominator of 4 and 8 is 8" in text and "3/4 = 6/8" in text and text.endswith("= 7/8.")


def test_fraction_difference_is_simplified() -> None:
    worked = compute("What is 5/6 - 1/3?")
    assert worked is not None and worked.result == "1/2"
    assert "Simplify" in worked.text()


def test_decimals_are_exact() -> None:
    worked = compute("What is 0.1 + 0.2?")
    assert worked is not None and worked.result == "0.3"
    assert compute("What is 2.5 * 4?").result == "10"        # type: ignore[union-attr]
    assert compute("What is 1.2 + 3.45?").result == "4.65"   # type: ignore[union-attr]


def test_words_and_division() -> None:
    assert compute("What is 7 times 8?").result == "56"          # type: ignore[union-attr]
    assert compute("What is 1/2 ÷ 1/4?").result == "2"           # type: ignore[union-attr]
    assert compute("¿Cuánto es 12 más 15?").result == "27"       # type: ignore[union-attr]


def test_division_by_zero_is_not_answered() -> None:
    assert compute("What is 3 / 0?") is None


def test_questions_that_only_mention_numbers_are_not_arithmetic() -> None:
    for q in ("How tall is the 58 metre tower?", "What happened in 1953?", "Who ruled from 1914-1918?",
              "What is a fraction like 7/4 called?"):
        assert find_arithmetic(q) is None, q
