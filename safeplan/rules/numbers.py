"""Numbers as policy texts write them: 2024, ２０２４, 二〇二四, 十二, 两, 0.008, 1 (with spaces around)."""

from __future__ import annotations

import calendar
import re

from safeplan.corpus.numerals import DIGITS, cn_to_int_strict

CN_DIGITS = "〇零○一二两三四五六七八九十百千"
# one number written in Arabic or Chinese numerals (no sentence-level conversion anywhere)
NUM = r"(?:\d+(?:\.\d+)?|[〇零○一二两三四五六七八九十百千]+)"
YEAR = r"(?:\d{4}|20_{1,4}|20(?:xx|XX)|[二][〇零○][〇零○一二三四五六七八九]{2}|_{2,4})"

_FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")


_HAS_FULLWIDTH = re.compile("[０-９．％]")


def fold_digits(text: str) -> str:
    """Full-width digits, point and percent as ASCII (same length, so offsets keep)."""
    return text.translate(_FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text


def to_number(text: str) -> int | float | None:
    """'2024' → 2024, '二〇二四' → 2024, '十二' → 12, '两' → 2, '0.008' → 0.008; None when not a number."""
    s = fold_digits(text.strip())
    if not s:
        return None
    try:
        value = float(s) if "." in s else int(s)
        return value
    except ValueError:
        pass
    if all(c in DIGITS for c in s):
        if len(s) == 1:
            return DIGITS[s]
        return int("".join(str(DIGITS[c]) for c in s))       # 二〇二四: digit by digit
    if all(c in CN_DIGITS for c in s):
        return cn_to_int_strict(s.replace("两", "二"))
    return None


def tidy(value: float | int) -> float | int:
    """95.0 → 95; 0.008 stays."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def last_day(year: int | None, month: int) -> int:
    """The last day of the month (February of an unknown year: 28)."""
    return calendar.monthrange(year if year else 2001, month)[1]


def real_date(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
