"""Deadline, target and structure phrasings of the second fresh batch hb-…-y291+ (tests/corpus/heldback, split dev,
taken as the search tool returned them after the y281+ changes landed; first run in the commit after the gold): a day
a plan names for an event (…(6月13日)为安全生产宣传咨询日, two earlier dev texts had it too), a condition's threshold
(当火险达到3级以上,…), coverage out of reach (难以全覆盖), a past year's result (在过去的一年里,…达到“零事故”…), a
floor of a size (不得少于4平方米), and a page marker run into a line of items (第 2 页 3.督促…). Expected values are read
off the quoted text (heldback README conventions 3, 9 and 11)."""

import pytest

from safeplan.corpus import read_text
from safeplan.corpus.numbering import inline_numbers
from safeplan.rules.deadlines import parse_deadlines
from safeplan.rules.frequencies import parse_frequencies
from safeplan.rules.targets import parse_targets


@pytest.mark.parametrize("text, expected", [
    # hb-s154-y, hb-n165-y (dev): the 咨询日 of a 安全生产月 plan and of a paper's item on it
    ("6月份第二个星期日(即6月13日)为安全生产宣传咨询日", [("6月13日", 6, 13)]),
    ("(6月14日至20日)为应急预案演练周", [("6月14日至20日", 6, 20)]),
    ("12月2日为全国交通安全日", [("12月2日", 12, 2)]),
    # a recurring day is masked (frequencies.py reads 每年…), and a weekday is no event
    ("每年11月9日为消防日", []),
    ("6月13日为星期日", []),
])
def test_a_day_named_for_an_event_is_a_deadline(text, expected):
    assert [(d.text, d.month, d.day) for d in parse_deadlines(text)] == expected


@pytest.mark.parametrize("text", [
    # hb-s293-y: a 乡's notice — the fire level at which leaders patrol
    "当火险达到 3 级以上,蹲点领导 必须亲自带队进行巡查。",
    # hb-s295-y: a weakness described
    "四是应急处置能力有限,村(社区)安全专干多为兼职,专业能力不足,日常巡查和隐患整改难以全覆盖;",
    # hb-s297-y: last year's result in a 社区's plan
    "在过去的一年里,我社区安全生产工作取得良好的成绩,达到“零事故、零死亡”的“双零”目标。",
    # hb-r295-y: a clean room's standard of space
    "潔凈區每個人所占面積不得少于4平方米,並且穿上規定得工作服。",
    "消防车道宽度不小于4米。",
])
def test_conditions_shortfalls_past_results_and_standards_are_no_targets(text):
    assert parse_targets(text) == []


@pytest.mark.parametrize("text, expected", [
    ("确保实现“零事故、零死亡”目标。", [("==", 0)]),
    ("实现对所有企业检查全覆盖。", [(">=", 100)]),
    # (取得了新成效 before a demand leaves the demand a target: hb-n133-y, dev)
    ("燃气安全专项整治工作取得了新成效,对于新发现的隐患,要坚持动态清零;", [("==", 0)]),
    ("若要确保安全,整改率须达到95%以上。", [(">=", 95)]),
])
def test_aims_beside_those_stay_targets(text, expected):
    assert [(t.op, t.value) for t in parse_targets(text)] == expected


def test_a_page_marker_run_into_a_line_of_items_is_no_item():
    # hb-s293-y: a document site's copy, its 第 2 页 marker inside 二、's items 1.…4.
    line = ("二、宣传到位: 1.致全乡农民朋友的一封信必须发放到每家每户; 2.每个村民小组刷写一条永久性的宣传标语; 加强森林防火通知"
            " WORD 版 第 2 页 3.督促监护人加强监管; 4.各学校每周上好一堂森林防火宣传课。")
    assert [m[2] for m in inline_numbers(line)][:1] != ["2"]
    text = ("加强森林防火通知 第 1 页 加强森林防火通知 近期,天气连晴,森林防火形势严峻,各村(居)委会要高度重视: 一、责任到位 "
            "各村蹲点领导为监管责任人,村书记为直接责任人。 " + line + " 三、巡查到位: 村干部要组织专人每天进行巡查。"
            " 四、督查到位 乡、村干部通信必须确保 24 小时畅通。\n")
    [doc] = read_text(text, "notice.txt")
    numbers = [it.number for it in doc.walk()]
    assert ["一、", "二、", "1.", "2.", "3.", "4.", "三、", "四、"] == [n for n in numbers if n]


# --- from the dev texts other helpers added this round (their gold; measured before these changes)


@pytest.mark.parametrize("text, expected", [
    # hb-u226-y, hb-u233-y, hb-u216-y: a forecast's days are weather, no window of work
    ("据气象部门预报,7月1日至5日,我市有连续降水,为了提前做好防御强降雨工作", []),
    ("其中,6月30日—7月1日,滇东、滇东南地区将出现中到大雨局部暴雨", []),
    ("1月30日至31日:阴天有小到中雨,偏北风2-3级", []),
    # a ban's days (hb-n236-y): nothing to be done by their end
    ("从2025年4月3日至2025年4月6日,禁止林区一切野外用火", []),
    # (重大风险 is no 大风: hb-n136-y's window stays)
    ("从即日起至12月,专项行动将持续开展四个月,严格管控消防安全重大风险", ["2021-12-31"]),
    # hb-u231-y: a window over the new year ends in the next one
    ("经市城市管理委员会研究决定,12月24日至1月3日期间,进一步加强城市管理工作", ["2022-01-03"]),
    # hb-u227-y: 2010年内要全部开展 (开展 is work to be done within the year)
    ("县(市、区)2010年内要全部开展地质灾害气象预警预报工作", ["2010-12-31"]),
    # hb-u253-y: a year marked as the point of a completion
    ("2010年底前,完成高新消防二中队建设,并在2011年投入使用", ["2010-12-31", "2011-12-31"]),
    # hb-u254-y: a span of years from one to the other, and 年内 opening a clause that aims
    ("从2022年开始到2035年,法规标准、源头控制、体制机制基本健全", ["2035-12-31"]),
    ("年内全县各类生产安全事故数和死亡人数同比下降10%以上", ["2021-12-31"]),
    # (a title's years and a report's 年内 without an aim are none: hb-u299-y)
    ("治本攻坚三年行动(2024—2026年)", []),
    ("但3家企业因注册时间较晚,年内申报纳统难", []),
])
def test_windows_years_and_within_the_year(text, expected):
    assert [d.date for d in parse_deadlines(text, 2021)] == expected


def test_full_coverage_of_the_work_an_aim_names_is_a_target():
    # hb-s232-y: …迅速广而告之,实现全覆盖宣传,确保一户不漏 (开展全覆盖排查 stays an activity)
    assert [(t.op, t.value) for t in parse_targets("迅速广而告之,实现全覆盖宣传,确保一户不漏")] == [(">=", 100)]
    assert parse_targets("对辖区开展全覆盖排查整治。") == []


@pytest.mark.parametrize("text, expected", [
    # convention 10: 日巡查, 周调度, 月通报 name a period — in a list without quotes too, its first opening the clause and
    # its last closing it
    ("日巡查、周检查、月督查。", [("day", 1), ("week", 1), ("month", 1)]),
    ("坚持月调度、季通报。", [("month", 1), ("quarter", 1)]),
    ("严格落实日巡查、周检查、月督查制度。", [("day", 1), ("week", 1), ("month", 1)]),
    ("四周检查无异常。", []),
])
def test_periods_named_in_a_list_without_quotes_are_frequencies(text, expected):
    assert [(f.period, f.min_count) for f in parse_frequencies(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 100% before the work it completes, the clause naming nothing before it (a 工作要点's 100%完成整改任务)
    ("100%完成整改任务。", [(">=", 100, "完成整改任务")]),
    ("确保100%落实到位。", [(">=", 100, "落实到位")]),
    # a result (已…) and 100% of nothing named stay none
    ("隐患已100%完成整改。", []),
    ("已100%完成整改任务。", []),
    ("100%覆盖。", []),
])
def test_a_hundred_percent_of_the_work_named_after_it(text, expected):
    assert [(t.op, t.value, t.metric) for t in parse_targets(text)] == expected
