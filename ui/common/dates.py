"""Dates as a child reads them: "today", "tomorrow", "in 3 days", else the locale's short date."""
from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def _as_date(value: str | datetime | date) -> date:
    if isinstance(value, datetime):
        return value.astimezone().date() if value.tzinfo else value.date()
    if isinstance(value, date):
        return value
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def human_date(value: str | datetime | date, *, today: date | None = None, locale: QLocale | None = None) -> str:
    """A review or plan date in words, relative to `today` (local time)."""
    day = _as_date(value)
    today = today or datetime.now(UTC).astimezone().date()
    delta = (day - today).days
    if delta == 0:
        return QCoreApplication.translate("dates", "today")
    if delta == 1:
        return QCoreApplication.translate("dates", "tomorrow")
    if delta == -1:
        return QCoreApplication.translate("dates", "yesterday")
    if 1 < delta <= 13:
        return QCoreApplication.translate("dates", "in %Ln day(s)", "", delta)
    if -13 <= delta < -1:
        return QCoreApplication.translate("dates", "%Ln day(s) ago", "", -delta)
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
