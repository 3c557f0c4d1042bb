"""Rule files made from the corpus reader's items alone: ids, titles, texts and lines; no sectors,
units or deadlines. The relevance tests use them until rules/ covers the corpus; the search
benchmark uses them because extraction is not what it measures."""

from __future__ import annotations


def rule_file_of(doc):
    from safeplan.rules.model import rule_file_from_dict

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
    return rule_file_from_dict({"document": document, "rules": rules}, doc.path)


def reader_rule_files(paths) -> list:
    from safeplan.corpus import read_documents

    return [rule_file_of(doc) for path in paths for doc in read_documents(path)]
