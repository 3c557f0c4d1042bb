"""Highlighted snippets: the passage with the most query words, matched words in <b>…</b>, the rest escaped."""

from __future__ import annotations

from html import escape

from safeplan.search.analysis import fold

WIDTH = 120        # characters of source text in a snippet
LEAD = 24          # characters shown before the first highlighted word


def _ranges(folded: str, terms) -> list[tuple[int, int, str]]:
    found = []
    for term in terms:
        start = folded.find(term)
        while start != -1:
            found.append((start, start + len(term), term))
            start = folded.find(term, start + 1)
    found.sort()
    merged: list[list] = []
    for start, end, term in found:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].add(term)
        else:
            merged.append([start, end, {term}])
    return [(s, e, t) for s, e, t in merged]


def snippet(text: str, terms, width: int = WIDTH) -> str:
    """`text` cut to about `width` characters around its best passage, query words in <b>…</b>."""
    text = " ".join(text.split())
    ranges = _ranges(fold(text), {t for t in terms if t})
    if not ranges:
        return escape(text[:width]) + ("…" if len(text) > width else "")
    best, best_score = 0, -1
    for i, (start, _, _) in enumerate(ranges):
        window = [r for r in ranges[i:] if r[1] <= start - LEAD + width]
        score = len(set().union(*(r[2] for r in window))) * 10 + len(window)
        if score > best_score:
            best, best_score = i, score
    begin = max(0, ranges[best][0] - LEAD)
    end = min(len(text), begin + width)
    if end - begin < width:
        begin = max(0, end - width)
    out = ["…"] if begin > 0 else []
    at = begin
    for start, stop, _ in ranges:
        if stop <= begin or start >= end:
            continue
        start, stop = max(start, begin), min(stop, end)
        out.append(escape(text[at:start]))
        out.append(f"<b>{escape(text[start:stop])}</b>")
        at = stop
    out.append(escape(text[at:end]))
    if end < len(text):
        out.append("…")
    return "".join(out)
