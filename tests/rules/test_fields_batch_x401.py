"""Deadline phrasings of the fresh batch hb-…-x401+ (tests/corpus/heldback, split dev, taken as the search tool
returned them; first run in the commit after the gold) and of the earlier fresh dev batches with the same shapes:
the week a district's weekly news sums up (3月21日至3月27日全区未发生…事故), a span of hours a service must keep
(灾民24小时内得到基本生活救助, 接到通知半个小时内必须赶到现场), a weather forecast in a Traditional copy, and a year the
text names only after the date (a 落款 二○一二年四月五日, 我市2020年“安全生产月”…), and a growth to reach in the tables
batch (增长8%以上, 增长6.2%左右). Expected values are read off the quoted text (heldback README conventions 7, 9, 11)."""

import pytest

from safeplan.corpus import read_text
from safeplan.rules.deadlines import parse_deadlines, years_named
from safeplan.rules.extract import extract_document
from safeplan.rules.targets import parse_targets


@pytest.mark.parametrize("text", [
    # hb-n416-x: a district's weekly news (Traditional): the week its statistic covers
    "3月21日至3月27日全區未發生輕傷及以上安全生產事故,安全生產形勢穩定,處在“可控、在控”狀態。",
    # hb-u216-y (dev): a city bureau's notice (Traditional) quoting the forecast
    "最低氣溫逐步降至-5C左右,2月1—3日有3-4級,陣風5-6級的偏北風。",
])
def test_a_window_a_statistic_or_a_forecast_covers_is_no_deadline(text):
    assert parse_deadlines(text) == []


@pytest.mark.parametrize("text, expected", [
    # hb-u410-x: a district's 安全生产月 plan — the month's window is the work's
    ("区安委会决定6月1日至6月30日与全市同步,在全区开展“全国安全生产月”活动。", [("6月1日至6月30日", 6, 30)]),
    # an aim in the window's clause is no statistic
    ("即日起至10月底确保不发生较大火灾事故", [("即日起至10月底", 10, 31)]),
])
def test_the_window_of_work_to_be_done_stays_a_deadline(text, expected):
    assert [(d.text, d.month, d.day) for d in parse_deadlines(text)] == expected


@pytest.mark.parametrize("text", [
    # hb-u251-y (dev): a city's 意见 — a standard of relief, a target (README convention 11), no deadline
    "灾害应急救助能力显著提高,灾民24小时内得到基本生活救助;",
    # hb-s293-y (dev): a 乡's fire notice — how fast cadres answer a call
    "如发生火情,乡、村干部在接到通知半个小时内必须赶到现场。",
])
def test_a_span_of_hours_outside_a_law_is_no_deadline(text):
    assert parse_deadlines(text, standing_limits=False) == []


def test_a_span_of_months_stays_and_a_law_keeps_its_hours():
    # hb-n418-x: a city paper on its 燃气 plan
    assert [d.text for d in parse_deadlines("我市用3个月左右时间,全面排查整治城镇燃气全链条风险隐患",
                                            standing_limits=False)] == ["3个月左右时间"]
    # a law's article keeps its time limits (tests/rules/test_laws.py)
    assert [d.text for d in parse_deadlines("灾民24小时内得到基本生活救助")] == ["24小时内"]


def test_a_year_in_hanzi_is_a_year_the_text_names():
    # hb-u201-y (dev): a city's notice, its 落款 date after the items
    notice = ("各区县政府、各开发区管委会及市级各有关部门要于4月20日前将安全生产大检查贯彻落实情况以书面形式报市政府。\n"
              "二○一二年四月五日\n")
    assert years_named(notice) == [(notice.index("二○一二"), 2012)]
    assert [d.date for d in parse_deadlines(notice)] == ["2012-04-20"]


def test_a_document_that_names_its_year_only_after_the_date_dates_it_so():
    # hb-n293-y (dev): a city's 安全生产月 news (Traditional), its year in the paragraph after the window
    news = ("今年6月是全國第19個“安全生產月”,,市安全生產委員會將于6月1日至6月30日期間開展主題為“消除事故隱患,,"
            "筑牢安全防線”的“安全生產月”系列活動。\n"
            "據了解,,我市2020年“安全生產月”系列活動,將圍繞“宣傳教育”主題開展。\n")
    rules = extract_document(read_text(news, "news.txt")[0]).rules
    assert [d.date for r in rules for d in r.deadlines] == ["2020-06-30"]


@pytest.mark.parametrize("text, expected", [
    # hb-u464-y, hb-u465-y, hb-u461-y (dev): a district's and a city's task tables, a growth to reach per line
    ("努力实现地区生产总值增长6.2%左右。", [(">=", 6.2, "%", "increase")]),
    ("地区生产总值增长8%以上。", [(">=", 8, "%", "increase")]),
    ("2 | 服务业增加值 | 增长6% | 区发改", [(">=", 6, "%", "increase")]),
    # a growth reported is none
    ("全年地区生产总值同比增长了5.2%。", []),
])
def test_a_growth_to_reach_is_a_target(text, expected):
    assert [(t.op, t.value, t.unit, t.direction) for t in parse_targets(text)] == expected


def test_articles_a_spam_copy_strews_with_punctuation_are_found():
    # hb-r422-x: a standards site's copy of a province's 条例, stray marks inside and before the numbers
    law = ("黑龙江省燃气管理条例\n"
           "!第一条 《  为?。加强对燃气的管理   第二条 】  本条例适用于本省   第三条 :  省人民政府建设行政主管部门主管"
           "   【。 ,第,四条   县以上地方人民政府应当将燃气事业的发展纳入计划 】  第五条   鼓励燃气行业开展科学技术研究"
           "   》第六条?   县以上地方人民政府应当加强对燃气工作的领导\n")
    numbers = [r.number for r in extract_document(read_text(law, "law.txt")[0]).rules if r.number]
    assert numbers == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"]


def test_a_reference_list_in_a_clean_law_is_no_run_of_articles():
    # 北京市燃气管理条例 第五十七条 (a bench law): the articles it cites after full-width commas stay in its text
    article = ("第五十七条 燃气供应企业违反本条例第二十条，第二十一条第一款，第二十二条，第二十三条，第二十四条，"
               "第二十五条第一款和第二款，第二十六条第一款第（一）项规定的，由城市管理综合执法部门责令限期改正。\n")
    assert [r.number for r in extract_document(read_text(article, "law.txt")[0]).rules if r.number] == ["第五十七条"]


@pytest.mark.parametrize("text, expected", [
    # hb-u454-y, hb-s453-y (dev): a district's and a 办事处's 高温 warnings quoting the forecast
    ("预计今天白天最高气温将要升至37℃以上。", []),
    ("降雨量达到50毫米以上时,立即启动应急响应。", []),
    # hb-u251-y (dev): a forecast's own quality stays a target
    ("灾害性天气预报准确率达到80%。", [(">=", 80)]),
])
def test_a_weather_reading_is_no_target(text, expected):
    assert [(t.op, t.value) for t in parse_targets(text)] == expected
