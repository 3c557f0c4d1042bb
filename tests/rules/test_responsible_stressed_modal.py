"""A list of units whose modal is stressed (尤其要, 更要, 特别要), a comma before it or not: the list opening the clause
leads (rules/subject_list.py; tests/corpus/heldback/README.md convention 2), as before a bare 要. Shapes from dev texts
of the held-back set (ids in the comments) and written for these tests; expected units read off the quoted text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # a 公积金 centre's holiday notice (hb-u108-y)
    ("节假日期间,信息管理处和各分中心,尤其要加强对机房设备的检查维护,排查安全隐患。", ["信息管理处", "各分中心"]),
    # written for these tests
    ("汛期,各村、各水库管理站更要加强值班值守。", ["各村", "各水库管理站"]),
    ("县应急局、县消防救援大队特别要做好人员密集场所的检查。", ["县应急局", "县消防救援大队"]),
])
def test_a_list_before_a_stressed_modal_leads(text, lead):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, [])


def test_stress_before_a_verb_is_no_modal():
    # written for this test: 更 before a verb that is no act's (注重), not a modal, tasks nobody
    r = parse_responsible("各村、各社区更注重宣传。", statute=False)
    assert (r.lead, r.support) == ([], [])
