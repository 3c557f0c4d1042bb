"""Relevance built for the genre: news indexed by paragraph, a law's article as one unit, everyday words."""

from __future__ import annotations

import pytest
from searchdata import rule, rule_file, write_rules

from safeplan.errors import SafeplanError
from safeplan.workspace import Workspace

# Lines copied from corpus/news/shenzhen-2024-345-moshi.txt (the decoration symbols of the web copy kept).
NEWS_TEXT = """广东省深圳市创新探索“345”工作模式

开展综合督导

  “7”代表周调度。深圳市安委办每周调度重大事故隐患整改■■★★■、系统数据填报等专项工作,实时掌握各项任务进度■★。

  开展高风险区域挂牌督导,通过对全市各街道2023年生产安全事故情况的系统分析评估,将9个街道列为安全生产事故高风险区域。
"""

NEWS = rule_file("shenzhen-2024-345-moshi", "广东省深圳市创新探索“345”工作模式", "city", "news", [
    rule("0", "广东省深圳市创新探索“345”工作模式 “7”代表周调度。深圳市安委办每周调度重大事故隐患整改、系统数据填报等专项工作,"
         "实时掌握各项任务进度。开展高风险区域挂牌督导,将9个街道列为安全生产事故高风险区域。", title="广东省深圳市创新探索", line=1),
], "corpus/news/shenzhen.txt")

# 安全生产法 第二十一条 (first line and two 项) and 第九十四条 (two 款), as in corpus/laws/anquan-shengchan-fa-2021.md.
LAW = rule_file("anquan-shengchan-fa-2021", "中华人民共和国安全生产法", "national", "law", [
    rule("21", "生产经营单位的主要负责人对本单位安全生产工作负有下列职责:", path=["第二章 生产经营单位的安全生产保障"],
         kind="duty", line=80),
    rule("21.1.1", "建立健全并落实本单位全员安全生产责任制，加强安全生产标准化建设；", kind="duty", line=81),
    rule("21.1.2", "组织制定并实施本单位安全生产规章制度和操作规程；", kind="duty", line=82),
    rule("94", "生产经营单位的主要负责人未履行本法规定的安全生产管理职责的，责令限期改正，处二万元以上五万元以下的罚款；",
         path=["第六章 法律责任"], kind="requirement", line=300),
    rule("94.2", "生产经营单位的主要负责人依照前款规定受刑事处罚或者撤职处分的，自刑罚执行完毕或者受处分之日起，五年内不得担任"
         "任何生产经营单位的主要负责人；", kind="requirement", line=301),
], "corpus/laws/anquan-shengchan-fa-2021.md")


@pytest.fixture
def genre_ws(tmp_path) -> Workspace:
    from safeplan.search import build_index

    write_rules(tmp_path / "rules", NEWS, LAW)
    (tmp_path / "corpus" / "news").mkdir(parents=True)
    (tmp_path / "corpus" / "news" / "shenzhen.txt").write_text(NEWS_TEXT, encoding="utf-8")
    ws = Workspace.at(tmp_path)
    build_index(ws)
    return ws


def _keys(result) -> list[str]:
    return [f"{h['doc_id']}:{h['rule_id']}" for h in result["hits"]]


def test_a_news_report_is_indexed_by_paragraph_named_by_its_first_line(genre_ws):
    from safeplan.search import search

    result = search(genre_ws, "深圳 挂牌督导 高风险区域")
    assert _keys(result)[0] == "shenzhen-2024-345-moshi:p7"
    assert "shenzhen-2024-345-moshi:0" not in _keys(search(genre_ws, "周调度"))   # the whole text is no hit
    hit = search(genre_ws, "周调度 重大事故隐患整改")["hits"][0]
    assert hit["rule_id"] == "p5" and hit["source"]["line"] == 5
    assert "■" not in hit["snippet"]
    assert "整改</b>、系统数据" in hit["snippet"]     # the symbols left out of the words
    assert hit["path"] == ["开展综合督导"]


def test_an_article_and_its_items_take_one_place_in_the_ranking(genre_ws):
    from safeplan.search import search

    keys = _keys(search(genre_ws, "主要负责人 安全生产 职责", limit=10))
    articles = [k.split(":")[1].split(".")[0] for k in keys]
    assert sorted(articles) == ["21", "94"]          # not 21, 21.1.1, 21.1.2, 94, 94.2


def test_the_article_that_lists_the_duties_holds_the_words_of_its_items(genre_ws):
    from safeplan.search import search

    # 操作规程 is only in item 21.1.2; 职责 only in the article's first line: the article answers both
    assert _keys(search(genre_ws, "职责 操作规程"))[0].startswith("anquan-shengchan-fa-2021:21")


def test_an_everyday_word_finds_the_legal_term(genre_ws):
    from safeplan.search import search

    assert search(genre_ws, "主要负责人 罚款")["total"] >= 1
    keys = _keys(search(genre_ws, "老板 罚款"))      # the law says 主要负责人, never 老板
    assert keys and keys[0] == "anquan-shengchan-fa-2021:94"


def test_a_term_without_its_source_is_refused_naming_the_line(tmp_path):
    from safeplan.search.lexicon import load_lexicon

    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "everyday.yaml").write_text(
        "schema: safeplan.search-everyday/v1\nterms:\n  - everyday: [老板]\n    legal: [主要负责人]\n    source: 安全生产法 第五条\n"
        "  - everyday: [煤气罐]\n    legal: [液化石油气瓶]\n", encoding="utf-8")
    with pytest.raises(SafeplanError) as caught:
        load_lexicon(Workspace.at(tmp_path))
    assert caught.value.line == 6 and "source" in str(caught.value)


def test_the_packaged_terms_each_name_a_source():
    from safeplan.search.lexicon import load_lexicon

    lexicon = load_lexicon(Workspace.at("/nonexistent-workspace"))
    assert lexicon.legal_terms("老板") == ["主要负责人"]
    assert "燃放烟花爆竹" in lexicon.legal_terms("放炮仗")


def test_an_article_with_many_items_does_not_crowd_out_the_others(tmp_path):
    """The re-rank pool (30 in tantivy) is refilled when one article's 款/项 fill it."""
    from safeplan.search import build_index, search

    items = [rule("1", "生产经营单位应当排查下列事故隐患:", kind="duty")]
    items += [rule(f"1.1.{i}", f"第{i}类事故隐患；", kind="duty") for i in range(1, 41)]
    others = [rule(str(n), f"县级以上人民政府应当督促整改重大事故隐患，并组织第{n}次复查。", kind="duty") for n in (2, 3, 4)]
    write_rules(tmp_path / "rules", rule_file("law", "某条例", "national", "law", items + others, "corpus/laws/law.md"))
    ws = Workspace.at(tmp_path)
    for backend in ("whoosh", "tantivy"):
        build_index(ws, backend=backend, rebuild=True)
        keys = _keys(search(ws, "事故隐患", limit=4))
        assert sorted(k.split(":")[1].split(".")[0] for k in keys) == ["1", "2", "3", "4"], (backend, keys)


def test_the_documents_whose_title_holds_a_word():
    from safeplan.search.query import TitleWords

    titles = TitleWords({"xiaofang": "中华人民共和国消防法", "yanhua": "烟花爆竹安全管理条例", "x": "消"})
    assert titles.holding("消防法") == ["xiaofang"]
    assert titles.holding("安全管理") == ["yanhua"]
    assert titles.holding("消防条例") == []


def test_a_word_in_more_titles_than_wanted_is_said_so_without_listing_them():
    from safeplan.search.query import TitleWords

    titles = TitleWords({"a": "烟花爆竹安全管理条例", "b": "危险化学品安全管理条例", "c": "消防法"})
    assert titles.holding("条例", most=2) == ["a", "b"]
    assert titles.holding("条例", most=1) is None
    assert titles.holding("安全管理条例", most=1) is None
    assert titles.holding("消防法", most=1) == ["c"]


def test_a_mistyped_key_in_the_everyday_terms_is_refused_naming_the_nearest(tmp_path):
    from safeplan.search.lexicon import load_lexicon

    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "everyday.yaml").write_text(
        "schema: safeplan.search-everyday/v1\nterms:\n  - everyday: [老板]\n    legal: [主要负责人]\n    sorce: 安全生产法\n",
        encoding="utf-8")
    with pytest.raises(SafeplanError) as caught:
        load_lexicon(Workspace.at(tmp_path))
    assert caught.value.line == 5 and "source" in str(caught.value)
