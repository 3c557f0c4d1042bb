"""The genre of untitled accounts told past their first sentence (README conventions 5 and 12): a meeting's leader who
出席并讲话, a sentence opened by 会议要求/会议强调 after the lede, a campaign's 连日来 — news; a unit's account under a
heading of work completed (一、2024年工作完成情况) — report. Shapes of dev texts hb-n501-y, hb-n172-y, hb-u504-y; names
and numbers changed. Written for the tests: an office's 提醒 to the units below (关于做好…的提醒) is a notice, a
title on how work went (…工作开展情况) a report's. A site's calendar (a date and its weekday) over a headline
gives way to the byline's date (hb-n703-y)."""

import pytest

from tests.corpus.metareading import meta


@pytest.mark.parametrize("text", [
    "我市今天召开会议,对近期安全生产工作进行动员部署。副市长某某出席并讲话。\n会议要求,各级各部门要严格落实属地、部门安全监管责任,"
    "强化安全生产监督执法检查力度,坚决遏制各类重特大事故发生。\n",
    "全县安全生产工作会议在县行政中心召开,对当前安全生产工作进行再部署。会议传达了全市安全生产会议精神。"
    "会议强调,各乡镇、各部门要时刻绷紧安全生产这根弦。\n",
    "从5月5日起至6月20日,我市在全市范围内开展安全隐患自查自纠工作,加大力度推进百日整治专项行动。根据部署安排,此次自查自纠工作"
    "坚持“六个一贯到底”总要求。连日来,全市各镇街、各部门迅速行动,全力开展安全隐患自查自纠和宣传工作。\n",
], ids=["a-leader-spoke", "the-meeting-stressed", "days-since"])
def test_an_untitled_account_of_a_meeting_or_a_campaign_is_news(text):
    assert meta(text).genre == "news"


def test_an_untitled_notice_that_demands_meetings_is_no_account():
    m = meta("各乡镇人民政府,县直各部门:\n为做好汛期安全生产工作,现就有关事项通知如下:\n一、各乡镇要召开专题会议进行部署,主要负责同志"
             "要亲自安排。\n二、各部门要加强督查检查。\n")
    assert m.genre == "notice"


def test_a_units_account_under_a_heading_of_work_completed_is_a_report():
    m = meta("一、2024年工作完成情况\n(一)夯实基层基础,提升应急管理能力。严格落实24小时应急值班值守制度,及时上报突发事件信息12件。"
             "编制印发各类应急预案3部,开展各类应急演练270余场,累计培训人员3000余人次。\n"
             "(二)强化风险防控。共排查企业560家,发现隐患1200余处,已整改1150处。\n")
    assert m.genre == "report"


def test_an_offices_reminder_to_the_units_below_is_a_notice():
    m = meta("关于做好国庆期间安全生产工作的提醒\n各村(社区):\n国庆节将至,请做好以下工作:\n一、加强值班值守。\n"
             "某某镇应急管理办公室\n2023年9月28日\n")
    assert (m.issuer, m.genre) == ("某某镇应急管理办公室", "notice")


def test_a_title_on_how_work_went_is_a_reports_not_an_events_headline():
    m = meta("某某街道安全生产工作开展情况\n今年以来,我街道认真贯彻落实上级安全生产工作部署,扎实开展各项工作。\n一、主要工作\n"
             "(一)强化组织领导。街道党工委召开专题会议3次。\n(二)开展隐患排查。共排查企业56家,整改隐患120处。\n二、存在问题\n"
             "三、下一步打算\n")
    assert m.genre == "report"


def test_a_headline_on_work_begun_is_still_news():
    m = meta("某某街道开展燃气安全专项检查\n发布时间:2023-06-12\n6月10日,某某街道组织开展燃气安全专项检查。\n")
    assert m.genre == "news"


def test_a_sites_calendar_over_a_headline_does_not_date_the_item_its_byline_does():
    """hb-n703-y's shape: today's date and weekday at the page's top, the item's own time under its headline."""
    m = meta("2025年12月16日 星期二\n\n网站首页 专题 详情\n\n县领导开展中秋节前安全生产大检查\n\n2022-09-13 08:52:11\n\n"
             "■ 融媒体记者 张三\n\n本报讯 9月9日,副县长某某带领县农业农村局等部门相关负责人开展中秋节前安全生产大检查。\n")
    assert (m.genre, str(m.date)) == ("news", "2022-09-13")


def test_a_papers_issue_date_with_its_weekday_dates_an_item_with_no_byline():
    m = meta("2023年5月6日 星期六\n\n某某镇开展安全生产大检查\n\n本报讯 5月5日,某某镇组织开展安全生产大检查,共检查企业30家。\n")
    assert str(m.date) == "2023-05-06"
