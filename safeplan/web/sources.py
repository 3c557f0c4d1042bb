"""The source view's model: a corpus document as numbered lines, with one passage marked."""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass
class SourceView:
    doc_id: str
    title: str
    path: str
    lines: list[str]
    first: int | None    # 1-based lines of the marked passage, inclusive
    last: int | None


def _line_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


def source_view(doc, rule=None, line: int | None = None) -> SourceView:
    """`doc` is the reader's Document; the passage is the rule's source span, else the given line."""
    raw = doc.raw_text or doc.text
    lines = raw.splitlines() or [""]
    starts = [0]
    for text in raw.splitlines(keepends=True):
        starts.append(starts[-1] + len(text))
    first = last = None
    if rule is not None:
        first = rule.source.line
        last = first
        offsets = doc.raw_offsets
        if offsets and 0 <= rule.source.end < len(offsets) and doc.raw_text:
            end_raw = offsets[max(rule.source.end - 1, rule.source.start)]
            last = max(first, _line_of(starts, end_raw))
    elif line is not None:
        first = last = line
    if first is not None:
        first = min(max(first, 1), len(lines))
        last = min(max(last, first), len(lines))
    return SourceView(doc_id=doc.id, title=doc.meta.title or doc.id, path=doc.path, lines=lines,
                      first=first, last=last)
