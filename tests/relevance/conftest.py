"""The embedded corpus's rule files (rules/, from rule extraction) indexed once for the relevance tests."""

from __future__ import annotations

import pytest

from safeplan.workspace import Workspace


@pytest.fixture(scope="session", params=["whoosh", "tantivy"])
def corpus_index(packaged_index, request) -> Workspace:
    """The embedded corpus indexed by each backend in turn (`backend` says which); whoosh is what a new
    workspace gets, so its index is the one the workbench's tests search too (tests/conftest.py)."""
    ws = Workspace.at(packaged_index(None if request.param == "whoosh" else request.param))
    assert _backend(ws) == request.param
    return ws


def _backend(ws) -> str:
    from safeplan.search.store import current_generation, generation_dir, read_meta

    return read_meta(generation_dir(ws, current_generation(ws)))["backend"]


@pytest.fixture
def backend(corpus_index) -> str:
    return _backend(corpus_index)
