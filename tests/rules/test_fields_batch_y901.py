"""Prose deadlines, frequencies and targets of the genre (issue 19, session 13): sentences written from the shapes
责任书, 制度, 方案 and covering notices use, and the dev texts' own (tests/corpus/heldback, hb-s901-y, hb-s905-y, hb-s906-y,
hb-u901-y, hb-u903-y). Expected values are read off the quoted text (README conventions 9-11): the report days listed
after 于 without 前, a day of each quarter's last month, a sentence that is only the harms to be without, a case count
to keep at 零新增, and a state to reach named inside a list of campaigns."""

import pytest

from safeplan.rules.deadlines import parse_deadlines
from safeplan.rules.frequencies import parse_frequencies
from safeplan.rules.targets import parse_targets


@pytest.mark.parametrize("text, expected", [
    # hb-u901-y: every day listed after 于 is due, not only the last (the year of the first for the second)
    ("并于2025年6月30日和12月20日分别将半年度和全年工作情况报送市安办。", ["2025-06-30", "2025-12-20"]),
    ("请各镇于2024年3月15日、6月15日分别上报自查情况。", ["2024-03-15", "2024-06-15"]),
    # the single day after 于 as before
    ("请各单位于2024年6月28日将活动总结报送区安委办。", ["2024-06-28"]),
])
def test_report_days_after_yu(text, expected):
    assert [d.date for d in parse_deadlines(text)] == expected


@pytest.mark.parametrize("text", [
    "于6月16日和17日召开动员会议。",              # days of a meeting, nothing to report or complete by them
    "于2024年6月16日和17日召开了动员会议。",
])
def test_no_report_day(text):
    assert parse_deadlines(text) == []


@pytest.mark.parametrize("text, expected", [
    # hb-s906-y: a day of each quarter's last month (its 20 日 with a copy's space) is once a quarter
    ("原则上每季度末20 日召开安全生产工作例会。", [("quarter", 1)]),
    ("每季末25日前报送季度工作小结。", [("quarter", 1)]),
    # as 每月25日前 and 每年…、…前 were read
    ("每月25日前上报1次。", [("month", 1)]),
    ("每年6月10日、12月10日前报送。", [("year", 2)]),
])
def test_days_of_a_period(text, expected):
    assert [(f.period, f.min_count) for f in parse_frequencies(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # hb-s901-y: a 控制指标 listed one a sentence - a sentence that is only the harms to be without
    ("辖区内不发生一次死亡1人以上的生产安全事故。无森林火灾、民房火灾、农业机械等事故。",
     [("一次死亡1人以上的生产安全事故", 0), ("森林火灾、民房火灾、农业机械等事故", 0)]),
    # hb-s905-y: 零新增 is no new case, the state to reach
    ("以确保学生溺水零新增为目标,坚持预防为主。", [("学生溺水新增", 0)]),
    ("实现重大事故隐患零新增。", [("重大事故隐患新增", 0)]),
])
def test_states_of_none(text, expected):
    assert [(t.metric, t.value) for t in parse_targets(text) if t.op == "=="] == expected


@pytest.mark.parametrize("text", [
    "经核查,现场无人员伤亡。",                    # a result, no sentence of harms alone
    "全年无安全事故。",                            # a year's result
    "开展隐患零新增行动。",                        # a campaign's name (convention 11)
    # hb-u903-y: 动态清零 names one of a list of campaigns the clause opens with 开展 and closes with 行动
    "扎实开展重大事故隐患判定标准体系提升、重大事故隐患动态清零、从业人员安全素质能力提升等10个专项行动,确保走深走实。",
])
def test_no_state_of_none(text):
    assert parse_targets(text) == []


def test_a_state_after_the_campaigns_is_still_one():
    text = "开展隐患排查整治专项行动,推动重大事故隐患动态清零。"
    assert [(t.op, t.value) for t in parse_targets(text)] == [("==", 0)]


@pytest.mark.parametrize("text, year_hint, expected", [
    # hb-s602-y, hb-s604-y: a template's window (20xx年…—20xx年9月) ends in its last month, the year unknown
    ("从而达到安全社区的标准(20xx年3月—20xx年9月)。", None, [(None, 9, 30)]),
    ("20XX年8月到20XX年9月我镇全面开展市级安全社区建设工作。", 2021, [(None, 9, 30)]),
    # a written year still dates it
    ("2023年3月至9月开展整治。", None, [("2023-09-30", 9, 30)]),
])
def test_template_windows(text, year_hint, expected):
    assert [(d.date, d.month, d.day) for d in parse_deadlines(text, year_hint)] == expected


@pytest.mark.parametrize("text", [
    # hb-s404-y: a season the window names (防火期, 火险期, 汛期) is no work to be done by its end
    "20XX年1月1日至20XX年5月31日为全市森林防火期,20XX年2月1日至5月10日为森林防火高火险期。",
    "每年4月15日至10月31日定为汛期。",
    "2024年6月1日至9月30日为主汛期。",
    # hb-u506-y: the season named before the window in brackets
    "主汛期(5—9月)要切实做好人防工程防汛工作。",
    "森林防火期(2024年1月1日至5月31日)内,严禁野外用火。",
])
def test_seasons_are_no_deadline(text):
    assert parse_deadlines(text) == []


@pytest.mark.parametrize("text", ["2024年6月1日至9月30日为集中整治阶段。", "集中整治阶段(2024年6月1日至9月30日),全面整改。"])
def test_a_stage_a_window_names_is_still_a_deadline(text):
    assert [d.date for d in parse_deadlines(text)] == ["2024-09-30"]


@pytest.mark.parametrize("text, expected", [
    # hb-s601-y: the period doubled before its check (月月查 - each month)
    ("安全检查做到月月查,隐患整改做到件件清。", [("month", 1)]),
    ("坚持日日查、周周巡。", [("day", 1), ("week", 1)]),
])
def test_doubled_periods(text, expected):
    assert [(f.period, f.min_count) for f in parse_frequencies(text)] == expected


@pytest.mark.parametrize("text", ["好好学习,天天向上。", "年年有余。"])
def test_doubled_periods_without_a_check(text):
    assert parse_frequencies(text) == []


@pytest.mark.parametrize("text, expected", [
    # hb-s603-y: a year's count restating the quarterly frequency before it is that frequency, not another
    ("社区每季召开所属安全工作会议一次,全年四次,并每季对所属企业进行安全生产检查。", [("quarter", 1), ("quarter", 1)]),
    ("每月组织一次检查,全年12次。", [("month", 1)]),
    # a year's count of other work stays its own
    ("每月检查一次,全年开展消防演练不少于2次。", [("month", 1), ("year", 2)]),
])
def test_a_years_count_that_restates(text, expected):
    assert [(f.period, f.min_count) for f in parse_frequencies(text)] == expected


@pytest.mark.parametrize("text, metric", [
    # hb-s601-y: the 零 quoted alone before the harm (its closing mark typed as an opening one on the page)
    ("确保实现“零“事故。", "事故"),
    ("确保实现“零”事故。", "事故"),
    ("力争实现“零”伤亡目标。", "伤亡"),
])
def test_a_quoted_zero_before_its_harm(text, metric):
    assert [(t.metric, t.op, t.value) for t in parse_targets(text)] == [(metric, "==", 0)]


def test_a_quoted_zero_naming_a_campaign_is_none():
    assert parse_targets("开展“零”事故创建活动。") == []


@pytest.mark.parametrize("text", [
    # hb-u508-y: what a 考核办法's item scores points for is its criterion, not a state to reach
    "(三)《规定》得到深入贯彻落实,60%的消防安全重点单位达到61号令要求(5分);",
    "隐患整改率达到100%(10分)。",
    # hb-r602-y: a score cleared is a penalty
    "发生一起重伤以上及一二级非伤亡事故,安全管理考核分清零;",
])
def test_scoring_is_no_target(text):
    assert parse_targets(text) == []


@pytest.mark.parametrize("text, expected", [
    ("隐患整改率达到100%。", [(">=", 100)]),
    ("推动重大事故隐患清零。", [("==", 0)]),
])
def test_the_same_states_without_scoring(text, expected):
    assert [(t.op, t.value) for t in parse_targets(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # hb-u701-y: a rota by the period (周轮值督查) checks each period
    ("建立重要节点每天一调度指挥、市安委会主要成员单位周轮值督查等工作机制。", [("day", 1), ("week", 1)]),
    ("各成员单位实行月轮值检查。", [("month", 1)]),
])
def test_rotas(text, expected):
    assert [(f.period, f.min_count) for f in parse_frequencies(text)] == expected


def test_a_lunar_date_after_每年_is_no_frequency():
    """hb-u455-x: 每年农历除夕… names the days firing is allowed, as 每年6月 names a date."""
    assert parse_frequencies("二、燃放时间:每年农历除夕、正月初一、正月初二和正月十五四天时间的每天7:00至24:00。") == []


def test_a_day_whose_numeral_a_scan_misread_is_no_months_deadline():
    """hb-s131-y: the 落款 二〇一八年四月儿十八日 (二十八 misread) is a day, not a clause opening with its month."""
    assert parse_deadlines("特此通知。\n某某镇人民政府\n二〇一八年四月儿十八日。") == []


def test_a_clause_opening_with_its_month_is_still_its_deadline():
    assert [d.date for d in parse_deadlines("2024年9月,街道应急消防管理站实现全覆盖。")] == ["2024-09-30"]
