"""The small interface between the search (searching.py) and an index backend (whoosh or tantivy).

An `Engine` answers, over one opened index generation:

    matches(parsed, spec, wanted, facets) -> Matches   the `wanted` best rules for a parsed query and a
                                                       FilterSpec, how many match, facet counts
    idf(term) -> float                                 how rare a word is (re-ranking weighs by it)
    held(fields) -> str                                the folded words a hit holds (re-ranking)
    states(key, fields, intents) -> bool               the rule states one of the things asked for
    counts(word, context) -> (together, alone)         rules holding `word` with every context word,
                                                       and alone ("did you mean")

Both backends index the same units (documents.py) with the same analyzer (analysis.py, one Segmenter)
and answer with the same stored fields, so everything after `matches` is shared.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BACKENDS = ("whoosh", "tantivy")
LARGE = 50_000   # rules from which a workspace that has not chosen a backend gets tantivy


@dataclass
class Matches:
    scored: list            # [(key, stored fields, score)], best first
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
