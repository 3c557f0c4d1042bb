"""Strictness per rules-format.md: the examples are the spec's own (每月1次 stricter than 每季度1次, 下降超20% …)."""

import pytest

from safeplan.rules.compare import (
    deadline_not_later,
    frequency_at_least_as_strict,
    target_at_least_as_strict,
)
from safeplan.rules.model import Deadline, Frequency, Target


def t(op, value, unit="%", direction=None):
    return Target(text="", metric="m", op=op, value=value, unit=unit, direction=direction)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (t(">=", 95), t(">=", 95), True),
        (t(">=", 98), t(">=", 95), True),
        (t(">=", 90), t(">=", 95), False),
        (t(">=", 95), t(">", 95), False),        # 达95%以上 does not promise more than 95%
        (t(">", 95), t(">=", 95), True),
        (t("<=", 1), t("<=", 1), True),          # 控制在1%以内
        (t("<=", 2), t("<=", 1), False),
        (t("<=", 0.5), t("<=", 1), True),
        (t("==", 0, None), t("==", 0, None), True),     # 清零
        (t("<=", 1, None), t("==", 0, None), False),
        (t("==", 100), t(">=", 95), True),
        (t(">", 20, direction="decrease"), t(">", 20, direction="decrease"), True),   # 下降超20%
        (t(">", 25, direction="decrease"), t(">", 20, direction="decrease"), True),
        (t(">", 10, direction="decrease"), t(">", 20, direction="decrease"), False),
        (t(">=", 95, "个"), t(">=", 95), None),                                    # another unit
        (t(">", 20), t(">", 20, direction="decrease"), None),                      # another direction
        (t("<=", 5), t(">=", 95), None),                                           # a ceiling against a floor
        (t(">=", None), t(">=", 95), None),
    ],
    ids=["equal", "higher-floor", "lower-floor", "closed-vs-open", "open-vs-closed", "equal-ceiling",
         "higher-ceiling", "lower-ceiling", "zero", "ceiling-vs-zero", "100-vs-floor", "drop-equal",
         "larger-drop", "smaller-drop", "unit", "direction", "floor-vs-ceiling", "unknown-value"],
)
def test_target_at_least_as_strict(a, b, expected):
    assert target_at_least_as_strict(a, b) is expected


def d(date, placeholder=False):
    return Deadline(text="", date=date, placeholder=placeholder)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (d("2024-12-31"), d("2024-12-31"), True),
        (d("2024-09-30"), d("2024-12-31"), True),
        (d("2025-12-31"), d("2024-12-31"), False),     # 2025年底前 against 2024年底前
        (d(None), d("2024-12-31"), None),              # 三年内
        (d("2024-12-31"), d(None, placeholder=True), None),
        (d("2024-02-30"), d("2024-12-31"), None),      # no such day
    ],
    ids=["same", "earlier", "later", "relative", "placeholder", "impossible"],
)
def test_deadline_not_later(a, b, expected):
    assert deadline_not_later(a, b) is expected


def f(period, min_count=1, every=1):
    return Frequency(text="", period=period, every=every, min_count=min_count)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (f("month"), f("quarter"), True),         # 每月1次 is stricter than 每季度1次
        (f("quarter"), f("month"), False),
        (f("year"), f("quarter"), False),         # 每季度 → 每年
        (f("quarter", 3), f("month"), True),      # 每季度3次 as strict as 每月1次
        (f("half_year"), f("year"), True),
        (f("year", every=2), f("year"), False),   # 每两年1次
        (f("week"), f("month"), True),
    ],
    ids=["month-vs-quarter", "quarter-vs-month", "year-vs-quarter", "3-a-quarter", "half-year", "every-two-years", "week"],
)
def test_frequency_at_least_as_strict(a, b, expected):
    assert frequency_at_least_as_strict(a, b) is expected
