"""Recognising the numbers that open a line or a clause: 一、 (一) 1. 1、 (1) ① 第十二条 一是 一要 …"""

from __future__ import annotations

import re
from dataclasses import dataclass

from safeplan.corpus.numerals import to_int

_CN = "一二三四五六七八九十百零〇两"
# (第,四条: a spam copy's stray mark inside the number, read past - structure._MID_LAW; 第一條, 第二節: a copy in
# Traditional characters)
_LAW = r"第[,，:：—!！?？。]?(?P<law>[" + _CN + r"0-9]{1,6})(?P<law_kind>分编|分編|编|編|章|节|節|条|條)"

_HEADING = re.compile(
    _LAW + r"[^\S\n]*"
    r"|第(?P<stage>[一二三四五六七八九十]{1,2})(?:阶段|階段|步)[:：]?[^\S\n]*"     # 第一阶段:动员部署(…) (階段: Traditional)
    r"|(?P<dun>[" + _CN + r"]{1,4})[ \u3000]?[、.．](?![" + _CN + r"])"           # (一 、: a web copy's blank)
    # 一 加强组织领导 (a heading whose 、 became a blank): a short heading alone on its line
    r"|(?P<cnsp>[一二三四五六七八九十]{1,3})[ \t\u3000]+(?![是要])(?=[\u4e00-\u9fff]{2}[^，,。；;：:、]{0,18}$)"
    r"|[(（〔][ \u3000]?(?P<cnp>[" + _CN + r"]{1,4})[ \u3000]?[)）〕]"           # 〔一〕: a converter's ()
    r"|(?P<ar>[0-9０-９]{1,4})(?:[、．]|\.(?![0-9])|\.(?=(?:19|20)(?:[0-9]{2}|__)年))"  # 3.2025年6月底前…
    r"|[(（〔][ \u3000]?(?P<arp>[0-9０-９]{1,4})[ \u3000]?[)）〕]"
    r"|(?P<arh>[0-9０-９]{1,2})[)）](?![0-9０-９])"                                  # 1)…, 2)…
    r"|(?P<pard>[\u2474-\u2487])"                                                 # ⑴ ⑵ …
    r"|(?P<circ>[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])"
    # 1.1编制目的 / 2.3.1 … (an 应急预案's sections); a company 制度's 3.1.作业… / 3.2.1.作业… (a dot closes the
    # number) and 4.1? 安全… (a web copy's ? for a lost blank); 1.1、变更申请人… (a 、 closes it, as after 1、); 1 总则 (a
    # bare number, a blank and a short heading)
    r"|(?P<dec>[0-9]{1,2}(?:\.[0-9]{1,2}){1,3})(?:[.．、](?![0-9]))?(?![0-9.])[?？]*[^\S\n]*(?=[\u4e00-\u9fff])"
    r"(?![年月日号时个次])"
    r"|(?P<sec>[0-9]{1,2})[ \t\u3000]+(?=[\u4e00-\u9fff]{2}[^，,。；;：:]{0,18}$)(?![年月日号时个次人家])"
)
_WS = re.compile(r"[^\S\n]*")
_MARKUP_ONLY = re.compile(r"(?:\s*<[^<>]*>)+\s*$")

LAW_STYLES = {"编": "book", "分编": "subbook", "章": "chapter", "节": "section", "条": "article",
              "編": "book", "分編": "subbook", "節": "section", "條": "article"}


@dataclass
class Number:
    style: str      # cn-dun | cn-paren | arabic-dot | arabic-paren | circled | decimal-N | stage | book | chapter | section
    #                 | article
    value: int
    written: str    # the number as written, e.g. "(一)", "1、", "第十二条"
    end: int        # where the text after the number (and its blanks) starts in the line


_FIRST = frozenset("第(（〔0123456789０１２３４５６７８９" + _CN) | {chr(c) for c in range(0x2460, 0x2488)} \
    | {chr(c) for c in range(0x3251, 0x3260)} | {chr(c) for c in range(0x32B1, 0x32C0)}


def heading_number(line: str) -> Number | None:
    """The number that opens a line, if any. (A four-digit 1000. is an item only where it follows 999.:
    the tree builder decides, see `continues`.)"""
    if not line or line[0] not in _FIRST:
        return None
    m = _HEADING.match(line)
    if m is None:
        return None
    kind = m.lastgroup
    if m.group("law") is not None:
        style, digits = LAW_STYLES[m.group("law_kind")], m.group("law")
    elif kind == "stage":
        style, digits = "stage", m.group("stage")
    elif kind == "dun":
        style, digits = "cn-dun", m.group("dun")
    elif kind == "cnsp":
        style, digits = "cn-dun", m.group("cnsp")
    elif kind == "cnp":
        style, digits = "cn-paren", m.group("cnp")
    elif kind == "ar":
        style, digits = "arabic-dot", m.group("ar")
    elif kind == "arp":
        style, digits = "arabic-paren", m.group("arp")
    elif kind == "arh":
        style, digits = "arabic-paren", m.group("arh")
    elif kind == "pard":
        style, digits = "arabic-paren", str(ord(m.group("pard")) - 0x2474 + 1)
    elif kind == "dec":           # 1.2.3: one level per component, numbered by the last
        parts = m.group("dec").split(".")
        style, digits = f"decimal-{len(parts)}", parts[-1]
    elif kind == "sec":
        style, digits = "decimal-1", m.group("sec")
    else:
        style, digits = "circled", m.group("circ")
    value = to_int(digits)
    if value is None:
        return None
    written = m.group().rstrip().rstrip(":：?？") if m.group("law") is None else f"第{digits}{m.group('law_kind')}"
    end = _WS.match(line, m.end()).end()
    if line[end:end + 1] == "<" and _MARKUP_ONLY.match(line, end):
        return None     # "1. <blockquote id=…></blockquote>": a page's stray markup, not an item
    if end >= len(line) and style not in ("chapter", "section", "book", "subbook", "cn-dun", "cn-paren", "stage"):
        return None     # a bare "1." or "①" with nothing after it is not an item (page numbers, stray marks)
    return Number(style, value, written, end)


def continues(num: Number, previous: Number | None) -> bool:
    """A number of four digits (1000. … 9999.) opens an item only right after its predecessor of the same
    style; elsewhere it is a year or an amount that happens to start a line (2024、…)."""
    return num.value < 1000 or (previous is not None and previous.style == num.style
                                and previous.value == num.value - 1)


_INLINE = re.compile(
    r"(?:(?<![^。；;:：,，!！?？\s])|(?<=要求|强调|指出|提出))"      # 会议要求一是要…
    r"(?:(?P<shi>[一二三四五六七八九十]{1,3})[是要]"
    r"|(?P<dun>[一二三四五六七八九十]{1,2})、(?![一二三四五六七八九十])"
    r"|[(（](?P<cnp>[一二三四五六七八九十]{1,2})[)）]"
    r"|第(?P<stage>[一二三四五六七八九十]{1,2})(?:阶段|階段|步)[:：,，]?"
    r"|[(（](?P<arp>[0-9]{1,2})[)）]"
    r"|(?P<ard>[0-9]{1,2})、(?![0-9])"
    # 1.公安部门要… / 2 落实部门监管责任 (a flattened copy's 1. and a 1. whose dot was lost): a word follows
    # (1. 建立…: a document site's line of run-together items keeps the blank after the dot; 第 1 页, a page marker
    # run into it, is no item)
    r"|(?P<ardot>[0-9]{1,2})(?:[.．][ \u3000]?|[ \u3000])(?=[\u4e00-\u9fff])(?![年月日号时个次人家项起名条万亿千百元米吨台辆页])"
    r"|(?P<circ>[\u2460-\u2473])"
    # 会议要求:第一,要加强组织领导…。第二,… / 其一,…;其二,…: ordinals that open a paragraph's items
    r"|(?:第|其)(?P<ord>[一二三四五六七八九十]{1,2})[,，、:：]"
    # 首先要…;其次要…;最后要…: ordinal adverbs (a run from 首先 then 其次, in the order met)
    r"|(?P<adv>首先|其次|再次|最后)(?=[要是,，、:：\u4e00-\u9fff]))"
)
_ADVERB_VALUE = {"首先": 1, "其次": 2, "再次": 3}


def inline_numbers(text: str) -> list[tuple[int, int, str, str, int]]:
    """Inline sub-items of one paragraph: 一是…二是… (一要…二要…), 一、…二、…, (一)…(二)…, 第一阶段…第二阶段…,
    (1)…(2)…, 1、…2、…, 1.…2.…, ①…②…, 第一,…第二,… (其一,…其二,…) in sequence from 1.

    A marker opens a sub-item after a sentence's end, a comma or a blank; the first of a run may also follow a
    word (各部门一要…。二要…, 开展情况1、…。2、…) when the run goes on from 二 after punctuation.
    Returns (start, end_of_marker, written, style, value) for each marker of the longest run of one
    style that counts 1, 2, 3 …; nothing unless the run has at least two markers.
    """
    if len(text) < 4:
        return []
    found: dict[str, list] = {}
    for m in _INLINE.finditer(text):
        if m.group("shi") is not None:
            style, value = "inline", to_int(m.group("shi"))
        elif m.group("dun") is not None:            # 要求:一、提高认识…。二、突出重点…
            style, value = "cn-dun", to_int(m.group("dun"))
        elif m.group("cnp") is not None:            # a plan run together on one line: …。(一)…。(二)…
            style, value = "cn-paren", to_int(m.group("cnp"))
        elif m.group("stage") is not None:          # 分三个阶段:第一阶段,动员部署…;第二阶段,…
            style, value = "stage", to_int(m.group("stage"))
        elif m.group("arp") is not None:
            style, value = "arabic-paren", int(m.group("arp"))
        elif m.group("ard") is not None:            # …开展情况1、假期安全生产工作。…。2、道路运输领域。…
            style, value = "arabic-dot", int(m.group("ard"))
        elif m.group("ardot") is not None:          # a line's breaks lost: …有序进行。 1.公安部门要…。 2.消防部门要…
            style, value = "arabic-dot.", int(m.group("ardot"))
        elif m.group("ord") is not None:            # 第一,要…。第二,要… (其一,…其二,…)
            style, value = "ordinal-" + m.group()[0], to_int(m.group("ord"))
        elif m.group("adv") is not None:            # 首先…其次…再次…最后 (最后 follows whatever came before it)
            before = found.get("ordinal-adv", [])
            style = "ordinal-adv"
            value = _ADVERB_VALUE.get(m.group("adv"), before[-1][4] + 1 if before else 0)
        else:
            style, value = "circled", to_int(m.group("circ"))
        found.setdefault(style, []).append((m.start(), m.end(), m.group().rstrip(":：,， \u3000"), style, value))
    best: list = []
    outer: list = []
    for markers in found.values():
        if markers[0][3] == "cn-dun":
            markers = _glued_marks(text, _lost_marks(text, markers))
        run = _counting(markers, 1)
        if len(run) < 2:
            rest = _counting(markers, 2)
            first = _loose_first(text, rest[0]) if len(rest) >= 2 else None
            run = [first, *rest] if first else run
        if len(run) > len(best):
            best = run
        if len(run) >= 2 and (not outer or run[0][0] < outer[0][0]):
            outer = run
    if outer and outer is not best and outer[0][3] in _OUTER and best[0][0] > outer[0][0]:
        best = outer        # 一、…二、部门责任 1.公安…2.消防…: the run that opens first holds the other (see nested)
    if len(best) < 2:
        return []
    if best[0][3].startswith("ordinal-"):
        return [(a, b, w, "inline", v) for a, b, w, _, v in best]
    return [(a, b, w, "arabic-dot", v) for a, b, w, _, v in best] if best[0][3] == "arabic-dot." else best


_OUTER = ("cn-dun", "cn-paren", "stage")      # styles that head others: a run of them opening first is the outer one
_CN_DIGITS = "一二三四五六七八九十"


def _lost_marks(text: str, markers: list) -> list:
    """一、…。二、…。三加强…。四、…: a 、 lost by the copy — the missing number written alone after a sentence's end,
    between the numbers before and after it, is a marker too."""
    out = [markers[0]]
    for marker in markers[1:]:
        before = out[-1]
        if marker[4] == before[4] + 2 and before[4] + 1 <= 9:
            mark = _CN_DIGITS[before[4]]
            at = text.find(mark, before[1], marker[0])
            while at > 0 and not (text[at - 1] in "。；;!！?？" and "\u4e00" <= text[at + 1:at + 2] <= "\u9fff"):
                at = text.find(mark, at + 1, marker[0])
            if at > 0:
                out.append((at, at + 1, mark, "cn-dun", before[4] + 1))
        out.append(marker)
    return out


def _glued_marks(text: str, markers: list) -> list:
    """一、预警范围汉台区全境二、预警级别橙色预警三、…: a list whose lines were run together, each heading glued to the
    words before it — after a 一、 that follows punctuation, 二、 三、 … counting on from it are markers wherever they
    stand (not inside a larger number: 十二、), when at least two of them follow."""
    run = _counting(markers, 1)
    if not run or run[-1][4] >= 9:
        return markers
    glued: list = []
    at, value = run[-1][1], run[-1][4] + 1
    while value <= 9:
        mark = _CN_DIGITS[value - 1] + "、"
        found = text.find(mark, at)
        while found > 0 and (text[found - 1] in _CN_DIGITS or text[found + 2:found + 3] in _CN_DIGITS
                             or not text[found + 2:found + 3]):
            found = text.find(mark, found + 1)
        if found < 0 or any(m[0] < found and m[4] >= value for m in markers):
            break
        glued.append((found, found + 2, mark, "cn-dun", value))
        at, value = found + 2, value + 1
    if len(run) + len(glued) < 3 or len(glued) == 0:
        return markers
    return sorted(markers + glued)


def _counting(markers: list, start: int) -> list:
    """The markers that count start, start + 1 … in the order met."""
    run: list = []
    for marker in markers:
        if marker[4] == start + len(run):
            run.append(marker)
    return run


_FIRST_OF = {"inline": lambda written: "一" + written[-1], "cn-dun": lambda _: "一、", "arabic-dot": lambda _: "1、",
             "arabic-dot.": lambda written: "1" + written[-1] if written[-1] in ".．" else "1 ", "circled": lambda _: "\u2460",
             # …责任目标(一)落实政府消防工作责任。…(二)…: a run of (一) (二) whose (一) follows a heading's words
             "cn-paren": lambda written: written[0] + "一" + written[-1]}


def _loose_first(text: str, second: tuple) -> tuple | None:
    """The 1 of a run whose 2 follows punctuation, written right after a word before it (各部门一要…)."""
    start, _end, written, style, _value = second
    if style not in _FIRST_OF:
        return None
    mark = _FIRST_OF[style](written)
    at = text.rfind(mark, 0, start)
    if at < 0 or style.startswith("arabic-dot") and at and text[at - 1].isdigit():
        return None
    return at, at + len(mark), mark.strip(), style, 1
