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
        return sum(x != y for x, y in zip(a, b, strict=False)) == 1
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def vocabulary_buckets(freq: dict) -> dict[tuple, list[str]]:
    """Index words of two characters or more, grouped by (length, first character) and by (length, "",
    last character): two words of two characters or more one edit apart share one or the other."""
    buckets: dict[tuple, list[str]] = {}
    for word, count in freq.items():
        if count and len(word) >= 2:
            buckets.setdefault((len(word), word[0]), []).append(word)
            buckets.setdefault((len(word), "", word[-1]), []).append(word)
    return buckets


def _nearest(word: str, buckets, weight, sizes, bound=None) -> str | None:
    """The index word of one of `sizes` one edit away from `word` that `weight` likes best.

    `bound(c)`, when given, is a cheap upper bound of `weight(c)`: candidates are weighed from the highest
    bound down, and the rest are left out once their bound is below the best weight found (same answer,
    fewer weighings: each is an index search)."""
    found = {c for size in sizes for key in ((size, word[0]), (size, "", word[-1]))
             for c in buckets.get(key, ()) if within_one_edit(word, c)}
    if not found:
        return None
    if bound is None:
        return max(found, key=lambda c: (weight(c), c))
    best = None
    for limit, c in sorted(((bound(c), c) for c in found), reverse=True):
        if best is not None and (limit, c) < best:
            break
        key = (weight(c), c)
        if best is None or key > best:
            best = key
    return best[1]


def _cjk(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


class _Weight:
    """How much a candidate is used with the other words typed: engine.counts (together, alone), once each;
    `bound` is a cheap upper bound of it (together ≤ alone, and ≤ the rules holding the other words)."""

    def __init__(self, engine, context: list[str], most: int):
        self.engine, self.context, self.most = engine, context, most
        self.known: dict[str, tuple[int, int]] = {}

    def __call__(self, word: str) -> tuple[int, int]:
        if word not in self.known:
            self.known[word] = self.engine.counts(word, self.context)
        return self.known[word]

    def bound(self, word: str) -> tuple[int, int]:
        alone = self.engine.doc_frequency(word)
        return (min(alone, self.most), alone)


def _correct(chunk: str, freq: dict, buckets, engine, cut, known) -> str | None:
    """`chunk` with a misspelt word corrected: 疏散逃生演炼 → 疏散逃生演练, or None.

    jieba leaves a misspelt word as single characters; the shortest span of pieces around such a
    character that is one edit away from an index word used with the other words typed is replaced.
    `engine` counts the rules holding words (engine.py: counts, together, doc_frequency).
    """
    from safeplan.search.query import split_known

    pieces = []
    for piece, is_known in split_known(chunk, known):
        pieces += [piece] if is_known else list(cut(piece))
    starts = [0]
    for piece in pieces:
        starts.append(starts[-1] + len(piece))
    spans = []
    for i, piece in enumerate(pieces):
        if len(piece) == 1 and _cjk(piece) and piece not in known:
            spans += [(a, b) for a in range(max(0, i - 2), i + 1) for b in range(i + 1, min(len(pieces), i + 3) + 1)]
    ordered = sorted(set(spans), key=lambda ab: (starts[ab[1]] - starts[ab[0]], ab))
    most: dict[tuple, int] = {}     # the words typed outside a span → the rules holding all of them
    # A replaced character first, anywhere; only then one too many or too few.
    for delta in ((0,), (-1, 1)):
        for a, b in ordered:
            span = chunk[starts[a]:starts[b]]
            if len(span) < 2 or not _cjk(span) or freq.get(span):
                continue
            context = [p for j, p in enumerate(pieces) if not a <= j < b and len(p) > 1]
            key = tuple(context)
            if key not in most:
                most[key] = engine.together(context)
            if not most[key]:     # no rule holds the other words typed: no word is used with them
                continue
            weight = _Weight(engine, context, most[key])
            near = _nearest(span, buckets, weight, [len(span) + d for d in delta], weight.bound)
            if near and weight(near)[0] > 0:
                return chunk[:starts[a]] + near + chunk[starts[b]:]
    return None


def did_you_mean(chunks: list[str], freq: dict, buckets, engine, lexicon, total: int, cut) -> str | None:
    """A corrected query, or None when every word typed is known (or nothing better is found).

    `buckets()` gives `vocabulary_buckets`, built only when a word looks misspelt; `engine.counts(word,
    context)` how many indexed rules use a word together with the other words typed (and alone).
    """
    from safeplan.search.query import known_words

    known = known_words(lexicon, extra=True)
    changed = False
    out = []
    for chunk in chunks:
        replacement = None
        if freq.get(chunk) or chunk in known:
            pass
        elif total == 0:
            replacement = next((fold(s) for s in lexicon.synonyms(chunk) if freq.get(fold(s))), None)
        if replacement is None and not freq.get(chunk) and chunk not in known:
            replacement = _correct(chunk, freq, buckets(), engine, cut, known)
        if replacement and replacement != chunk:
            changed = True
            out.append(replacement)
        else:
            out.append(chunk)
    return " ".join(out) if changed else None
