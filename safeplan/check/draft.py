"""The drafted plan as the checker sees it: its items (`DraftItem`), each with the plan lines it spans and
the units responsible for it (its own, else its heading's)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from safeplan.check.marks import strip_marks
from safeplan.corpus.model import Document, Item
from safeplan.rules.model import Responsible
from safeplan.rules.responsible import parse_responsible, table_units


@dataclass
class DraftItem:
    """One numbered item of a drafted plan (not to be confused with the generators' items to write)."""

    item: Item
    text: str                        # own text, citations and ignore comments removed
    raw: str                         # own text as the reader gave it
    line: int
    lines: range                     # the plan lines the item spans
    responsible: Responsible         # own + inherited
    own_units: list[str]
    start: int                       # offset of the item's text in the document text
    children: list["DraftItem"] = field(default_factory=list)


class PlanLines:
    """Offsets in a document's cleaned text → 1-based plan lines (DOCX: paragraph index)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.raw_starts = None
        if doc.raw_text and doc.raw_offsets and len(doc.raw_offsets) == len(doc.text) + 1:
            self.raw_starts = [0] + [m.end() for m in re.finditer("\n", doc.raw_text)]
        self.items = sorted(((it.start, it.line) for it in doc.walk()), key=lambda x: x[0])
        self.item_starts = [s for s, _ in self.items]

    def at(self, offset: int) -> int:
        if self.raw_starts is not None:
            raw = self.doc.raw_offsets[max(0, min(offset, len(self.doc.raw_offsets) - 1))]
            return bisect.bisect_right(self.raw_starts, raw)
        i = bisect.bisect_right(self.item_starts, offset) - 1
        return self.items[i][1] if i >= 0 else 1

    def of(self, item: DraftItem, needle: str | None) -> int:
        """The line of `needle` inside the item (its first line when the needle is not found)."""
        if needle:
            pos = item.raw.find(needle)
            if pos >= 0:
                return self.at(item.start + pos)
        return item.line


def _responsible(lines: list[str], text: str) -> Responsible:
    lead, support = [], []
    for chunk in list(lines) + [text]:
        r = parse_responsible(chunk, statute=False)      # a draft is a plan, never a law
        lead += [u for u in r.lead if u not in lead]
        support += [u for u in r.support if u not in support]
    return Responsible(lead, support)


def draft_items(doc: Document, lines: PlanLines) -> list[DraftItem]:
    """Every item of the document, parents before their children; units are inherited from headings."""
    out: list[DraftItem] = []

    def visit(item: Item, inherited: Responsible, parent: DraftItem | None):
        own = _responsible(item.responsible_lines, strip_marks(item.text))
        if item.cells:   # a task-list table row names its units in columns
            in_table = table_units(item.cells)
            own = Responsible(own.lead or in_table.lead, own.support or in_table.support)
        resp = Responsible(own.lead or inherited.lead, own.support or inherited.support)
        first = item.line
        last = max(first, lines.at(max(item.end - 1, item.start)))
        di = DraftItem(item=item, text=strip_marks(item.text), raw=item.text, line=first,
                       lines=range(first, last + 1), responsible=resp, own_units=own.lead + own.support,
                       start=item.start)
        out.append(di)
        if parent is not None:
            parent.children.append(di)
        for child in item.children:
            visit(child, resp, di)

    for top in doc.items:
        visit(top, Responsible(), None)
    return out
