"""Metadata of web copies of the genre (issue 19): texts written for these tests, one per gap class, none taken
from the held-back set. Each case is the head of a page as it reaches us, and what a reader reads off it."""

import pytest

from safeplan.corpus import read_text


def meta(text):
    [doc] = read_text(text, "page.txt")
    return doc.meta


def test_a_forwarding_notice_is_its_own_document_and_its_issuer_stops_before_转发():
    m = meta("某某市应急管理局转发省安委办关于开展汛期安全检查的通知\n"
             "各区应急管理局:\n现将《省安委办关于开展汛期安全检查的通知》转发给你们,请认真贯彻落实。\n"
             "1.请于6月20日前报送检查情况。\n某某市应急管理局\n2023年6月2日\n")
    assert m.title == "某某市应急管理局转发省安委办关于开展汛期安全检查的通知"
    assert (m.issuer, m.date) == ("某某市应急管理局", "2023-06-02")      # the signature closes the text


def test_a_county_level_city_is_told_by_whom_it_writes_to():
    m = meta("关于做好春节期间安全防范工作的通知\n各乡镇人民政府、各街道办事处、市直各部门:\n"
             "请切实做好春节期间安全防范工作。\n桦川市安全生产委员会办公室\n2022年1月18日\n")
    assert m.level == "district"


@pytest.mark.parametrize("opening, level", [
    ("5月12日,青石街道组织辖区企业开展应急演练,共有60余人参加。", "street"),
    ("近日,东关街道柳园社区组织网格员开展燃气安全入户检查。", "community"),
    ("为迎接汛期,白沙镇提前部署,对辖区山塘水库开展巡查。", "street"),
])
def test_an_untitled_report_takes_the_level_of_the_unit_it_opens_with(opening, level):
    assert meta(opening + "\n检查中发现的问题已当场交办。\n").level == level


def test_an_untitled_text_opening_with_a_dated_event_is_news():
    assert meta("6月3日,柳园社区组织开展消防安全宣传活动。\n居民踊跃参加。\n").genre == "news"


def test_a_company_rule_numbered_in_articles_is_not_a_national_law():
    m = meta("为规范公司动火作业管理,结合公司实际,制定本制度。\n第一章 总则\n第一条 本制度适用于公司各车间。\n"
             "第二条 动火作业实行审批制度。\n第三条 安全环保部负责动火作业的监督检查。\n")
    assert (m.level, m.genre) == ("enterprise", "other")
    assert m.title is None                         # 第一章 is a chapter, not a title


def test_a_regulation_whose_articles_run_together_is_a_law_of_its_province():
    m = meta("第一章总则第一条为加强危险化学品安全管理,结合本省实际,制定本规定。第二条本规定适用于本省行政区域。\n")
    assert (m.level, m.genre) == ("province", "law")


@pytest.mark.parametrize("page, title", [
    ("《某某社区安全生产网格化管理制度.docx》由会员分享,可在线阅读。\n"
     "1、某某社区安全生产网格化管理制度一、目的为落实网格化管理,制定本制度。\n", "某某社区安全生产网格化管理制度"),
    ("资料下载\n1、城关镇2023年安全生产工作要点为认真贯彻落实上级部署,结合我镇实际,制定本要点。\n",
     "城关镇2023年安全生产工作要点"),
])
def test_a_document_sharing_copy_takes_the_title_run_into_its_first_chunk(page, title):
    assert meta(page).title == title


def test_a_plan_named_only_in_its_first_sentence():
    m = meta("为提升居民防灾意识,我们特制定了以下社区防汛工作计划。\n一、排查隐患\n二、组织演练\n")
    assert m.title == "社区防汛工作计划"


@pytest.mark.parametrize("chrome", ["(记者 王丽)", "论文部分内容阅读", "扫一扫在手机打开当前页", "(一)"])
def test_page_chrome_and_bare_numbers_are_never_a_title(chrome):
    assert meta(chrome + "\n各单位要加强值班值守。\n").title is None
