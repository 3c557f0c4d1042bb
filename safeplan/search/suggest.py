""""Did you mean": index words one edit away from a word typed, or a synonym the index holds.

whoosh's own `correct_query` cannot be used: it raises when one query word becomes several tokens,
which is always the case in Chinese.
"""

from __future__ import annotations

from safeplan.search.analysis import fold


def within_one_edit(a: str, b: str) -> bool:
    """True when `b` is `a` with one character replaced, inserted or deleted (or equal)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        return sum(x != y for x, y in zip(a, b)) == 1
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def vocabulary_by_length(freq: dict) -> dict[int, list[tuple[str, int]]]:
    """Index words (two characters or more) grouped by length, most frequent first."""
    buckets: dict[int, list[tuple[str, int]]] = {}
    for word, count in freq.items():
        if count and len(word) >= 2:
            buckets.setdefault(len(word), []).append((word, count))
    for bucket in buckets.values():
        bucket.sort(key=lambda wc: -wc[1])
    return buckets


def _nearest(word: str, buckets) -> str | None:
    for size in (len(word), len(word) - 1, len(word) + 1):
        for candidate, _ in buckets.get(size, ()):
            if within_one_edit(word, candidate):
                return candidate
    return None


def did_you_mean(chunks: list[str], freq: dict, buckets, lexicon, total: int) -> str | None:
    """A corrected query, or None when every word typed is known (or nothing better is found)."""
    known = {fold(w) for g in lexicon.groups for w in g} | {fold(w) for w, _ in lexicon.userdict}
    changed = False
    out = []
    for chunk in chunks:
        replacement = None
        if not freq.get(chunk) and chunk not in known and len(chunk) >= 2:
            replacement = _nearest(chunk, buckets)
        elif total == 0 and not freq.get(chunk):
            replacement = next((fold(s) for s in lexicon.synonyms(chunk) if freq.get(fold(s))), None)
        if replacement and replacement != chunk:
            changed = True
            out.append(replacement)
        else:
            out.append(chunk)
    return " ".join(out) if changed else None
