"""`search`: cli.md's JSON object, snippets, filters, facets, synonyms and "did you mean"."""

from __future__ import annotations

import pytest
from searchdata import rule, rule_file, write_rules

from safeplan.errors import SafeplanError
from safeplan.search import build_index, search

KEYS = ["query", "total", "took_ms", "facets_over", "facets", "hits"]
# cli.md's keys, then `document` (the document's title as people say it: 《职业病防治法》), its 文号 and level
HIT_KEYS = ["doc_id", "rule_id", "title", "score", "snippet", "path", "sectors", "responsible", "source", "document",
            "doc_number", "level"]


def ids(result):
    return [f"{h['doc_id']}:{h['rule_id']}" for h in result["hits"]]


def test_the_result_is_cli_md_s_json_object(indexed):
    result = search(indexed, "疏散逃生演练")
    assert list(result) == KEYS
    assert result["total"] == 1 and result["facets_over"] == 1
    hit = result["hits"][0]
    assert list(hit) == HIT_KEYS
    assert (hit["doc_id"], hit["rule_id"]) == ("anwei-2024-2-zhiben-gongjian", "3.5.12")
    assert hit["path"] == ["三、主要任务", "(五)开展生产经营单位从业人员安全素质能力提升行动。"]
    assert hit["responsible"] == {"lead": [], "support": []}
    assert hit["source"] == {"path": "corpus/x.txt", "line": 82}
    assert "<b>疏散逃生演练</b>" in hit["snippet"]
    assert result["facets"] == {"sector": {}, "level": {"national": 1}, "doc_id": {"anwei-2024-2-zhiben-gongjian": 1},
                                "document": {"《安全生产治本攻坚三年行动方案(2024-2026年)》": 1}}
    assert hit["document"] == "《安全生产治本攻坚三年行动方案(2024-2026年)》"
    assert (hit["doc_number"], hit["level"]) == ("安委〔2024〕2号", "national")


def test_a_phrase_in_quotes_matches_the_words_in_order(indexed):
    assert ids(search(indexed, '"重大事故隐患数据库"')) == ["anwei-2024-2-zhiben-gongjian:3.3.6"]
    assert set(ids(search(indexed, '"重大事故隐患"'))) == {"anwei-2024-2-zhiben-gongjian:3.3.4",
                                                       "anwei-2024-2-zhiben-gongjian:3.3.6"}


def test_an_abbreviation_finds_the_full_name(indexed):
    # 危化品 ↔ 危险化学品 (search/synonyms.yaml); the law article writes 危险化学品 only.
    assert "weixian-huaxuepin-anquan-guanli-tiaoli-2013:22" in ids(search(indexed, "危化品 安全评价"))


def test_a_query_in_traditional_characters_finds_simplified_text(indexed):
    assert ids(search(indexed, "安全評價"))[0] == "weixian-huaxuepin-anquan-guanli-tiaoli-2013:22"


def test_the_matched_words_are_bold_and_everything_else_is_escaped(workspace):
    write_rules(workspace.root / "rules", rule_file("escape-test", "转义", "street", "plan", [
        rule("1", "检查<script>alert(1)</script> & “消防”通道", title="检查")], "corpus/e.txt"))
    build_index(workspace)
    snippet = search(workspace, "消防通道")["hits"][0]["snippet"]
    assert snippet == "检查&lt;script&gt;alert(1)&lt;/script&gt; &amp; “<b>消防</b>”<b>通道</b>"


def test_a_hit_s_text_is_highlighted_where_its_folded_form_holds_the_words(workspace):
    # full-width letters, traditional characters, runs of spaces and an ideographic space: tantivy's snippet
    # reads the text folded at index time (the head of the row's words), whoosh folds it at search time
    text = "ＡＢＣ公司  應當　落實\n\n消防車通道"
    write_rules(workspace.root / "rules", rule_file("fold-test", "折叠", "street", "plan", [
        rule("1", text, title="折叠")], "corpus/f.txt"))
    for backend in ("whoosh", "tantivy"):
        build_index(workspace, backend=backend, rebuild=True)
        snippet = search(workspace, "abc 落实 通道")["hits"][0]["snippet"]
        assert snippet == "<b>ＡＢＣ</b>公司 應當 <b>落實</b> 消防車<b>通道</b>", backend


@pytest.mark.parametrize("flags, expected", [
    ({"sector": "危化品"}, ["anwei-2024-2-zhiben-gongjian:3.4.7", "weixian-huaxuepin-anquan-guanli-tiaoli-2013:22"]),
    ({"responsible": "街道安办"}, ["jiedao-zhiben-gongjian-fangan-muban-p1:2.1", "jiedao-zhiben-gongjian-fangan-muban-p1:3.1"]),
    ({"responsible": "各村(居)"}, ["jiedao-zhiben-gongjian-fangan-muban-p1:3.1"]),
    ({"due_before": "2024-12-31"}, ["anwei-2024-2-zhiben-gongjian:3.3.6"]),
    ({"due_before": "2025-12-31"}, ["anwei-2024-2-zhiben-gongjian:3.3.6", "anwei-2024-2-zhiben-gongjian:3.4.7"]),
    ({"due_before": "2025-12-31", "due_after": "2025-01-01"}, ["anwei-2024-2-zhiben-gongjian:3.4.7"]),
    ({"level": "street"}, ["jiedao-zhiben-gongjian-fangan-muban-p1:2.1", "jiedao-zhiben-gongjian-fangan-muban-p1:3.1"]),
    ({"kind": "requirement"}, ["weixian-huaxuepin-anquan-guanli-tiaoli-2013:22"]),
    ({"doc": "jiedao-zhiben-gongjian-fangan-muban"}, ["jiedao-zhiben-gongjian-fangan-muban-p1:2.1",
                                                      "jiedao-zhiben-gongjian-fangan-muban-p1:3.1"]),
], ids=["sector-alias", "lead", "support", "due-2024", "due-2025", "due-in-2025", "level", "kind", "doc-with-parts"])
def test_filters_without_words_list_every_rule_they_keep(indexed, flags, expected):
    assert sorted(ids(search(indexed, "", **flags))) == expected


def test_filters_narrow_a_query_and_the_facets_count_what_is_left(indexed):
    result = search(indexed, "主要负责人", level="street")
    assert ids(result) == ["jiedao-zhiben-gongjian-fangan-muban-p1:3.1"]
    assert result["facets"]["level"] == {"street": 1}


def test_facets_count_every_match_not_only_the_hits_shown(indexed):
    # 安全 is in six of the seven texts (not in 3.3.6's).
    result = search(indexed, "安全", limit=1)
    assert len(result["hits"]) == 1
    assert result["total"] == result["facets_over"] == sum(result["facets"]["level"].values()) == 6
    assert result["facets"]["sector"] == {"危险化学品": 2, "矿山": 1, "粉尘涉爆": 1}


def test_bad_flag_values_are_bad_input(indexed):
    with pytest.raises(SafeplanError, match="--due-before: expected a date YYYY-MM-DD"):
        search(indexed, "隐患", due_before="2025-02-30")
    with pytest.raises(SafeplanError, match="--kind: 'plan' is not one of"):
        search(indexed, "隐患", kind="plan")


def test_did_you_mean_offers_an_index_word_one_edit_away(indexed):
    result = search(indexed, "疏散逃生演炼")
    assert result["did_you_mean"] == "疏散逃生演练"


def test_did_you_mean_is_looked_for_only_when_few_rules_match(indexed, monkeypatch):
    from safeplan.search import searching

    total = search(indexed, "疏散逃生演炼")["total"]
    assert total >= 1
    monkeypatch.setattr(searching, "FEW", total)       # as many matches as "few" allows: a page of hits
    assert "did_you_mean" not in search(indexed, "疏散逃生演炼")
    monkeypatch.setattr(searching, "FEW", total + 1)
    assert search(indexed, "疏散逃生演炼")["did_you_mean"] == "疏散逃生演练"


def test_no_hits_is_a_result_not_an_error(indexed):
    result = search(indexed, "核电站")
    assert (result["total"], result["hits"]) == (0, [])


def test_what_a_question_asks_for_lifts_the_rules_that_state_it(indexed):
    # 3.3.6 says 重大事故隐患 three times, 3.3.4 twice but states how often (每季度): 多久 asks for a frequency
    # (tantivy adds the lift to the rows it fetched, whoosh in its query: the same order)
    assert [h["rule_id"] for h in search(indexed, "重大事故隐患")["hits"]] == ["3.3.6", "3.3.4"]
    assert [h["rule_id"] for h in search(indexed, "重大事故隐患 多久")["hits"]] == ["3.3.4", "3.3.6"]
