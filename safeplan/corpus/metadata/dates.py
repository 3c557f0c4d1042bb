"""When the document was written (成文日期): its 落款's date, a law's latest adoption or amendment, the info table's;
a news item's byline; the years a plan covers."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.agencies import ISSUER_END
from safeplan.corpus.metadata.chrome import BYLINE_LINE
from safeplan.corpus.metadata.days import DATE_CN, DATE_HAN, DATE_ISO, DATE_ONLY, compact_readings, iso
from safeplan.corpus.metadata.info_table import WRITTEN
from safeplan.corpus.model import Metadata

_PERIOD = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]{1,2}\s*((?:19|20)\d{2})\s*年?")
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*年")
_STAMP_LINE = re.compile(r"^[•·\s]*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)[\s\d:|]*[^，,。]{0,40}$")
_IN_FORCE = re.compile(r"\s*起?\s*(?:施行|实施|生效)")        # 自2023年5月1日起施行: when a law takes effect
# a web page's own line: when it was put online, how often read — not when the document was written
_PAGE_LINE = re.compile(r"发布时间|发表时间|发布日期|更新时间|浏览|点击|阅读|访问量|来源[:：]|出处[:：]|^时间[:：]|[\s\u3000]时间[:：]"
                        r"|\d(?:\.\d+)?\s*[KM]B\b|侵权|海报|VIP"   # a document site's line: 2024-06-16 999+ 15.62KB 14 页
                        r"|https?://|日\s*\d{1,2}:\d{2}")    # a paper's page: http://… 2007年04月24日07:45 南海网-海南日报


def date_of(lines: list[str], table: dict, law_raw: str, bylines: bool = False, signed: str | None = None) -> str | None:
    if law_raw:
        head = law_raw[:law_raw.find("<!-- INFO END -->")] if "<!-- INFO END -->" in law_raw else law_raw[:1500]
        # every date a line states (a history in brackets: 通过 … 修正 … 修订), not the one it takes effect
        dates = [iso(m.group()) for line in head.split("\n") if not line.rstrip().endswith("施行")
                 and not _IN_FORCE_KEY.match(line)           # (【生效日期】2017年1月1日: a law site's key for it)
                 for m in (list(DATE_CN.finditer(line)) or list(DATE_HAN.finditer(line))      # (二OO六年二月二十日)
                           or list(_ADOPTED_LOST.finditer(line)))           # (2005331日…会议通过)
                 if not _IN_FORCE.match(line, m.end())]
        dates = [d for d in dates if d]
        return max(dates) if dates else None
    at = next((k for k, line in enumerate(lines[:8]) if line[:1] in "(（"
               and any("通过" in ln for ln in lines[k:k + 3])), None)
    end = next((j for j in range(at, min(at + 4, len(lines))) if lines[j].endswith((")", "）"))), at) \
        if at is not None else None
    history = "".join(lines[at:end + 1]) if at is not None else None
    if history:                 # (2012年12月26日…通过;根据2018年5月24日…修正): a rule's history, its latest date
        dates = [iso(m.group()) for m in DATE_CN.finditer(history) if not _IN_FORCE.match(history, m.end())]
        if any(dates):
            return max(d for d in dates if d)
    paged = set() if bylines else _page_dates(lines)
    for k, line in enumerate(lines[1:], 1):   # a covering notice's 落款: its date under the agency or the last sentence
        if DATE_ONLY.match(line) and k not in paged and not _page_stamp(lines, k) \
                and (ISSUER_END.search(lines[k - 1]) and len(lines[k - 1]) <= 40 or lines[k - 1].endswith("。")):
            return iso(line) or _confirmed(line, table)
    if signed:
        return signed                        # the 落款 closing the text
    if table.get("date") and table.get("date_key") in WRITTEN:
        return table["date"]                 # 成文日期: when the document was written
    for k, line in enumerate(lines):
        if DATE_ONLY.match(line) and k not in paged and iso(line) and not _page_stamp(lines, k):
            return iso(line)
    own = next((iso(line) for line in lines[:15] if _DATE_BRACKETED.fullmatch(line)), None)
    if own:
        return own                # (二OO八年二月二十六日) over the 文号: a gazette's date of the document, under its title
    if table.get("date") and (bylines or table.get("date_key") != "发布日期"):
        return table["date"]                 # the page's 生成日期; its 发布日期 (when it went online) dates a news item
                                             # alone (convention 7)
    for k, line in enumerate(lines[:15]):
        if not bylines and (_PAGE_LINE.search(line) or k in paged):
            continue
        # (2025/08/25 in a document's head is a page's date: a document writes 2024年3月5日)
        if bylines and not (_PAGE_LINE.search(line) or DATE_ONLY.match(line) or _STAMP_LINE.match(line)
                            or BYLINE_LINE.match(line)):
            continue              # (2022年7月15日,集团召开…: the event its lede dates; 赶订单2025-02-13: a related item's)
        if bylines and _CALENDAR.match(line) and any(BYLINE_LINE.match(below) for below in lines[k + 1:15]):
            continue              # 2025年12月16日 星期二 over the headline: the site's calendar, the byline below dates it
        m = (DATE_ISO.search(line) if bylines else None) or DATE_CN.search(line)
        if m and not bylines and (_WINDOW_DATE.match(line[m.end():]) or _WINDOW_DATE_BEFORE.search(line[:m.start()])):
            continue              # 区政府决定从2024年12月18日至…禁止…: a window's day in a sentence, not the document's
        if m:
            return iso(m.group())
    return None


# a day alone in brackets, as a gazette prints a document's date under its title: (二OO八年二月二十六日) / (2023年3月6日)
_DATE_BRACKETED = re.compile(r"[(（]\s*(?:" + DATE_CN.pattern + "|" + DATE_HAN.pattern + r")\s*[)）]")
# a law's history whose day lost its 年 and 月 (2005331日江苏省…第十五次会议通过): read as a lost-glyph date
_ADOPTED_LOST = re.compile(r"(?<!\d)(?:19|20)\d{4,6}日(?=[^\n]{0,60}(?:通过|批准|公布|修正|修订))")
# a site's calendar at the page's top: today's date and weekday (2025年12月16日 星期二)
_CALENDAR = re.compile(r"^(?:今天是)?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]$")
# a law site's key for the day a law takes effect: 【生效日期】 / 施行日期: / 实施日期
_IN_FORCE_KEY = re.compile(r"\W*(?:生效|施行|实施)(?:日期|时间)")
# a day a sentence sets a window or a deadline by: 从2024年12月18日至… / 于…前 / 截至…
_WINDOW_DATE = re.compile(r"\s*(?:至|到|起|前|以前|以来|期间|开始|—|－|-|~|～)")
_WINDOW_DATE_BEFORE = re.compile(r"(?:从|自|于|至|到|截至|截止|定于)\s*$")


def _confirmed(line: str, table: dict) -> str | None:
    """A 落款's date that lost its 年月日 and reads two ways (2024123: 1-23 or 12-3), read the way the page's own date
    says (发布日期 2024-12-03)."""
    return table["date"] if table.get("date") in compact_readings(line) else None


def _page_stamp(lines: list[str], k: int) -> bool:
    """2024-06-25 alone under a page's title, no agency above it: when the page was made (a 落款 writes 年月日)."""
    return "-" in lines[k] and not (k > 0 and ISSUER_END.search(lines[k - 1]))


def _page_dates(lines: list[str]) -> set[int]:
    """Date-only lines in a page's chrome (• 2023年09月15日 between the title and • 来源: … 【字体】): when the page
    was put online, not when the document was written."""
    found = set()
    for k, line in enumerate(lines[:40]):
        if DATE_ONLY.match(line.lstrip("•·-* ")):
            near = lines[max(0, k - 1):k] + lines[k + 1:k + 2]
            if any(_PAGE_LINE.search(n) or "字体" in n or "打印" in n for n in near):
                found.add(k)
    return found


_BYLINE = re.compile(
    r"(?:作者|发布时间|发布日期|时间|日期)[:：][^\n]{0,30}?((?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}"   # (更新时间:2022/6/20)
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"                   # (作者:… 来源:… 发布时间:2023年05月06日)
    r"|((?:19|20)\d{2}-\d{1,2}-\d{1,2})[^\S\n]+(?:\d{1,2}:\d{2}(?::\d{2})?[^\S\n]*)?(?:作者|来源)")


# a byline written day.month.year under a headline: 07.10.2014  14:02
_DMY_BYLINE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}\s*$", re.M)
# a wire copy's dateline: 新华社北京8月18日电(记者 …)
_DATELINE = re.compile(r"(?:新华社|中新社|新华网|人民网|央视网|[\u4e00-\u9fff]{2,6}报)[\u4e00-\u9fff]{0,6}?(\d{1,2})月(\d{1,2})日电")


def _has_byline(lines: list[str], raw: str) -> bool:
    """The page dates itself: a byline line (发布时间:… / 2019-05-28 16:20 来源:…) in its head or raw head."""
    return _BYLINE.search(raw[:4000]) is not None or any(BYLINE_LINE.match(line) for line in lines[:15]) \
        or _DMY_BYLINE.search(raw[:1000]) is not None


def _byline_date(raw: str) -> str | None:
    """A web copy's byline (removed from the cleaned text as chrome) still dates the article."""
    m = _BYLINE.search(raw[:4000])
    if m:
        return iso(m.group(1) or m.group(2))
    m = _DMY_BYLINE.search(raw[:1000])
    return iso(f"{m.group(3)}-{m.group(2)}-{m.group(1)}") if m else None


def _dateline(raw: str, published: str | None) -> str | None:
    """The item's own date from its dateline, a day or two before the page that carries it put it online (新华社北京
    8月18日电 on a page of 2015/8/19): the year is the page's."""
    m = _DATELINE.search(raw[:4000]) if published else None
    if m is None:
        return None
    own = iso(f"{published[:4]}-{m.group(1)}-{m.group(2)}")
    return own if own and own < published and int(published[5:7]) - int(own[5:7]) in (0, 1) else None


def period(meta: Metadata, text: str) -> tuple[int | None, int | None]:
    title = meta.title or ""
    m = _PERIOD.search(title) or _PERIOD.search(text[:2000])
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a <= b <= a + 20:
            return a, b
    m = _YEAR_IN_TITLE.search(title)
    if m and meta.genre in ("work_points", "plan", "checklist", "report"):
        year = int(m.group(1))
        return year, year
    return None, None


def news_date(lines: list[str], table: dict, raw: str) -> str | None:
    """A news item's date: its byline's, not the event its lede dates (2022年7月15日,集团召开…); its dateline's day
    when the page put it online a day or two later."""
    date = _byline_date(raw) or date_of(lines, {}, "", bylines=True) if _has_byline(lines, raw) \
        else date_of(lines, table, "", bylines=True)
    return _dateline(raw, date) or date
