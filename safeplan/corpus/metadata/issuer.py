"""Who issued the document: the 落款 of a covering notice, a law's promulgating body, an order's head, the agency its
title opens with, the red head or the notice title's agency, else the page's 发布机构."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.agencies import ISSUER_END, PLACE_SIGNER, SEAL, can_sign, joint, signers
from safeplan.corpus.metadata.chrome import INFO_LINE, chrome
from safeplan.corpus.metadata.days import DATE_ONLY
from safeplan.corpus.metadata.doc_number import LAW_ORDER, RED_HEAD, promulgator
from safeplan.corpus.metadata.shapes import (
    ANY_ITEM,
    COMPILATION,
    NOTICE_TITLE,
    SAMPLE_SUFFIX,
    cited_notice,
    flat_notice,
    in_sentence,
    terminal,
)
from safeplan.corpus.metadata.signature import SIGNED_LINE

# a wire copy's dateline before its first sentence: 新华社北京8月18日电 / 据新华社…电
_WIRE_DATELINE = re.compile(r"^据?(?:新华社|中新社)[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日电\s*")
# 广东省第九届人民代表大会常务委员会公告(第147号): a local legislature's announcement, naming who announces it
_ANNOUNCER = re.compile(r"^[ \t]*([\u4e00-\u9fff]{2,30}?(?:人民代表大会常务委员会|人大常委会))公告", re.M)
# an agency's name opening a title (its group 1), what follows it is each pattern's own
# (a template's placeholder may open the name: XX区自然资源和规划局)
_OPENING_AGENCY = r"^((?:[xX×*]{1,3})?[\u4e00-\u9fff()（）]{1,30}?" + ISSUER_END.pattern.removesuffix("$") + ")"
# the agency that opens a title, right before its year: 市安委会2024年… / 区应急管理局2024年…
_TITLE_AGENCY = re.compile(_OPENING_AGENCY + r"(?=\s*(?:19|20)\d{2}\s*(?:年|工作)|\s*工作(?:要点|总结|计划))")     # (市安委会工作要点(全文);
                                                                              # 县应急管理局2022工作总结: 年 left out)
_OWN_PAPER = re.compile(r"(?:要点|总结|计划|报告|汇报)$|总结和")
# an order's head on its own line: 某某省人民政府令 / 中华人民共和国应急管理部令 (its number below it)
_ORDER_HEAD = re.compile(r"(?:中华人民共和国)?([\u4e00-\u9fff]{2,20}?(?:人民政府|部|委员会|总局))令")
# the agency, or two joined, that opens a title of a paper of its own with no 关于: 发文机关, 事由, 文种 (民政局加强林业
# 安排发展工作意见 / 区管委会和区安全生产委员会安全生产活动方案; README convention 6) — its longest name there (县人民政府
# 办公室…, not 县人民政府); a 章程 or 制度 named after a body is no paper of its own, nor a 预案 or 规划 for its area
_AGENCY_PAPER = re.compile(r"^((?:[xX×*]{1,3})?[\u4e00-\u9fff()（）、和与]{1,30}" + ISSUER_END.pattern.removesuffix("$") + ")"
                           r"(?=[^，,。:：;；《》]{2,60}(?:意见|方案|计划|要点|总结|报告|汇报|通知|通报|通告|预警|提示)$)")
# the agency that opens a title of any 公文 with 关于 (某镇人民政府关于开展…的实施方案 / …的请示)
_ABOUT_AGENCY = re.compile(_OPENING_AGENCY + r"(?=关于)")
# a covering notice's title opened by its sender with no 关于: 某县人民政府办公室印发某县防汛应急预案的通知
_SENDING_AGENCY = re.compile(_OPENING_AGENCY + r"(?=印发[^，,。:：]{2,80}的通知$)")
# a letter's title opens with its writer: 新丰镇人民政府致全镇人民的一封信 / 某镇人民政府告全镇居民书
_LETTER_TITLE = re.compile(_OPENING_AGENCY + r"(?:致|告)[^，,。:：;；]{2,30}?(?:的(?:一封|公开)?信|书)$")
# a report or speech made at a meeting names where under its title (——2018年5月30日在…会议上), its author beside it
_OCCASION = re.compile(r"^[—─\-]{1,2}\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?在[^，,。]{2,60}?(?:会议|大会|会)上")


def issuer_of(lines: list[str], table: dict, law_raw: str, signed: str | None = None, title: str | None = None) -> str | None:
    # 落款: the line right above the date that closes the covering notice (once a date alone has closed it, a
    # signature below is the attached document's: 转发市公安局… / …执行。/ 二OO三年五月二十一日 / …意见 / 市公安局 / …)
    closed = False
    for k, line in enumerate(lines):
        if DATE_ONLY.match(line) and k > 0:
            above = SEAL.sub("", lines[k - 1])
            if len(above) <= 40 and can_sign(above) and not terminal(above) and not closed:
                return joint(lines, k - 1, above)
            closed = closed or above.endswith("。")
        one_line = SIGNED_LINE.match(line) if k > 0 and terminal(lines[k - 1]) and not closed else None
        if one_line and signers(one_line.group(1)):
            return signers(one_line.group(1))     # …确保…安全平稳。/ 新乡市…办公室 2017年10月4日
    if law_raw and not signed:
        head = law_raw[:3000]
        announced = _ANNOUNCER.search(head)
        if announced:
            return announced.group(1)        # 陕西省人民代表大会常务委员会公告 第42号: the standing committee announces it
        for organ in ("全国人民代表大会常务委员会", "国务院"):
            if _named_outside_titles(head, organ) and _promulgates(head, organ):
                return organ
    for line in lines[:5]:
        order = LAW_ORDER.search(line) if line.startswith(("(", "（")) and re.search("公布|发布", line) else None
        if order and order.group(1).endswith("人民政府令"):
            return promulgator(line, order)[:-1]     # (2022年1月19日郑州市人民政府令第244号发布…): the government
    head = next((m for m in map(_ORDER_HEAD.fullmatch, lines[:5]) if m), None) if not signed else None
    if head:
        return head.group(1)         # 某某省人民政府令 / 第123号 / …现予公布 / 省长 张三: the order's head names who issues it
    own = _TITLE_AGENCY.match(title) if title and not signed else None
    if own and _OWN_PAPER.search(_own_paper_core(title)):
        return own.group(1)          # 区安全生产委员会2024年工作要点: a body's own 要点 / 总结 / 计划 names it
    letter = (_LETTER_TITLE.match(title) or "转发" not in title and _ABOUT_AGENCY.match(title)) \
        if title and not signed else None
    if letter:
        return letter.group(1)       # 新丰镇人民政府致全镇人民的一封信 / 某镇人民政府关于…的实施方案: its writer opens it
    sending = _SENDING_AGENCY.match(title) if title and not signed else None
    if sending:
        return sending.group(1)      # 某县人民政府办公室印发某县防汛应急预案的通知: the office that sends it, 关于 left out
    about = title.find("关于") if title and not signed and "转发" not in title else -1
    if 2 <= about <= 30 and PLACE_SIGNER.match(title[:about]):
        return title[:about]         # 某某镇关于做好…的实施方案: a place's body by its short name (as it signs a 落款)
    paper = _AGENCY_PAPER.match(_own_paper_core(title)) \
        if title and not signed and not re.search("关于|印发|转发", title) else None
    if paper and not ISSUER_END.fullmatch(paper.group(1)):
        return paper.group(1)        # 民政局加强林业安排发展工作意见: its writer opens it, 关于 left out (an agency
                                     # named by its kind alone, 安全生产委员会…工作要点, names no one)
    if signed:
        return signed
    for k, line in enumerate(lines[:12]):
        if _OCCASION.match(line):    # 关于…的报告 / ——2018年5月30日在…会议上 / 北京市公安局 / 主任、各位副主任…:
            author = next((n for n in lines[k + 1:k + 2] + lines[k - 1:k] if len(n) <= 30 and signers(n)
                           and not terminal(n)), None)
            if author:
                return signers(author)
    for k, line in enumerate(lines[:20]):
        line = _WIRE_DATELINE.sub("", line)       # 据新华社北京4月23日电 国务院办公厅关于…的通知
        if "|" in line or INFO_LINE.match(line):
            continue                  # 名称 | 关于…的通报 | 文号 | 无 |: an info table's cells
        if line.endswith("文件") and 4 < len(line) <= 30 and ISSUER_END.search(line[:-2]):
            return line[:-2]
        red = RED_HEAD.match(line)
        if red:
            return red.group(1)               # 重庆市人民政府办公厅文件渝办发[2012]238号…: a red head run into its line
        line = line.lstrip("•·-* ")
        line = flat_notice(line) or line        # (a flattened copy's title, the rest of its line left out)
        m = NOTICE_TITLE.search(line)
        if m is None and "关于" in line and k + 1 < len(lines) and len(line) <= 60 and not terminal(line):
            joined = NOTICE_TITLE.search(line + lines[k + 1])   # 修水县人民政府办公室关于印发 / …预案的通知
            if joined and joined.start() > 1 and ISSUER_END.search(line[:joined.start()]):
                return line[:joined.start()].split("转发")[0]
            if joined and joined.start() == 0 and k > 0 and ISSUER_END.search(lines[k - 1]) and len(lines[k - 1]) <= 30:
                return lines[k - 1]     # 某县人民政府办公室 / 关于印发某县…专项整治 / 三年行动实施方案的通知
        if m and not law_raw and cited_notice(line):
            continue                  # 会议传达学习了《省住建厅…的通知》: a cited document (a law's history: as before)
        issuer = line[:m.start()].split("转发")[0] if m and m.start() > 1 else ""
        if issuer and len(line) <= 140 and not in_sentence(line) and not _NOT_A_NAME.search(issuer):
            return issuer               # X转发Y关于…的通知: X issued it (转发Y…: no one named)
        if m and m.start() == 0 and k > 0 and ISSUER_END.search(lines[k - 1]) and len(lines[k - 1]) <= 30:
            return lines[k - 1]
    return table.get("issuer")          # the page's 发布机构 when neither a 落款 nor the title names one


def _own_paper_core(title: str) -> str:
    """The title without a sample site's or compilation's words after it ((全文), 范文, (精选3篇))."""
    return COMPILATION.sub("", SAMPLE_SUFFIX.sub("", re.sub(r"[(（]全文[)）]$", "", title)))


# what an agency's name never holds: a date or number, a book-title mark (…批准的《某市人大常委会关于修改…的决定》修正,
# a law's history: the 关于 is inside the title it cites)
_NOT_A_NAME = re.compile(r"[0-9０-９《〈]")


def _promulgates(text: str, organ: str) -> bool:
    """The organ adopts or promulgates the text (国务院令第493号, 国务院第172次常务会议通过, …常务委员会第二十八次会议通过,
    or its name alone on a line), not only names a law it made (应严格执行国务院《…条例》)."""
    return re.search(re.escape(organ) + r"(?:令|第[\d一二三四五六七八九十百]+次|常务会议|[^《》\n，,。]{0,12}?(?:公布|发布|通过|批准|颁布))"
                     r"|^\s*" + re.escape(organ) + r"\s*$", text, re.M) is not None


def _named_outside_titles(text: str, name: str) -> bool:
    """The text names the organ itself, not only inside a document's title it cites (《中共中央国务院关于…的意见》)."""
    at = text.find(name)
    while at >= 0:
        if text.rfind("《", 0, at) <= text.rfind("》", 0, at):
            return True
        at = text.find(name, at + len(name))
    return False


def closing_organ(tail: list[str], title: str | None) -> str | None:
    """A 落款 without its date: an agency's name alone on the text's last line (…并将自查情况报我局。/ 绍兴县建设局), or
    above the first characters of its date where the excerpt ends (永和镇人民政府 / 二), after the body or its 附件 list."""
    if len(tail) > 2 and _CUT_DATE.fullmatch(tail[-1]):
        tail = tail[:-1]
    last = tail[-1] if tail else ""
    if 4 <= len(last) <= 30 and ISSUER_END.search(last) and not terminal(last) and not chrome(last) \
            and not re.search(r"[\d:：,，。]", last) and last != title and len(tail) > 1 \
            and (terminal(tail[-2]) or tail[-2].startswith("附")       # (after the body or its 附件 line, or the
                 or ANY_ITEM.match(tail[-2]) and any(line.startswith("附") for line in tail[-6:-2])):   # list's items)
        return last
    return None


# a date's first characters, the excerpt cut there: 二 / 二〇二三年 / 2023年5
_CUT_DATE = re.compile(r"(?:[〇○零一二三四五六七八九]{1,4}|(?:19|20)\d{0,2})(?:年[一二三四五六七八九十\d]{0,2})?")
