"""Offset maps: cleaned text position → raw text position, stored as runs (not one int per character).

An `OffsetMap` behaves like a read-only list of ints with `len(cleaned) + 1` entries, so
`doc.raw_offsets[i]` is the raw offset of cleaned character i (and `[len(text)]` the raw end).
Runs keep memory flat on a 50 MB file: one entry per edit, not per character.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence


class OffsetMap(Sequence):
    """Runs (cleaned_start, raw_start, copied): inside a copied run offsets advance together;
    a replaced run (inserted text) maps every character to the raw start of what it replaced."""

    __slots__ = ("_starts", "_raw", "_copied", "_length", "_raw_end")

    def __init__(self, runs: list[tuple[int, int, bool]], length: int, raw_end: int):
        self._starts = [r[0] for r in runs]
        self._raw = [r[1] for r in runs]
        self._copied = [r[2] for r in runs]
        self._length = length          # len(cleaned text)
        self._raw_end = raw_end

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls([(0, 0, True)], length, length)

    def __len__(self) -> int:
        return self._length + 1

    def __getitem__(self, index):
        if type(index) is int and 0 <= index < self._length:       # (the common case first: an item's offset)
            k = bisect_right(self._starts, index) - 1
            return self._raw[k] + index - self._starts[k] if self._copied[k] else self._raw[k]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += self._length + 1
        if not 0 <= index <= self._length:
            raise IndexError("offset out of range")
        if index == self._length:
            return self._raw_end
        k = bisect_right(self._starts, index) - 1
        if self._copied[k]:
            return self._raw[k] + index - self._starts[k]
        return self._raw[k]

    def compose(self, inner: "OffsetMap") -> "OffsetMap":
        """self maps C → B and inner maps B → A: the map C → A."""
        runs: list[tuple[int, int, bool]] = []
        n_inner = len(inner._starts)
        ends = self._starts[1:] + [self._length]
        for cs, ce, b0, copied in zip(self._starts, ends, self._raw, self._copied, strict=False):
            if ce <= cs:
                continue
            if not copied:
                runs.append((cs, inner[b0], False))
                continue
            c, b = cs, b0
            while c < ce:      # split the copied run where the inner map starts a new run
                k = bisect_right(inner._starts, b) - 1
                nxt = inner._starts[k + 1] if k + 1 < n_inner else inner._length + 1
                step = min(ce - c, nxt - b)
                if inner._copied[k]:
                    runs.append((c, inner._raw[k] + b - inner._starts[k], True))
                else:
                    runs.append((c, inner._raw[k], False))
                c += step
                b += step
        if not runs:
            runs.append((0, inner[min(self._raw_end, inner._length)], True))
        return OffsetMap(runs, self._length, inner[self._raw_end])

    def shifted(self, start: int, end: int) -> "OffsetMap":
        """The map of the slice [start:end] of the cleaned text (for a part of a file)."""
        k0 = bisect_right(self._starts, start) - 1
        runs = []
        for k in range(max(k0, 0), len(self._starts)):
            s = self._starts[k]
            if s >= end:
                break
            if s <= start:
                raw = self._raw[k] + (start - s if self._copied[k] else 0)
                runs.append((0, raw, self._copied[k]))
            else:
                runs.append((s - start, self._raw[k], self._copied[k]))
        return OffsetMap(runs or [(0, self[start], True)], end - start, self[end])

    def __repr__(self) -> str:
        return f"OffsetMap({len(self._starts)} runs, {self._length} chars)"


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """Apply (start, end, replacement) edits to text; overlapping edits: the first (longest) wins.

    Returns the new text and the map from its offsets to offsets in `text`.
    """
    edits.sort(key=lambda e: (e[0], -e[1]))
    out: list[str] = []
    runs: list[tuple[int, int, bool]] = []
    pos = 0      # in text
    length = 0   # of output so far
    for start, end, repl in edits:
        if start < pos:
            continue
        if start > pos:
            runs.append((length, pos, True))
            out.append(text[pos:start])
            length += start - pos
        if repl:
            # a same-length replacement (0。008 → 0.008) keeps a 1:1 map
            runs.append((length, start, len(repl) == end - start))
            out.append(repl)
            length += len(repl)
        pos = end
    if pos < len(text):
        runs.append((length, pos, True))
        out.append(text[pos:])
        length += len(text) - pos
    if not runs:
        runs.append((0, 0, True))
    return "".join(out), OffsetMap(runs, length, len(text))
