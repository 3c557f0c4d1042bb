"""The index's version, field weights and whoosh schema: one document per rule (plan item or law article).
whoosh is imported only to make a schema (a search on a tantivy index never imports it)."""

from __future__ import annotations

from safeplan.search.analysis import ANALYZER_VERSION

# Bump when fields, their analysis or the files beside the index (head/, rows.*) change: an index of another
# version must be rebuilt.
SCHEMA_VERSION = 9 * 100 + ANALYZER_VERSION

# Fields searched by a query, with their BM25F weight (tuned on tests/relevance/questions.yaml).
FIELD_WEIGHTS = {
    "heading": 2.0,
    "units": 2.0,
    "tags": 1.5,
    "path": 1.0,
    "text": 1.0,
}
# A query word found in a document's title (消防法 占用消防车通道) multiplies the scores of that
# document's rules; the titles are matched in memory (meta.json), not as a field of every rule.
TITLE_BOOST = 1.5
TITLE_MAX_DOCUMENTS = 20     # a word in more titles than this says nothing about which document


# BM25F: K1, and B per field (how much a long field is penalised; plan items are long, law 款 short).
K1 = 1.2
B = {"text": 0.2, "heading": 0.5, "path": 0.5, "units": 0.5, "tags": 0.5}


def weighting():
    from whoosh.scoring import BM25F

    return BM25F(B=0.75, K1=K1, **{f"{name}_B": b for name, b in B.items()})


def make_schema(stoplist=()):
    from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

    from safeplan.search.whoosh_analysis import ChineseAnalyzer

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
        title=STORED,                                # as the rule file has it (a law's first sentence)
        heading=TEXT(analyzer=analyzer, phrase=True),  # the title when it is a real, short heading
        text=TEXT(analyzer=analyzer, stored=True, phrase=True),
        path=TEXT(analyzer=analyzer, phrase=True),  # the headings above the rule, joined
        path_list=STORED,
        doc_title=STORED,                            # title, 文号, issuer of the document
        tags=TEXT(analyzer=analyzer),                # the sector names, searchable
        units=TEXT(analyzer=analyzer, phrase=True),  # lead and support units, searchable
        sectors=KEYWORD(commas=True, stored=True),
        lead=KEYWORD(commas=True, stored=True),
        support=KEYWORD(commas=True, stored=True),
        has=KEYWORD(),                               # frequency deadline target responsible: what the rule states
        due_min=NUMERIC(int, stored=True),           # earliest / latest deadline as YYYYMMDD
        due_max=NUMERIC(int, stored=True),
        due_years=KEYWORD(),                         # every year a deadline falls in: "2024 2025 2026"
        source_path=STORED,
        source_line=STORED,
    )
