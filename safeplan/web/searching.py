"""The search call shared by the 检索 page and `/api/search`: query parameters → `safeplan.search.search`."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from datetime import date

from starlette.concurrency import run_in_threadpool

from safeplan.errors import SafeplanError
from safeplan.search import MAX_QUERY_CHARS

FILTERS = ("sector", "responsible", "due_before", "level", "doc", "kind", "genre")
MAX_LIMIT = 100


class BadQuery(ValueError):
    pass


def is_number(text: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts ², ① and other digits int() refuses."""
    return text.isascii() and text.isdigit()


def parse_params(params) -> dict:
    """The search flags of cli.md from query parameters; raises BadQuery with a message for a bad value."""
    query = (params.get("q") or "").strip()
    if len(query) > MAX_QUERY_CHARS:   # the library says the same; said here before a thread is taken
        raise BadQuery(f"query too long: {len(query)} characters (at most {MAX_QUERY_CHARS})")
    out = {"query": query}
    for name in FILTERS:
        value = (params.get(name) or "").strip()
        out[name] = value or None
    if out["due_before"]:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", out["due_before"]):
            raise BadQuery("due_before must be a date YYYY-MM-DD")
        try:
            date.fromisoformat(out["due_before"])
        except ValueError as exc:
            raise BadQuery(f"due_before is not a real date: {out['due_before']}") from exc
    limit = (params.get("limit") or "10").strip()
    if not is_number(limit) or not 1 <= int(limit) <= MAX_LIMIT:
        raise BadQuery(f"limit must be a whole number from 1 to {MAX_LIMIT}")
    out["limit"] = int(limit)
    return out


class ResultCache:
    """The last results by (index generation, query, filters). A new index generation never serves an old
    result: its name is part of the key. Repeated searches (a facet click, the same question asked
    again) skip the 40–100 ms of a search over the full index."""

    def __init__(self, size: int):
        self.size = size
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        return None

    def put(self, key, value) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


async def run_search(state, args: dict) -> dict:
    """Runs the library search in a worker thread and says which index generation served it.

    The generation is read before and after the call; when an index swap happened in between, the
    search runs once more, so the version named is the one that answered.
    """
    from safeplan.search import index_version, search

    def call():
        key_args = tuple(args[k] for k in ("query", *FILTERS, "limit"))
        for _ in range(3):
            before = index_version(state.workspace)
            cached = state.search_cache.get((before, key_args))
            if cached is not None:
                return {**cached, "cached": True}
            result = search(state.workspace, args["query"], sector=args["sector"], responsible=args["responsible"],
                            due_before=args["due_before"], level=args["level"], doc=args["doc"],
                            kind=args["kind"], genre=args["genre"], limit=args["limit"])
            if index_version(state.workspace) == before:
                break
        result["index_version"] = before
        state.search_cache.put((before, key_args), result)
        return result

    return await run_in_threadpool(call)


__all__ = ["BadQuery", "SafeplanError", "parse_params", "run_search"]
