"""Stage 1 of cleaning: format markup → plain lines (Markdown front matter, inline HTML, entities,
heading marks; HTML pages → one line per block, table cells joined by " | ").

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
    for m in _TAG.finditer(text):
        name = m.group(2).lower()
        if name in CELL_TAGS:
            in_cell = not m.group(1)
            edits.append((m.start(), m.end(), " | " if m.group(1) else ""))
        elif name in ROW_TAGS:
            in_cell = False
            edits.append((m.start(), m.end(), "\n"))
        elif name in BLOCK_TAGS:
            edits.append((m.start(), m.end(), " " if in_cell else "\n"))
        else:
            edits.append((m.start(), m.end(), ""))
    _entity_edits(text, edits)


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
