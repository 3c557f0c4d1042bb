"""The title line of a document's head: a 公文's title (关于…的通知) and the document it issues (关于印发《…方案》的通知),
the attached document's own title under the covering notice's date, a headline over a page's byline, a sample
site's piece."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.agencies import ISSUER_END
from safeplan.corpus.metadata.chrome import BYLINE_KEY, BYLINE_LINE, CRUMB_LINE, INFO_LINE, SITE_SUFFIX, chrome
from safeplan.corpus.metadata.days import DATE_ONLY
from safeplan.corpus.metadata.doc_number import DOC_NUMBER
from safeplan.corpus.metadata.printed import prints_document
from safeplan.corpus.metadata.shapes import (
    CITING_NOTICE,
    CJK,
    COMPILATION,
    EVENT_OPENING,
    GENRE_WORDS,
    NOTICE_TITLE,
    SALUTATION_END,
    SPACED_OUT,
    cited_notice,
    flat_notice,
    in_sentence,
    strip_doc_number,
    terminal,
    title_like,
)
from safeplan.corpus.metadata.signature import SIGNED_LINE

_FORWARDED = re.compile(r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*转发")
_ISSUED_BOOK = re.compile(r"(?:印发|转发|发布|颁布|公布|下发|批转|修订)\s*《([^《》]{2,100})》"
                          r"|关于\s*《([^《》]{2,100})》\s*的(?:通知|通报)")      # (关于《…方案》的通知: 印发 left out)
ISSUED = re.compile(r"(?:现将|印发)《([^《》]{2,100})》(?![^，,。]{0,8}(?:公开)?征求)|《([^《》]{2,100})》(?:已经|予以印发)")
# a copy whose first heading is glued to its title: 安全机构设置与人员任命管理制度一、目的 为确保… (安全生产委员会
# 章程第一章总则1.1…; …目标管理责任书为贯彻执行…: the text's first sentence, opened as a document's is, glued on;
# …记录20一、: a page number between)
GLUED_TITLE = re.compile(r"^([^，,。:：;；、\s][^，,。:：;；、\s]{3,40}?(?:制度|办法|规定|细则|规程|章程|方案|计划|要点|预案|总结|报告|记录"
                          r"|责任书|责任制)(?:[(（](?:试行|暂行|修订|草案|征求意见稿)[)）])?)\d{0,3}(?:一、|第一章|引言[:：]|前言"
                          r"|为(?:了)?(?:贯彻|落实|进一步|加强|深入|切实|做好|认真|确保|全面)|根据(?:上级|省|市|县|区|《|中华人民共和国))")


def _headline(lines: list[str]) -> str | None:
    """The line right above a page's byline, when it can be a title (a news item's headline)."""
    for k, line in enumerate(lines[1:40], 1):
        if BYLINE_LINE.match(line):
            above = SITE_SUFFIX.sub("", lines[k - 1])     # (某县召开…会议 | 某县人民政府: the page's title)
            if 4 <= len(above) <= 60 and not terminal(above) and not chrome(above) and "|" not in above \
                    and not BYLINE_KEY.match(above) \
                    and not DATE_ONLY.match(above) and re.search(r"[\u4e00-\u9fff]{2}", above):
                kicker = lines[k - 2] if k >= 2 and _KICKER_COLON.match(lines[k - 2]) else ""
                if above.startswith(("——", "—", "--")) and k >= 2 and 4 <= len(lines[k - 2]) <= 60 \
                        and not terminal(lines[k - 2]) and not chrome(lines[k - 2]):
                    return lines[k - 2]     # 某镇扎实开展汛前大排查 / ——筑牢防汛安全防线: the headline over its subtitle
                return kicker + above       # 某某街道: / 多措并举筑牢安全生产防线: a place's kicker over its headline
            return None
    return None


def head_title(lines: list[str], text: str, raw: str, kind: str, law: bool) -> str | None:
    if kind == "md" and law:
        m = re.search(r"^#[ \t]+(.+)$", raw[:5000], re.M)
        if m:
            return m.group(1).strip()
    # 四川新闻 | 标题, 西藏自治区消防条例|2022年修订版: a column's name, a site's edition
    lines = [_COLUMN_PREFIX.sub("", _EDITION_SUFFIX.sub("", line)) if line.count("|") == 1 else line
             for line in lines]
    lines = [_BOOKED_TITLE.sub(r"\1", line) for line in lines]    # 《…办法》2018年修订版(全文): a law site's title
    lines = [re.sub(r"\s+", "", line) if SPACED_OUT.fullmatch(line) else line for line in lines]   # 应 急 预 案
    explained = next((m.group(1) for m in map(_EXPLANATION_TITLE.fullmatch, lines[:10]) if m), None)
    if explained:
        return explained              # 文字解读:关于印发《…规划》的政策解读: the explanation's own title, not the 规划's
    notice_at, notice, run_on = None, None, None
    for k, line in enumerate(lines[:40]):
        flat = flat_notice(line)
        if flat and not cited_notice(flat):
            notice_at, notice = k, flat
            break
        if "|" in line or len(line) > 140 or line.endswith(SALUTATION_END) or INFO_LINE.match(line):
            continue                      # (- 标 题: 关于…的通知- 发文字号: …: an info table's, read there)
        found = NOTICE_TITLE.search(line)
        if found and not cited_notice(line) and not in_sentence(line):
            if _runs_on(line, found.end()):
                run_on = run_on or (k, line)      # 关于…的通知夏以地方政府规章: a garbled page title, its words
                continue                          # shuffled — the head's own title line below it, if there is one
            notice_at, notice = k, line
            break
        if k + 1 < len(lines) and len(line) <= 60 and NOTICE_TITLE.search(line + lines[k + 1]) \
                and not terminal(line) and NOTICE_TITLE.search(lines[k + 1]) is None \
                and found is None:     # (速看:关于…的通告 / 时间:…: no title split over two)
            notice_at, notice = k + 1, line + lines[k + 1]
            break
        three = _three_line_notice(lines, k) if found is None and "关于" in line else None
        if three:
            notice_at, notice = k + 2, three
            break
    if notice is None and run_on:
        notice_at, notice = run_on
    if notice is not None and "转发" in notice:       # a forwarding notice is the document: its own title
        return strip_doc_number(notice)
    # the book title a notice issues (关于印发《…方案》的通知), not one it reports on (关于《…条例》贯彻实施情况的报告)
    # or answers (…关于《…建议》提案的办理意见)
    named = _ISSUED_BOOK.search(notice) if notice else None
    source = notice
    if named is None and not (notice and CITING_NOTICE.search(notice)):    # (a notice about a 《…条例》 it cites
                                                                             # issues nothing: 《…条例》已经…审议通过)
        for line in lines[:30]:
            named, source = ISSUED.search(line), line
            if named and in_sentence(line):
                named = None          # 会议宣读了县安委会关于印发《…》的通知。: a notice cited in an account
            if named and _FORWARDED.match(line, named.end()):
                named = None          # 现将《省应急管理厅关于…的通报》(川应急函〔2018〕26号)转发给你们: the forwarded one's
            if named:
                break
    named_title = next((g for g in named.groups() if g), None) if named else None
    if named_title and named.group().endswith("》"):
        more = re.match(r"([^《》，,。的]{1,12}?)(?:的(?:紧急|补充|重要)?(?:通知|通报)|印发)", source[named.end():])
        if more and not re.fullmatch(r"[(（][^()（）]*[)）]", more.group(1)):
            named_title += more.group(1)        # 关于印发《…“十三五”规划》责任分解的通知 / 现将《…规划》责任分解印发给
                                                # 你们: the 责任分解 is issued
    # the attached document's own title comes after the covering notice's signature date
    after = notice_at if notice_at is not None else -1
    dates = [k for k in range(after + 1, min(len(lines), 40)) if DATE_ONLY.match(lines[k])]
    signed = [k for k in dates if k and ISSUER_END.search(lines[k - 1])]      # the date under a signature
    date_at = (signed or dates or [None])[0]
    candidates = []
    menu = _menu_lines(lines[:41])
    raw_head = raw[:3000].split("\n", 40)[:40]
    menu |= {k for k in range(min(len(lines), 40) - 1) if re.match(r"^【[^】]{2,6}】", lines[k])
             and title_like(lines[k + 1])}     # 【工作总结】安全生产工作总结 / 某区2022年…综述: a site's label line
    menu |= {k for k in range(1, min(len(lines), 41)) if re.fullmatch(r"\d{1,2}", lines[k - 1])}  # 01 / 总体目标和要求
    menu |= {k for k, line in enumerate(lines[:40])
             if len(line) <= 8 and not title_like(line)
             and any(CRUMB_LINE.search(r) and line in (c.strip() for c in re.split(r"\s*[>»›]\s*", r))
                     for r in raw_head)     # (本地新闻 under …> 本地新闻: a column's name; …> 防汛抗旱应急预案 names the page's)
             or line.endswith("网") and len(line) <= 10 and any(r.strip().startswith(line + " ") for r in raw_head)}
    for k, line in enumerate(lines[:40]):
        if notice_at is not None and k <= notice_at or chrome(_PIECE_LABEL.sub("", line)) or k in menu \
                or not CJK.search(line):
            continue                      # (【字体:大 中 小】 joined to the title below it is no title; nor a line
                                          # of a Word export's underscores, _ / 某市…细则)
        line = _PIECE_LABEL.sub("", FILE_SUFFIX.sub("", line))   # 2022年…活动方案6篇.doc: a shared file's name;
                                                                  # 第一篇:… / 篇1:…: a piece's label
        unsited = SITE_SUFFIX.sub("", line)
        line = unsited if unsited != line and title_like(unsited) else line    # …工作方案_某某县人民政府: a page
                                                                                # title's site after it
        glued = GLUED_TITLE.match(line)
        line = glued.group(1) if glued else line                   # 社区…半年总结一、社区…: its first heading glued on
        if 4 <= len(line) <= 40 and re.search(r"(?:^|\n)\s*" + re.escape(line) + r"\s*\n\s*[一1][、.．]\s*"
                                              + re.escape(line) + r"\s*\n", raw[:5000]):
            candidates.append((k, line))  # 社区安全生产月 / 一、社区安全生产月: an export's title over its first heading
        if k + 1 < len(lines) and len(line) <= 40 and not terminal(line) and not DATE_ONLY.match(line) \
                and line not in lines[k + 1] and not _DATED.match(lines[k + 1]) and k + 1 not in menu \
                and (not chrome(lines[k + 1]) or lines[k + 1][0] in "(（") and not _DATE_BRACKETED.fullmatch(lines[k + 1]) \
                and not re.search(r"(?:新闻|要闻|动态|资讯|媒体)$", line) \
                and not ISSUER_END.search(line) and title_like(line + lines[k + 1]) \
                and not re.search(r"[,，!！?？]", line) \
                and not NOTICE_TITLE.search(line + lines[k + 1]) \
                and not (_whole_title(line) and title_like(_PIECE_LABEL.sub("", lines[k + 1]))):
            candidates.append((k, line + lines[k + 1]))   # (活动方案 / 乡镇…实施方案: a column's name above a title;
                                                          # not a line the next one holds whole, a file name's cut copy
                                                          # of the title: …实施意见》贯彻实 / 某市《…实施意见》贯彻实施方案)
        if title_like(line) and not NOTICE_TITLE.search(line):
            candidates.append((k, line))
        elif _PIECE_MARK.search(line):
            piece = _piece_title(line)
            if piece:
                candidates.append((k, piece))
    candidates = [(k, c) for k, c in candidates if not _column_name(k, c, candidates)]
    if date_at is not None and candidates:
        late = [c for k, c in candidates if k > date_at]
        late = [c for c in late if not COMPILATION.search(c)] or late      # (…工作计划(精选6篇): the page's)
        if late:
            return late[0]
    candidates = [c for _, c in candidates]
    pieces = [c for c in candidates if not COMPILATION.search(c)]
    if pieces and COMPILATION.search(candidates[0]):
        candidates = pieces             # 乡镇…工作计划(精选3篇) heads a page whose first piece is 桑田镇…工作计划
    if named_title:
        for cand in candidates:
            if _similar(cand, named_title):
                return cand
        if notice is not None and not prints_document(named_title, text):
            return strip_doc_number(notice)     # the page gives the covering notice alone: its title (convention 12)
        return named_title
    if notice is not None:
        return strip_doc_number(notice)
    if candidates:
        return candidates[0]
    headline = _headline(lines) or _last_crumb(raw[:3000].split("\n", 12)[:12])
    if headline is not None:
        return headline
    worded = [k for k, line in enumerate(lines[:40]) if re.search(r"[\u4e00-\u9fff]{2}", line) and not chrome(line)][:5]
    for k in worded:                # (the first five lines with words: 12 2017 / 3 / 4 of an e-paper's calendar pass)
        line = lines[k]
        if terminal(line) and EVENT_OPENING.match(line[:30]):
            break                   # 5月31日,柳林县…启动仪式。: the lede has begun the text, no headline below it
        if _KICKER.match(line) and k + 1 < len(lines) and 4 <= len(lines[k + 1]) <= 40 \
                and not terminal(lines[k + 1]) and not chrome(lines[k + 1]):
            return line + lines[k + 1]            # 十字路街道 / 三措并举绷紧森林防火弦: a place over its headline
        longest = 100 if k + 1 < len(lines) and re.search("召开|举行|开展|部署", line) \
            and EVENT_OPENING.match(lines[k + 1][:20]) else 60        # (a long headline over its 近日,… lede;
        # a line under six characters is a page's label, 基本介紹 / 安全验证, no headline)
        if 6 <= len(line) <= longest and not terminal(line) and not DATE_ONLY.match(line) and "签发人" not in line \
                and k not in menu \
                and not SIGNED_LINE.match(line) \
                and "。" not in line and not _NUMBERED_HEADING.match(line) \
                and not DOC_NUMBER.search(line) and not ISSUER_END.search(line) and "|" not in line \
                and not chrome(line) and re.search(r"[\u4e00-\u9fff]{2}", line):
            glued = GLUED_TITLE.match(line)
            return glued.group(1) if glued else FILE_SUFFIX.sub("", line)
    return None


# an item's or a chapter's heading, never a headline: 1,指导思想 / ?1. 目的 / 第【一章 总则》 (noise kept)
_NUMBERED_HEADING = re.compile(r"^\W{0,2}(?:\d{1,2}\s*[,，.．、]|第\W{0,2}[一二三四五六七八九十\d]{1,3}\W{0,2}[章节条])")
# a place's name over its headline (十字路街道 / 三措并举绷紧森林防火弦), or as its kicker (某某街道: / 多措并举…)
_KICKER = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:街道|镇|乡|社区|区|县)$")
_KICKER_COLON = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:街道|街道办事处|镇|乡|社区|村|区|县)[:：]$")
# a headline led by its column's name: 四川新闻 | 我省实施安全生产专项整治三年行动计划
_COLUMN_PREFIX = re.compile(r"^[^|\d]{2,8}?\s*\|\s*(?=[^|\s][^|]{3,}$)")     # (文号 | 浏览量: no column before a title)
_BOOKED_TITLE = re.compile(r"^《([^《》]{4,60})》(?:[\u4e00-\u9fff]{2,20}令第\d{1,4}号)?(?:(?:19|20)\d{2}年?)?"
                           r"(?:修订版|修正版|版)?(?:[(（](?:(?:19|20)\d{2}年)?版?全文[)）])?$")   # (…令第244号(2022年版全文))
_EDITION_SUFFIX = re.compile(r"(?<=[^|]{4})\s*\|\s*(?:(?:19|20)\d{2}年)?[\u4e00-\u9fff]{0,6}版$")
FILE_SUFFIX = re.compile(r"(?:_第\d+页(?:\.(?:docx?|wps|pdf|txt|pptx?|xlsx?))?|\.(?:docx?|wps|pdf|txt|pptx?|xlsx?))$", re.I)
# a policy explanation's title, after its page's label (文字解读:关于印发《…》的政策解读 / 《…》政策解读)
_EXPLANATION_TITLE = re.compile(r"(?:(?:文字|图文|政策)解读\s*[:：]\s*)?([^\s:：|]{4,80}?解读)")
# a date alone in brackets under a title ((2023年3月6日), a speech's or a plan's day): no part of the title
_DATE_BRACKETED = re.compile(r"[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]")
_DATED = re.compile(r"(?:19|20)\d{2}\s*[-/.年]")          # 2025/08/25经典方案: the page's date line
_PIECE_LABEL = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})(?:\s*[:：]\s*|\s+)(?=\S{4})")
# the mark of one piece of a sample site's page of several: …工作总结篇一 / …方案第2篇
_PIECE_MARK = re.compile(r"(?:篇|第)[一二三四五六七八九十\d]{1,3}篇?$")


def _runs_on(line: str, end: int) -> bool:
    """Words run on after a 公文's title where a title line ends (关于…的通知夏以地方政府规章), not its 文号, a sample
    site's word or a bracket."""
    rest = line[end:]
    return re.match(r"[\u4e00-\u9fff]{2}", rest) is not None and DOC_NUMBER.match(rest) is None \
        and re.match(r"(?:范文|范本|模板|全文|文件|精选)", rest) is None


def _three_line_notice(lines: list[str], k: int) -> str | None:
    """A 公文's title wrapped over three lines (某某办公室关于公布2016年全国 / “安全生产月”…活动 / 先进单位…的通知):
    joined, when the first two lines are no sentence's or a title of their own and the 文种 ends the third."""
    if k + 2 >= len(lines) or any(len(ln) > 60 or terminal(ln) or INFO_LINE.match(ln) or chrome(ln)
                                  for ln in lines[k:k + 2]) or NOTICE_TITLE.search(lines[k] + lines[k + 1]):
        return None
    joined = lines[k] + lines[k + 1] + lines[k + 2]
    found = NOTICE_TITLE.search(joined)
    return joined if found and found.start() < len(lines[k]) and found.end() == len(strip_doc_number(joined)) else None


def _menu_lines(lines: list[str]) -> set[int]:
    """Lines of a site's menu: three or more short words in a row, one a line (首页 / 机构概况 / 党建工作 / 政务公开)."""
    short = [len(line) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", line) is not None for line in lines]
    found: set[int] = set()
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and short[end]:
            end += 1
        if end - k >= 3:
            found.update(range(k, end))
        k = end + 1 if end == k else end
    return found


def _piece_title(line: str) -> str | None:
    """The title of a sample site's piece: its mark dropped and, of a doubled title (乡镇…年度总结 乡镇…工作总结),
    the first."""
    core = _PIECE_MARK.sub("", line).strip()
    halves = core.split()
    if len(halves) == 2 and all(title_like(h) for h in halves):
        return halves[0]
    return core if title_like(core) else None


def _column_name(k: int, title: str, candidates: list[tuple[int, str]]) -> bool:
    """A bare genre name (活动方案) right above a fuller title of its genre (乡镇安全生产月实施方案): the site's column."""
    return len(title) <= 4 and any(k < k2 <= k + 2 and len(c2) > len(title) and c2.endswith(title[-2:])
                                   and not _DATED.match(c2) for k2, c2 in candidates)


def _last_crumb(lines: list[str]) -> str | None:
    """A breadcrumb's last crumb when it names a document (首页 > 办公文档 > 某镇2023年安全生产情况工作汇报); the raw
    page's lines, since cleaning drops the breadcrumb."""
    for line in lines:
        if CRUMB_LINE.search(line):
            last = re.split(r"\s*[>»›]\s*", line)[-1].strip()
            return last if title_like(last) and not chrome(last) else None
    return None


def _whole_title(line: str) -> bool:
    """A title line that names its genre (…工作计划(精选6篇), 活动方案), not one that breaks before it (…三年行动)."""
    return title_like(line) and re.sub(r"[(（][^()（）]{0,20}[)）]$", "", line).endswith(GENRE_WORDS)


def _similar(a: str, b: str) -> bool:
    a2, b2 = re.sub(r"\s", "", a), re.sub(r"\s", "", b)
    if a2 == b2:
        return True
    common = sum(1 for ch in set(a2) if ch in b2)
    return common >= 0.8 * max(len(set(a2)), len(set(b2)))
