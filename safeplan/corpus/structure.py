"""The numbered tree of one document's cleaned text.

Levels are not fixed by the numbering style: the first style met opens a level, a style already open
closes everything below it (so 一、 (一) 1. (1) ① nest in whatever order a document uses them, and a
plan that skips a level still nests). Laws are the exception: 编 > 章 > 节 > 条, every further paragraph
of an article is a 款, and (一) lines inside an article are 项.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from safeplan.corpus.model import Item
from safeplan.corpus.numbering import Number, continues, heading_number, inline_numbers
from safeplan.corpus.numerals import int_to_cn, to_int
from safeplan.corpus.tables import Table, cells, continues_row, filled, flat_cell, flat_table, is_header
from safeplan.corpus.unit_words import LEAD_WORDS, SUPPORT_WORDS, UNIT_ENDS

# 责任单位: / 【牵头部门】: / 配合: / 责任人: — a line that names who holds the item above it. Only the shared words open
# it: a column may be named 负责单位 or 协同部门 (tables.py), but a 负责人:/实施:/协同: line is not kept as one.
_RESP_WORDS = LEAD_WORDS + SUPPORT_WORDS + ("责任主体",)
RESPONSIBLE_LINE = re.compile(
    r"^[(（【\[]?[ \t]*(?:" + "|".join(_RESP_WORDS) + r")(?:单位|部门|领导|科室|处室|人)?"
    r"[ \t]*[)）】\]]?[ \t]*[:：]"
)
_RESP_FIRST = set("(（【[") | {word[0] for word in _RESP_WORDS}      # a cheap test before the regex
_SENTENCE_END = re.compile(r"[。；;！？!?]")
_LAW_RANK = {"book": 0, "subbook": 1, "chapter": 2, "section": 3, "article": 4}
_DIVISION_PREFIX = {"book": "b", "subbook": "sb", "chapter": "ch", "section": "s"}
_PATH_HEADING_MAX = 60
_TITLE_MAX = 80
# cheap test before looking for inline sub-items (1. / 1、 and 第一, / 其一,: a run of them on one line)
_INLINE_HINT = re.compile(r"一[是要、]|[(（]一[)）]|第一[阶階步,，、:：]|其一[,，、:：]|首先|1[)）.．、]|①")
_HEADS = ("cn-dun", "cn-paren", "stage")          # inline items that may hold a run of their own
_INLINE_STYLES = ("inline", "cn-dun", "cn-paren", "item", "stage", "arabic-paren", "arabic-dot", "circled")


class _Node:
    """An Item under construction, with what the builder needs to know about it."""

    __slots__ = ("item", "parent", "num", "clauses", "clause_no")

    def __init__(self, item: Item, parent: "_Node | None", num: Number | None):
        self.item = item
        self.parent = parent
        self.num = num
        self.clauses = 1          # for an article: how many 款 so far (its own first paragraph is 款 1)
        self.clause_no = 0        # for a 款: its number


def build_items(text: str, line_of: Callable[[int], int]) -> list[Item]:
    """Items of `text`; `line_of(offset)` gives the 1-based raw line of a cleaned offset."""
    segments = list(_segments(text))      # (cut once: every reader below walks the same lines)
    numbered = _shi_lines(text) if "一是" in text or "一要" in text else {}
    if "首先" in text or "第一" in text:
        numbered.update(_ordinal_lines(text))
    if "|" in text:
        numbered.update(_numbered_rows(segments))
    if _BROKEN_HEAD.search(text):
        numbered.update(_broken_numbers(segments))
    if "负责" in text:
        numbered.update({at: num for at, num in _duty_lines(segments).items() if at not in numbered})
    if "请" in text or "請" in text:
        numbered.update(_closing_request(segments))
    top, values = _tree(text, segments, line_of, numbered)
    if all(item.style == "preamble" for item in top):
        top = _one_preamble(top)        # (no item its paragraphs come before: read below, as a whole text's)
        # no numbered item at all: headings on lines of their own, run in as a short first sentence or in 【】, or
        # lines each opened by a bullet (——, ●)
        headings = _bare_headings(segments) or _lead_sentences(segments) or _marked_lines(segments)
        if headings:
            top, values = _tree(text, segments, line_of, {**numbered, **headings})
        elif not _has_inline_run(text):                             # nor headings: each paragraph is an item
            paragraphs = _paragraphs(segments)
            if paragraphs:
                top, values = _tree(text, segments, line_of, {**numbered, **paragraphs})
    _finish(top, text, line_of, values)
    return top


def _one_preamble(items: list[Item]) -> list[Item]:
    """The paragraphs _tree read as preambles of their own, one preamble again."""
    if len(items) < 2:
        return items
    first = items[0]
    first.end = items[-1].end
    first.responsible_lines = [line for item in items for line in item.responsible_lines]
    return [first]


def _tree(text: str, segments: list[tuple[int, str]], line_of: Callable[[int], int], numbered: dict[int, Number]) -> tuple[list[Item], dict[int, int]]:
    """The items before their texts are filled in, and their numbers as ints (by id of the item); `numbered`
    gives the lines numbered otherwise than by their own first characters (一是…, a bare heading)."""
    top: list[Item] = []
    values: dict[int, int] = {}     # id(item) → its number as an int
    stack: list[_Node] = []
    preamble: _Node | None = None
    preamble_paragraph = False       # the preamble item open holds a paragraph: the next paragraph starts another
    last: _Node | None = None        # the node that receives continuation lines
    table: Table | None = None
    tables = 0
    at = 0
    while at < len(segments):
        start, line = segments[at]
        at += 1
        end = start + len(line)
        if not line or line.isspace() or _NOISE_ONLY.match(line):
            continue
        flat = flat_table(tables + 1, segments, at - 1, text, line_of) \
            if table is None and "|" not in line and flat_cell(line) else None
        if flat:                            # a table flattened one cell a line: each row one item
            tables += 1
            rows, at = flat
            for row in rows:
                last = _Node(row, None, None)
                _attach(last, stack[-1] if stack else None, top)
            continue
        # a table's row, its header, or a row spanning the table (一、体系建设 |) between its rows
        joined = at
        while joined < len(segments) and continues_row(segments[joined][1]):
            joined += 1                     # 第一组 / | 市安监局 / | 雁塔区: one row written a cell a line
        if "|" in line or joined > at:
            row_end = segments[joined - 1][0] + len(segments[joined - 1][1]) if joined > at else end
            row = cells(text[start:row_end])
            if table is not None and table.subheader(row):
                at = joined
                continue
            if table is not None and len(filled(row)) >= 2:
                last = _Node(table.row(row, text[start:row_end], start, row_end, line_of), None, None)
                _attach(last, stack[-1] if stack else None, top)
                at = joined
                continue
            if table is None and is_header(filled(row)):
                tables += 1
                table = Table(tables, filled(row))
                at = joined
                continue
        if table is not None and _group_row(line, segments, at):
            table.group()                   # its line is read as any line (a heading), the table goes on
        else:
            table = None
        if line[0] in _RESP_FIRST and RESPONSIBLE_LINE.match(line):
            owner = _responsible_owner(stack) or preamble
            if owner is not None:
                owner.item.responsible_lines.append(line.strip())
                continue
        num = numbered.get(start) or heading_number(line)
        if num is not None and num.style == "broken":
            continue                # "3.2." alone: the head of the next line's number (_broken_numbers)
        if num is not None and num.value >= 1000 and not continues(num, _open_of_style(stack, num.style)):
            num = None
        if num is not None and num.style in ("stage", "paragraph") and stack and _in_article(stack[-1]):
            num = None              # 第一阶段,… inside an article is one of its 款, as a unit's 负责… line is
        if num is None:
            node = stack[-1] if stack else preamble
            if node is not None and node.num is not None and _in_article(node):
                last = _new_clause(stack, top, start, end, line_of)
                values[id(last.item)] = last.clause_no
                continue
            if not stack and (preamble is None or preamble_paragraph and _is_paragraph(line.strip())):
                preamble = _preamble(start, end, line_of)
                top.append(preamble.item)
                last = preamble
                preamble_paragraph = _is_paragraph(line.strip())
                continue
            if not stack:
                preamble_paragraph = preamble_paragraph or _is_paragraph(line.strip())
            if last is not None:
                if last.item.start == last.item.end:       # "一、" alone on its line: its text starts here
                    last.item.start, last.item.line = start, line_of(start)
                last.item.end = end
            continue
        if num.style == "paragraph" and num.value == 0:
            stack.clear()           # the closing request (_closing_request): none of the last item's text
            num = Number("paragraph", sum(item.style != "preamble" for item in top) + 1, "", 0)      # (after the last)
        last = _open(num, stack, top, start, end, line_of)
        values[id(last.item)] = num.value
    return top, values


# ---------------------------------------------------------------- lines that hold more than one item


# 第N条 (or 第N章/节) inside a line, after a blank or a sentence's end, and not a reference (第五条的规定, 第二条、第三条)
# (the character before is tested outside the pattern: a pattern that opens with a literal is searched fast)
# (a spam copy strews punctuation before and inside the numbers, 》第六条 / ,第,四条 / 第—六条: a number with a mark
# inside needs no blank before it - no reference is written so)
_MID_LAW = re.compile(r"第(?P<noise>[,，:：—!！?？。]?)(?P<n>[一二三四五六七八九十百零〇两0-9]{1,6})(?P<k>章|节|条)"
                      r"(?![、，,的规和及至或所中])")
_BEFORE_MID_LAW = frozenset(" \t\u3000。；;！？!?】》")
_NOISE_ONLY = re.compile(r"^[\s?？]+$")          # "??? ": spaces lost by a web copy


def _segments(text: str):
    """(offset, text) of each line, a line that runs several articles together (第一条…。第二条…) or several headings
    (一、…。二、…, see `_heading_cuts`) cut before each of them (a heading's piece without the blanks before the next)."""
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if line[:1] in " \t\u3000":      # " 第一条 …" (a web copy's lost spaces, cleaned to one): the item starts after
            lead = len(line) - len(line.lstrip(" \t\u3000"))
            start, line = start + lead, line[lead:]
        cuts = _article_cuts(line) if line.count("条", 1) >= 2 and "第" in line else []   # (a run is two 条 after its
        #                                                                                    first character at least)
        flat = not cuts and len(line) >= _FLAT_MIN
        if flat:
            cuts = _heading_cuts(line)
        if not cuts:
            yield start, line
            continue
        at = 0
        for cut in cuts:
            if line[at:cut].strip():
                yield start + at, line[at:cut].rstrip(" \t\u3000") if flat else line[at:cut]
            at = cut
        yield start + at, line[at:]


def _article_cuts(line: str) -> list[int]:
    """Where the articles of a run-together line start: a run of at least two 条 numbered one after the other
    (the first of the run may follow a heading directly: 第一章总则第一条…), and the 章/节 between them."""
    found = [(m.start(), m.group("k"), to_int(m.group("n"))) for m in _MID_LAW.finditer(line, 1)
             if line[m.start() - 1] in _BEFORE_MID_LAW or m.group("noise")]
    articles = [(at, n) for at, k, n in found if k == "条" and n]
    run: list[tuple[int, int]] = []
    for at, n in articles:
        if run and n == run[-1][1] + 1:
            run.append((at, n))
        elif len(run) < 2:
            run = [(at, n)]
    if len(run) < 2:
        return []
    cuts = {at for at, _ in run}
    first_at, first_n = run[0]
    if first_n > 1:                      # the one before the run, written right after a heading
        before = line.rfind(f"第{int_to_cn(first_n - 1)}条", 0, first_at)
        if before > 0 and not _MID_REFERENCE.match(line, before + len(int_to_cn(first_n - 1)) + 2):
            cuts.add(before)
    last_at = run[-1][0]
    cuts |= {at for at, k, _ in found if k != "条" and at < last_at}
    return sorted(c for c in cuts if c > 0)


_MID_REFERENCE = re.compile(r"[、，,的规和及至或所中]")

# a web copy that lost its line breaks: 一、工作目标…。二、工作任务(一)…。三、保障措施… on one line
_FLAT_MIN = 40
_MID_DUN = re.compile(r"(?<=[。；;!！?？”\s])(?P<n>[一二三四五六七八九十]{1,2})、(?![一二三四五六七八九十])")
_MID_PAREN = re.compile(r"(?<=[。；;!！?？”\s])[(（](?P<n>[一二三四五六七八九十]{1,2})[)）]")
_MID_STAGE = re.compile(r"(?<=[。；;!！?？”\s])第(?P<n>[一二三四五六七八九十]{1,2})(?:阶段|階段|步)")
# …and a company 制度's list run together the same way: 1.仓库内严禁吸烟。2.消防器材…。3.… / (1)…(2)… / ①…②…
_MID_ARABIC = re.compile(r"(?<=[。；;!！?？”\s])(?P<n>[0-9]{1,2})[、.．](?![0-9])")
_MID_ARABIC_PAREN = re.compile(r"(?<=[。；;!！?？”\s])[(（](?P<n>[0-9]{1,2})[)）]")
_MID_CIRCLED = re.compile(r"(?<=[。；;!！?？”\s])(?P<n>[\u2460-\u2473])")
_FLAT_OPEN = re.compile(r"[一二三四五六七八九十]{1,4}[ \u3000]?[、.．]|[(（〔]|第[一二三四五六七八九十]{1,2}[阶階步]"
                        r"|[0-9]{1,2}[、.．]|[\u2460-\u2473]")
_LIST_STYLES = ("arabic-dot", "arabic-paren", "circled")
_MID_OF = {"cn-dun": _MID_DUN, "cn-paren": _MID_PAREN, "stage": _MID_STAGE, "arabic-dot": _MID_ARABIC,
           "arabic-paren": _MID_ARABIC_PAREN, "circled": _MID_CIRCLED}


def _heading_cuts(line: str) -> list[int]:
    """Where the headings of a flattened line start: a line that opens with 一、 (or (一), 第一阶段, 1. 1、 (1) ①) and holds
    二、 三、 … ((二) (三) …, 第二阶段 …, 2. …) after a sentence's end, counting on from its own number, is cut before each."""
    if _FLAT_OPEN.match(line) is None:        # (cheap: most lines, a law's articles among them, open otherwise)
        return []
    num = heading_number(line)
    pattern = _MID_OF.get(num.style) if num is not None else None
    if pattern is None:
        return []
    if num.style in _LIST_STYLES and (num.value != 1 or inline_numbers(line[num.end:])):
        return []     # 2、…(a document site's chunk marker) / 1、…制度1、每季度…2、…: the list inside is the item's own
    cuts, want = [], num.value + 1
    for m in pattern.finditer(line, num.end):
        if to_int(m.group("n")) == want:
            cuts.append(m.start())
            want += 1
    return cuts


# 一是…, 二是… (or 一要…, 二要…) each opening its own paragraph: items of the level they appear at (a run of two
# or more)
_SHI_LINE = re.compile(r"^[ \t　]*(?P<n>[一二三四五六七八九十]{1,3})(?P<k>是|要)(?=[^\s，,、])", re.M)


def _shi_lines(text: str) -> dict[int, Number]:
    """{offset of the line: its number} for paragraphs that open with 一是, 二是 … (一要, 二要 …) in sequence."""
    runs: list[list[tuple[int, Number]]] = []
    for m in _SHI_LINE.finditer(text):
        value = to_int(m.group("n"))
        number = Number("inline", value, m.group("n") + m.group("k"), m.end() - m.start())
        line_start = m.start()
        if value == 1:
            runs.append([(line_start, number)])
        elif runs and runs[-1][-1][1].value == value - 1:
            runs[-1].append((line_start, number))
        elif value == 2:
            lead_in = _lead_in_first(text, line_start)
            if lead_in is not None:          # 李峰强调:一是属地政府…。 / 二是各部门… / 三要…
                runs.append([lead_in, (line_start, number)])
    return {at: number for run in runs if len(run) >= 2 for at, number in run}


_FIRST_AFTER_COLON = re.compile(r"[:：]\s*一(?P<k>是|要)(?=[^\s，,、])")


def _lead_in_first(text: str, line_start: int) -> tuple[int, Number] | None:
    """The 一是 (一要) of a run whose 二是 opens a paragraph, written after a colon in the paragraph before (…强调:一是…):
    that paragraph is the run's first item."""
    if line_start < 2:
        return None
    before = text.rfind("\n", 0, line_start - 1) + 1
    m = _FIRST_AFTER_COLON.search(text, before, line_start)
    return (before, Number("inline", 1, "一" + m.group("k"), 0)) if m else None


# "3.2." alone on its line, the rest of the number on the next (4.作业监护人应…): a copy broke the line inside 3.2.4.
_BROKEN_HEAD = re.compile(r"^[ \t\u3000]*\d{1,2}(?:\.\d{1,2}){1,2}\.[ \t\u3000]*$", re.M)


def _broken_numbers(segments: list[tuple[int, str]]) -> dict[int, Number]:
    """{offset: number} for a decimal number a copy broke over two lines (3.2. / 4.作业…): the head's line is none
    (style "broken", skipped), the next non-blank line opens item 3.2.4 (its own 4. read as the number's last part)."""
    found: dict[int, Number] = {}
    segments = [(start, line) for start, line in segments if line.strip()]
    for (start, line), (next_start, following) in zip(segments, segments[1:], strict=False):
        if not _BROKEN_HEAD.match(line):
            continue
        num = heading_number(following)
        if num is None or num.style != "arabic-dot":
            continue
        head = line.strip()
        found[start] = Number("broken", 0, "", 0)
        found[next_start] = Number(f"decimal-{head.count('.') + 1}", num.value, head + num.written, num.end)
    return found


_CELL_GAP = re.compile(r"[ \t\u3000|]*")


def _numbered_rows(segments: list[tuple[int, str]]) -> dict[int, Number]:
    """{offset of the row: its number} for rows of a table with no header whose first cell is a number (| 第一条 | 总经理是
    …第一责任人 |, | 1 | 仓库内严禁吸烟 |): a 制度 laid out as a table, each row an item numbered by its first cell (a row under
    a header is the table's, read by tables.Table before any number)."""
    found: dict[int, Number] = {}
    for start, line in segments:
        if "|" not in line:
            continue
        lead = _CELL_GAP.match(line).end()
        bar = line.find("|", lead)
        first = line[lead:bar].strip() if bar > 0 else ""
        num = heading_number(first + " " + line[bar + 1:].lstrip()) if first else None
        if num is None or len(num.written) < len(first.rstrip("、.．:：")):
            continue                        # the first cell is more than its number: an item as any line is
        found[start] = Number(num.style, num.value, num.written, _CELL_GAP.match(line, bar).end())
    return found


# paragraphs opening with an ordinal word instead of a number: 首先,… 其次,… 再次,… 最后,… / 第一,… 第二,… 第三,…
_ORDINAL_LINE = re.compile(r"^[ \t　]*(?:(?P<word>首先|其次|再次|然后|最后)|第(?P<n>[一二三四五六七八九十]{1,3}))[,，、:：]",
                           re.M)
_NEXT_WORDS = ("其次", "再次", "然后", "最后")


def _ordinal_lines(text: str) -> dict[int, Number]:
    """{offset of the paragraph: its number} for a run of at least three paragraphs that open with 首先, then 其次 /
    再次 / 然后 … up to 最后 (or 第一, 第二, 第三 … in sequence): the items of a plan told in prose."""
    runs: list[list[tuple[int, Number]]] = []
    for m in _ORDINAL_LINE.finditer(text):
        word, n = m.group("word"), m.group("n")
        end = m.end() - m.start()
        if word == "首先" or n == "一":
            runs.append([(m.start(), Number("inline", 1, word or "第一", end))])
            continue
        run = runs[-1] if runs else None
        if run is None or run[-1][1].written == "最后":
            continue                      # 其次 without a 首先, anything after 最后
        if word in _NEXT_WORDS if run[0][1].written == "首先" else n is not None and to_int(n) == len(run) + 1:
            run.append((m.start(), Number("inline", len(run) + 1, word or f"第{n}", end)))
    return {at: number for run in runs if len(run) >= 3 for at, number in run}


# 综治办负责牵头、组织协调… / 党政办负责利用微信公众号… / 派出所负责组织民警…: lines under a heading (职责分工) that each open
# with a unit's name and its charge, without a number
_DUTY_LINE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff][\u4e00-\u9fff（）()]{0,12}?(?:" + "|".join(UNIT_ENDS) + r")负责(?!人|同志)")


def _duty_lines(segments: list[tuple[int, str]]) -> dict[int, Number]:
    """{offset: number} of two or more lines in a row that each open with a unit's name and 负责 and go on to a
    sentence: each says one unit's duties, an item of its own (the gold reads them apart, hb-s905-y)."""
    runs: list[list[int]] = [[]]
    for start, line in segments:
        if not line.strip():
            continue
        if _DUTY_LINE.match(line) and _is_paragraph(line.strip()) and heading_number(line) is None:
            runs[-1].append(start)
        elif runs[-1]:
            runs.append([])
    return {at: Number("paragraph", k, "", 0) for run in runs if len(run) >= 2 for k, at in enumerate(run, 1)}


# 请各县(市、区)政府安委会、市政府安委会成员单位将…总结分别于5月8日和7月3日前报送…: a request closing a plan, after its last
# numbered item
_REQUEST = re.compile(r"^[ \t\u3000]*[请請][^示求]")      # (a copy in traditional characters: 請)


def _closing_request(segments: list[tuple[int, str]]) -> dict[int, Number]:
    """{offset: Number("paragraph", 0)} of a text's last paragraph when it opens with 请 and follows a numbered item's
    text (only short lines, a signature and a date, after it): the request closing the text, no part of its last
    item (the gold reads it apart, hb-u208-y); nothing when no numbered line comes before it."""
    lines = [(start, line.strip()) for start, line in segments if line.strip()]
    k = len(lines) - 1
    while k >= 0 and not _is_paragraph(lines[k][1]):
        k -= 1
    if k < 1 or not _REQUEST.match(lines[k][1]) or heading_number(lines[k][1]) is not None:
        return {}
    numbered_before = any(heading_number(line) is not None for _, line in lines[:k])
    return {lines[k][0]: Number("paragraph", 0, "", 0)} if numbered_before else {}


# a heading on a line of its own, without a number (a bold line on the page): a few words, no sentence
# (强化组织领导。 / 组织领导: — the bold line kept its stop or colon)
_BARE_HEADING = re.compile(r"^[\u4e00-\u9fff“”《》()（）、·—]{4,24}[。:：]?$")
_PAGE_WORDS = re.compile(r"来源|发布|时间|浏览|点击|编辑|记者|通讯员|作者|打印|关闭|分享|收藏|首页|位置|附件|扫一扫")


def _is_paragraph(line: str) -> bool:
    return len(line) >= 16 and line.endswith(("。", "；", ";", "！", "!", "？", "?")) \
        or len(line) >= 30 and ("。" in line or "，" in line or "," in line)


def _is_body(line: str) -> bool:
    """What a heading heads: a paragraph, or a short sentence of its own (各村要落实24小时值班制度。)."""
    return _is_paragraph(line) or len(line) >= 8 and line.endswith(("。", "；", ";", "！", "!"))


def _bare_headings(segments: list[tuple[int, str]]) -> dict[int, Number]:
    """{offset: number} of the lines that head the paragraphs after them in a text with no numbered item:
    short lines of words alone, each after a paragraph (the title and the chrome above the first paragraph
    are not headings) and before one, said only once (a repeated line is a caption or a running head).
    Two such lines in a row (a kicker over its heading: 压实责任 / 着力推动安全管理体制建设) head one item
    from the first. Nothing unless there are at least two."""
    lines = [(start, line.strip()) for start, line in segments if line.strip()]
    counts: dict[str, int] = {}
    for _, line in lines:
        counts[line] = counts.get(line, 0) + 1

    def heading_like(k: int) -> bool:
        line = lines[k][1]
        return counts[line] == 1 and _BARE_HEADING.match(line) is not None and not line.endswith("、") \
            and _PAGE_WORDS.search(line) is None

    found: dict[int, Number] = {}
    paragraph_before = False
    for k in range(len(lines) - 1):
        if paragraph_before and _is_body(lines[k + 1][1]) and heading_like(k):
            first = k - 1 if k >= 2 and heading_like(k - 1) and _is_paragraph(lines[k - 2][1]) else k
            found[lines[first][0]] = Number("heading", len(found) + 1, "", 0)
        paragraph_before = paragraph_before or _is_paragraph(lines[k][1])
    return found if len(found) >= 2 else {}


# a paragraph led by a short sentence of its own, its heading run in (bold on the page): 保持高度警醒,上紧“弦”。督促…
# (高度重视,切实加强安全生产组织领导工作。 — a heading of two phrases may run longer; 压实责任:某镇成立… — a heading
# closed by a colon)
_LEAD_SENTENCE = re.compile(r"^[ \t　]*([^。；;:：!！?？\d]{4,16}。|[^。；;:：!！?？\d,，]{2,12}[,，][^。；;:：!！?？\d,，]{2,14}。"
                            r"|[\u4e00-\u9fff“”、]{2,10}[:：])(?=\S{15})")


def _lead_sentences(segments: list[tuple[int, str]]) -> dict[int, Number]:
    """{offset: number} of three or more paragraphs in a row, in a text with no numbered item, each opening with a
    short sentence (4 to 16 characters) that heads the rest of its paragraph: the items of an account whose
    headings are not numbered."""
    runs: list[list[int]] = [[]]
    for start, line in segments:
        if not line.strip():
            continue
        m = _LEAD_SENTENCE.match(line)
        if m and _PAGE_WORDS.search(m.group(1)) is None:
            runs[-1].append(start)
        elif runs[-1]:
            runs.append([])
    best = max(runs, key=len)
    return {at: Number("heading", k, "", 0) for k, at in enumerate(best, 1)} if len(best) >= 3 else {}


# 【强化组织领导】各村要…, a heading in 【】 opening its paragraph (or alone on its line), and ——安全生产方面:…, ● 加强…, a
# bullet opening each line of a list: the marks a web page puts where a plan has numbers
_MARKED_LINE = re.compile(r"^[ \t　]*(?:【(?P<head>[\u4e00-\u9fff“”、]{2,16})】(?=\s*\S)|(?P<bullet>——|[●•■◆▲★▶►○◎□◇△☆✓✔])[ \t　]*"
                          r"(?=[\u4e00-\u9fff“]))")


def _marked_lines(segments: list[tuple[int, str]]) -> dict[int, Number]:
    """{offset: number} of two or more lines in a text with no numbered item that open with a heading in 【】, or
    with one bullet mark (the same for all), and go on to a sentence: each line heads an item. Page chrome is none:
    a site's menu (• 规章 / • 政府文件), an info table's keys (【发文字号】 乌政办[2010]111号), 【打印】【关闭】."""
    runs: dict[str, list[tuple[int, int]]] = {}
    for start, line in segments:
        m = _MARKED_LINE.match(line)
        rest = line[m.end():].strip() if m else ""
        if m and _PAGE_WORDS.search(line[:24]) is None and len(rest) >= 10 \
                and (rest.endswith(("。", "；", ";", "！", "!")) or any(c in rest for c in "，,。；;")):
            key = "【】" if m.group("head") else m.group("bullet")
            runs.setdefault(key, []).append((start, 0 if m.group("head") else m.end()))
    best = max(runs.values(), key=len, default=[])
    return {at: Number("heading", k, "", end) for k, (at, end) in enumerate(best, 1)} if len(best) >= 2 else {}


def _paragraphs(segments: list[tuple[int, str]]) -> dict[int, Number]:
    """{offset: number} of the paragraphs of a text with neither numbers nor headings (a news piece, an account, a
    notice told in prose): each says its own thing, so the units, deadlines and targets of one are not read as
    another's. The lines before the first paragraph (headline, byline, page chrome) stay the preamble; a short line
    after a paragraph (a caption, a footer) goes with it. Nothing unless there are at least two paragraphs."""
    found = {start: Number("paragraph", k, "", 0)
             for k, (start, line) in enumerate(((s, ln) for s, ln in segments if _is_paragraph(ln.strip())), 1)}
    return found if len(found) >= 2 else {}


def _has_inline_run(text: str) -> bool:
    """Some paragraph holds a run of inline sub-items (会议要求,一要…二要…): those are the text's items."""
    return _INLINE_HINT.search(text) is not None and any(
        inline_numbers(line) for line in text.split("\n") if _INLINE_HINT.search(line))


def _group_row(line: str, segments: list, at: int) -> bool:
    """一、体系建设 | (or without its pipe, as docx_reader writes a row spanning the table): a heading inside a table
    when the next line is a row of cells again."""
    if line.count("|") > 1 or len(line) > 40:
        return False
    for _start, following in segments[at:at + 3]:
        if following.strip():
            return len(filled(cells(following))) >= 2
    return False


def _responsible_owner(stack: list[_Node]) -> _Node | None:
    """A 责任单位: line belongs to the innermost open item whose children it follows (rules-format.md):
    after 1、2、3 of (二) it is (二)'s; right after a first (or only) task it is that task's own."""
    if not stack:
        return None
    node = stack[-1]
    parent = node.parent
    if parent is None or node.item.children:
        return node
    siblings = parent.item.children
    index = len(siblings) - 1
    if index >= 1 and not any(s.responsible_lines for s in siblings[:index]):
        return parent
    return node


def _open_of_style(stack: list[_Node], style: str) -> Number | None:
    """The number of the innermost open item numbered in `style` (its last sibling so far)."""
    for node in reversed(stack):
        if node.num is not None and node.num.style == style:
            return node.num
    return None


def _in_article(node: _Node | None) -> bool:
    while node is not None:
        if node.num is not None and node.num.style == "article":
            return True
        node = node.parent
    return False


def _preamble(start: int, end: int, line_of) -> _Node:
    item = Item(id="0", number="", style="preamble", title="", text="", line=line_of(start), start=start, end=end)
    return _Node(item, None, None)


def _open(num: Number, stack: list[_Node], top: list[Item], start: int, end: int, line_of) -> _Node:
    style = num.style
    if style in _LAW_RANK:
        rank = _LAW_RANK[style]
        while stack and not (stack[-1].num and stack[-1].num.style in _LAW_RANK
                             and _LAW_RANK[stack[-1].num.style] < rank):
            stack.pop()
    elif style == "cn-paren" and stack and _in_article(stack[-1]):
        style = "item"      # 项 of an article
        while stack[-1].num.style not in ("article", "clause"):
            stack.pop()
    else:
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].num.style == style:
                del stack[k:]
                break
    parent = stack[-1] if stack else None
    item = Item(id="", number=num.written, style=style, title="", text="", line=line_of(start + num.end),
                start=start + num.end, end=end)
    node = _Node(item, parent, num if style == num.style else Number(style, num.value, num.written, num.end))
    _attach(node, parent, top)
    stack.append(node)
    return node


def _new_clause(stack: list[_Node], top: list[Item], start: int, end: int, line_of) -> _Node:
    while stack[-1].num.style != "article":
        stack.pop()
    article = stack[-1]
    article.clauses += 1
    k = article.clauses
    item = Item(id="", number=f"第{int_to_cn(k)}款", style="clause", title="", text="", line=line_of(start),
                start=start, end=end)
    node = _Node(item, article, Number("clause", k, item.number, 0))
    node.clause_no = k
    _attach(node, article, top)
    stack.append(node)
    return node


def _attach(node: _Node, parent: _Node | None, top: list[Item]) -> None:
    if parent is None:
        top.append(node.item)
    else:
        parent.item.children.append(node.item)


# ---------------------------------------------------------------- after the pass: texts, inline items, ids


def _finish(items: list[Item], text: str, line_of, values: dict[int, int]) -> None:
    for item in _preorder(items):
        item.text = text[item.start:item.end]
        if item.style != "row":
            _split_inline(item, text, line_of, values)
            for child in item.children:
                if child.style in _INLINE_STYLES and not child.title:
                    child.title = _title(child.text)
            item.title = _title(item.text)
    _assign_ids(items, values)
    _assign_paths(items, [])


def _preorder(items: list[Item]) -> list[Item]:
    """The items and all below them, each before its children (a list built with a stack: a recursive
    generator passes every item up through each level above it)."""
    out: list[Item] = []
    stack = items[::-1]
    while stack:
        item = stack.pop()
        out.append(item)
        stack += item.children[::-1]
    return out


def _split_inline(item: Item, text: str, line_of, values: dict[int, int]) -> None:
    """一是…二是… (or (1)…(2)…, ①…②…) inside a paragraph of an item become its first children.

    A sub-item runs to the next marker or the end of its paragraph. When the markers are in the item's
    last paragraph, the item's own text stops before the first marker (its children follow it, as
    numbered children do); when more of the item's text follows, or a later paragraph's run opens with
    words of its own (…做出安排:一是…。\n最后,X要求各部门:一要…), the item keeps its whole text and the
    sub-items lie inside it.
    """
    if item.style in ("inline", "row") or len(item.text) < 8:
        return
    if not _INLINE_HINT.search(item.text):
        return
    _split_runs(item, text, line_of, values)


def _split_runs(item: Item, text: str, line_of, values: dict[int, int]) -> None:
    subs: list[Item] = []
    first_cut = None
    last_paragraph_end = None
    led_in = False            # a later run's paragraph opens with words of its own (最后,门轩主任要求各部门:一要…)
    offset = item.start
    paragraphs = item.text.split("\n")
    across = _run_across(paragraphs) if "一是" in item.text or "一要" in item.text else {}
    for at, paragraph in enumerate(paragraphs):
        markers = inline_numbers(paragraph) if len(paragraph) >= 8 else []
        markers = markers or across.get(at, [])
        p_end = offset + len(paragraph)
        if markers and first_cut is not None and paragraph[:markers[0][0]].strip():
            led_in = True
        for k, (_start, m_end, written, style, value) in enumerate(markers):
            s = offset + m_end
            e = offset + markers[k + 1][0] if k + 1 < len(markers) else p_end
            while e > s and text[e - 1] in " \t":
                e -= 1
            if style == "cn-paren" and item.style in ("article", "clause"):
                style = "item"          # 第四十七条 …下列内容： （一）…； （二）…: the article's 项, run together
            sub = Item(id="", number=written, style=style, title="", text=text[s:e], line=line_of(s), start=s, end=e)
            values[id(sub)] = value
            subs.append(sub)
            if first_cut is None:
                first_cut = offset + markers[0][0]
            last_paragraph_end = p_end
        offset = p_end + 1
    if not subs:
        return
    if last_paragraph_end == item.end and not led_in:      # (a later run's lead-in stays the item's: no words lost)
        cut = first_cut
        while cut > item.start and text[cut - 1] in " \t\n":
            cut -= 1
        item.end = cut
        item.text = text[item.start:cut]
    item.children[:0] = subs
    for sub in subs:            # a flattened copy's 二、部门责任 1.公安…2.消防…: the heading's own items inside it
        if sub.style in _HEADS and len(sub.text) >= 8:
            _split_runs(sub, text, line_of, values)
            for child in sub.children:
                child.title = _title(child.text)


# (一)…阶段(9月10日至9月17日)。一是召开全市动员部署大会。… / 二是… / 三是…: a run whose 一是 follows the item's heading
# sentence and whose 二是, 三是 … open the paragraphs after it
_FIRST_IN_PARAGRAPH = re.compile(r"(?<=[。；;])\s*(?P<n>一)(?P<k>是|要)(?=[^\s，,、])")


def _run_across(paragraphs: list[str]) -> dict[int, list[tuple[int, int, str, str, int]]]:
    """{paragraph index: its one marker} of a 一是 (一要) inside a paragraph after a sentence's stop whose 二是, 三是 … open
    the paragraphs that follow it (each paragraph holding one marker: inline_numbers reads runs inside one)."""
    for at, paragraph in enumerate(paragraphs[:-1]):
        first = _FIRST_IN_PARAGRAPH.search(paragraph)
        if first is None or inline_numbers(paragraph):
            continue
        found = {at: [(first.start("n"), first.end("k"), "一" + first.group("k"), "inline", 1)]}
        for k, later in enumerate(paragraphs[at + 1:], 2):
            m = _SHI_LINE.match(later)
            if m is None or to_int(m.group("n")) != k or m.group("k") != first.group("k") or inline_numbers(later):
                break
            found[at + k - 1] = [(m.start("n"), m.end("k"), m.group("n") + m.group("k"), "inline", k)]
        if len(found) >= 2:
            return found
    return {}


def _title(text: str) -> str:
    """The heading words: the first sentence (or a short lead-in before ":"), at most 80 characters."""
    nl = text.find("\n")
    first = text if nl < 0 else text[:nl]
    m = _SENTENCE_END.search(first, 0, _TITLE_MAX + 1)
    head = first[:m.start()] if m else first[:_TITLE_MAX]
    for colon in (":", "："):
        c = head.find(colon)
        if 0 < c <= 20:
            head = head[:c]
    return head.strip()


def _assign_ids(items: list[Item], values: dict[int, int]) -> None:
    ids = _Ids(values)
    for item in items:
        ids.visit(item, None, None, 1)


class _Ids:
    """Ids from the numbers, unique within a document. (A class rather than nested functions: a nested
    recursive function is a reference cycle, which kept each document's items alive until the cycle
    collector came by.)"""

    def __init__(self, values: dict[int, int]):
        self.values = values
        self.used: set[str] = set()
        self.repeats: dict[str, int] = {}      # candidate → the last suffix given (keeps a long run of repeats linear)

    def unique(self, candidate: str) -> str:
        used = self.used
        if candidate not in used:
            used.add(candidate)
            return candidate
        n = self.repeats.get(candidate, 1) + 1
        while f"{candidate}-{n}" in used:
            n += 1
        self.repeats[candidate] = n
        used.add(f"{candidate}-{n}")
        return f"{candidate}-{n}"

    def visit(self, item: Item, parent: Item | None, article: Item | None, clause: int) -> None:
        value = self.values.get(id(item), 0)
        style = item.style
        if style == "preamble":
            raw = "0"
        elif style in _DIVISION_PREFIX:        # 编/分编/章/节: numbered again inside the division above
            raw = (parent.id + "." if parent is not None else "") + _DIVISION_PREFIX[style] + str(value)
        elif style == "article":
            raw = str(value)
        elif style == "clause":
            raw = f"{article.id}.{value}" if article is not None else str(value)
        elif style == "item" and article is not None:
            raw = f"{article.id}.{clause}.{value}"
        elif style == "row":
            # "t1.r3" as set by the table reader; a row with its own 序号 is numbered like any item
            raw = f"{parent.id}.{item.id}" if parent is not None and item.number else item.id
        elif parent is not None:
            raw = f"{parent.id}.{value}"
        else:
            raw = str(value)
        item.id = self.unique(raw)
        for child in item.children:
            if style == "article":
                self.visit(child, item, item, 1)
            elif style == "clause":
                self.visit(child, item, article, value)
            else:
                self.visit(child, item, article, clause)


def _assign_paths(items: list[Item], path: list[str]) -> None:
    for item in items:
        item.path = list(path)
        if item.children:
            _assign_paths(item.children, path + [heading(item)])


def heading(item: Item) -> str:
    """How an item is named in its children's path: its number and first line, or number + title."""
    first = item.text.split("\n", 1)[0]
    if item.style == "clause":
        return item.number
    gap = " " if item.style in _LAW_RANK else ""      # 第二章 生产、经营、使用 — laws put a space after the number
    if len(first) <= _PATH_HEADING_MAX:
        return item.number + gap + first
    return item.number + gap + item.title
