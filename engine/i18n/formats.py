"""Numbers, percentages and dates in the learner's locale (Babel's CLDR data, offline).

The engine writes them into sentences it builds for a learner ("You got 76 % right" in French,
"2 de diciembre de 2026"); the window uses QLocale for its own widgets.
"""
from __future__ import annotations

from datetime import date, datetime

__all__ = ["format_date", "format_number", "format_percent"]


def _locale(language: str | None) -> str:
    return (language or "en").replace("-", "_")


def format_percent(fraction: float, language: str | None) -> str:
    """0.755 -> "76%" (en), "76 %" (fr, es, de, ru)."""
    from babel.numbers import format_percent as fmt

    return str(fmt(fraction, locale=_locale(language)))


def format_number(value: float, language: str | None) -> str:
    """1234.5 -> "1,234.5" (en), "1.234,5" (es, de), "1 234,5" (fr, ru)."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=_locale(language)))


def format_date(when: date | datetime, language: str | None) -> str:
    """A date written out as a person would: "December 2, 2026", "2 de diciembre de 2026", "2026年12月2日"."""
    from babel.dates import format_date as fmt

    return str(fmt(when, format="long", locale=_locale(language)))
