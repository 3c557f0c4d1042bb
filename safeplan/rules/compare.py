"""Strictness of targets, deadlines and frequencies (rules-format.md, "Semantics that the checker relies on").

Each function answers "is `a` at least as strict as `b`?" with three values:
True (yes), False (no: `a` is weaker), None (the two cannot be compared: different units, directions,
a value or date that is unknown). Callers decide what an incomparable pair means; the checker says nothing
about it, a profile validator may treat it as an error. The caller also decides that the two are about the
same metric / activity / scope — these functions only compare the numbers.
"""

from __future__ import annotations

import datetime as _dt
from fractions import Fraction

from safeplan.rules.model import Deadline, Frequency, Target

LOWER_OPS = (">=", ">")
UPPER_OPS = ("<=", "<")
OPS = LOWER_OPS + UPPER_OPS + ("==",)

# How many times a period fits in a year: 每月1次 = 12 a year, 每季度1次 = 4 a year.
PER_YEAR = {
    "day": Fraction(365),
    "week": Fraction(52),
    "half_month": Fraction(24),
    "month": Fraction(12),
    "quarter": Fraction(4),
    "half_year": Fraction(2),
    "year": Fraction(1),
}


def _interval(t: Target) -> tuple[float | None, bool, float | None, bool]:
    """The values a target accepts as (low, low_closed, high, high_closed); None = unbounded."""
    v = t.value
    if t.op == ">=":
        return v, True, None, False
    if t.op == ">":
        return v, False, None, False
    if t.op == "<=":
        return None, False, v, True
    if t.op == "<":
        return None, False, v, False
    return v, True, v, True  # "=="


def _norm_unit(unit: str | None) -> str:
    return (unit or "").strip().replace("％", "%")


def target_at_least_as_strict(a: Target, b: Target) -> bool | None:
    """True when every value satisfying target `a` also satisfies `b` (a is as strict as b or stricter).

    For `>=`/`>` a value not lower is at least as strict; for `<=`/`<` not higher; for change targets
    (`direction: decrease`, 下降超20%) a larger required drop is stricter. None when the two are not
    comparable: another unit or direction, an unknown value, or bounds on opposite sides (>= vs <=).
    """
    if a.value is None or b.value is None or a.op not in OPS or b.op not in OPS:
        return None
    if _norm_unit(a.unit) != _norm_unit(b.unit) or (a.direction or None) != (b.direction or None):
        return None
    a_lo, a_lo_closed, a_hi, a_hi_closed = _interval(a)
    b_lo, b_lo_closed, b_hi, b_hi_closed = _interval(b)
    a_floor, a_ceiling = a_lo is not None, a_hi is not None
    b_floor, b_ceiling = b_lo is not None, b_hi is not None
    if (a_floor, a_ceiling) in ((True, False), (False, True)) and (b_floor, b_ceiling) == (not a_floor, not a_ceiling):
        return None  # a floor against a ceiling: they say different things
    if b_lo is not None:
        if a_lo is None:
            return False
        if a_lo < b_lo or (a_lo == b_lo and a_lo_closed and not b_lo_closed):
            return False
    if b_hi is not None:
        if a_hi is None:
            return False
        if a_hi > b_hi or (a_hi == b_hi and a_hi_closed and not b_hi_closed):
            return False
    return True


def _date(d: Deadline) -> _dt.date | None:
    if not d.date or d.placeholder:
        return None
    try:
        return _dt.date.fromisoformat(str(d.date))
    except ValueError:
        return None


def deadline_not_later(a: Deadline, b: Deadline) -> bool | None:
    """True when deadline `a` falls on or before deadline `b` (2024年底前 is not later than 2025年底前).

    Compares the `date` fields (the last day that still satisfies each deadline). None when either has no
    date: a relative phrase (三年内), a placeholder year (20__年底前) or an impossible date.
    """
    da, db = _date(a), _date(b)
    if da is None or db is None:
        return None
    return da <= db


def times_per_year(f: Frequency) -> Fraction:
    """How often a frequency asks for its activity, as times a year (每两年1次 → 1/2)."""
    return Fraction(max(f.min_count or 1, 1)) * PER_YEAR[f.period] / max(f.every or 1, 1)


def frequency_at_least_as_strict(a: Frequency, b: Frequency) -> bool | None:
    """True when frequency `a` asks for at least as many times per the same length of time as `b`.

    每月1次 is stricter than 每季度1次; 每季度3次 is as strict as 每月1次. None when a period is unknown.
    """
    if a.period not in PER_YEAR or b.period not in PER_YEAR:
        return None
    return times_per_year(a) >= times_per_year(b)
