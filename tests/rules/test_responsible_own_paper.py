"""各分中心、办事处值班表请于9月29日前报送 / 各市县、各有关部门和单位的…工作方案请于6月20日前报送: a notice asking for
the units' own paper by a date asks them to send it - they lead (tests/corpus/heldback/README.md convention 2); the
longest list of units' names that opens the words is theirs, the rest names the paper. Shapes from dev texts of the
held-back set (ids in the comments) and written for these tests; expected units read off the quoted text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # a 公积金 centre's holiday notice (hb-u108-y); a province's 大检查 notice (hb-u15)
    ("节假日期间,各部门要安排好值班表。各分中心、办事处值班表请于9月29日下班前报送办公室。", ["各部门", "各分中心", "办事处"]),
    ("(三)各市县、各有关部门和单位的安全生产大检查工作方案请于2013年6月20日前报送,工作总结请于7月10日前报送。",
     ["各市县", "各有关部门和单位"]),
    # written for this test
    ("各乡镇自查报告请于5月31日前报送县安委办。", ["各乡镇"]),
])
def test_the_units_whose_paper_is_asked_for_lead(text, lead):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, [])


@pytest.mark.parametrize("text", [
    # written for these tests: a paper of nobody named
    "自查情况请于5月底前报送县应急局。",
    "值班表请于9月29日前报送。",
])
def test_a_paper_of_nobody_named_names_no_unit(text):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == ([], [])
