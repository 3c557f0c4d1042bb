"""Task and duty tables in cleaned text (任务分工表, 责任清单, 检查表): which line is a header, what each column holds,
and each row's cells, merged cells carried down.

Web copies give a table's rows as lines whose cells are joined by " | " (markup.py, docx_reader.py), sometimes with a
cell on each line and the pipes opening the lines (第一组 / | 市安监局 / | 雁塔区 / |: `continues_row`). A cell that
spans several rows (a 类别 or 牵头单位 cell, rowspan) is written once, so the rows below it have fewer cells:
`Table.row` places them under the columns they fit and carries the spanning unit and deadline cells down (not into
a row the page cut short). A table flattened one cell a line, its markup lost, is read by its header and 序号 or by its
unit cells (`flat_table`).
"""

from __future__ import annotations

import re

from safeplan.corpus.model import Item
from safeplan.corpus.unit_words import LEAD_WORDS, SUPPORT_WORDS, UNIT_ENDS

_COLUMN_WORDS = re.compile(r"序号|编号|任务|工作|内容|措施|责任|单位|部门|时限|时间|要求|备注|项目|事项|进展|目标|检查|标准|依据|类别"
                          r"|名称|问题|清单|节点")
_SERIAL_COLUMNS = ("序号", "编号")
# what a column holds, from its name as a 公文 table names it: 牵头单位, 责任部门, 主责单位, 责任清单, 督查组牵头单位 →
# who leads; 配合单位, 协同部门, 参与单位 → who supports; 完成时限, 时间节点, 时间安排, 时限清单 → when. A person's column
# (责任人, 牵头领导) names no unit; 责任事项/责任内容 are duties, not who holds them. A column's name is read only with a
# unit word (below), so it may say more than a label line (structure.py): 负责单位, 实施主体, 落实单位; 协同部门, 协作单位.
_LEAD_WORD = re.compile("|".join(LEAD_WORDS + ("承办", "负责", "实施", "落实", "承担")))
_SUPPORT_WORD = re.compile("|".join(SUPPORT_WORDS + ("协同", "协作")))
_UNIT_WORD = re.compile(r"单位|部门|处室|科室|主体|机构|清单")
_UNIT_ALONE = ("单位", "部门", "处室", "科室")     # 单位 | 安全生产职责: a duty list's unit column
_TIME_WORD = re.compile(r"时限|时间|期限|节点|截止|完成日期")
_TITLE_MAX = 80

# a cell's look, to place the cells of a row that has fewer than the header
_SERIAL_CELL = re.compile(r"[0-9０-９]{1,3}[.、．]?|[一二三四五六七八九十]{1,3}")
_TIME_CELL = re.compile(r"\d{1,2}月|\d{4}年|[上下]半年|年底|年内|季度|长期|持续|常态|即日|全年|每[年季月周日天]")
# a cell that is nothing but units' names ends as a unit's name does, or on 司 (安监司, 燃气公司) or a bracket
# (村(社区)); not on 区/县/市, 组, 校… as a unit named in a sentence may (rules/responsible.py): a cell so named
# (全区, 各组) is read as text here
_UNIT_CELL_END = re.compile("(?:" + "|".join(UNIT_ENDS + ("司",)) + "|[)）])$")
_UNIT_SEPARATORS = re.compile(r"[\s、,，;；/]+")
_BROKEN_OFF = (",", "，", "、")


def cells(line: str) -> list[str]:
    """The cells of a row as written, empty ones kept: the text before a leading pipe and after the closing one
    (markup ends every cell with " | ") is no cell."""
    parts = [c.strip() for c in line.replace("\n", " ").split("|")]
    if len(parts) > 1 and not parts[-1]:
        parts.pop()
    if len(parts) > 1 and not parts[0] and line.lstrip().startswith("|"):
        parts.pop(0)
    return parts


def filled(row: list[str]) -> list[str]:
    """The row's cells without the empty ones at its ends (a header's names)."""
    start, end = 0, len(row)
    while start < end and not row[start]:
        start += 1
    while end > start and not row[end - 1]:
        end -= 1
    return row[start:end]


def continues_row(line: str) -> bool:
    """| 市安监局 / |: one cell of a row written a cell a line, its pipe opening the line."""
    return line.lstrip().startswith("|") and line.count("|") == 1


def is_header(row: list[str]) -> bool:
    """A table's header row: short cells, at least two of them column names of a task or check list."""
    if len(row) < 2 or any(len(c) > 20 or c.endswith((":", "：")) for c in row):
        return False
    return sum(1 for c in row if _COLUMN_WORDS.search(re.sub(r"\s+", "", c))) >= 2


def column_role(name: str) -> str | None:
    """"lead", "support", "deadline", "serial" or None (text) for a column named `name`."""
    name = re.sub(r"\s+", "", name)
    if name in _SERIAL_COLUMNS:
        return "serial"
    if _SUPPORT_WORD.search(name) and (_UNIT_WORD.search(name) or len(name) <= 3):
        return "support"
    if (_LEAD_WORD.search(name) and _UNIT_WORD.search(name)) or name in _UNIT_ALONE:
        return "lead"
    if _TIME_WORD.search(name):
        return "deadline"
    return None


def names_units(value: str) -> bool:
    """党政办 应消站 / 农村办、国土所、村(社区): a cell that is nothing but units' names."""
    pieces = [p for p in _UNIT_SEPARATORS.split(value) if p]
    return len(value) <= 60 and bool(pieces) and all(len(p) <= 25 and _UNIT_CELL_END.search(p) for p in pieces)


def _cell_kind(value: str) -> str:
    if not value:
        return "empty"
    if _SERIAL_CELL.fullmatch(value):
        return "serial"
    if len(value) <= 30 and "。" not in value and _TIME_CELL.search(value):
        return "time"
    return "unit" if names_units(value) else "text"


_FIT = {  # (column role, cell kind) → how well the cell fits under the column
    ("lead", "unit"): 2, ("support", "unit"): 2, ("deadline", "time"): 2, ("serial", "serial"): 1,
    ("lead", "text"): -2, ("lead", "time"): -2, ("lead", "serial"): -2,
    ("support", "text"): -2, ("support", "time"): -2, ("support", "serial"): -2,
    ("deadline", "text"): -2, ("deadline", "unit"): -2, ("deadline", "serial"): -2,
    ("serial", "text"): -2, ("serial", "unit"): -2, ("serial", "time"): -2,
    (None, "unit"): -1, (None, "time"): -1, (None, "serial"): -1,
}


class Table:
    """A 任务清单 (or any list with a header row): each further row becomes one item with named cells."""

    def __init__(self, number: int, header: list[str]):
        self.number = number
        self.columns = [re.sub(r"\s+", "", c) or f"列{k + 1}" for k, c in enumerate(header)]
        self.roles = [column_role(c) for c in self.columns]
        self.rows = 0
        self.above: dict[str, str] | None = None     # the row before, for cells that span down

    def subheader(self, row: list[str]) -> bool:
        """A header's second row (责任单位 over 牵头 | 配合, its other cells carried down or empty): the columns are
        named by both rows (责任单位牵头, 责任单位配合); True when `row` is one. A web copy's text may give the second row
        its own cells alone (| | 牵头 | 配合, the empty ones at its ends lost): they go under the cell spanning as many
        columns (责任单位 and the empty one after it), when each then names who leads, supports or when."""
        if self.rows or any(_cell_kind(c) not in ("text", "empty") for c in row):
            return False
        if len(row) != len(self.columns):
            row = self._under_span(filled(row))
            if row is None:
                return False
        elif not is_header(filled(row)):
            return False
        named, top = [], ""
        for name, below in zip(self.columns, (re.sub(r"\s+", "", c) for c in row), strict=True):
            top = name if not name.startswith("列") else top          # (an empty top cell: the one spanning it)
            named.append(top + below if below and below != top else (top or name))
        self.columns = named
        self.roles = [column_role(c) for c in named]
        return True

    def _under_span(self, below: list[str]) -> list[str] | None:
        """`below` placed under the one header cell spanning len(below) columns (a name, then empty ones), padded
        with empty cells to the header's width; None when no such cell or the names made are not all columns'
        roles."""
        n, m = len(self.columns), len(below)
        spans = [j for j in range(n - m + 1) if not self.columns[j].startswith("列")
                 and all(c.startswith("列") for c in self.columns[j + 1:j + m])
                 and (j + m == n or not self.columns[j + m].startswith("列"))]
        if m < 2 or len(spans) != 1:
            return None
        j = spans[0]
        if any(column_role(self.columns[j] + re.sub(r"\s+", "", b)) is None for b in below):
            return None
        return [""] * j + below + [""] * (n - j - m)

    def group(self) -> None:
        """A row spanning the table (一、体系建设): the cells above span no further."""
        self.above = None

    def row(self, row: list[str], text: str, start: int, end: int, line_of) -> Item:
        self.rows += 1
        # a row whose last cell breaks off at a comma was cut by the page (an excerpt's end): the cells after it
        # are lost, not spanning down from above
        values, own = self._place(row, cut=bool(row) and row[-1].endswith(_BROKEN_OFF))
        self.above = values
        serial = next((v for k, v in values.items() if k in _SERIAL_COLUMNS and v.rstrip(".、").isdigit()), None)
        row_id = serial.rstrip(".、") if serial else f"t{self.number}.r{self.rows}"
        title = next((v for k, v in own.items() if v and k not in _SERIAL_COLUMNS), "")
        return Item(id=row_id, number=serial or "", style="row", title=title[:_TITLE_MAX], text=text,
                    line=line_of(start), start=start, end=end, cells=values)

    def _place(self, row: list[str], cut: bool = False) -> tuple[dict[str, str], dict[str, str]]:
        """(every column's value, the row's own cells by column). A row with fewer cells than the header lost the
        cells that span down from above: its cells go under the columns they fit best (the rightmost when in doubt,
        as the spanning cells are most often the first: 类别, 重点任务), and the unit and deadline cells above carry
        (a `cut` row's only up to its own cells: those after them were cut off, not merged)."""
        n, k = len(self.columns), len(row)
        if k >= n or self.above is None:
            names = self.columns + [f"列{j + 1}" for j in range(n, k)]
            own = dict(zip(names, row + [""] * (len(names) - k), strict=False))
            return own, own
        kinds = [_cell_kind(c) for c in row]
        best = max(range(n - k + 1),
                   key=lambda s: (sum(_FIT.get((self.roles[s + j], kinds[j]), 0) for j in range(k)), s))
        own = {self.columns[best + j]: row[j] for j in range(k)}
        values = {}
        for j, name in enumerate(self.columns):
            if name in own:
                values[name] = own[name]
            elif self.roles[j] in ("lead", "support", "deadline") and not (cut and j >= best + k):
                values[name] = self.above.get(name, "")
            else:
                values[name] = ""
        return values, own


# ---------------------------------------------------------------- a table flattened one cell a line

# A document site's copy or a page whose table lost its markup gives each cell on a line of its own, the header lost
# or split (责任 / 单位 over two lines): short lines without a sentence's end, in which the cells naming units mark the
# rows. (破土作业 / 安质部,设备部配合 / its standards … in hb-r252-y; 行政村灾害信息覆盖率 / 达到100% / 达到100% / 水利局
# in hb-u251-y.)
_FLAT_CELL_MAX = 40
_FLAT_ROW_MAX = 10           # cells of one row (a task, its unit, the standards it follows …)
_FLAT_REACH = 12             # cell lines read for the first unit cell (none within them: no table), and above the
                             # first row for its header
_FLAT_RUN_MAX = 400
_SENTENCE_MARK = re.compile(r"[。；;:：]")
_NOT_A_UNIT = re.compile(r"^[(（]|[《〈\d]")        # (此件公开发布), 《…》(GB 50028): a remark, a standard - no unit
_HEADLESS_ROWS = 3           # rows a table needs to be read without a header naming its unit column
_SUPPORTED = re.compile(r"[,，](?P<support>[^,，]+?)(?:" + _SUPPORT_WORD.pattern + ")$")   # 安质部,设备部配合


def flat_cell(line: str) -> bool:
    """A line that can be one cell of a flattened table."""
    line = line.strip()
    return 0 < len(line) <= _FLAT_CELL_MAX and not _SENTENCE_MARK.search(line)


def _unit_cell(value: str) -> tuple[str, str] | None:
    """(lead, support) of a flattened row's cell that names its units (安质部 / 安质部,设备部配合 - the one named 配合
    supports); None for any other cell, a column's name (单位, 责任单位) included."""
    value = value.strip()
    if column_role(value) is not None or _NOT_A_UNIT.search(value):
        return None
    m = _SUPPORTED.search(value)
    lead, support = (value[:m.start()], m.group("support")) if m else (value, "")
    return (lead, support) if names_units(lead) and (not support or names_units(support)) else None


def _cell_run(segments: list[tuple[int, str]], at: int, most: int) -> list[int]:
    """Indexes of the cell lines from `at` on (blank lines skipped), up to `most` of them."""
    run: list[int] = []
    while at < len(segments) and len(run) < most:
        line = segments[at][1]
        if line.strip():
            if not flat_cell(line):
                break
            run.append(at)
        at += 1
    return run


def _header_above(segments: list[tuple[int, str]], at: int) -> list[int]:
    """Indexes of the cell lines just above `at` (a flattened table's header, when `at` opens its first row)."""
    above: list[int] = []
    at -= 1
    while at >= 0 and len(above) < _FLAT_REACH and (not segments[at][1].strip() or flat_cell(segments[at][1])):
        if segments[at][1].strip():
            above.append(at)
        at -= 1
    return above


def _unit_rows(segments: list[tuple[int, str]], at: int) -> list[list[int]] | None:
    """The rows (each a list of indexes into `segments`) of a table flattened one cell a line whose first row opens
    at `at`; None when none does. Its unit cells mark the rows: written second (破土作业 / 安质部,设备部配合 / …), each
    row opens on the cell before its unit cell; written later, each row ends with it, the column names above the first
    row (责任 / 单位, naming the unit column) being its header, no row; cells after the last unit cell are a row cut
    before its unit."""
    run = _cell_run(segments, at, _FLAT_REACH + 1)        # (the first rows first: most short lines open no table)
    if len(run) < 2:
        return None                     # (a short line alone, a law's 第一章 总则: no unit cell after its first)
    units = [k for k, i in enumerate(run) if _unit_cell(segments[i][1])]
    if not units or units[0] == 0:
        return None
    run += _cell_run(segments, run[-1] + 1, _FLAT_RUN_MAX) if len(run) > _FLAT_REACH else []
    units += [k for k, i in enumerate(run) if k > units[-1] and _unit_cell(segments[i][1])]
    if len(units) < 2 or any(b - a < 2 for a, b in zip(units, units[1:], strict=False)):
        return None                     # (a unit cell after a unit cell: a list of units, no table's rows)
    above = _header_above(segments, at)
    if not any(column_role(segments[i][1].strip()) in ("lead", "support") for i in above) \
            and (above or units[0] != 1 or len(units) < _HEADLESS_ROWS):
        return None         # rows open after a header naming the unit column, or (its header lost) where the run
                            # does, with rows enough to tell them from a signature's lines (a body, its date)
    if units[0] == 1:
        bounds = list(zip([u - 1 for u in units], [u - 1 for u in units[1:]] + [len(run)], strict=True))
    else:
        if any(column_role(segments[i][1].strip()) for i in run[:units[0]]):
            return None                 # `at` is in the header: the rows open after its column names
        bounds = list(zip([0] + [u + 1 for u in units[:-1]], [u + 1 for u in units], strict=True))
        if units[-1] + 1 < len(run):
            bounds.append((units[-1] + 1, len(run)))
    if any(b - a > _FLAT_ROW_MAX for a, b in bounds):
        return None
    return [run[a:b] for a, b in bounds]


def _flat_row(table: int, k: int, lines: list[str], text: str, start: int, end: int, line_of) -> Item:
    """Row `k` of flattened table `table`, its `lines` the cells: the unit cell is its 责任单位 (and 配合单位), the
    others are its columns in order."""
    values: dict[str, str] = {}
    for j, line in enumerate(lines):
        units = _unit_cell(line)
        if units and "责任单位" not in values:
            values["责任单位"], values["配合单位"] = units
        else:
            values[f"列{j + 1}"] = line.strip()
    title = next((v for name, v in values.items() if name.startswith("列")), "")
    return Item(id=f"t{table}.r{k}", number="", style="row", title=title[:_TITLE_MAX], text=text, line=line_of(start),
                start=start, end=end, cells={name: v for name, v in values.items() if v})


def _serial_rows(segments: list[tuple[int, str]], at: int) -> tuple[list[str], list[list[int]]] | None:
    """(header, rows) of a flattened table whose header came whole, one column name a line (序号 / 重点任务 / 牵头单位 /
    配合单位 / 完成时限), when its first row opens at `at` with 序号 1: each row runs from its 序号 to the next one's."""
    if segments[at][1].strip().rstrip(".、") != "1":
        return None
    above = _header_above(segments, at)
    names: list[str] = []
    for i in above:                       # (nearest first) the column names right above the first row
        name = segments[i][1].strip()
        if len(name) > 20 or not _COLUMN_WORDS.search(re.sub(r"\s+", "", name)):
            break
        names.insert(0, name)
    if len(names) < 3 or column_role(names[0]) != "serial" or not is_header(names):
        return None
    run = _cell_run(segments, at, _FLAT_RUN_MAX)
    starts = [0]
    for k, i in enumerate(run):
        if k and segments[i][1].strip().rstrip(".、") == str(len(starts) + 1):
            starts.append(k)
    bounds = list(zip(starts, starts[1:] + [len(run)], strict=True))
    if len(starts) < 2 or any(b - a > len(names) for a, b in bounds):
        return None
    return names, [run[a:b] for a, b in bounds]


def flat_table(number: int, segments: list[tuple[int, str]], at: int, text: str, line_of) -> tuple[list[Item], int] | None:
    """The rows (items) of table `number` flattened one cell a line whose first row opens at segment `at`, and the
    segment after it; None when no such table opens there. Read by its header and 序号 when the header came whole,
    else by its unit cells."""
    def span(row: list[int]) -> tuple[int, int]:
        return segments[row[0]][0], segments[row[-1]][0] + len(segments[row[-1]][1])

    serial = _serial_rows(segments, at)
    if serial:
        header, rows = serial
        table = Table(number, header)
        items = [table.row([segments[i][1].strip() for i in row], text[span(row)[0]:span(row)[1]], *span(row), line_of)
                 for row in rows]
    else:
        rows = _unit_rows(segments, at)
        if not rows:
            return None
        items = [_flat_row(number, k, [segments[i][1] for i in row], text[span(row)[0]:span(row)[1]], *span(row),
                           line_of) for k, row in enumerate(rows, 1)]
    return items, rows[-1][-1] + 1
