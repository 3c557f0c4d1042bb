"""Head lines of common page shapes written for this test (no dev text had them; README conventions 6, 8, 12): a
company's own paper titled with its 有限公司 name is no ad to clean away, a red head's 文号 before the title on its line
is no part of the title, a news headline's subtitle (——…) right above the byline is not the headline, a page
title's site (_某某县人民政府, - 百度文库) and a date in brackets under a title are none of its words, a town's rules in 条
are the town's, a 落款's name wrapped before its 办公室 is one name, a public mark after a title is none of it."""

import pytest

from tests.corpus.metareading import meta

NOTICE_BODY = ("各乡镇人民政府,县直各部门:\n为切实做好汛期安全生产工作,现就有关事项通知如下:\n一、提高思想认识。各乡镇要高度重视。\n"
               "某某县安全生产委员会办公室\n2023年5月5日\n")


def test_a_companys_rules_titled_with_its_name_keep_their_title():
    m = meta("某某化工有限公司安全生产责任制度\n第一条 为落实安全生产责任,根据《安全生产法》,制定本制度。\n"
             "第二条 公司总经理是安全生产第一责任人。\n第三条 各部门负责人对本部门安全生产负责。\n")
    assert (m.title, m.level, m.genre) == ("某某化工有限公司安全生产责任制度", "enterprise", "other")


def test_a_companys_ad_line_above_a_page_still_goes():
    m = meta("某某机械有限公司 服务热线:400-000-0000\n某某县2023年安全生产工作方案\n为做好安全生产工作,特制定本方案。\n"
             "一、工作目标\n全年不发生较大事故。\n")
    assert m.title == "某某县2023年安全生产工作方案"


def test_a_red_heads_number_before_the_title_on_its_line_is_the_number_not_the_title():
    m = meta("某安办〔2023〕12号 关于做好2023年汛期安全生产工作的通知\n" + NOTICE_BODY)
    assert (m.title, m.doc_number, m.issuer) == (
        "关于做好2023年汛期安全生产工作的通知", "某安办〔2023〕12号", "某某县安全生产委员会办公室")


def test_a_headline_over_its_subtitle_and_byline_is_the_headline():
    m = meta("某某镇扎实开展汛前安全隐患大排查\n——筑牢防汛安全防线\n发布时间:2023-05-06 10:00 来源:某某镇\n"
             "5月5日,某某镇组织开展汛前安全隐患大排查,镇党委书记带队检查。\n")
    assert (m.title, m.level, m.genre) == ("某某镇扎实开展汛前安全隐患大排查", "street", "news")


PLAN_BODY = "为做好安全生产工作,结合我镇实际,特制定本方案。\n一、工作目标\n全年不发生较大事故。\n二、工作措施\n(一)加强隐患排查。\n"


@pytest.mark.parametrize("line", ["某某镇2023年安全生产工作方案_某某县人民政府", "某某镇2023年安全生产工作方案 - 百度文库"],
                         ids=["government-site", "document-library"])
def test_a_page_titles_site_after_the_title_is_no_part_of_it(line):
    m = meta(line + "\n" + PLAN_BODY)
    assert (m.title, m.level, m.genre) == ("某某镇2023年安全生产工作方案", "street", "plan")


def test_a_date_in_brackets_under_a_title_is_its_day_not_its_words():
    m = meta("某某镇2023年安全生产工作方案\n(2023年3月6日)\n" + PLAN_BODY)
    assert (m.title, str(m.date)) == ("某某镇2023年安全生产工作方案", "2023-03-06")


def test_a_bracketed_trial_mark_under_a_title_is_part_of_it():
    m = meta("某某镇安全生产网格化管理办法\n(试行)\n第一条 为加强安全生产网格化管理,制定本办法。\n第二条 本办法适用于本镇。\n"
             "第三条 镇安委办负责组织实施。\n")
    assert (m.title, m.genre, m.level) == ("某某镇安全生产网格化管理办法(试行)", "law", "street")


@pytest.mark.parametrize("title", ["城镇燃气管理条例", "小城镇建设安全管理办法"], ids=["towns", "small-towns"])
def test_rules_for_towns_in_general_name_no_town(title):
    m = meta(title + "\n第一条 为了加强管理,保障公共安全,制定本条例。\n第二条 本条例适用于城镇的规划和建设。\n"
             "第三条 国务院有关部门负责全国的监督管理工作。\n")
    assert (m.genre, m.level) == ("law", "national")


NOTICE = "关于做好汛期安全生产工作的通知\n各村(社区):\n现就有关事项通知如下:\n一、加强领导。各村要高度重视。\n二、加强排查。\n"


def test_a_signers_name_wrapped_before_its_office_word_is_one_name():
    m = meta(NOTICE + "某某县安全生产委员会\n办公室\n2023年5月5日\n")
    assert (m.issuer, str(m.date)) == ("某某县安全生产委员会办公室", "2023-05-05")


def test_two_bodies_signing_on_lines_of_their_own_stay_two():
    m = meta(NOTICE + "某某镇安全生产委员会\n某某镇人民政府\n2023年5月5日\n")
    assert m.issuer == "某某镇安全生产委员会 某某镇人民政府"


def test_a_public_mark_after_a_title_is_no_part_of_it():
    m = meta(NOTICE.replace("的通知\n", "的通知(此件公开发布)\n", 1) + "某某镇人民政府\n2023年5月5日\n")
    assert m.title == "关于做好汛期安全生产工作的通知"


def test_a_covering_notices_signature_run_into_a_flattened_line_names_its_issuer():
    m = meta("关于印发《某某镇2023年森林防火工作方案》的通知 各村(社区)、镇直各单位:现将《某某镇2023年森林防火工作方案》印发给你们,"
             "请认真贯彻执行。某某镇人民政府 2023年3月1日 某某镇2023年森林防火工作方案 为做好森林防火工作,特制定本方案。一、工作目标 "
             "全年不发生重大森林火灾。二、工作措施 各村要落实巡山护林制度。\n")
    assert (m.title, m.issuer, str(m.date), m.genre) == ("某某镇2023年森林防火工作方案", "某某镇人民政府", "2023-03-01", "plan")


def test_a_date_in_a_flattened_sentence_after_a_place_names_no_signer():
    m = meta("为做好森林防火工作,特制定本方案。一、工作目标 全年不发生重大森林火灾。二、工作措施 各村要落实巡山护林制度,镇林业站要加强"
             "巡查。某某镇林区 2023年3月1日 起实行封山育林,严禁一切野外用火,各村要做好宣传。三、保障措施 各村要加强组织领导。\n")
    assert m.issuer is None
