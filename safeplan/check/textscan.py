"""Line scans that need no upper rule: placeholders left in the text and dates that cannot exist."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from safeplan.check.marks import CITATION_RE, IGNORE_RE
from safeplan.corpus.numerals import to_int

PLACEHOLDER_RE = re.compile(
    r"20[_＿]{1,2}"                                   # 20__年
    r"|[_＿]{2,}"                                     # ____ / __街道
    r"|(?<![A-Za-z])(?:[Xx]{2,}|Ｘ{2,}|ｘ{2,})(?![A-Za-z])"     # XX街道, XXX同志, 完成率xx%
    r"|××+|○○+|〇〇+|某某"
    r"|【\s*待[补填定][^】]*】"
    r"|\{\{[^{}]*\}\}"
)
# XX counts only where it stands for a name or number: beside CJK text, a digit, % or a bracket
_XX_CONTEXT = re.compile(r"[\u4e00-\u9fff\d%％〔〕()（）年月日号]")

_ARABIC_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_NUMERIC_DATE = re.compile(r"(?<![\d.])(20\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])")   # 2024-02-30, 2024.2.30
_CN_NUM = "一二三四五六七八九十"
_CN_DATE = re.compile(rf"(?:([二〇零一二三四五六七八九]{{4}})年)?([{_CN_NUM}]{{1,2}})月([{_CN_NUM}]{{1,3}})[日号]")
_BAD_MONTH = re.compile(r"(?<!\d)(1[3-9]|[2-9]\d|0)\s*月(?:底|末|中旬|上旬|下旬|份|前)")


@dataclass(frozen=True)
class Hit:
    offset: int        # in the scanned text
    text: str


def _masked(text: str) -> str:
    """Blank out 〔依据…〕 and 〔safeplan: …〕 so their contents raise nothing."""
    def blank(m):
        return " " * len(m.group(0))
    return IGNORE_RE.sub(blank, CITATION_RE.sub(blank, text))


def find_placeholders(text: str) -> list[Hit]:
    scan = _masked(text)
    hits = []
    for m in PLACEHOLDER_RE.finditer(scan):
        token = m.group(0)
        if token[0] in "XxＸｘ":
            before = scan[m.start() - 1:m.start()]
            after = scan[m.end():m.end() + 1]
            if not (_XX_CONTEXT.match(before or " ") or _XX_CONTEXT.match(after or " ")):
                continue
        hits.append(Hit(m.start(), token))
    return hits


def find_invalid_dates(text: str, years: tuple[int, ...] = ()) -> list[Hit]:
    """Dates that exist in no calendar: 2月30日, 4月31日, 13月底前, 2025年2月29日.

    A date written without a year is invalid when no year of `years` (the plan's period; a leap year when
    unknown) has that day.
    """
    scan = _masked(text)
    hits = []
    candidates = []
    for m in _ARABIC_DATE.finditer(scan):
        candidates.append((m, int(m.group(1)) if m.group(1) else None, int(m.group(2)), int(m.group(3))))
    for m in _NUMERIC_DATE.finditer(scan):
        candidates.append((m, int(m.group(1)), int(m.group(3)), int(m.group(4))))
    for m in _CN_DATE.finditer(scan):
        year = to_int(m.group(1)) if m.group(1) else None
        candidates.append((m, year, to_int(m.group(2)), to_int(m.group(3))))
    for m, year, month, day in candidates:
        check_years = (year,) if year else (years or (2024,))
        if not any(_exists(y, month, day) for y in check_years):
            hits.append(Hit(m.start(), m.group(0)))
    for m in _BAD_MONTH.finditer(scan):
        hits.append(Hit(m.start(), m.group(0)))
    return sorted(hits, key=lambda h: h.offset)


def _exists(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12:
        return False
    return 1 <= day <= calendar.monthrange(year, month)[1]
