"""The document's 文号 (浔安委〔2021〕2号) or a law's order number (国务院令第493号), from its head — not a cited
document's — and the 索引号 of its page."""

from __future__ import annotations

import re

# (金政?2014?8號: a copy that lost the brackets' glyphs to "?", as it loses 年月日)
DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,14}[〔\[［﹝【(（?？]\s*((?:19|20)\d{2})\s*[〕\]］﹞】)）?？]\s*第?\s*\d{1,4}\s*号")
# (…or its 〔 too: 府通20259, a town's 府通〔2025〕9号)
_DOC_NUMBER_LOST = re.compile(r"^([\u4e00-\u9fff]{1,10}[发字办函电通])[〔\[［﹝【(（]?((?:19|20)\d{2})(\d{1,4})$")
LAW_ORDER = re.compile(r"(?:中华人民共和国)?(国务院令|主席令|[\u4e00-\u9fff]{2,8}部令|[\u4e00-\u9fff]{2,12}人民政府令)"
                        r"\s*第\s*(\d{1,4})\s*号")
_ANNOUNCEMENT = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:人民代表大会常务委员会|人大常委会)公告\s*[(（]?\s*第\s*\d{1,4}\s*号\s*[)）]?")
_INDEX = re.compile(r"索\s*引\s*号\s*[:：]?\s*\|?\s*([A-Za-z0-9][A-Za-z0-9/\-—_.]{3,60})")
# a document's red head run into its 文号: 重庆市人民政府办公厅文件渝办发[2012]238号各区县…
RED_HEAD = re.compile(r"^([\u4e00-\u9fff]{2,30}?(?:人民政府(?:办公室|办公厅)?|办公厅|办公室|委员会|管理局|厅|局))文件\s*"
                       r"(?=[\u4e00-\u9fff]{1,8}[〔\[［﹝【(（]\s*(?:19|20)\d{2})")
_CITED = re.compile(r"》\s*[(（]\s*$")
# a sentence that cites a document by its number: 根据/按照/贯彻落实/现将 … before it, 文件精神/要求/转发 after it
_CITING = re.compile(r"根据|按照|依据|依照|贯彻|落实|执行|参照|遵照|现将|转发")
# a red head's 文号 over the title that opens with its agency, in a copy flattened into one line (…温政办发明电〔2014〕9 号
# 温机发 温州市人民政府办公室关于…)
_OVER_TITLE = re.compile(r"[^，,。；;:：《]{0,30}?关于")
_CITED_AFTER = re.compile(r"\s*[)）]?\s*(?:文件|精神|要求|规定|转发|等文件)")


def doc_number_of(lines: list[str], law_raw: str) -> str | None:
    alone = next((line for line in lines[:40] if DOC_NUMBER.fullmatch(line)), None)
    if alone:                     # the red head's own line (五政办通〔2018〕38号), before a page headline that leads
        return _clean_doc_number(alone)     # with it (五政办通(2018)38号关于印发…的通知)
    for line in lines[:40]:
        red = RED_HEAD.match(line)
        number = DOC_NUMBER.match(line, red.end()) if red else None
        if number:
            return _clean_doc_number(number.group())
        for m in DOC_NUMBER.finditer(line):
            if _CITED.search(line, 0, m.start()) or _CITING.search(line[:m.start()] + m.group()) \
                    or _CITED_AFTER.match(line, m.end()):
                continue              # 《…的通知》(迪安办发〔2020〕9号) / 根据…的通知(某应急〔2023〕5号)精神 / 现将…(…)转发给
                                      # 你们 / 为贯彻落实某应急〔2023〕5号文件精神: a cited document's number
            if len(line) <= 40 or line.startswith(m.group()) or re.search(r"[(（]\s*" + re.escape(m.group()), line) \
                    or _OVER_TITLE.match(line, m.end()) or _closes_title(line, m):
                return _clean_doc_number(m.group())
    for line in lines[:40]:
        lost = _DOC_NUMBER_LOST.match(line) if len(line) <= 24 else None
        if lost:                  # 赣市发〔201737 on a line of its own: 〕 and 号 lost like 年月日 above (府通20259: 〔
            return line           # too) — given as written (README convention 8), no 〕 or 号 the copy does not hold
    for line in lines[:5]:
        order = LAW_ORDER.search(line) if line.startswith(("(", "（")) and re.search("公布|发布", line) else None
        if order:                 # (2007年4月23日大连市人民政府令第88号公布…): the line that promulgates it
            return f"{promulgator(line, order)}第{order.group(2)}号"
    if law_raw:
        head = law_raw[:3000]
        orders = [m.groups() for m in LAW_ORDER.finditer(head)          # (every order's name holds 令: a quick test first)
                  if not re.search(r"》\s*[(（]\s*(?:中华人民共和国)?$", head[max(0, m.start() - 12):m.start()])] \
            if "令" in head else []
        if orders:                # (…条例》(国务院令第493号): a cited law's order, not this one's)
            kind, number = orders[-1]
            return f"{kind}第{number}号"
        announced = _ANNOUNCEMENT.search(head) if "公告" in head else None
        if announced:
            return re.sub(r"\s+", "", announced.group())
    return None


def _closes_title(line: str, number: re.Match) -> bool:
    """The 文号 closes the line after the notice's own title (…关于印发…办法的通知 汴政办〔2005〕5号), no sentence's."""
    before = line[:number.start()].rstrip()
    return number.end() == len(line.rstrip()) and before.endswith(_NOTICE_KINDS) \
        and not re.search(r"[，,。；;:：《》]", before)


_NOTICE_KINDS = ("通知", "通报", "决定", "意见", "批复", "函", "通告", "公告")


def promulgator(line: str, order: re.Match) -> str:
    """The order's organ (郑州市人民政府令) without the day before it (…19日郑州市…: 日 is the date's)."""
    organ = order.group(1)
    return organ[1:] if organ[0] == "日" and line[order.start() - 1].isdigit() else organ


def _clean_doc_number(number: str) -> str:
    for prefix in ("关于", "文号", "发布文号", "根据"):
        if number.startswith(prefix):
            number = number[len(prefix):]
    return re.sub(r"\s+", "", number)


def index_number(head: str) -> str | None:
    """The 索引号 a government page's info table gives."""
    index = _INDEX.search(head)
    return index.group(1) if index else None
