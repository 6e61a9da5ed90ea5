"""Placeholder values in right-to-left messages are bidi-isolated (FSI … PDI).

Without isolation, a Latin word inside Arabic «…» takes the closing quote into its left-to-right run
and the quotes render flipped ("«Paris«" as seen on screen)."""
from __future__ import annotations

from engine.i18n import FSI, PDI, message

MSGID = "hint.answer_with_sentence"


def test_a_latin_answer_inside_arabic_quotes_is_isolated() -> None:
    text = message(MSGID, "ar", answer="Paris", sentence="Paris is the capital of France.", where="p. 2")
    assert f"«{FSI}Paris{PDI}»" in text
    assert f"«{FSI}Paris is the capital of France.{PDI}»" in text


def test_left_to_right_messages_are_unchanged() -> None:
    text = message(MSGID, "es", answer="París", sentence="París es la capital.", where="p. 2")
    assert FSI not in text and PDI not in text
    assert "París" in text


def test_numbers_stay_plain_in_arabic() -> None:
    # {count} picks the plural form; digits need no isolation and stay comparable.
    assert message("hint.first_letter", "ar", count=2, letter="ج").endswith("حرفان.")
    assert message("hint.first_letter", "ar", count=2, letter="j").count(f"«{FSI}j{PDI}»") == 1


def test_an_arabic_value_in_arabic_needs_no_isolation() -> None:
    assert message("hint.answer", "ar", answer="البخر", where="ص ٢") == "الإجابة هي «البخر». (ص ٢)"
