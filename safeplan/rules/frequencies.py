"""Frequencies in any text: 每季度至少1次, 每月至少带队开展1次, 每半年至少组织一次, 每年度进行两次,
每周开展两次, 每年初, 每月调度, 每两年, recurring dates (每年6月10日、12月10日前, 每月25日前上报1次), and a
condition as its own entry: 每季度至少1次(高危行业领域每月至少1次) → the second with scope 高危行业领域.
"""

from __future__ import annotations

import re

from safeplan.rules.deadlines import BEFORE, DAY, MONTH
from safeplan.rules.model import Frequency
from safeplan.rules.numbers import fold_digits, to_number

UNITS = {"半年": "half_year", "半个月": "half_month", "半月": "half_month", "季度": "quarter", "季": "quarter",
         "月": "month", "周": "week", "星期": "week", "天": "day", "日": "day", "年度": "year",
         "年": "year"}
PERIOD = re.compile(r"每(?:个)?(?P<every>[两二三四五六七八九十]|[2-9]|1[0-2])?(?:个)?"
                    r"(?P<unit>半年|半个月|半月|季度|季|月|周|星期|天|日|年度|年)(?P<edge>初|末|底)?")
DATES = re.compile(rf"每(?P<unit>年|月)(?P<list>(?:{MONTH}月)?{DAY}[日号](?:[、,，和及](?:{MONTH}月)?{DAY}[日号])*)"
                   rf"(?P<before>{BEFORE})?")
ONE_DATE = re.compile(rf"(?:(?P<month>{MONTH})月)?(?P<day>{DAY})[日号]")
COUNT = re.compile(r"(?:至少|不少于|不低于|最少)?\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:次|轮)")
CLAUSE_END = re.compile(r"[，。；,;：:！？!?\n（）()]")
SCOPE = re.compile(r"((?:高危|其他|重点|一般|其它)[\u4e00-\u9fff]{0,4}?(?:行业领域|领域|行业))")
FILLER = re.compile(r"^(?:至少|不少于|不低于|最少|都要|都|要|应当|应|须|必须|均|需)+|(?:至少|不少于|不低于|最少)+$")
# what follows a period word that makes it something else: 每年6月 (a date), 每万人, 每日历
NOT_A_PERIOD_AFTER = re.compile(r"^(?:\d|[一二三四五六七八九十]+月|万|千|百|份|个人|历|[\u4e00-\u9fff]{0,3}的)")   # 每日接到的…: a description
MAX_ACTIVITY = 20


def _activity(words: str) -> str | None:
    words = FILLER.sub("", words.strip()).strip()
    return words if 0 < len(words) <= MAX_ACTIVITY else None


def _scope(text: str, start: int) -> tuple[str | None, bool]:
    """(scope, in_brackets) of a frequency starting at `start`: the condition before it inside a bracket,
    or a 高危/其他…行业领域 subject in its own clause."""
    open_at = max(text.rfind("(", 0, start), text.rfind("（", 0, start))
    close_at = max(text.rfind(")", 0, start), text.rfind("）", 0, start))
    if open_at > close_at:
        inner = text[open_at + 1:start].strip()
        return (inner or None), True
    clause_start = max(text.rfind(c, 0, start) for c in "，。；,;：:") + 1
    m = SCOPE.search(text, clause_start, start)
    return (m.group(1) if m else None), False


def _from_dates(m: re.Match, text: str) -> Frequency:
    period = "year" if m.group("unit") == "年" else "month"
    dates = []
    for d in ONE_DATE.finditer(m.group("list")):
        day = int(to_number(d.group("day")))
        if period == "year" and d.group("month"):
            dates.append(f"{int(to_number(d.group('month'))):02d}-{day:02d}")
        else:
            dates.append(f"{day:02d}")
    rest_end = CLAUSE_END.search(text, m.end())
    rest = text[m.end(): rest_end.start() if rest_end else len(text)]
    count = COUNT.search(rest)
    end = m.end() + count.end() if count and count.start() <= 6 else m.end()
    activity = _activity(rest[:count.start()] if count and count.start() <= 6 else rest)
    n = int(to_number(count.group("n"))) if count and count.start() <= 6 else len(dates)
    return Frequency(text=text[m.start():end], period=period, every=1, min_count=max(n, 1),
                     activity=activity, dates=dates)


def parse_frequencies(text: str) -> list[Frequency]:
    """Every frequency in `text`, in order."""
    if not text or "每" not in text:
        return []
    folded = fold_digits(text)
    out: list[tuple[int, Frequency]] = []
    taken: list[tuple[int, int]] = []
    for m in DATES.finditer(folded):
        f = _from_dates(m, folded)
        f.text = text[m.start(): m.start() + len(f.text)]
        out.append((m.start(), f))
        taken.append((m.start(), m.end()))
    for m in PERIOD.finditer(folded):
        if any(a <= m.start() < b for a, b in taken):
            continue
        after = folded[m.end():]
        if NOT_A_PERIOD_AFTER.match(after):
            continue
        unit = m.group("unit")
        every = int(to_number(m.group("every"))) if m.group("every") else 1
        end_m = CLAUSE_END.search(folded, m.end())
        clause_end = end_m.start() if end_m else len(folded)
        rest = folded[m.end():clause_end]
        count = COUNT.search(rest)
        if count and count.start() <= 40 and "每" not in rest[:count.start()]:
            after_count = rest[count.end():]
            stop = re.search(r"[，。；,;（(]", after_count)
            after_count = after_count[: stop.start()] if stop else after_count
            between = rest[:count.start()]
            activity = _activity(between + after_count) or _activity(after_count) or _activity(between)
            n = int(to_number(count.group("n")))
            end = m.end() + count.end()
        else:
            activity = _activity(rest)
            n = 1
            end = m.end() + (len(rest) if activity else 0)
        scope, _ = _scope(folded, m.start())
        out.append((m.start(), Frequency(text=text[m.start():end].strip(), period=UNITS[unit], every=every,
                                         min_count=max(n, 1), scope=scope, activity=activity)))
    return [f for _, f in sorted(out, key=lambda x: x[0])]
