"""A day as a text writes it (2024年3月5日, 2024-03-05, 二〇二四年三月五日 or 二0一0年六月二十一日, 2024227 of a copy that lost its 年月日), read as ISO."""

from __future__ import annotations

import re

from safeplan.corpus.numerals import cn_to_int

DATE_CN = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
DATE_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
DATE_HAN = re.compile(r"([二〇○零一三四五六七八九OＯ0０]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
# a line that is a day alone, in one of the shapes above (signature.py writes a 落款's day with DATE_CN and DATE_HAN too)
DATE_ONLY = re.compile(
    r"^(?:" + DATE_CN.pattern + r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|" + DATE_HAN.pattern
    + r"|(?:19|20)\d{4,6}日?)$")            # 2024227 / 20171228 / 202519: a web copy that lost the glyphs 年 月 日 of a 落款
_DATE_COMPACT = re.compile(r"^((?:19|20)\d{2})(\d{2,4})日?$")


def iso(text: str) -> str | None:
    for pattern in (DATE_CN, DATE_ISO):
        m = pattern.search(text)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    if _DATE_COMPACT.match(text.strip()):
        readings = compact_readings(text)
        return readings[0] if len(readings) == 1 else None
    m = DATE_HAN.search(text)
    if m:
        y = cn_to_int(re.sub("[OＯ0０]", "〇", m.group(1)))      # (二OO六年, 二0一0年: a zero typed as a letter or a digit)
        mo, d = cn_to_int(m.group(2)), cn_to_int(m.group(3))
        if y and mo and d and 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def compact_readings(text: str) -> list[str]:
    """The days a date that lost its 年月日 can be read as: 2024227 → [2024-02-27]; 2024113 → 2024-01-13 and
    2024-11-03, which iso leaves unread (a page's own date may say which)."""
    m = _DATE_COMPACT.match(text.strip())
    if m is None:
        return []
    year, rest = int(m.group(1)), m.group(2)
    readings = sorted({(int(rest[:cut]), int(rest[cut:])) for cut in (1, 2) if 1 <= len(rest) - cut <= 2})
    return [f"{year:04d}-{mo:02d}-{d:02d}" for mo, d in readings if 1 <= mo <= 12 and 1 <= d <= 31]
