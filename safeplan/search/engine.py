"""The small interface between the search (searching.py) and an index backend (whoosh or tantivy).

An `Engine` answers, over one opened index generation:

    matches(parsed, spec, wanted, facets, seen) -> Matches
                                                       the `wanted` best rules for a parsed query and a
                                                       FilterSpec as (key, candidate, score), how many
                                                       match, facet counts; `seen` (key → candidate, or
                                                       None) holds the candidates this search read already
    idf(term) -> float                                 how rare a word is (re-ranking weighs by it)
    held(candidate) -> str                             the folded words a candidate holds (re-ranking)
    states(key, candidate, intents) -> bool            the rule states one of the things asked for
    doc_id(candidate) -> str                           its document
    article(candidate) -> hashable | None              its law article (one per article is shown)
    fields(key, candidate) -> dict                     the stored fields of a hit shown
    counts(word, context) -> (together, alone)         rules holding `word` with every context word,
                                                       and alone ("did you mean")
    together(words) -> int                             rules holding every one of `words`
    doc_frequency(word) -> int                         rules holding `word`

Both backends index the same units (documents.py) with the same analyzer (analysis.py, one Segmenter)
and answer with the same stored fields, so everything after `matches` is shared. A candidate is what
an engine reads cheaply for re-ranking (whoosh: the stored fields; tantivy: a row's ranking record).
"""

from __future__ import annotations

from dataclasses import dataclass, field

BACKENDS = ("whoosh", "tantivy")
LARGE = 50_000   # rules from which a workspace that has not chosen a backend gets tantivy


@dataclass
class Matches:
    scored: list            # [(key, candidate, score)], best first
    total: int              # rules matching
    facets: dict | None = field(default=None)   # {name: {value: count}} over every match; None: not counted


def choose_backend(requested: str | None, recorded: str | None, rules: int) -> str:
    """The backend a build uses: the one asked for, else the one the index has, else by size."""
    from safeplan.errors import SafeplanError

    if requested:
        if requested not in BACKENDS:
            raise SafeplanError(f"--backend: {requested!r} is not one of {', '.join(BACKENDS)}")
        return requested
    if recorded in BACKENDS:
        return recorded
    return "tantivy" if rules >= LARGE else "whoosh"
