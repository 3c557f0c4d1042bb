"""Shapes of a line that every field's reader tells apart: a sentence's end, a title's (its genre word at the end), a
公文's title (关于…的通知), an event's opening (近日, / 5月31日,)."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.days import DATE_ONLY

# the 公文 a title names after 关于…的 (通告 and 公告 too: 关于森林防火禁火的通告), a qualifier allowed (…的紧急通知)
NOTICE_TITLE = re.compile(r"关于.{2,120}的(?:紧急|补充|重要)?(?:通知|通报|决定|(?:实施|指导|若干)?意见|批复|函|报告|办理意见|答复|通告|公告|请示)")
# a notice about a document it does not issue: 关于认真学习宣传贯彻《某省安全生产条例》的通知 (the page may quote the 条例)
CITING_NOTICE = re.compile(r"关于(?!印发|转发|下发|发布|颁发|公布|颁布)[^《》]{1,20}《[^《》]+》[^《》]{0,10}的(?:紧急)?通知$")
# a copy flattened into one line: its notice title, then a blank and the addressees (…的通知 各市、县人民政府,…), or
# the addressees glued on (…的通知镇直各部门、各村党组织:…)
FLAT_NOTICE = re.compile(r"^([^\s，,。:：;；]{0,60}?关于[^\s，,。:：;；]{2,100}?的(?:紧急|补充|重要)?(?:通知|通报|决定|意见|批复|函|通告))"
                          r"(?:[ \u3000]+\S|(?=(?:各|[镇乡县市区]直|机关|全[镇乡县市区])[^\s，,。:：;；]{1,60}[:：]))")
# a PDF copy flattened into one line whose title kept the blanks of its wrapped lines and of a spaced 文种, after a red
# head's words: …温机发 温州市人民政府办公室关于深刻吸取近期火灾 事故教训…的 紧 急 通 知 各县(市、区)人民政府,…:
WRAPPED_NOTICE = re.compile(r"(?:^|\s)([^\s，,。:：;；]{0,30}?关于[^，,。:：;；《》]{2,100}?的\s?(?:紧\s?急\s?|补\s?充\s?|重\s?要\s?)?"
                            r"(?:通\s?知|通\s?报|决\s?定|意\s?见|通\s?告))\s+(?=(?:各|[镇乡县市区]直)[^\s。:：;；]{1,60}[:：])")


def flat_notice(line: str) -> str | None:
    """The notice title a long line (a copy flattened into one) opens with, or carries with the blanks of its PDF's
    wrapped lines (read without them)."""
    if len(line) <= 140 or "关于" not in line:
        return None
    flat = FLAT_NOTICE.match(line)
    if flat:
        return flat.group(1)
    wrapped = WRAPPED_NOTICE.search(line[:400])
    return re.sub(r"\s", "", wrapped.group(1)) if wrapped else None


GENRE_WORDS = ("方案", "要点", "计划", "规划", "通知", "通报", "意见", "办法", "规定", "细则", "总结", "报告", "汇报",
                "清单", "决定", "条例", "法", "制度", "措施", "预案", "要求", "纲要", "指南", "守则", "章程", "规程", "综述",
                "责任书", "通告", "责任制")
# an account that opens on its event's day or 近日: 9月29日,永安街社区… / 近日,…
EVENT_OPENING = re.compile(r"(?:^|[\n,，。)）])\s*(?:(?:(?:(?:19|20)\d{2}年)?\d{1,2}月)?\d{1,2}日(?:[至到—-](?:\d{1,2}月)?\d{1,2}日)?"
                            r"(?:上午|下午|晚上|晚|早上|早晨|凌晨|中午)?(?:\d{1,2}[点时](?:[至到—-]\d{1,2}[点时])?)?"
                            r"|近日|日前|昨[日天](?:上午|下午|晚上|晚|早上|凌晨|中午)?)[,，]"      # 12月10日至11日, 7月28日早上5点至8点, too
                            r"|(?:^|[\n。])\s*(?:近日|日前)(?=[\u4e00-\u9fff])")   # 。近日西林街道总工会联合…
# a sample site's words after a title: …活动方案范文, …(全文), …供参考
SAMPLE_SUFFIX = re.compile(r"(?:范文|范本|模板|全文|供借鉴|供参考)$")
# a page that gathers several documents of one kind: 乡镇2021年度安全生产工作计划(精选3篇) / …合集 / …大全
COMPILATION = re.compile(r"(?:精选)?\d{1,2}篇[)）]?$|合集$|大全$|精选\d{1,2}篇")
# a numbered item's number: (一) 一、 1. (not 1.5); and a line opening with one
ITEM_NUMBER = r"(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))"
ANY_ITEM = re.compile(r"^\s*" + ITEM_NUMBER)
SALUTATION_END = (":", "：")
# a 公文's addressee line: the units below it goes to, 各… or a body's own (各县(市、区)人民政府: / 区政府各部门、各直属单位,
# 各街道办事处: / 局属各单位、县交投公司: / 市直各单位:)
ADDRESSEE_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}?(?:直|属|府|委|局))?各[^。；;:：]{1,80}[:：]$")
CJK = re.compile(r"[\u4e00-\u9fff]")


def in_sentence(line: str) -> bool:
    """The line's 关于…的通知 sits in a sentence (会上,某同志宣读了县安委会关于…的通知,强调…。), not a title line."""
    m = NOTICE_TITLE.search(line)
    return m is not None and (re.search(r"[,，。:：;；]", line[:m.start()]) is not None or line.endswith("。"))


def cited_notice(line: str) -> bool:
    """The line's 关于…的通知 is a document it cites (inside 《》), not its own title."""
    m = NOTICE_TITLE.search(line)
    return m is not None and line.rfind("《", 0, m.start()) > line.rfind("》", 0, m.start()) \
        and line.find("》", m.start()) >= m.end()          # (转发《…的通知》的通知 is its own title)


SPACED_OUT = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]+){1,}[\u4e00-\u9fff]")     # (应 急 预 案, 通 知)


def strip_doc_number(line: str) -> str:
    """A title without its 文号 after it, in brackets or run on after its 文种 (…的紧急通知鄂州政办发〔2010〕16号)."""
    return re.sub(r"(?:\s*[(（]\s*[^()（）]{0,20}[〔\[﹝]\d{4}[〕\]﹞]\d{1,4}号\s*[)）]"
                  r"|(?<=[知报告见定案法则点函复示划])\s*[\u4e00-\u9fff]{1,10}[〔\[﹝]\d{4}[〕\]﹞]\d{1,4}号)\s*$", "", line).strip()


def title_like(line: str) -> bool:
    line = strip_doc_number(line)
    if not 4 <= len(line) <= 60 or terminal(line) or "|" in line or DATE_ONLY.match(line):
        return False
    core = SAMPLE_SUFFIX.sub("", re.sub(r"[(（][^()（）]{0,20}[)）]$", "", line))     # (…活动方案范文: a sample's)
    core = re.sub(r"(?<=[\u4e00-\u9fff])\d{1,2}$", "", core)       # (…年终工作总结10: a sample site's piece number)
    # (a bare 文种 under a site's word, 规划全文 / 方案范文, is a label: a title names what it is about)
    return len(core) >= 4 and (core.endswith(GENRE_WORDS) or core.endswith(("行动", "工作")))


def terminal(line: str) -> bool:
    """The line ends as a sentence or a clause does (an ASCII full stop after a word too: …工作部署会.)."""
    return line.endswith(("。", ":", "：", ",", "，", ";", "；", "、")) or re.search(r"[\u4e00-\u9fff”]\.$", line) is not None
