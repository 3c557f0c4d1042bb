"""Full-text search over rules and law articles: a whoosh or tantivy index with our jieba analyzer.

`build_index(workspace, rebuild=False)` builds or updates `<workspace>/.safeplan/index`;
`search(workspace, query, …)` returns cli.md's search object. Heavy imports happen on first use.
"""

from __future__ import annotations

__all__ = ["MAX_QUERY_CHARS", "build_index", "index_is_stale", "index_version", "search"]

MAX_QUERY_CHARS = 500   # a question or a few key words; 40,000 characters took 14.5 s and 513 MB


def build_index(workspace, rebuild: bool = False, rule_files=None, progress=None, backend=None) -> dict:
    from safeplan.search.build import build_index as _build

    return _build(workspace, rebuild=rebuild, rule_files=rule_files, progress=progress, backend=backend)


def search(workspace, query: str, sector=None, responsible=None, due_before=None, level=None, doc=None,
           kind=None, limit: int = 10, genre=None, due_after=None, facets: bool = True) -> dict:
    from safeplan.search.searching import search as _search

    if len(query or "") > MAX_QUERY_CHARS:
        from safeplan.errors import SafeplanError

        raise SafeplanError(f"the query is {len(query)} characters long; at most {MAX_QUERY_CHARS} are searched: "
                            "shorten it to its key words")
    return _search(workspace, query, sector=sector, responsible=responsible, due_before=due_before,
                   level=level, doc=doc, kind=kind, limit=limit, genre=genre, due_after=due_after, facets=facets)


def index_version(workspace) -> str | None:
    """The live index generation ("g000007"), or None when the workspace has no index."""
    from safeplan.search.store import current_generation

    return current_generation(workspace)


def index_is_stale(workspace) -> bool:
    """True when the workspace's rules/ changed since its index was built from them."""
    from safeplan.search.build import index_is_stale as _stale
    from safeplan.search.store import open_index

    return _stale(workspace, open_index(workspace).meta)
