"""Issue 19: structure and metadata of texts unlike the corpus documents (news of street work, rules whose
articles run together, web copies with site chrome). Example texts written for these tests."""

import pytest

from safeplan.corpus import read_text


def _one(text, name="page.txt"):
    [doc] = read_text(text, name)
    return doc


def _items(doc):
    return [(i.id, i.style, i.text) for i in doc.walk()]


# ---------------------------------------------------------------- structure


def test_paragraphs_opening_with_yi_shi_are_items():
    doc = _one("今年以来,东关街道多措并举抓好夏季安全工作。\n一是压实责任。街道与各社区签订责任书。\n"
               "二是强化排查。组织力量检查沿街门店。\n三是加强宣传。发放明白纸。\n")
    assert [(i, s) for i, s, _ in _items(doc)] == [("0", "preamble"), ("1", "inline"), ("2", "inline"), ("3", "inline")]
    assert doc.items[2].text == "强化排查。组织力量检查沿街门店。"


def test_yi_shi_paragraphs_nest_under_the_heading_they_follow():
    doc = _one("一、主要任务\n(一)开展排查\n一是查企业。\n二是查场所。\n(二)加强执法\n")
    assert [i for i, _, _ in _items(doc)] == ["1", "1.1", "1.1.1", "1.1.2", "1.2"]


def test_a_lone_yi_shi_paragraph_stays_text():
    # no 二是 follows: a sentence that happens to start so, not a list
    doc = _one("一、工作情况\n全年检查企业120家。\n一是建立了培训机制,组织培训12期。\n二、下步打算\n")
    assert [i for i, _, _ in _items(doc)] == ["1", "2"]
    assert "一是建立了培训机制" in doc.items[0].text


def test_articles_run_together_on_one_line_are_cut():
    doc = _one("仓储安全管理制度 第一章 总则 第一条 为加强仓库管理,制定本制度。 第二条 本制度适用于各仓库。"
               "第三条 仓库保管员每日巡查一次。第二章 检查 第四条 依照第二条的规定开展检查。\n")
    got = [(i, s) for i, s, _ in _items(doc)]
    assert got == [("0", "preamble"), ("ch1", "chapter"), ("1", "article"), ("2", "article"), ("3", "article"),
                   ("ch2", "chapter"), ("4", "article")]
    assert list(doc.walk())[6].text == "依照第二条的规定开展检查。"  # a reference is no article
    assert doc.meta.title == "仓储安全管理制度"


def test_the_first_article_right_after_its_heading_is_cut_too():
    doc = _one("第一章总则第一条为规范巡查工作,制定本办法。第二条本办法适用于全县。第三条巡查每月一次。\n")
    assert [i for i, _, _ in _items(doc)] == ["ch1", "1", "2", "3"]


def test_a_single_cited_article_in_a_line_is_not_cut():
    doc = _one("一、依据\n按照《安全生产法》第二十一条和第二十二条规定,落实主要负责人职责。\n")
    assert [i for i, _, _ in _items(doc)] == ["1"]


def test_decimal_sections_of_an_emergency_plan_are_items():
    doc = _one("某县燃气事故应急预案\n1 总则\n1.1编制目的\n为规范应急处置,制定本预案。\n1.2 适用范围\n本县行政区域。\n"
               "2 组织体系\n2.1指挥部\n县政府设立指挥部。\n")
    assert [(i, s) for i, s, _ in _items(doc)] == [
        ("0", "preamble"), ("1", "decimal-1"), ("1.1", "decimal-2"), ("1.2", "decimal-2"), ("2", "decimal-1"),
        ("2.1", "decimal-2")]


@pytest.mark.parametrize("line", ["3 月 5 日召开会议。", "12 家企业完成整改。", "2 是这样的吗,我们认为"])
def test_a_number_and_a_blank_before_a_sentence_is_no_section(line):
    doc = _one(f"一、工作情况\n{line}\n")
    assert [i for i, _, _ in _items(doc)] == ["1"]


def test_lines_opening_with_lost_spaces_still_open_their_items():
    doc = _one("??? 第一条 检查分为日常检查和专项检查。\n??? 第二条 检查应做好记录。\n")
    assert [(i, s) for i, s, _ in _items(doc)] == [("1", "article"), ("2", "article")]
    assert doc.meta.title is None


# ---------------------------------------------------------------- metadata


def test_an_untitled_report_of_street_work_is_news():
    doc = _one("为做好汛期安全工作,西坝街道提前部署,扎实开展隐患排查。\n一是排查河道。\n二是转移群众。\n")
    assert (doc.meta.genre, doc.meta.level) == ("news", "street")


def test_a_jieban_is_a_street():
    doc = _one("入冬以来,为防范火灾事故,城南街办在辖区开展消防检查,共检查门店30家。\n(城南街办 李明)\n")
    assert (doc.meta.genre, doc.meta.level) == ("news", "street")


@pytest.mark.parametrize("chrome", ["网站支持IPV6", "本网站支持IPv6访问"])
def test_a_headline_after_site_chrome_is_the_title_and_makes_news(chrome):
    doc = _one(f"{chrome}\n\n河口区召开2024年第三季度安全生产工作会议\n\n来源:区应急管理局 发表时间:2024-07-05 09:30\n\n"
               "7月5日,河口区召开会议,部署三季度安全生产工作。\n")
    assert (doc.meta.title, doc.meta.genre, doc.meta.level, doc.meta.date) == (
        "河口区召开2024年第三季度安全生产工作会议", "news", "district", "2024-07-05")


def test_an_unsigned_rule_that_speaks_of_its_company_is_the_company_s():
    doc = _one("动火作业管理规定 第一条 为规范公司动火作业,制定本规定。 第二条 本规定适用于各车间。 第三条 动火前应办理作业票。\n")
    assert (doc.meta.level, doc.meta.genre) == ("enterprise", "other")


def test_a_local_law_is_its_place_s_and_keeps_its_announcement_number():
    doc = _one("江北省安全生产条例\n\n江北省人民代表大会常务委员会公告(第12号)\n\n《江北省安全生产条例》已于2010年5月6日通过,"
               "现予公布。\n\n江北省人民代表大会常务委员会\n\n2010年5月6日\n\n第一章 总则\n\n第一条 为了加强安全生产工作,制定本条例。\n\n"
               "第二条 本省行政区域内适用本条例。\n\n第三条 安全生产工作坚持安全第一。\n")
    m = doc.meta
    assert (m.title, m.issuer, m.date, m.doc_number, m.level, m.genre) == (
        "江北省安全生产条例", "江北省人民代表大会常务委员会", "2010-05-06", "江北省人民代表大会常务委员会公告(第12号)",
        "province", "law")


def test_a_city_government_order_is_the_number_of_its_rules():
    doc = _one("某某市危险化学品安全管理办法\n\n南江市人民政府令第45号\n\n第一条 为加强管理,制定本办法。\n第二条 本市适用。\n"
               "第三条 应急管理部门负责监督。\n")
    assert (doc.meta.doc_number, doc.meta.level) == ("南江市人民政府令第45号", "city")


def test_a_summary_and_plan_is_a_report_and_a_sample_suffix_is_ignored():
    doc = _one("街道应急办2023年工作总结及2024年工作计划范文\n一、工作总结\n(一)抓责任落实。\n")
    assert doc.meta.genre == "report"


def test_an_untitled_page_of_a_plan_with_its_organs_named():
    doc = _one("三、活动安排\n(一)开展隐患排查周\n1.组织单位:各乡镇人民政府、县直有关部门。\n(二)开展宣传日\n"
               "1.组织单位:县安委办、县应急管理局。\n")
    assert (doc.meta.level, doc.meta.genre) == ("district", "plan")


def test_a_site_s_name_is_no_title_and_a_byline_dates_news():
    doc = _one("首页 > 信息公开 > 工作动态\n西平区人民政府门户网站\n西平区开展节前安全生产大检查\n"
               "发布时间: 2024-01-20 来源: 区应急管理局\n1月18日,西平区组织开展节前安全生产大检查。\n")
    assert (doc.meta.title, doc.meta.genre, doc.meta.date) == ("西平区开展节前安全生产大检查", "news", "2024-01-20")


def test_a_plan_s_page_date_is_not_its_date():
    doc = _one("发布时间:2023-08-09 浏览次数:120\n【字体:大 中 小】\n北河县2023年安全生产大检查实施方案\n"
               "为全面排查整治安全隐患,制定本方案。\n一、检查时间\n2023年8月至10月。\n")
    assert (doc.meta.title, doc.meta.date, doc.meta.level, doc.meta.genre) == (
        "北河县2023年安全生产大检查实施方案", None, "district", "plan")


def test_the_written_date_of_an_info_table_wins_over_its_publication_date():
    doc = _one("发布日期: | 2023-05-10 | 成文日期: | 2023-05-06 |\n发文字号: | 深宝西办〔2023〕12号 |\n"
               "西乡街道2023年安全生产工作要点\n一、工作目标\n")
    assert (doc.meta.date, doc.meta.doc_number, doc.meta.genre) == ("2023-05-06", "深宝西办〔2023〕12号", "work_points")


def test_a_forwarding_notice_with_a_byline_stays_a_notice():
    doc = _one("您的位置:首页 > 公文通告\n\n南关区安委办转发《市安委办关于加强汛期安全工作的通知》的通知\n\n"
               "发表时间:2024-06-08 10:58:00 | 来源:\n\n南安办字〔2024〕9号\n\n各街道:\n现将有关通知转发给你们。\n")
    assert (doc.meta.genre, doc.meta.doc_number) == ("notice", "南安办字〔2024〕9号")
