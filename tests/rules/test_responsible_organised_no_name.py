"""…,组织辖区内村委加强… / …,组织镇安监办加强…: the verb that organises others opens no unit's name (what follows it
is whom the subject organises, not the subject), as 督促, 指导, 推动 do not (responsible.NOT_A_NAME); 组织部 and
县委组织部 are names. Shapes from dev texts of the held-back set (ids in the comments) and written for these tests;
expected units read off the quoted text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text", [
    # a 乡's 防溺水 plan, its organisation item (hb-s905-y)
    "对留守儿童等重点人群实行包保责任制,组织辖区内村委加强对辖区内水域的巡查、落实巡查责任人。",
    # written for this test
    "及时排查隐患,组织镇安监办加强检查。",
])
def test_those_organised_name_no_subject(text):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, lead", [
    # written for these tests: the 组织部 of a party committee, a company's section
    ("县委组织部要把安全生产纳入干部教育培训。", ["县委组织部"]),
    ("组织部负责干部安全培训。", ["组织部"]),
])
def test_an_organisation_department_is_a_name(text, lead):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, [])
