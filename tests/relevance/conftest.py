"""The embedded corpus indexed once for the relevance tests.

Rule files come from the project's rules/ (committed by rule extraction). Until they cover the
corpus, rules are made from the reader's items alone (ids, titles, texts and lines; no sectors,
units or deadlines), which is what the search would see of a freshly read corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safeplan.workspace import Workspace, defaults_root


def reader_rule_files(corpus: Path) -> list:
    from safeplan.corpus import read_documents
    from safeplan.rules.model import rule_file_from_dict

    out = []
    for path in sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt")):
        for doc in read_documents(path):
            meta = doc.meta
            rules = [{"id": it.id, "path": it.path, "number": it.number, "title": it.title, "text": it.text,
                      "kind": "task", "obligation": "must", "sectors": [],
                      "source": {"path": doc.path, "line": it.line, "start": it.start, "end": it.end}}
                     for it in doc.walk()]
            document = {"id": doc.id, "title": meta.title, "issuer": meta.issuer, "doc_number": meta.doc_number,
                        "index_number": meta.index_number, "date": meta.date, "level": meta.level,
                        "region": meta.region, "genre": meta.genre,
                        "period": {"start_year": meta.period_start, "end_year": meta.period_end},
                        "template": meta.template, "source": {"path": doc.path, "sha256": doc.sha256, "part": doc.part}}
            out.append(rule_file_from_dict({"document": document, "rules": rules}, str(path)))
    return out


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Workspace:
    from safeplan.search import build_index
    from safeplan.search.build import load_workspace_rules

    ws = Workspace.at(tmp_path_factory.mktemp("relevance"))   # rules/ and search/ come from the defaults
    rule_files = load_workspace_rules(ws)
    if len(rule_files) < 20:          # the 21 documents of the embedded corpus
        rule_files = reader_rule_files(defaults_root() / "corpus")
    build_index(ws, rule_files=rule_files)
    return ws
