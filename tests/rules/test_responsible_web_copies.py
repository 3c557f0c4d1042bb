"""Lead and support in 责任单位 brackets of district 工作要点 (issue 19): cases written for these tests."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead, support", [
    ("开展督导检查。(责任单位:县安委办牵头,县安委会各成员单位依职责负责)",
     ["县安委办"], ["县安委会各成员单位"]),
    ("推进考核。(责任单位:区应急局牵头,区委组织部、区发改局等区安委会有关成员单位协同)",
     ["区应急局"], ["区委组织部", "区发改局"]),     # a trailing 等… is dropped (heldback README convention 2)
    ("加强宣传。(责任单位:镇宣传办、镇安办)", ["镇宣传办", "镇安办"], []),
])
def test_the_unit_that_leads_leads_and_the_others_support(text, lead, support):
    resp = parse_responsible(text, statute=True)
    assert (resp.lead, resp.support) == (lead, support)


def test_要求_is_a_noun_not_要():
    # (各部门需… leads by its 需: heldback README convention 2, hb-r03; the 要求 at the end is no 要 of another subject)
    resp = parse_responsible("各部门需严格按照本制度的要求落实安全管理责任。", statute=True)
    assert resp.lead == ["各部门"]
    assert parse_responsible("严格按照本制度的要求落实安全管理责任。", statute=True).lead == []
