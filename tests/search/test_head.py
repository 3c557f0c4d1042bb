"""The head arrays (head.py): a query of common words scored on arrays gets the scores whoosh gives."""

from __future__ import annotations

import pytest
from searchdata import LAW, rule, write_rules

from safeplan.search import build_index
from safeplan.search.head import Head, write_head
from safeplan.search.lexicon import load_lexicon
from safeplan.search.query import lifts, parse_query
from safeplan.search.schema import FIELD_WEIGHTS, SCHEMA_VERSION, weighting
from safeplan.search.searching import _cut
from safeplan.search.store import open_index


def whoosh_query(parsed, weights: dict):
    """The whoosh query of a parsed query, the reference the head is checked against: each clause matches
    any field (weighted), synonyms lower, any clause will do; the lifts add to a match."""
    from whoosh.query import AndMaybe, Or, Phrase, Term

    clauses = []
    for clause in parsed.clauses:
        subs = []
        for i, toks in enumerate(clause.alternatives):
            for name, weight in weights.items():
                boost = weight * clause.weight(i)
                subs.append(Term(name, toks[0], boost=boost) if len(toks) == 1 else Phrase(name, toks, boost=boost))
        clauses.append(Or(subs))
    query = clauses[0] if len(clauses) == 1 else Or(clauses)
    lifting = [Term(name, term, boost=boost) for name, term, boost in lifts(parsed)]
    return AndMaybe(query, Or(lifting)) if lifting else query


def _whoosh_and_head(workspace, query, folder, min_df, exact_phrases=False):
    opened = open_index(workspace, SCHEMA_VERSION, weighting())
    parsed = parse_query(query, load_lexicon(workspace), _cut(opened))
    searcher = opened.searcher
    # every clause taken as rare: whoosh runs the query, any clause will do
    expected = {hit.docnum: hit.score for hit in searcher.search(whoosh_query(parsed, FIELD_WEIGHTS), limit=None)}
    write_head(searcher.reader(), folder, list(FIELD_WEIGHTS) + ["has", "due_years"], min_df=min_df)
    head = Head(folder, searcher)
    docs, scores = head.run(parsed.clauses, FIELD_WEIGHTS, lifts(parsed), every=False,
                            phrase=head.phrase_scores if exact_phrases else None)
    return expected, dict(zip(docs.tolist(), scores.tolist(), strict=False))


# 危化品 is a synonym (危险化学品, weighted lower); 多久一次 lifts the rules that state a frequency;
# 负责人 is in a heading, 应急管理局 in the units of a rule.
QUERIES = ["安全 隐患", "危化品 储存", "应急演练 多久一次", "主要负责人 培训", "应急管理局 牵头", "粉尘涉爆 企业"]


@pytest.mark.parametrize("min_df", [1, 300], ids=["postings-from-the-arrays", "postings-read-from-whoosh"])
@pytest.mark.parametrize("query", QUERIES)
def test_the_head_matches_and_scores_every_rule_as_whoosh_does(whoosh_indexed, tmp_path, query, min_df):
    expected, got = _whoosh_and_head(whoosh_indexed, query, tmp_path, min_df)
    assert expected, "the query must match something to compare"
    assert sorted(got) == sorted(expected)
    assert got == pytest.approx(expected, rel=1e-9)


# Quoted phrases (the second's words are in 3.3.6, in the other order: holding both is not enough);
# 重大事故隐患, whose sub-words are indexed at its position (重大 事故 隐患 together, in order, only where the
# whole word is); 危化品's synonym 危险化学品; a deadline (2025 年底 前, a phrase).
PHRASES = ['"重大事故隐患数据库"', '"数据库 重大事故隐患" 危化品', '"主要负责人 要 每季度"', "重大 事故 隐患 排查", "危化品 2025年底前"]


@pytest.mark.parametrize("query", PHRASES)
def test_with_whoosh_s_phrase_matcher_the_head_matches_and_scores_phrases_exactly(whoosh_indexed, tmp_path, query):
    expected, got = _whoosh_and_head(whoosh_indexed, query, tmp_path, 1, exact_phrases=True)
    assert expected, "the query must match something to compare"
    assert sorted(got) == sorted(expected)
    assert got == pytest.approx(expected, rel=1e-9)


def test_after_an_incremental_update_the_head_leaves_out_the_replaced_rules(whoosh_indexed, tmp_path):
    changed = dict(LAW, rules=LAW["rules"] + [rule("23", "剧毒化学品的储存单位应当如实记录储存数量、流向。")])
    write_rules(whoosh_indexed.root / "rules", changed)
    build_index(whoosh_indexed)

    expected, got = _whoosh_and_head(whoosh_indexed, "危化品 储存", tmp_path, 1)
    assert len(expected) >= 2
    assert got == pytest.approx(expected, rel=1e-9)


def test_an_index_is_built_with_its_head(whoosh_indexed):
    opened = open_index(whoosh_indexed, SCHEMA_VERSION, weighting())
    assert opened.head.documents == opened.searcher.doc_count_all() == 7
    assert {"frequency", "deadline"} <= set(opened.head.terms["has"])
