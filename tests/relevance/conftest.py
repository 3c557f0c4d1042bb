"""The embedded corpus's rule files (rules/, from rule extraction) indexed once for the relevance tests."""

from __future__ import annotations

import pytest

from safeplan.workspace import Workspace


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Workspace:
    from safeplan.search import build_index
    from safeplan.search.build import load_workspace_rules

    ws = Workspace.at(tmp_path_factory.mktemp("relevance"))   # rules/ and search/ come from the defaults
    rule_files = load_workspace_rules(ws)
    assert len(rule_files) == 21, "the 21 documents of the embedded corpus each have their rule file"
    build_index(ws, rule_files=rule_files)
    return ws
