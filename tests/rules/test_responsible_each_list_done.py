"""A 各 list acting without a modal (各地区、各有关部门和单位认真学习…) in a sentence that goes on to tell what was done
(…集中组织开展了…活动, 形成了…): work done, nothing assigned (tests/corpus/heldback/README.md convention 2), whichever
clause of the sentence holds the 了. Shapes from dev texts of the held-back set (ids in the comments) and written for
these tests; expected units read off the quoted text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text", [
    # a national notice praising the year's work (hb-u502-y, in Traditional characters as stored)
    "2016年全國“安全生産月”活動期間,各地區、各有關部門和單位認真學習貫徹黨中央、國務院和習近平總書記、李克強總理等中央領導同志"
    "關于加強安全生産工作的決策部署和重要指示精神,圍繞“強化安全發展觀念,提升全民安全素質”主題,集中組織開展了安全生産宣傳教育各項活動。",
    # written for these tests
    "各乡镇、各部门按照统一部署,迅速行动,排查整治了一批安全隐患。",
])
def test_a_list_whose_sentence_tells_work_done_names_no_unit(text):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, lead", [
    # written for these tests: the list tasked, its sentence telling nothing done (了解 is no aspect)
    ("各乡镇、各部门认真落实安全生产责任制,确保不发生较大事故。", ["各乡镇", "各部门"]),
    ("各乡镇、各部门按照方案要求开展排查,了解辖区企业底数。", ["各乡镇", "各部门"]),
])
def test_a_list_whose_sentence_tells_nothing_done_leads(text, lead):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, [])
