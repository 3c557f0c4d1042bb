"""The embedded corpus indexed once for the relevance tests.

Rule files come from the project's rules/ (committed by rule extraction). Until they cover the
corpus, rules are made from the reader's items alone (ids, titles, texts and lines; no sectors,
units or deadlines), which is what the search would see of a freshly read corpus.
"""

from __future__ import annotations

import pytest

from reader_rules import reader_rule_files
from safeplan.workspace import Workspace, defaults_root


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Workspace:
    from safeplan.search import build_index
    from safeplan.search.build import load_workspace_rules

    ws = Workspace.at(tmp_path_factory.mktemp("relevance"))   # rules/ and search/ come from the defaults
    rule_files = load_workspace_rules(ws)
    if len(rule_files) < 20:          # the 21 documents of the embedded corpus
        corpus = defaults_root() / "corpus"
        rule_files = reader_rule_files(sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt")))
    build_index(ws, rule_files=rule_files)
    return ws
