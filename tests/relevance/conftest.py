"""The embedded corpus's rule files (rules/, from rule extraction) indexed once for the relevance tests."""

from __future__ import annotations

import pytest

from safeplan.workspace import Workspace


@pytest.fixture(scope="session", params=["whoosh", "tantivy"])
def corpus_index(tmp_path_factory, request) -> Workspace:
    """The embedded corpus indexed by each backend in turn (`corpus_index.backend` says which)."""
    from safeplan.search import build_index
    from safeplan.search.build import load_workspace_rules

    ws = Workspace.at(tmp_path_factory.mktemp(f"relevance-{request.param}"))   # rules/, search/: the defaults
    rule_files = load_workspace_rules(ws)
    assert len(rule_files) == 21, "the 21 documents of the embedded corpus each have their rule file"
    build_index(ws, rule_files=rule_files, backend=request.param)
    return ws


@pytest.fixture
def backend(corpus_index) -> str:
    from safeplan.search.store import current_generation, generation_dir, read_meta

    return read_meta(generation_dir(corpus_index, current_generation(corpus_index)))["backend"]
