"""States to reach in the shapes of the dev half's missed targets (issue 19; tests/corpus/heldback/README.md conventions
3 and 11): a ceiling written 控制为, the first of a quoted list of 不发生…火灾 promises, “动态清零” quoted, 做到全覆盖 with
nothing before it, a time raised to a level, a decrease of about N%, counts to build, a warning's lead time and a time
limit listed among other targets; and, in an account, the verb that opens the target's own clause (做到, 推动, 使) aims
as 要 does. Sentences written for these tests in those shapes."""

import pytest

from safeplan.rules.extract import _aimed
from safeplan.rules.targets import parse_targets


def _targets(text):
    return [(t.text, t.op, t.value, t.unit) for t in parse_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # hb-s483-x (Traditional): 控制為 a ceiling; the quoted promises, read once at their first clause
    ("森林火災率控制為0.01%,為我鎮推進生態優鎮作出積極貢獻。", [("森林火災率控制為0.01%", "<=", 0.01, "%")]),
    # …a range written in words is none (a law's 檐口高度…控制为九至十二米, one of the 1,200 bench laws)
    ("该区域内建筑物檐口高度由内向外梯级控制为九至十二米。", []),
    ("確保“不發生春節煙花爆竹引起林區火災、不發生清明上墳引起林區火災”;",
     [("不發生春節煙花爆竹引起林區火災", "==", 0, None)]),
    # hb-n411-y: 动态清零 quoted is the state to reach; a policy's quoted name is none
    ("对发现的隐患全部登记建账、跟踪督办,推动隐患“动态清零”。", [("隐患“动态清零", "==", 0, None)]),
    ("坚持“外防输入、内防反弹”总策略和“动态清零”总方针。", []),
    # hb-u413-x: 做到全覆盖 with no metric before it in its clause
    ("向镇(街道)党组织和企事业单位延伸,做到全覆盖。", [("全覆盖", ">=", 100, "%")]),
    # hb-u251-y: a time raised to a level (a duration's floor, 不少于2小时, stays none); 减少约30%
    ("气象灾害预警时效提高到30分钟以上。", [("气象灾害预警时效提高到30分钟以上", ">=", 30, "分钟")]),
    ("每次培训时间不少于2小时。", []),
    ("受地质灾害威胁人口减少约30%。", [("受地质灾害威胁人口减少约30%", ">=", 30, "%")]),
])
def test_states_to_reach(text, expected):
    assert _targets(text) == expected


def test_counts_to_build_listed_among_a_sentences_targets_are_targets():
    # hb-u283-y: a plan's goals, rates beside the numbers of rooms and volunteers to build (1万人: 10000 人)
    text = ("交通安全村建设的覆盖率达到100%,建立1000个交通安全宣传教育活动室,组建1万人的交通安全宣传志愿者队伍,"
            "本地居民交通安全受教育率达90%以上。")
    assert _targets(text) == [("交通安全村建设的覆盖率达到100%", ">=", 100, "%"),
                              ("本地居民交通安全受教育率达90%以上", ">=", 90, "%"),
                              ("建立1000个交通安全宣传教育活动室", ">=", 1000, "个"),
                              ("组建1万人的交通安全宣传志愿者队伍", ">=", 10000, "人")]
    # alone, a count to build is a task's size, not a target
    assert _targets("建立1个工作专班,组建3个督查组,开展隐患排查。") == []


def test_lead_times_and_time_limits_listed_among_a_sentences_targets_are_targets():
    # hb-u251-y: a plan's goals, one sentence to its 。 (its clauses cut by ;)
    text = ("到2010年,行政村灾害信息覆盖率达到100%;灾民24小时内得到基本生活救助;"
            "沙溪流域洪水预报提前8小时发布,准确率达到80%。")
    assert _targets(text) == [("行政村灾害信息覆盖率达到100%", ">=", 100, "%"), ("灾民24小时内", "<=", 24, "小时"),
                              ("准确率达到80%", ">=", 80, "%"), ("沙溪流域洪水预报提前8小时", ">=", 8, "小时")]
    # a procedure's lead time and a standing time limit are none, beside targets too
    assert _targets("各单位提前3天报送计划,事故发生后1小时内报告,确保覆盖率达到100%。") == [
        ("覆盖率达到100%", ">=", 100, "%")]


@pytest.mark.parametrize("text, aimed", [
    # hb-n413-y, hb-s76-x: in an account, 做到 / 使 opening the target's clause aims
    ("包村干部深入各村,全面落实排查工作措施,做到排查工作全覆盖,镇城建办组建领导小组。", True),
    ("我们把安全生产当作重中之重抓好,以高度负责的精神,使全镇无安全事故发生。", True),
    # an account's 实现 reports the year's result (hb-n261-x's shape)
    ("累计开展现场检查445次,已全部完成整改,实现安全隐患闭环清零。", False),
])
def test_an_accounts_target_is_aimed_by_the_verb_of_its_clause(text, aimed):
    [target] = parse_targets(text)
    assert _aimed(target, text) is aimed
