"""A small workspace for the search tests (the rule files of searchdata.py)."""

from __future__ import annotations

import pytest
from searchdata import LAW, NATIONAL, STREET, write_rules

from safeplan.workspace import Workspace


@pytest.fixture
def workspace(tmp_path) -> Workspace:
    """A workspace with the three rule files (search data from the packaged defaults), not yet indexed."""
    write_rules(tmp_path / "rules", NATIONAL, STREET, LAW)
    return Workspace.at(tmp_path)


@pytest.fixture(params=["whoosh", "tantivy"])
def indexed(workspace, request) -> Workspace:
    """The workspace indexed by each backend in turn (the same results contract)."""
    from safeplan.search import build_index

    build_index(workspace, backend=request.param)
    return workspace


@pytest.fixture
def whoosh_indexed(workspace) -> Workspace:
    """The workspace indexed by whoosh (tests of whoosh's own files and the head arrays)."""
    from safeplan.search import build_index

    build_index(workspace, backend="whoosh")
    return workspace
