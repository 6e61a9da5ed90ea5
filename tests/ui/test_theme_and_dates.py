"""Themes come from one table and are complete; low vision keeps indicators and focus visible; dates read
as words a child knows."""
from __future__ import annotations

from datetime import date

import pytest

from ui.common.theme import THEMES, stylesheet, theme_for


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("name", list(THEMES))
def test_every_theme_is_readable_and_shows_focus_and_indicators(name: str) -> None:
    t = THEMES[name]
    assert _contrast(t.fg, t.bg) >= 7.0                # body text: WCAG AAA
    assert _contrast(t.accent_fg, t.accent) >= 4.5     # button labels
    assert _contrast(t.fg, t.surface) >= 4.5           # radio/check indicator border against its box
    assert _contrast(t.focus, t.bg) >= 3.0 and t.focus_width >= 3
    assert _contrast(t.disabled_fg, t.disabled_bg) >= 3.0   # a disabled button still says what it is


def test_low_vision_is_large_high_contrast_with_big_indicators() -> None:
    lv = theme_for(["low_vision"], need_scale=1.5)
    calm = theme_for([])
    assert lv.point_size >= 1.5 * calm.point_size
    assert _contrast(lv.tokens.fg, lv.tokens.bg) >= 15
    sheet = stylesheet(lv)
    assert f"width: {lv.tokens.indicator_px}px" in sheet and lv.tokens.indicator_px >= 28
    assert f"border: {lv.tokens.focus_width}px solid {lv.tokens.focus}" in sheet


def test_a_learners_theme_is_rebuilt_from_the_table_not_from_the_last_one() -> None:
    assert theme_for(["dyslexia", "anxiety"]).tokens.show_timers is False
    assert theme_for(["dyslexia", "anxiety"]).tokens.letter_spacing > 0
    assert theme_for(["adhd"]).tokens.one_thing_at_a_time
    # after a dyslexic learner, a learner without needs gets exactly the kiosk default
    theme_for(["dyslexia"])
    assert theme_for([], kiosk_theme="calm") == theme_for([])


def test_dates_are_said_in_words(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.common.dates import human_date

    today = date(2026, 12, 2)
    assert human_date("2026-12-02T07:14+00:00", today=today) == "today"
    assert human_date(date(2026, 12, 3), today=today) == "tomorrow"
    assert human_date(date(2026, 12, 5), today=today) == "in 3 days"
    assert human_date(date(2026, 11, 29), today=today) == "3 days ago"
    # Further away: the locale's own short date, never an ISO timestamp.
    from PySide6.QtCore import QLocale

    assert human_date(date(2027, 3, 1), today=today, locale=QLocale("en_US")) == "3/1/27"
    assert human_date(date(2027, 3, 1), today=today, locale=QLocale("de_DE")) == "01.03.27"
    assert human_date("2027-03-01T07:14+00:00", today=today, locale=QLocale("en_GB")) == "01/03/2027"
