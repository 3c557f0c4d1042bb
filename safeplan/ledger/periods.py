"""The periods a 简报 reports on: which days a week, half-month, month, quarter or half-year covers.

A period is the calendar period that contains the day (`as_of`):

    week        Monday to Sunday
    half-month  the 1st to the 15th, or the 16th to the month's last day
    month       the 1st to the last day
    quarter     January–March, April–June, July–September, October–December
    half-year   January–June, July–December

The previous period is the one that ends the day before this one starts; the next one starts the day after
this one ends. Everything is inclusive of both ends.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from safeplan.ledger.errors import LedgerError

KINDS = ("week", "half-month", "month", "quarter", "half-year")
NAMES = {"week": "周", "half-month": "半月", "month": "月", "quarter": "季度", "half-year": "半年"}
_QUARTERS = ("一", "二", "三", "四")


@dataclass(frozen=True)
class Period:
    kind: str
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        """2025年6月下半月, 2025年第二季度, 2025年6月23日—6月29日 …"""
        s, e = self.start, self.end
        if self.kind == "week":
            tail = f"{e.month}月{e.day}日" if e.year == s.year else cn_full_date(e)
            return f"{cn_full_date(s)}—{tail}"
        if self.kind == "half-month":
            return f"{s.year}年{s.month}月{'上' if s.day == 1 else '下'}半月"
        if self.kind == "month":
            return f"{s.year}年{s.month}月"
        if self.kind == "quarter":
            return f"{s.year}年第{_QUARTERS[(s.month - 1) // 3]}季度"
        return f"{s.year}年{'上' if s.month == 1 else '下'}半年"


def cn_full_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def cn_date(day: dt.date) -> str:
    """6月10日 (the year left out, as a 简报's sentences write it)."""
    return f"{day.month}月{day.day}日"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_of(kind: str, day: dt.date) -> Period:
    """The period of `kind` that contains `day`."""
    if kind == "week":
        start = day - dt.timedelta(days=day.weekday())
        return Period(kind, start, start + dt.timedelta(days=6))
    if kind == "half-month":
        if day.day <= 15:
            return Period(kind, day.replace(day=1), day.replace(day=15))
        return Period(kind, day.replace(day=16), _month_end(day.year, day.month))
    if kind == "month":
        return Period(kind, day.replace(day=1), _month_end(day.year, day.month))
    if kind == "quarter":
        first = 3 * ((day.month - 1) // 3) + 1
        return Period(kind, dt.date(day.year, first, 1), _month_end(day.year, first + 2))
    if kind == "half-year":
        first = 1 if day.month <= 6 else 7
        return Period(kind, dt.date(day.year, first, 1), _month_end(day.year, first + 5))
    raise LedgerError(f"--period {kind!r} is not one of {'、'.join(KINDS)}")


def previous(period: Period) -> Period:
    return period_of(period.kind, period.start - dt.timedelta(days=1))


def following(period: Period) -> Period:
    return period_of(period.kind, period.end + dt.timedelta(days=1))
