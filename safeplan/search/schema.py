"""The whoosh schema of the index: one document per rule (plan item or law article)."""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from safeplan.search.analysis import ANALYZER_VERSION, ChineseAnalyzer

# Bump when fields or their analysis change: an index of another version must be rebuilt.
SCHEMA_VERSION = 1 * 100 + ANALYZER_VERSION

# Fields searched by a query, with their BM25F weight (tuned on tests/relevance/questions.yaml).
FIELD_WEIGHTS = {
    "title": 3.0,
    "units": 2.0,
    "tags": 1.5,
    "path": 1.0,
    "text": 1.0,
    "doc_title": 0.5,
}


def make_schema(stoplist=()) -> Schema:
    analyzer = ChineseAnalyzer(stoplist)
    return Schema(
        key=ID(unique=True, stored=True),           # "<doc_id>:<rule_id>"
        doc_id=ID(stored=True),
        rule_id=ID(stored=True),
        number=STORED,
        kind=ID(stored=True),
        level=ID(stored=True),
        genre=ID(stored=True),
        date=ID(stored=True),                        # the document's date, ISO
        title=TEXT(analyzer=analyzer, stored=True, phrase=True),
        text=TEXT(analyzer=analyzer, stored=True, phrase=True),
        path=TEXT(analyzer=analyzer, phrase=True),  # the headings above the rule, joined
        path_list=STORED,
        doc_title=TEXT(analyzer=analyzer, stored=True, phrase=True),   # title, 文号, issuer of the document
        tags=TEXT(analyzer=analyzer),                # the sector names, searchable
        units=TEXT(analyzer=analyzer, phrase=True),  # lead and support units, searchable
        sectors=KEYWORD(commas=True, stored=True),
        lead=KEYWORD(commas=True, stored=True),
        support=KEYWORD(commas=True, stored=True),
        has=KEYWORD(),                               # frequency deadline target responsible: what the rule states
        due_min=NUMERIC(int, stored=True),           # earliest / latest deadline as YYYYMMDD
        due_max=NUMERIC(int, stored=True),
        source_path=STORED,
        source_line=STORED,
    )
