"""Deadline phrases of the batch-y dev texts from 61 up (tests/corpus/heldback, hb-…-y6…, split dev), each without
前: a window whose start day has no 日 (10月1至10月31日) or ends its start with 起 (从5月初起到6月25日), a stage's
month in brackets (第三阶段:整改提高(11月)), a scheduled 将于X月份 (and the months listed with it), a clause opening
with X月上旬/中旬 (四月上旬区安办调度汇总), and 上中旬. Expected values are read off the quoted text
(README convention 9: the last day that satisfies it; 上旬 → the 10th, 中旬 → the 20th, 下旬 → the month's end)."""

import pytest

from safeplan.rules.deadlines import parse_deadlines
from safeplan.rules.responsible import parse_responsible


def _dates(text, year=None):
    return [(d.year if not d.inferred else None, d.month, d.day) for d in parse_deadlines(text, year)]


@pytest.mark.parametrize("text, expected", [
    # hb-s61-y: the start day of the window has no 日
    ("(三)交流总结,迎接验收(2012年10月1至10月31日)", [(2012, 10, 31)]),
    # hb-n62-y: 5月初起到6月25日, the start closed by 起
    ("阜阳市经信委决定从5月初起到6月25日,在全市工业系统内开展安全生产大检查活动。", [(None, 6, 25)]),
    ("从5月5日起至6月20日,我市在全市范围内开展安全隐患自查自纠工作。", [(None, 6, 20)]),
    # hb-u61-y: a stage's month in brackets is the stage's time, a deadline at its end
    ("第三阶段:整改提高(11月)。各县(市、区)、各部门和单位认真开展“回头看”工作。", [(None, 11, 30)]),
    ("第四阶段:检查总结(12月份)。", [(None, 12, 31)]),
    ("整改提高(11月)。各县(市、区)、各部门和单位认真开展“回头看”工作。", [(None, 11, 30)]),   # (its number cut off)
    # hb-n64-y: 定于 a window's start is the window's, not a scheduled month
    ("国务院安委会定于2015年8月下旬至9月上旬对全国31个省(区、市)开展安全生产大检查综合督查。", [(2015, 9, 10)]),
    # hb-u61-y: 将于7月份和10月份 schedules two inspections
    ("市安委会将于7月份和10月份分别对各县(市、区)和有关部门开展活动情况进行督查或抽查。",
     [(None, 7, 31), (None, 10, 31)]),
    # hb-n61-y: a clause opening with a month's 上旬 / 中旬 (traditional characters, as stored)
    ("第二階段組織評議。四月上旬區安辦調度匯總重大安全隱患情況。", [(None, 4, 10)]),
    ("第三階段掛牌督辦。四月中旬,對重大安全隱患進行掛牌督辦。", [(None, 4, 20)]),
    # X月中旬完成 / 12月上中旬
    ("全面排查工作于6月中旬完成。", [(None, 6, 20)]),
    ("将于12月上中旬组织对全国重点地区开展安全生产综合督查活动。", [(None, 12, 20)]),
])
def test_deadlines_without_qian(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    "(2012年10月)",                                      # a bracketed month with no stage: a citation's date
    "3月上旬,我镇召开了安全生产工作会议。",                 # a clause's month opening work done (召开了)
    "截至4月中旬,全区共排查隐患120处。",                    # a statistic's date
    "该市于7月份召开了安全生产大会。",                      # 于 a month, no 将: an account
    "会议传达了《关于开展安全生产月活动的通知》(2019年6月)精神。",   # a bracketed month after a title in a sentence
])
def test_no_deadline(text):
    assert parse_deadlines(text) == []


@pytest.mark.parametrize("text, lead", [
    # hb-s61-y: an office opening its clause, then 根据 / 按照 what it goes by
    ("一是针对此次整治任务,组织调研组对罗岗社区进行调研。二是整治办公室根据治理分方案,组织召开本辖区有关场所消防安全责任人会议。",
     ["整治办公室"]),
    ("一是街道整治办公室按照整治内容和要求自行组织验收,逐项排查核对。", ["街道整治办公室"]),
    # hb-u61-y: 各地区、各部门、单位主要负责人 are persons (README convention 2), the paragraph's lead stays
    ("各县(市、区)、各有关部门要按照国务院、自治区关于“安全生产年”活动的各项决策部署,全面组织开展各项工作。"
     "各地区、各部门、单位主要负责人要定期到点上调查研究、指导工作。", ["各县(市、区)", "各有关部门"]),
])
def test_units_of_the_y61_texts(text, lead):
    resp = parse_responsible(text, statute=True)
    assert (resp.lead, resp.support) == (lead, [])


@pytest.mark.parametrize("text, expected", [
    # the genre's phrasings without 前 the issue names (read as convention 9 says)
    ("请各单位于6月28日将活动总结报送镇安委办。", [(None, 6, 28)]),
    ("各村于3月15日完成自查。", [(None, 3, 15)]),
    ("并于2024年3月15日报市安办备案。", [(2024, 3, 15)]),
    ("年度内完成全部改造任务。", [(None, 12, 31)]),
    ("5月份完成自查自纠。", [(None, 5, 31)]),
])
def test_genre_deadlines_without_qian(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    "县安委会于6月16日召开安全生产工作会议。",          # a meeting held, no report or completion due
    "该项目于2023年5月10日完成了竣工验收。",           # work done (了)
    "三年内完成改造。",                               # (a span: relative, not the year: see test_fields)
])
def test_no_dated_deadline(text):
    assert [d for d in parse_deadlines(text) if not d.relative] == []


@pytest.mark.parametrize("text, expected", [
    # hb-n79-x (dev): 至 marks a part of a month as the point by which the plan is to be done
    ("节前,各村(社区)必须完成“两件套”安装计划的50%以上,至10月中旬,应全面完成计划。", [(None, 10, 20)]),
    ("到2024年3月上旬完成。", [(2024, 3, 10)]),
    # not a statistic's date, not work done
    ("截至10月中旬,共排查隐患120处。", []),
    ("于10月中旬召开了会议。", []),
])
def test_a_marked_part_of_a_month(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # hb-u91-y (dev): the year's 年底 written out, 2011年年底前
    ("2011年年底前确保50%一般单位人员密集场所“四个能力”建设达标。", [(2011, 12, 31)]),
    ("2011年年底前,各行政村、社区落实消防安全专兼职管理人员。", [(2011, 12, 31)]),
    ("到2024年年底全面完成。", [(2024, 12, 31)]),
])
def test_a_years_nianidi_written_out(text, expected):
    assert _dates(text) == expected
