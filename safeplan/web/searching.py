"""The search call shared by the 检索 page and `/api/search`: query parameters → `safeplan.search.search`."""

from __future__ import annotations

import re
import time
from datetime import date

from starlette.concurrency import run_in_threadpool

from safeplan.errors import SafeplanError
from safeplan.web.state import index_version

FILTERS = ("sector", "responsible", "due_before", "level", "doc", "kind")
MAX_LIMIT = 100


class BadQuery(ValueError):
    pass


def parse_params(params) -> dict:
    """The search flags of cli.md from query parameters; raises BadQuery with a message for a bad value."""
    query = (params.get("q") or "").strip()
    if len(query) > 500:
        raise BadQuery("query too long (at most 500 characters)")
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
    if not limit.isdigit() or not 1 <= int(limit) <= MAX_LIMIT:
        raise BadQuery(f"limit must be a whole number from 1 to {MAX_LIMIT}")
    out["limit"] = int(limit)
    return out


async def run_search(state, args: dict) -> dict:
    """Runs the library search in a worker thread and adds which index version served it."""
    from safeplan.search import search

    def call():
        before = index_version(state.workspace)
        started = time.perf_counter()
        result = search(state.workspace, args["query"], sector=args["sector"], responsible=args["responsible"],
                        due_before=args["due_before"], level=args["level"], doc=args["doc"], kind=args["kind"],
                        limit=args["limit"])
        result.setdefault("index_version", index_version(state.workspace) or before)
        result.setdefault("took_ms", round((time.perf_counter() - started) * 1000, 1))
        return result

    return await run_in_threadpool(call)


__all__ = ["BadQuery", "SafeplanError", "parse_params", "run_search"]
