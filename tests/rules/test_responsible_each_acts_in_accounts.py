"""In an account (news, a report), a 各 list acting without a modal (连日来,全市各镇街、各部门迅速行动…) tells what the
bodies did, no task (tests/corpus/heldback/README.md convention 2), as a list doing the verb of an act is read there
(rules/subject_list.py), unless its sentence says a meeting or a leader demands it; in a plan it leads. Shapes from dev
texts of the held-back set (ids in the comments) and written for these tests; expected units read off the quoted text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text", [
    # a city's news of its 百日整治 (hb-n172-y)
    "安全生产没有旁观者,也没有局外人。连日来,全市各镇街、各部门迅速行动,以“五进”为重点,全力开展安全隐患自查自纠和宣传工作。",
    # written for these tests
    "近日,各乡镇、各部门切实加强汛前检查,排查隐患12处。",
])
def test_an_account_of_a_list_acting_names_no_unit(text):
    r = parse_responsible(text, statute=False, account=True)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, account", [
    # written for these tests: demanded in an account, or a plan's step
    ("会议要求,各乡镇、各部门切实加强汛前检查。", True),
    ("各乡镇、各部门切实加强汛前检查。", False),
])
def test_a_demand_or_a_step_worded_so_leads(text, account):
    r = parse_responsible(text, statute=False, account=account)
    assert (r.lead, r.support) == (["各乡镇", "各部门"], [])
