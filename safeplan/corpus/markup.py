"""Stage 1 of cleaning: format markup → plain lines (Markdown front matter, inline HTML, entities,
heading marks; HTML pages → one line per block, table cells joined by " | ", a cell spanning rows or columns
written into each row and column it spans).

Every step is an edit on the raw text, so the offset map back to the raw text stays exact.
All patterns are bounded: no nested quantifiers, no unbounded lazy scans (50 MB inputs stay linear).
"""

from __future__ import annotations

import html
import re

from safeplan.corpus.offsets import OffsetMap, apply_edits

_CR = re.compile(r"\r\n?")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[^\n]{0,2000}\n){0,200}?---[ \t]*(?:\n|\Z)")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>]{0,4000})?/?>")
_DECLARATION = re.compile(r"<[!?][A-Za-z\[][^<>]{0,500}>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_EMPHASIS = re.compile(r"\*\*(?=\S)|(?<=\S)\*\*")
_HTML_SPACE = re.compile(r"[ \t\n\xa0]*\n[ \t\n\xa0]*|[ \t]{2,}")
_SPACE_ENTITIES = {"&emsp;", "&ensp;", "&nbsp;", "&thinsp;", "&#160;", "&#12288;", "&#8195;"}

BLOCK_TAGS = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
    "article", "header", "footer", "title", "dd", "dt", "blockquote", "pre", "hr", "tbody", "thead",
    "body", "html", "head", "nav", "aside", "main", "form", "center",
}
CELL_TAGS = {"td", "th"}
ROW_TAGS = {"tr", "table", "tbody", "thead", "tfoot"}


def strip_markup(text: str, kind: str) -> tuple[str, OffsetMap]:
    """kind: "txt" | "md" | "html". Returns plain text and its map to the raw text."""
    edits: list[tuple[int, int, str]] = []
    for m in (_CR.finditer(text) if "\r" in text else ()):
        edits.append((m.start(), m.end(), "\n") if m.end() - m.start() == 1 else (m.start(), m.start() + 1, ""))
    if kind == "md":
        _markdown_edits(text, edits)
    elif kind == "html":
        _html_edits(text, edits)
    return apply_edits(text, edits)


def _markdown_edits(text: str, edits: list) -> None:
    m = _FRONT_MATTER.match(text)
    if m:
        edits.append((0, m.end(), ""))
    _comment_edits(text, edits, "")
    if "<" in text:
        for m in _TAG.finditer(text):
            edits.append((m.start(), m.end(), ""))
    _entity_edits(text, edits)
    if "#" in text:
        for m in _MD_HEADING.finditer(text):
            edits.append((m.start(), m.end(), ""))
    if "**" in text:
        for m in _MD_EMPHASIS.finditer(text):
            edits.append((m.start(), m.end(), ""))


def _html_edits(text: str, edits: list) -> None:
    lower = text.lower()
    _comment_edits(text, edits, "")
    for m in _DECLARATION.finditer(text):
        edits.append((m.start(), m.end(), ""))
    for name in ("script", "style", "noscript", "title"):     # whole blocks, found with str.find (linear)
        pos = 0
        while True:
            start = lower.find("<" + name, pos)
            if start < 0:
                break
            end = lower.find("</" + name, start)
            if end < 0:
                edits.append((start, len(text), ""))
                break
            close = lower.find(">", end)
            end = len(text) if close < 0 else close + 1
            edits.append((start, end, ""))
            pos = end
    for m in _HTML_SPACE.finditer(text):
        # a source line break between two Chinese characters is no space at all
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        edits.append((m.start(), m.end(), "" if _wide(before) and _wide(after) else " "))
    in_cell = False       # a <p> or <br> inside a table cell must not break the row's line
    tables: list[_Spans] = []
    for m in _TAG.finditer(text):
        name = m.group(2).lower()
        if name in CELL_TAGS:
            in_cell = not m.group(1)
            grid = tables[-1] if tables else None
            if m.group(1):
                edits.append((m.start(), m.end(), grid.close_cell(m.start()) if grid else " | "))
            else:
                edits.append((m.start(), m.end(), grid.open_cell(m) if grid else ""))
        elif name in ROW_TAGS:
            in_cell = False
            before = ""
            if name == "table" and not m.group(1):
                tables.append(_Spans(text))
            elif tables:
                before = tables[-1].end_row()
                if name == "table":
                    tables.pop()
            edits.append((m.start(), m.end(), before + "\n"))
        elif name in BLOCK_TAGS:
            edits.append((m.start(), m.end(), " " if in_cell else "\n"))
        else:
            edits.append((m.start(), m.end(), ""))
    _entity_edits(text, edits)


_SPAN = re.compile(r"\b(row|col)span\s*=\s*[\"']?(\d{1,3})", re.I)


class _Spans:
    """Cells spanning rows or columns in one HTML table. A cell with rowspan (a 牵头单位 or 类别 cell covering several
    tasks) is written once: the rows it spans into get its text again, where it stands, so every row of the text has
    all its cells; a cell with colspan is followed by the empty cells it covers."""

    def __init__(self, text: str):
        self.text = text
        self.down: dict[int, list] = {}     # column → [rows it still spans, its text]
        self.col = 0                         # the column the next cell of the row stands in
        self.in_row = False
        self.cell: tuple[int, int, int, int] | None = None     # (its text's start, column, rowspan, colspan)

    def _carry(self) -> str:
        """The cells from above standing at the row's next columns."""
        out = []
        while self.col in self.down:
            span = self.down[self.col]
            out.append(span[1] + " | ")
            span[0] -= 1
            if span[0] <= 0:
                del self.down[self.col]
            self.col += 1
        return "".join(out)

    def open_cell(self, m) -> str:
        self.in_row = True
        carried = self._carry()
        spans = {k.lower(): int(v) for k, v in _SPAN.findall(m.group(0))}
        self.cell = (m.end(), self.col, max(1, min(spans.get("row", 1), 500)), max(1, min(spans.get("col", 1), 50)))
        self.col += self.cell[3]
        return carried

    def close_cell(self, at: int) -> str:
        if self.cell is None:
            return " | "
        start, col, rows, cols = self.cell
        self.cell = None
        if rows > 1:
            value = " ".join(html.unescape(_TAG.sub(" ", self.text[start:at])).split()).replace("|", "｜")
            for k in range(cols):
                self.down[col + k] = [rows - 1, value if k == 0 else ""]
        return " | " * cols

    def end_row(self) -> str:
        """At a row's end (or the next row's start): the cells from above standing in the rest of this row."""
        if not self.in_row:
            return ""
        out = []
        for col in sorted(c for c in self.down if c >= self.col):
            if col >= self.col:
                out.append(" | " * (col - self.col))      # (the empty cells between)
                self.col = col
                out.append(self._carry())
        self.col, self.in_row, self.cell = 0, False, None
        return "".join(out)


def _wide(ch: str) -> bool:
    return ch >= "\u2e80"


def _comment_edits(text: str, edits: list, replacement: str) -> None:
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            return
        end = text.find("-->", start + 4)
        if end < 0:
            return
        edits.append((start, end + 3, replacement))
        pos = end + 3


def _entity_edits(text: str, edits: list) -> None:
    if "&" not in text:
        return
    for m in _ENTITY.finditer(text):
        entity = m.group()
        if entity in _SPACE_ENTITIES:
            edits.append((m.start(), m.end(), " "))
        else:
            value = html.unescape(entity)
            if value != entity:
                edits.append((m.start(), m.end(), value))
