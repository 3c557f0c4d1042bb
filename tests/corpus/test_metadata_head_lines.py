"""Head lines of common page shapes written for this test (no dev text had them; README conventions 6, 8, 12): a
company's own paper titled with its 有限公司 name is no ad to clean away, a red head's 文号 before the title on its line
is no part of the title, a news headline's subtitle (——…) right above the byline is not the headline."""

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
