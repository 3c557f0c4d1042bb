"""Metadata of web copies of the genre (issue 19): texts written for these tests, one per gap class, none taken
from the held-back set. Each case is the head of a page as it reaches us, and what a reader reads off it."""

import pytest

from tests.corpus.metareading import meta


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


# ---------------------------------------------------------------- second batch (issue 19, helper texts hb-…-x-, dev half)


@pytest.mark.parametrize("chrome", [
    "索引号 xzfgzbmsqxrmzfbgs-GK-2019-0175 发布日期: 2019-03-26 14:34\n来源 青石镇\n内容概述",   # an info block
    "本篇文章668字,读完约2分钟",                                                              # a reading-time line
    "欢迎来到中国酒源·名酒工业园\n首页· 微博· 设为首页· 加入收藏\n今天是:",                    # a site header
    "主页 > 安全生产 > 工作动态",                                                              # a breadcrumb
    "朗读",                                                                                   # a page's button
])
def test_the_headline_after_page_chrome_is_the_title(chrome):
    m = meta(chrome + "\n青石镇召开清明节前夕安全生产工作部署会\n3月25日,青石镇召开清明节前夕安全生产工作部署会。"
             "全体机关干部参会。\n")
    assert (m.title, m.genre, m.level) == ("青石镇召开清明节前夕安全生产工作部署会", "news", "street")


def test_a_news_item_under_an_info_block_is_dated_by_its_publication_line():
    m = meta("索引号 xzfgzbmsqxrmzfbgs-GK-2019-0175 发布日期: 2019-03-26 14:34\n来源 青石镇\n"
             "青石镇召开清明节前夕安全生产工作部署会\n3月25日,青石镇召开部署会。\n")
    assert m.date == "2019-03-26"


def test_a_compilation_page_is_its_first_document_and_a_byline_does_not_make_it_news():
    m = meta("主页 > 安全生产 > INTRODUCE\n\n乡镇2021年度安全生产工作计划(精选3篇)\n\n"
             "2021-07-02 22:47 作者:创卫网 来源:创卫网 浏览: 我要评论 (条) 字号:\n\n"
             "乡镇2021年度安全生产工作计划精选3篇\n \n白沙镇2021年度安全生产工作计划\n"
             "为了进一步推进全镇安全生产,结合全镇实际特制定2021年度安全生产工作计划如下:\n一、指导思想\n坚持安全第一。\n")
    assert (m.title, m.genre, m.date, m.level) == ("白沙镇2021年度安全生产工作计划", "plan", None, "street")


def test_a_company_rule_on_a_page_with_an_author_line_is_the_company_s():
    m = meta("安全生产检查制度(4)\n\n时间: 05-22 作者:彭超 栏目:职责\n    3、检查频率要求。\n"
             "    总公司除了平时不定期抽查外,每年例行安全生产大检查不少于三次。\n    4、检查、评比、消化。\n")
    assert (m.title, m.genre, m.level) == ("安全生产检查制度(4)", "other", "enterprise")


@pytest.mark.parametrize("named, genre", [("特制定本工作方案", "plan"), ("制定本计划", "plan"), ("特制定本要点", "work_points")])
def test_an_untitled_text_that_names_itself_has_that_genre(named, genre):
    m = meta(f"朗读\n各办(中心),镇属有关部门:\n为提升平安创建实效,结合我镇安全生产监管实际情况,{named}。\n"
             "一、工作目标\n全面落实安全生产责任制。\n")
    assert (m.title, m.genre, m.level) == (None, genre, "street")


def test_a_city_that_directs_its_towns_is_a_county_level_city():
    news = ("即日起 全市开展安全生产大检查\n文章来源:青石市新闻传媒中心 发布时间:2017-08-04 13:51\n"
            "记者从8月2日召开的全市安全生产会上获悉,我市将全面开展安全生产大检查,范围包括:各镇乡(街道)、园区。\n"
            "会议要求各镇乡(街道、园区)、市级相关部门加强领导。\n")
    assert (meta(news).level, meta(news).date) == ("district", "2017-08-04")
    prefecture = news.replace("各镇乡(街道)、园区", "各县(市、区)、各乡镇(街道)")
    assert meta(prefecture).level == "city"                  # a 市 above counties that also names towns


def test_a_recommendation_line_and_a_site_name_are_no_title_and_a_repeated_title_is_said_once():
    assert meta("- 相关推荐\n汽车公司安全检查制度\n为规范安全检查,特制定本制度。\n").title == "汽车公司安全检查制度"
    m = meta("51范文网\n\n2023年乡镇安全生产工作年度总结(大全10篇)\n\n时间:2023-09-14 20:48:52 作者:JQ文豪\n\n"
             "以下是小编为大家收集的总结范文。\n")
    assert (m.title, m.date, m.genre) == ("2023年乡镇安全生产工作年度总结(大全10篇)", None, "report")
    twice = meta("大理市燃气安全专项整治工作实施方案\n\n大理市燃气安全专项整治工作实施方案\n\n为加强燃气安全,制定本方案。\n")
    assert twice.title == "大理市燃气安全专项整治工作实施方案"


def test_a_date_among_a_page_s_info_bullets_is_the_page_s():
    m = meta("• 索引号: 750687753/2023-00061\n\n大理市燃气安全专项整治工作实施方案\n\n  • 2023年09月15日\n"
             "  • 来源: 大理市应急管理局\n  • 【字体: 大  中\n\n为加强燃气安全,结合我市实际,制定本方案。\n")
    assert (m.title, m.date) == ("大理市燃气安全专项整治工作实施方案", None)


def test_a_dateline_and_a_closing_name_make_news_and_a_sentence_is_no_title():
    m = meta("本网讯 为把安全生产工作开展情况记录备查,该镇坚持安全生产工作周报制度,每周五12点前上报。\n"
             "镇安监办及时汇总,研究整改措施,确保辖区安全生产形势稳定。(阮学竹)\n")
    assert (m.title, m.genre) == (None, "news")


def test_a_placeholder_town_is_a_town():
    m = meta("下面是小编为大家整理的工作方案,供大家参考。\nxx镇2023年安全宣传教育工作方案\n为贯彻安全生产法,制定本方案。\n")
    assert (m.title, m.level, m.template) == ("xx镇2023年安全宣传教育工作方案", "street", True)


def test_a_covering_notice_alone_is_a_notice_and_a_cited_number_is_not_its_own():
    m = meta("安委会各成员单位,区内各企业:\n根据《州安委会办公室关于开展2020年“安全生产月”活动的通知》(迪安办发〔2020〕9号)"
             "精神,结合我区实际,现将《2020年开发区“安全生产月”活动方案》印发给你们,请遵照执行。\n"
             "附件:2020年开发区“安全生产月”活动方案.doc\n香格里拉经济开发区安全生产委员会办公室\n2020年6月3日\n")
    assert (m.genre, m.doc_number, m.date) == ("notice", None, "2020-06-03")
    assert m.issuer == "香格里拉经济开发区安全生产委员会办公室"


def test_an_upper_office_visiting_a_town_is_the_actor_of_the_report():
    m = meta("8月9日,区安委办负责人一行赴广兴洲镇开展安全生产大检查。\n要求各村落实整改。\n")
    assert (m.genre, m.level) == ("news", "district")


@pytest.mark.parametrize("page, genre", [
    ("6.主要目标。\n---到2007年底,基本形成城市社区安全工作网络。\n7.工作措施。\n加强组织领导。\n", "plan"),
    ("(一)工作目标\n全面落实安全生产责任制。\n(二)保障措施\n加强督查。\n", "plan"),
    ("我镇坚持安全第一,现将2023年以来安全生产工作开展情况汇报如下:\n一、基本情况\n全镇共有12个村。\n", "report"),
    ("一、主要做法\n组织召开全镇安全生产会议。\n二、存在的问题\n基层力量薄弱。\n三、下一步工作打算\n加强排查。\n", "report"),
])
def test_an_untitled_page_is_told_by_its_headings(page, genre):
    assert meta(page).genre == genre


def test_a_document_site_s_header_line_is_no_date():
    m = meta("市应急管理局2024年工作要点\n\nVIP专免\n2024-06-16 999+ 15.62KB 14 页 海报\n侵权投诉\n"
             "2024年全市应急管理工作总体要求是:坚持安全发展。\n一、主要目标\n")
    assert (m.title, m.date, m.genre) == ("市应急管理局2024年工作要点", None, "work_points")
