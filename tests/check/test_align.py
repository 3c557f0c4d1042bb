"""Alignment of plan items to upper rules: citation first, content otherwise, ambiguity said out loud."""

from checkhelp import load_fixture_rules

from safeplan.check.align import RuleIndex
from safeplan.check.marks import find_citations
from safeplan.rules.model import DocumentInfo, Rule, RuleFile, Source


def rule(rule_id, text, kind="task"):
    return Rule(id=rule_id, path=[], number="", title="", text=text, kind=kind, obligation="must", sectors=[],
                source=Source("x.md", 1, 0, 1))


def rule_file(doc_id, doc_number, *rules):
    info = DocumentInfo(id=doc_id, title="t", doc_number=doc_number, level="district", genre="plan", source={})
    return RuleFile(info, list(rules))


def test_content_alignment_picks_the_rule_with_the_same_words():
    index = RuleIndex(load_fixture_rules("shiliqu-2024-3-fangan.yaml"))
    alignment, unknown = index.align("推动辖区生产经营单位每年至少组织开展1次疏散逃生演练", [])
    assert (alignment.by, [c.upper.key for c in alignment.rules], unknown) == (
        "content", ["shiliqu-2024-3-fangan:2.1.2"], [])


def test_the_index_only_visits_rules_sharing_a_word():
    index = RuleIndex(load_fixture_rules("shiliqu-2024-3-fangan.yaml"))
    assert [c.upper.rule.id for c in index.score("防盗窗")] == ["2.2.3"]
    assert index.score("与本文无关的内容") == []


def test_citation_wins_over_content():
    """The item speaks to 2.1.2 (演练) more than to 2.2.4 (九小场所巡查), but it speaks to both: the citation decides."""
    index = RuleIndex(load_fixture_rules("shiliqu-2024-3-fangan.yaml"))
    text = "推动生产经营单位每年至少组织开展1次疏散逃生演练,街道消防工作站开展九小场所巡查。〔依据：示区安委〔2024〕3号 二(二)4〕"
    alignment, _ = index.align(text, find_citations(text, list(index.doc_keys)))
    assert (alignment.by, [c.upper.key for c in alignment.rules]) == ("citation", ["shiliqu-2024-3-fangan:2.2.4"])
    assert alignment.unsupported == []


def test_a_citation_the_text_does_not_back_covers_nothing():
    """issue 20 #4: 〔依据〕 on an item about 演练 does not make it implement 2.2.4 (九小场所巡查)."""
    index = RuleIndex(load_fixture_rules("shiliqu-2024-3-fangan.yaml"))
    text = "推动生产经营单位每年至少组织开展1次疏散逃生演练。〔依据：示区安委〔2024〕3号 二(二)4〕"
    alignment, _ = index.align(text, find_citations(text, list(index.doc_keys)))
    assert (alignment.by, [c.upper.key for c in alignment.rules]) == ("content", ["shiliqu-2024-3-fangan:2.1.2"])
    assert [c.upper.key for c in alignment.unsupported] == ["shiliqu-2024-3-fangan:2.2.4"]
    bare = "〔依据：示区安委〔2024〕3号 二(二)4〕"
    alignment, _ = index.align(bare, find_citations(bare, list(index.doc_keys)), content=False)
    assert (alignment.rules, [c.upper.key for c in alignment.unsupported]) == ([], ["shiliqu-2024-3-fangan:2.2.4"])


def test_citation_by_the_wenhao_with_other_brackets_and_without_会():
    index = RuleIndex([rule_file("anwei", "安委会[2024]2号", rule("3.3.4", "每季度带队检查"))])
    text = "每季度带队检查〔依据：安委〔2024〕2号 三(三)4〕"
    alignment, unknown = index.align(text, find_citations(text, list(index.doc_keys)))
    assert ([c.upper.key for c in alignment.rules], unknown) == (["anwei:3.3.4"], [])


def test_unknown_citation_is_reported():
    index = RuleIndex(load_fixture_rules("shiliqu-2024-3-fangan.yaml"))
    text = "〔依据：某文〔2020〕1号 一〕"
    _, unknown = index.align(text, find_citations(text, list(index.doc_keys)))
    assert unknown == ["〔依据：某文〔2020〕1号 一〕"]


def test_two_near_identical_rules_make_an_ambiguous_alignment():
    index = RuleIndex([
        rule_file("a", None, rule("1", "督促企业开展有限空间作业安全专项检查"), rule("9", "港口码头装卸作业安全管理")),
        rule_file("b", None, rule("2", "督促企业开展有限空间作业安全专项检查工作"), rule("8", "校园周边交通秩序整治")),
    ])
    alignment, _ = index.align("督促企业开展有限空间作业安全专项检查", [])
    assert alignment.ambiguous
    assert sorted(c.upper.key for c in alignment.rules) == ["a:1", "b:2"]


def test_a_parent_and_its_child_are_not_ambiguous():
    index = RuleIndex([rule_file("a", None, rule("3.3", "开展重大事故隐患动态清零行动"),
                                 rule("3.3.6", "开展重大事故隐患动态清零行动"), rule("4", "加强组织领导"))])
    alignment, _ = index.align("开展重大事故隐患动态清零行动", [])
    assert not alignment.ambiguous and len(alignment.rules) == 2
