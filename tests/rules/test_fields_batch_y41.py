"""Field parsers on phrases of the batch-y dev texts from 41 up (tests/corpus/heldback, hb-…-y4…, split dev): units
named as the subject of running text (各A、B要…, 要求各单位要…, several subjects in one paragraph, a news sentence
opening with its date or 下一步, 县(市)、乡(镇)两级人民政府), a label closed by 。, those who form a group with its lead;
a rate written before its floor, a share of villages to reach, a news leader's 要; 到年底 and the year a title names.
Expected values are read off the quoted text."""

from pathlib import Path

import pytest

from safeplan.rules.deadlines import parse_deadlines
from safeplan.rules.extract import _aimed
from safeplan.rules.responsible import parse_responsible
from safeplan.rules.targets import parse_targets


@pytest.mark.parametrize("text, lead, support", [
    # hb-n47-y: 各 covers the bare 部门 after it; the subject follows 会议要求,
    ("会议要求,各村(居)、部门要围绕“消除事故隐患,筑牢安全防线”活动主题,认真开展安全生产月活动。",
     ["各村(居)", "各部门"], []),
    # hb-n46-y: 要求各单位要…
    ("会上,陈建伟传达了会议精神,要求各单位要提高认识,按照“三管三必须”的工作要求,切实认真履责。", ["各单位"], []),
    # hb-n42-y: every subject of the paragraph, 各… and the named bureau alike
    ("宋贤雄强调,各乡镇、各部门要高度重视,成立工作督查专班。县住建局要充分发挥牵头抓总作用,加强对各镇排查整治工作的"
     "业务指导。各单位、部门要加强沟通协调合作。", ["各乡镇", "各部门", "各单位", "县住建局"], []),
    # hb-n43-y: those who form the 督查组 with the lead support it
    ("安排部署到位。近日,屯溪区安委会办公室牵头,由阳湖镇、区科技经信局、区消防救援大队和九龙园区等组成联合督查组,"
     "开展“回头看”专项督查。", ["屯溪区安委会办公室"], ["阳湖镇", "区科技经信局", "区消防救援大队", "九龙园区"]),
    # hb-n43-y, hb-n44-y: a news sentence opens with 下一步 or its date before the office that acts
    ("持续推进到位。下一步,区安委办将持续深入推动安全隐患“回头看”工作力度。", ["区安委办"], []),
    ("11月7日,未央区应急管理局组织召开冲刺60天工作专题会议,查漏补缺。", ["未央区应急管理局"], []),
    # hb-n41-y: a three-character office, and 结合… as what it does
    ("发挥好安全生产管理责任制作用。安监办结合不同时间节点风险类型,制定年度检查计划。", ["安监办"], []),
    # hb-u41-y: governments of a plan, one for each of the two levels, spaced 县 (市) read as 县(市)
    ("加强道路交通安全工作组织体系建设。县 (市)、乡(镇)两级人民政府要建立道路交通安全工作协调机制。同时。将农村道路"
     "交通安全工作纳入村委会工作职责。县级人民政府提供基本财政保障。",
     ["县(市)人民政府", "乡(镇)人民政府", "县级人民政府"], []),
    # hb-s44-y: a label closed by 。 as the other lines of its list are
    ("三、组织机构 主办单位。安监所、宣教办、派出所、工会、共青团、妇联。 各主办单位负责人组成镇活动组委会。",
     ["安监所", "宣教办", "派出所", "工会", "共青团", "妇联"], []),
])
def test_units_in_running_text(text, lead, support):
    resp = parse_responsible(text)
    assert (resp.lead, resp.support) == (lead, support)


@pytest.mark.parametrize("text", [
    "各村(居)和单位相应成立组织。",                                  # hb-s44-y: 相应 is no 应
    "8月9日,区安委办负责人一行赴广兴洲镇开展安全生产大检查。",           # (hb-n21-x) a person, 负责人
    "县级以上地方各级人民政府应当加强对安全生产工作的领导。",             # a law's article names no unit
    "明确问题整改的责任单位。督促企业落实整改。",                        # 责任单位。 closes a sentence, no label
])
def test_no_unit(text):
    resp = parse_responsible(text)
    assert (resp.lead, resp.support) == ([], [])


def _targets(text):
    return [(t.op, t.value, t.unit) for t in parse_targets(text)]


def test_a_rate_written_before_its_floor_is_a_target():
    # hb-u43-y; 年内整改销案率 names a rate closed within the year, no deadline
    text = "县级挂牌督办重大隐患年内整改销案率95%以上。"
    assert _targets(text) == [(">=", 95, "%")]
    assert parse_deadlines(text, 2024) == []


def test_a_share_to_reach_is_a_target_where_its_clause_aims():
    # hb-u41-y
    assert _targets("基本实现全省所有乡(镇)、95%的建制村通班车,县城道路通行秩序明显好转") == [(">=", 95, "%")]
    assert _targets("全市80%的事故发生在农村地区") == []
    assert _targets("全县已实现了85%的企业达标") == []


def test_a_leaders_要_in_a_news_piece_aims():
    # hb-n45-y: 要…做到问题清零 is asked for; a count reported is not
    text = "杨祖斌要求,要建立问题整改责任清单,针对发现的问题,限期整改销号,做到问题清零。"
    [target] = parse_targets(text)
    assert (target.op, target.value) == ("==", 0)
    assert _aimed(target, text)
    reported = "截至目前,排查的问题已全部整改销号,问题清零。"
    assert not any(_aimed(t, reported) for t in parse_targets(reported))


def test_到年底_is_the_year_end():
    # hb-s43-y; the end of a window for work to be done is one too (heldback README convention 9)
    [d] = parse_deadlines("到年底,要求辖区内乡村和各类企事业单位基本完成应急预案编制工作", 2024)
    assert d.date == "2024-12-31"
    [d] = parse_deadlines("从即日起至年底,在全镇开展专项整治", 2024)
    assert d.date == "2024-12-31"
    assert parse_deadlines("截至年底,全镇共排查隐患", 2024) == []


@pytest.mark.parametrize("text, dates", [
    # hb-s44-y: the activity's window, its end
    ("活动时间。2014年6月1日至30日。在各村(居)和有关单位同时开展。", ["2014-06-30"]),
    # a month of a schedule's 时间安排 column, a day after 活动时间: (the table row as rule extraction reads it)
    ("专项整治行业名称：林产品加工；时间安排：11月份；责任单位：林站", ["2024-11-30"]),
    ("1.活动时间:6月16日。", ["2024-06-16"]),
    ("2023年8月至11月", ["2023-11-30"]),
    ("发布时间:2024年3月8日", []),                   # a page's time, no label of work
    ("每年6月至9月为汛期", []),                      # a recurring season
    ("2023年1月至今,全市共发生事故3起", []),          # no end
])
def test_the_end_of_a_window_or_a_labelled_date(text, dates):
    assert [d.date for d in parse_deadlines(text, 2024)] == dates


def test_a_span_to_finish_in_is_relative():
    # 用3个月左右时间 (heldback README convention 9)
    [d] = parse_deadlines("用3个月左右时间,全面排查整治城镇燃气安全隐患", 2024)
    assert d.relative and "3个月" in d.text


def test_a_text_without_a_date_takes_its_year_from_its_head(tmp_path: Path):
    # hb-s43-y: one flattened line opening with 2024 年…报告
    from safeplan.corpus.reader import read_documents
    from safeplan.rules.extract import extract_document

    path = tmp_path / "report.txt"
    path.write_text("2024 年镇应急管理工作中期评估报告 一、应急体系建设主要任务 (一)“一案三制”建设。 (2)企业、学校等"
                    "基层组织单位应急管理机制情况。到年底,要求辖区内乡村和各类企事业单位基本完成应急预案编制工作。\n",
                    encoding="utf-8")
    [doc] = read_documents(path)
    dates = [d.date for rule in extract_document(doc).rules for d in rule.deadlines]
    assert dates == ["2024-12-31"]


def test_a_window_in_an_account_is_kept_only_while_ahead():
    from safeplan.rules.extract import _ahead
    from safeplan.rules.model import Deadline

    assert _ahead(Deadline(text="即日起至10月底", month=10, day=31, date="2017-10-31"), "2017-08-04")
    assert _ahead(Deadline(text="8月1日至10月31日", month=10, day=31, date="2017-10-31"), "2017-08-04")
    assert not _ahead(Deadline(text="4月11日—4月14日", month=4, day=14, date="2017-04-14"), "2017-08-04")
    assert not _ahead(Deadline(text="4月11日—4月14日", month=4, day=14), None)
