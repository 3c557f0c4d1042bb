"""Issue 13: building a search index in a process does not change how the checker cuts words there."""

from __future__ import annotations

from searchdata import rule, rule_file, write_rules

from safeplan.workspace import Workspace

# 三管三必须 and 九小场所 are in the search user dictionary (search/userdict.txt), not in jieba's own.
TEXT = "各社区落实三管三必须责任,督促九小场所开展自查"


def test_the_checker_aligns_on_the_same_words_before_and_after_an_index_build(tmp_path):
    from safeplan.check.align import RuleIndex, tokenize
    from safeplan.search import build_index

    before = tokenize(TEXT)
    street = rule_file("street", "街道实施方案", "street", "plan", [rule("1", TEXT)], "corpus/plans/street.txt")
    write_rules(tmp_path / "rules", street)
    build_index(Workspace.at(tmp_path))          # cuts with the user dictionary, in this process
    assert tokenize(TEXT) == before
    assert "三管三必须" not in before           # jieba's dictionary alone, as `safeplan check` has it
    index = RuleIndex([])
    assert index.tokenize(TEXT) == before
