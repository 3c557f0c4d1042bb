"""A group named after who heads it and who serve in it (成立以镇长为组长,…为成员的…领导小组,负责…; 由…组成的工作组,
负责…) leads the work it 负责 (tests/corpus/heldback/README.md convention 2, settled in a8f705c on hb-s71-x,
hb-s289-y, hb-s481-x: its 组长 and members are persons, the group is a unit). Setting up a group with no 负责 assigns
nothing (convention 成立), nor does a law's standing body (convention 1)."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # hb-s71-x: a quoted campaign name inside the group's name
    ("成立以镇长为组长,分管领导为副组长,各安委会人员为成员的“安全生产宣传月”活动领导小组,负责全镇“安全生产宣传月”活动指导工作。",
     ["“安全生产宣传月”活动领导小组"]),
    # hb-s289-y: a 领导组 set up 了
    ("镇党委、政府成立了以镇党委书记袁道勋为组长,党委副书记叶多刚为副组长,各班子成员、相关单位负责人为成员的应急治理工作领导组,"
     "负责应急工作的治理与指挥。", ["应急治理工作领导组"]),
    # hb-s481-x
    ("成立以村委会主任为组长,各村民小组长为成员的安全生产巡查小组,负责本村安全生产巡查工作的组织实施。", ["安全生产巡查小组"]),
    # 由…组成的…: the same shape named by its makers
    ("成立由应急局、公安局、消防大队组成的联合检查工作组,具体负责节日期间的安全检查。", ["联合检查工作组"]),
])
def test_a_group_named_after_who_heads_it_leads_its_work(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text, statute", [
    # set up, with no 负责: its own setting-up assigns nothing
    ("成立以镇长为组长,分管领导为副组长,各安委会人员为成员的安全生产月活动领导小组。", False),
    # a law's standing body (convention 1)
    ("县级以上人民政府成立由有关部门负责人为成员的安全生产委员会领导小组,负责本行政区域内的安全生产工作。", True),
])
def test_a_headed_group_with_no_work_or_in_a_law_leads_nothing(text, statute):
    assert parse_responsible(text, statute=statute).lead == []
