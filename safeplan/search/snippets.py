"""Highlighted snippets: the passage with the most query words, matched words in <b>…</b>, the rest escaped."""

from __future__ import annotations

from html import escape

from safeplan.search.analysis import fold

WIDTH = 120        # characters of source text in a snippet
LEAD = 24          # characters shown before the first highlighted word
# Marks around a matched word until the snippet is escaped (whitespace to str.split, so never in the text).
_OPEN, _CLOSE = "\x1e", "\x1f"


def _ranges(folded: str, terms) -> list[tuple[int, int, set]]:
    """(start, end, terms) of the places `folded` holds a term, overlapping or touching places merged."""
    found = []
    for term in terms:
        size = len(term)
        start = folded.find(term)
        while start != -1:
            found.append((start, start + size, term))
            start = folded.find(term, start + 1)
    if not found:
        return []
    found.sort()
    merged = []
    first, last, held = found[0][0], found[0][1], {found[0][2]}
    for start, end, term in found:
        if start <= last:
            if end > last:
                last = end
            held.add(term)
        else:
            merged.append((first, last, held))
            first, last, held = start, end, {term}
    merged.append((first, last, held))
    return merged


def _best_window(ranges, reach: int) -> int:
    """The range starting the best window: a window is the ranges from one range's start to `reach`
    characters after it, worth 10 a distinct word it holds and 1 a range; the first best wins. One pass
    (the ranges do not overlap, so their ends increase with their starts)."""
    if ranges[-1][1] <= ranges[0][0] + reach:    # the first window holds every range: none is better
        return 0
    best, best_score = 0, -1
    held: dict[str, int] = {}      # term → ranges holding it in the window ranges[i:hi]
    hi, count = 0, len(ranges)
    for i, (start, _, terms) in enumerate(ranges):
        if hi < i:
            hi = i
        limit = start + reach
        while hi < count and ranges[hi][1] <= limit:
            for term in ranges[hi][2]:
                held[term] = held.get(term, 0) + 1
            hi += 1
        score = len(held) * 10 + hi - i
        if score > best_score:
            best, best_score = i, score
        if i < hi:                   # range i leaves the window
            for term in terms:
                times = held[term]
                if times == 1:
                    del held[term]
                else:
                    held[term] = times - 1
    return best


def snippet(text: str, terms, width: int = WIDTH, folded: str | None = None) -> str:
    """`text` cut to about `width` characters around its best passage, query words in <b>…</b>. `folded`:
    fold(text) when the index stored it (a third of a long text's snippet was folding it)."""
    text = " ".join(text.split())
    folded = " ".join(folded.split()) if folded is not None else None
    if folded is None or len(folded) != len(text):
        folded = fold(text)
    ranges = _ranges(folded, {t for t in terms if t})
    if not ranges:
        return escape(text[:width]) + ("…" if len(text) > width else "")
    # a text no longer than `width` is shown whole: its best window does not matter
    best = _best_window(ranges, width - LEAD) if len(text) > width else 0
    begin = max(0, ranges[best][0] - LEAD)
    end = min(len(text), begin + width)
    if end - begin < width:
        begin = max(0, end - width)
    out = []
    at = begin
    for start, stop, _ in ranges:        # by start, apart: after one starting at `end` none is shown
        if stop <= begin:
            continue
        if start >= end:
            break
        if start < begin:
            start = begin
        if stop > end:
            stop = end
        out += (text[at:start], _OPEN, text[start:stop], _CLOSE)
        at = stop
    out.append(text[at:end])
    body = escape("".join(out)).replace(_OPEN, "<b>").replace(_CLOSE, "</b>")
    return ("…" if begin > 0 else "") + body + ("…" if end < len(text) else "")
