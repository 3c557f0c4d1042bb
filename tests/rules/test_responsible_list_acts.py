"""The verb of an act that tasks a list of units, a 各 name or a government opening its clause without a modal
(rules/subject_list.py _ACT): a task list's row or a plan's step says what the body is to do with any verb of work to
be done (健全, 完善, 推进, 传达 … as much as 建立, 落实), and the subject leads (tests/corpus/heldback/README.md
convention 2); an account's acts stay work done. Shapes from dev texts of the held-back set (ids in the comments) and
written for these tests; expected units read off the quoted text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # a 消防 task list's rows (hb-u255-y): a 各 name after 及时, a government's own act
    ("各级政府及时传达、深入学习习近平总书记关于消防工作的有关论述和批示指示精神。", ["各级政府"]),
    ("市县级政府健全年度消防工作考核评价机制,重点落实县区对乡镇街道的消防工作考核。", ["市县级政府"]),
    # written for these tests: a list of 各 names, several offices
    ("各乡镇、各部门完善隐患排查治理台账。", ["各乡镇", "各部门"]),
    ("镇派出所、镇市场监管所规范烟花爆竹销售网点管理。", ["镇派出所", "镇市场监管所"]),
])
def test_a_list_doing_any_work_to_be_done_leads(text, lead):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, [])


def test_an_account_names_the_list_a_meeting_demands_it_of():
    # written for this test
    r = parse_responsible("会议要求,各镇街、各部门加大排查力度。", statute=False, account=True)
    assert (r.lead, r.support) == (["各镇街", "各部门"], [])


@pytest.mark.parametrize("text, lead", [
    # written for these tests: an account tells what the list did
    ("连日来,全市各镇街、各部门加大排查力度。", []),
    # a single place's name before the verb is as often an account's subject or a heading's
    ("杨陵区推进安全生产标准化建设。", []),
])
def test_an_account_and_a_single_place_name_no_unit(text, lead):
    assert parse_responsible(text, statute=False, account=True).lead == lead


@pytest.mark.parametrize("text, lead", [
    # an account's 根据…要求 names the basis of what the list does, no demand (hb-n182-y)
    ("根据市政府要求,各级各部门开展重点行业领域安全生产专项整治工作情况将作为年度安全生产考核重点之一。", []),
    # written for these tests: the same; a demand told as such still tasks the list
    ("按照市安委会要求,各镇街、各部门开展安全生产大检查。", []),
    ("市政府要求,各镇街开展隐患排查。", ["各镇街"]),
])
def test_the_demand_an_account_acts_on_is_no_demand_of_it(text, lead):
    assert parse_responsible(text, statute=False, account=True).lead == lead
