"""Prose frequencies, deadlines and targets of the genre (issue 19, session 12): sentences written from the shapes
plans, notices and 工作要点 use, and the dev texts' own (tests/corpus/heldback, hb-r417-y, hb-s407-x, hb-s702-y,
hb-n86-y). Expected values are read off the quoted text (README conventions 9-11): a period named before its verb
without 每 (月调度、季通报, 月调度季通报, 年考核, 半年小结), a period and its count without 每 (两周一次), a stage's part of a
month in brackets, a label's 为, a day that a completion follows, a campaign's 至…结束, a day scheduled (将于6月16日),
and a state in quotes that an aim names (实现…“清零”); in news, the window of a document the item tells was issued."""

import pytest

from safeplan.corpus import read_text
from safeplan.rules.deadlines import is_window, parse_deadlines
from safeplan.rules.extract import extract_document
from safeplan.rules.frequencies import parse_frequencies
from safeplan.rules.targets import parse_targets


def _periods(text):
    return [(f.period, f.every, f.min_count) for f in parse_frequencies(text)]


@pytest.mark.parametrize("text, expected", [
    # a period named before its verb, after a regime's verb, in a list or quotes, or after another such pair
    ("建立月调度季通报工作机制。", [("month", 1, 1), ("quarter", 1, 1)]),
    ("对重大隐患实行月调度,对工作滞后的进行季度通报。", [("month", 1, 1), ("quarter", 1, 1)]),
    ("做到日巡查、周检查、月督查。", [("day", 1, 1), ("week", 1, 1), ("month", 1, 1)]),
    # 总结, 小结, 考核, 评估 name a reporting or checking too; a year and a half-year name periods as well
    ("坚持周例会、月总结制度。", [("week", 1, 1), ("month", 1, 1)]),
    ("实行“月调度、季通报、年考核”。", [("month", 1, 1), ("quarter", 1, 1), ("year", 1, 1)]),
    ("严格落实月调度、季通报、半年小结、年终总结制度。", [("month", 1, 1), ("quarter", 1, 1), ("half_year", 1, 1)]),
    ("半年一小结、一年一总结。", [("half_year", 1, 1), ("year", 1, 1)]),
    ("坚持季度研判、半年评估。", [("quarter", 1, 1), ("half_year", 1, 1)]),
    ("开展季度安全生产形势分析。", [("quarter", 1, 1)]),
    # hb-r417-y: a count before 的 is the frequency's own (每日接到的… stays a description)
    ("组织并参加每周一次的班组安全活动日;", [("week", 1, 1)]),
    ("每月一次的安全例会由车间主任主持。", [("month", 1, 1)]),
    # a period and its count without 每
    ("两周一次", [("week", 2, 1)]),
    ("村安全员三天一次巡查重点部位。", [("day", 3, 1)]),
    ("一个月至少一次", [("month", 1, 1)]),
    ("一月两次", [("month", 1, 2)]),
    ("每一季度召开一次安委会全体会议。", [("quarter", 1, 1)]),
    ("实行半月一调度、一月一通报。", [("half_month", 1, 1), ("month", 1, 1)]),
    ("网格员每个工作日巡查一次。", [("day", 1, 1)]),
])
def test_frequencies_of_the_genre(text, expected):
    assert _periods(text) == expected


@pytest.mark.parametrize("text", [
    "每日接到的举报要及时处理。",                 # a description
    "近一年两次发生火灾。",                        # a count of events
    "对一季度工作进行通报。",                      # the first quarter's report, once
    "2023年报告显示,全县事故起数下降。",          # a year's report
    "第一周一次也没有检查。",
    "定期开展检查。",                              # 定期 is none (convention 10)
])
def test_no_frequency(text):
    assert parse_frequencies(text) == []


def _dates(text):
    """A dated deadline as its ISO date (the year written or named before it), a yearless one as (month, day)."""
    return [d.date or (d.month, d.day) for d in parse_deadlines(text)]


@pytest.mark.parametrize("text, expected", [
    # a stage's part of a month, or its end, in brackets
    ("第一阶段:动员部署(2024年4月上旬)。", ["2024-04-10"]),
    ("总结验收阶段(6月上旬):各镇对照方案总结。", [(6, 10)]),
    ("第二阶段:整改落实(6月底)。", [(6, 30)]),
    # a label's date after 为
    ("截止时间为6月30日。", [(6, 30)]),
    ("完成时限为2024年9月30日。", ["2024-09-30"]),
    # a day that a completion follows
    ("各村5月20日完成自查。", [(5, 20)]),
    # hb-s407-x: the end a campaign runs to (为期一个月 is no deadline of its own)
    ("本次活动将于6月1日正式启动,并持续至6月30日结束,为期一个月。", [(6, 30)]),
    ("专项行动自2024年4月开始,至12月结束。", ["2024-12-31"]),
    ("整治工作到10月20日止。", [(10, 20)]),
    ("自查报告最晚6月15日交镇安办。", [(6, 15)]),
    # a day scheduled (将于/定于, or a clause opening with a day that 将 follows: hb-u410-x); a start is none
    ("市安委会将于6月16日举行安全生产月启动仪式。", [(6, 16)]),
    ("定于6月16日上午在市民广场举行安全生产咨询日活动。", [(6, 16)]),
    ("6月1日上午,将在热电厂组织举行全区安全生产应急演练。", [(6, 1)]),
])
def test_deadlines_of_the_genre(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    "3月15日完成了全部验收工作。",                 # work done
    "会议传达了《关于开展安全生产月活动的通知》(2019年6月)精神。",
    # hb-s702-y: a response time for each warning, in a Traditional copy (outside laws no deadline, convention 9)
    "並在30分鐘內將布置落實情況報鎮鄉鎮急辦。",
    "本次检查将于6月1日正式启动。",                 # a start
    "6月16日,国务院安委会召开了全国安全生产电视电话会议。",   # an account
    # a period a law defines, not a campaign's end
    "征收中华人民共和国成立之日起至1994年12月31日止用侨汇购建的华侨房屋,补偿金额按照评估价格确定。",
])
def test_no_deadline(text):
    assert parse_deadlines(text, standing_limits=False) == []


def test_a_law_keeps_its_response_time_in_a_traditional_copy():
    assert [(d.text, d.relative) for d in parse_deadlines("並在30分鐘內將布置落實情況報鎮鄉鎮急辦。")] == [("30分鐘內", True)]


def test_a_campaign_end_is_a_window():
    """In an account the end a campaign ran to is work that ran (extract.py keeps a window there only when ahead)."""
    (deadline,) = parse_deadlines("并持续至6月30日结束", 2024)
    assert is_window(deadline)


def _targets(text):
    return [(t.op, t.value, t.unit) for t in parse_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # the quotes hold the state alone, an aim's verb opens the clause (README conventions 3, 11)
    ("实现重大事故隐患“清零”。", [("==", 0, None)]),
    ("确保重点场所消防检查“全覆盖”。", [(">=", 100, "%")]),
    ("全面实现企业安全生产标准化“全覆盖”目标。", [(">=", 100, "%")]),
    # hb-n86-y: a result reported
    ("全年首次实现生产安全“零事故”,自然灾害未造成重大损失。", []),
    # an activity or a campaign named with the state
    ("开展“全覆盖”排查。", []),
    ("推动隐患“清零”行动。", []),
])
def test_states_in_quotes(text, expected):
    assert _targets(text) == expected


def _news_deadlines(text):
    [doc] = read_text(text, "news.txt")
    assert doc.meta.genre == "news"
    return [d.text for r in extract_document(doc).rules for d in r.deadlines]


def test_a_window_an_issued_document_sets_is_ahead_of_the_account():
    # hb-n181-y: 近日,县政府安委会下发《…》(郫安委〔2013〕1号),从3月7日开始至6月30日结束,在全县范围内开展…
    issued = ("为抓好安全生产工作,近日,县政府安委会下发《关于深入开展重点行业领域安全生产专项整治工作的通知》,"
              "从3月7日开始至6月30日结束,在全县范围内开展重点行业领域安全生产专项整治工作。\n"
              "整治重点包括道路交通、建筑施工等行业领域。\n")
    assert _news_deadlines(issued) == ["3月7日开始至6月30日"]
    # the item's own work that ran, the window in it (近日, no document issued) or ended (…结束了)
    ran = ("近日,县应急管理局从3月7日开始至3月10日,在全县范围内开展重点行业领域安全生产检查。\n"
           "检查组深入企业一线,督促整改隐患。\n")
    assert _news_deadlines(ran) == []
    ended = ("近日,县政府安委会下发《关于开展安全生产大检查的通知》,检查从3月7日开始,持续至3月20日结束了。\n"
             "检查组深入企业一线,督促整改隐患。\n")
    assert _news_deadlines(ended) == []
