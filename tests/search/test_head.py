"""The head arrays (head.py): a query of common words scored on arrays gets the scores whoosh gives."""

from __future__ import annotations

import pytest
from searchdata import LAW, rule, rule_file, write_rules

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


def _whoosh_and_head(workspace, query, folder, min_df):
    opened = open_index(workspace, SCHEMA_VERSION, weighting())
    parsed = parse_query(query, load_lexicon(workspace), _cut(opened))
    searcher = opened.searcher
    # every clause taken as rare: whoosh runs the query, any clause will do
    expected = {hit.docnum: hit.score for hit in searcher.search(whoosh_query(parsed, FIELD_WEIGHTS), limit=None)}
    write_head(searcher.reader(), folder, list(FIELD_WEIGHTS) + ["has", "due_years"], min_df=min_df)
    head = Head(folder, searcher)
    docs, scores = head.run(parsed.clauses, FIELD_WEIGHTS, lifts(parsed), every=False)
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
    expected, got = _whoosh_and_head(whoosh_indexed, query, tmp_path, 1)
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


# A phrase alternative (the synonym 隐患数据库, two words) in a query whose words are all common and in one
# with a rare word: both must match it as whoosh's phrase matcher does (the words next to each other, in
# order), so a phrase ranks the same whatever its words' frequency. 隐患 and 数据库 are apart in 9.1.
APART = rule_file("x-taizhang", "台账规定", "street", "plan", [
    rule("9.1", "将隐患情况录入数据库,每月更新一次。", line=1),
    rule("9.2", "建立隐患数据库,每季度更新一次。", line=2),
    rule("9.3", "建立安全生产台账。", line=3),
], "corpus/plans/x-taizhang.txt")


@pytest.mark.parametrize("share", [0.1, 1.0], ids=["every-word-common", "every-word-rare"])
def test_a_phrase_matches_the_same_rules_whether_its_words_are_common_or_rare(workspace, monkeypatch, share):
    from whoosh.query import Or, Phrase, Term

    from safeplan.search import whoosh_engine
    from safeplan.search.query import FilterSpec, split_common

    write_rules(workspace.root / "rules", APART)
    (workspace.root / "search").mkdir()
    (workspace.root / "search" / "synonyms.yaml").write_text(
        "schema: safeplan.search-synonyms/v1\ngroups:\n  - [台账, 隐患数据库]\n", encoding="utf-8")
    build_index(workspace, backend="whoosh")
    monkeypatch.setattr(whoosh_engine, "COMMON_SHARE", share)
    opened = open_index(workspace, SCHEMA_VERSION, weighting())
    parsed = parse_query("台账", load_lexicon(workspace), _cut(opened))
    assert parsed.clauses[0].alternatives == [["台账"], ["隐患", "数据库"]]
    engine = whoosh_engine.WhooshEngine(opened)
    rare, common = split_common(parsed.clauses, engine.doc_frequency, opened.searcher.doc_count(), share,
                                opened.searcher.doc_count())
    assert (rare, common) == (([], parsed.clauses) if share < 1 else (parsed.clauses, []))

    got = {docnum: score for docnum, _, score in engine.matches(parsed, FilterSpec(), 100, False).scored}
    reference = Or([Term(name, "台账", boost=weight) for name, weight in FIELD_WEIGHTS.items()]
                   + [Phrase(name, ["隐患", "数据库"], boost=weight * 0.5) for name, weight in FIELD_WEIGHTS.items()])
    expected = {hit.docnum: hit.score for hit in opened.searcher.search(reference, limit=None)}
    keys = {docnum: opened.searcher.stored_fields(docnum)["key"] for docnum in got}
    assert {"x-taizhang:9.2", "x-taizhang:9.3"} <= set(keys.values()) and "x-taizhang:9.1" not in keys.values()
    assert got == pytest.approx(expected, rel=1e-9)
