"""Metadata of web copies: the page around a document (info-table lines of "key: value" pairs, menus, footers,
breadcrumbs with slashes, bylines). Heads built from the x41+ dev texts of tests/corpus/heldback (not the held half),
with names and numbers changed."""

from tests.corpus.metareading import meta


def test_an_info_table_of_key_value_pairs_on_one_line_gives_issuer_and_date_and_is_no_title():
    m = meta("索引号: 016006999/2023-01234 发布机构: 区政府办\n生成日期: 2023-11-02 公开方式: 主动公开\n"
             "公开范围: 面向全社会\n\n白河区冬春火灾防控工作方案\n\n发布时间: 2023-11-03 16:30:04 浏览次数:\n\n"
             "为做好冬春火灾防控工作,制定本方案。\n一、工作目标\n")
    assert (m.title, m.issuer, m.date) == ("白河区冬春火灾防控工作方案", "区政府办", "2023-11-02")


def test_a_bracketed_info_table_and_the_plans_own_编制单位():
    m = meta("某某区应急管理局\n\n您当前的位置: 首页 > 政务公开 > 应急预案\n\n[ 索引号 ] 1150/2021-00012 [ 发文字号 ]\n"
             "[ 主题分类 ] 应急管理 [ 体裁分类 ] 预案\n[ 发布机构 ] 某某区青山镇\n[ 成文日期 ] 2022-05-09 [ 发布日期 ] 2022-05-10\n\n"
             "青山镇人民政府突发公共事件总体应急预案\n\n编制单位:某某区青山镇人民政府\n\n1 总则\n1.1 编制目的\n为预防和减少突发事件。\n")
    assert m.title == "青山镇人民政府突发公共事件总体应急预案"
    assert (m.issuer, m.date, m.doc_number, m.level) == ("某某区青山镇人民政府", "2022-05-09", None, "street")


def test_a_headline_above_its_byline_comes_after_menus_and_breadcrumbs():
    m = meta("• 设为首页|\n• 长辈版|\n• 无障碍浏览|\n网站首页 > 工作动态\n\n市应急局部署国庆期间应急值守工作\n\n"
             "作者: 发布时间:2021-09-28 07:44 信息来源:市应急局 访问次数:\n\n9月27日,市应急局召开会议。\n")
    assert (m.title, m.date, m.genre) == ("市应急局部署国庆期间应急值守工作", "2021-09-28", "news")


def test_a_sites_footer_and_an_ai_menu_are_no_title():
    assert meta("主办:某某县人民政府 © 版权所有 2018\n承办:某某县人民政府办公室\n涉密文件严禁上网\n"
                "5月3日,县长主持召开安全生产工作例会。\n").title is None
    m = meta("Document\nAi政务问答\n\n我区召开区安委会扩大会议\n\n• 2022-05-10 15:43\n• 来源: 区应急管理局\n\n"
             "5月9日,我区召开区安委会扩大会议。\n")
    assert (m.title, m.genre) == ("我区召开区安委会扩大会议", "news")


def test_a_signature_whose_年月日_were_lost_still_dates_and_signs_the_notice():
    m = meta("关于印发《青山镇安全生产工作方案》的通知\n\n各村民委员会,镇直各单位:\n\n现将《青山镇安全生产工作方案》印发给你们,"
             "请认真抓好贯彻落实。\n\n                     某县青山镇人民政府\n\n                      2024227\n\n"
             "青山镇安全生产工作方案\n\n一、总体要求\n坚持安全第一。\n")
    assert (m.issuer, m.date) == ("某县青山镇人民政府", "2024-02-27")


def test_a_lost_glyph_date_read_two_ways_is_no_date():
    m = meta("关于做好节日安全工作的通知\n各村:\n请做好节日安全工作。\n某县白沙镇人民政府\n2024113\n")
    assert (m.issuer, m.date) == ("某县白沙镇人民政府", None)       # 1月13日 or 11月3日


def test_a_文号_that_lost_its_closing_bracket_and_号_on_a_line_of_its_own_is_given_as_written():
    """README convention 8: the 文号 as written — no 〕 or 号 the copy does not hold (hb-s502-y, hb-u705-y, hb-u42-x)."""
    m = meta("中共某某市委 某某市人民政府\n印发《关于加强安全生产工作的实施办法》的通知\n某市发〔201837\n\n"
             "各县(市、区)委、人民政府:\n现将《关于加强安全生产工作的实施办法》印发给你们。\n\n中共某某市委      某某市人民政府\n\n"
             "20181120\n\n关于加强安全生产工作的实施办法\n为贯彻《意见》(中发〔201632,以下简称《意见》)精神,提出如下实施办法。\n"
             "一、总体要求\n")
    assert (m.doc_number, m.date) == ("某市发〔201837", "2018-11-20")


def test_the_落款_signs_the_document_not_the_office_that_posted_the_page():
    m = meta("索 引 号: WE4301000-2020-011 主题分类: 区政府委办局\n发布机构: 区应急管理局 发文日期: 2020-05-06\n"
             "文 号: 某安委办〔2020〕9号 公开类型: 主动公开\n\n各镇人民政府、街道办事处:\n\n现将有关事项通知如下:\n\n"
             "一、全面排查隐患。\n二、落实整改责任。\n\n某某区安全生产委员会办公室\n\n2020年5月6日\n")
    assert (m.issuer, m.date, m.doc_number) == ("某某区安全生产委员会办公室", "2020-05-06", "某安委办〔2020〕9号")


def test_an_info_tables_无_is_no_文号():
    assert meta("索引号 | 1134/2024-01 |\n文号 | 无 |\n发布机构 | 某市应急管理局 |\n"
                "关于2024年第一季度隐患报送情况的通报\n各县区:\n现将情况通报如下。\n").doc_number is None


def test_an_untitled_account_after_a_sites_footer_opens_with_its_dated_event():
    m = meta("主办:某某县人民政府 © 版权所有 2018\n承办:某某县人民政府办公室\n晋ICP备2021000000号-1\n"
             "4月23日,县长主持召开4月份安全生产工作例会。会议强调,一要推进治本攻坚;二要抓好森林防火。\n")
    assert (m.title, m.genre) == (None, "news")


def test_a_街道办事处_that_takes_measures_is_news_of_a_street():
    m = meta("为打造良好安全环境,青石路街道办事处采取多项措施扎实做好安全生产工作。\n一是加强监督检查。\n二是改进工作方式。\n")
    assert (m.genre, m.level) == ("news", "street")


def test_a_headline_ending_in_启动_is_news():
    assert meta("首页/ 政府信息公开 / 质量安全 / 正文\n\n我县“安全生产月”活动启动\n\n6月1日,我县启动安全生产月活动。\n"
                ).genre == "news"


def test_an_untitled_text_that_decides_to_make_a_plan_is_a_plan():
    assert meta("为了加强社区安全管理,社区决定制定并实施2025年的安全生产工作计划。\n首先,强化教育。\n").genre == "plan"


def test_a_bodys_own_工作要点_names_its_issuer_and_a_news_item_has_none():
    assert meta("县安全生产委员会2025年工作要点\n\n一、强化责任落实\n(一)压实责任。\n").issuer == "县安全生产委员会"
    assert meta("某镇2025年安全生产工作要点\n\n一、强化责任落实\n").issuer is None          # a place, not a body
    m = meta("索引号: 0160/2023-001 发布机构: 区政府办\n生成日期: 2023-11-02\n\n白河区召开区安委会全体会议\n\n"
             "发布时间: 2023-11-02 16:30:04\n\n11月2日,我区召开区安委会全体会议。\n")
    assert (m.genre, m.issuer, m.level) == ("news", None, "district")


def test_a_county_level_city_is_a_district_and_a_prefecture_a_city():
    # convention 4 of the held-back README; the shapes of dev texts u25 and u34 with other places
    assert meta("桐乡市安全生产专项整治三年行动总体方案\n为落实上级部署,结合我市实际,制定本方案。\n一、总体要求\n").level == "district"
    assert meta("义乌市城镇燃气安全专项整治工作实施方案\n为加强燃气安全,结合我市实际,制定本方案。\n一、工作目标\n"
                ).level == "district"
    assert meta("嘉兴市安全生产专项整治三年行动总体方案\n为落实上级部署,结合我市实际,制定本方案。\n一、总体要求\n").level == "city"
    m = meta("关于开展汛期安全检查的通知\n各镇、街道:\n请开展汛期安全检查。\n一、检查范围\n二、工作要求\n\n"
             "公主岭市安全生产委员会办公室\n2023年6月2日\n")
    assert (m.issuer, m.level) == ("公主岭市安全生产委员会办公室", "district")


def test_a_units_own_untitled_account_is_a_report_not_news():
    m = meta("在过去的一年中,我们乡镇始终将安全生产工作放在首位,我乡成立了安全生产领导小组。以下是2024年的主要工作总结以及对2025年的展望。\n"
             "一、2024年安全生产工作总结\n1. 责任体系不断完善\n")
    assert (m.genre, m.level) == ("report", "street")


def test_a_breadcrumbs_last_crumb_that_names_a_document_is_its_title():
    assert meta("您好,欢迎访问某某文档\n当前位置:首页 > 办公文档 > 某镇2024年安全生产情况工作汇报\n"
                "镇安全生产情况汇报XX镇在县委的领导下,现将近期工作情况汇报如下:一、工作开展情况\n").title \
        == "某镇2024年安全生产情况工作汇报"
    assert meta("当前位置:首页 > 工作动态\n3月2日,某镇召开安全会议。\n").title is None


def test_a_sample_sites_piece_is_titled_without_its_mark_and_its_doubled_title():
    m = meta("某某范文网\n\n2024年社区消防安全工作计划 社区消防工作计划(精选8篇)\n\n以下是小编收集的计划范文。\n\n"
             "社区消防安全工作计划 社区消防工作计划篇一\n\n为做好社区消防安全工作,制定本计划。\n")
    assert m.title == "社区消防安全工作计划"


def test_an_author_credit_is_no_title_and_a_dated_opening_with_its_year_is_news():
    m = meta("2024年8月20日下午,区长主持召开区政府常务会议暨安全生产委员会会议。\n一是原则同意《重点任务清单》。\n"
             "二是安委办负责全区通报。\n会议还研究了其他事项。\n政府办公室 王某某 供稿\n发布日期:2024-08-20 18:30点击量:\n")
    assert (m.title, m.genre, m.date) == (None, "news", "2024-08-20")


# shapes of the other helper's y41+ dev texts and of u27/u37, words changed


def test_accounts_that_open_with_their_actor_or_the_meeting_are_news():
    m = meta("青石路街道于近期召开安全生产工作会议,对2025年工作进行全面谋划。\n一.压实安全监管责任。督促各部门排查整治。\n")
    assert (m.genre, m.level) == ("news", "street")
    m = meta("会上,镇长传达了全国自建房安全整治会议精神,要求各单位切实履责。镇安办主任通报了前期问题,"
             "并对镇政府近期工作作了部署。\n")
    assert (m.genre, m.level) == ("news", "street")


def test_a_headline_naming_no_document_then_a_dated_event_is_news():
    assert meta("【保民生】“三到位”抓好隐患整治“回头看”\n安排部署到位。近日,某区安委会办公室牵头开展专项督查。\n"
                ).genre == "news"


def test_a_police_filing_number_is_no_title():
    m = meta("陕公网安备:61011202000000号\n11月7日,某区应急管理局组织召开冲刺60天工作专题会议。\n")
    assert (m.title, m.genre) == (None, "news")


def test_a_cited_notice_is_neither_title_nor_issuer():
    m = meta("近日,某县召开自建房安全专项整治工作推进会。\n会议传达学习了《省住建厅关于开展自建房安全专项整治“百日攻坚行动”的通知》"
             "及县委常委会精神。\n")
    assert (m.title, m.issuer, m.genre) == (None, None, "news")
    assert meta("某市安委会办公室转发《国务院安委会办公室关于加强消防安全工作的紧急通知》的通知\n各乡镇:\n现转发给你们。\n"
                ).title == "某市安委会办公室转发《国务院安委会办公室关于加强消防安全工作的紧急通知》的通知"


def test_a_title_led_by_its_year_takes_the_level_of_the_body_after_it():
    assert meta("2025年街道办事处安全生产工作意见\n根据上级部署,特制定本工作意见。\n一、指导思想\n").level == "street"


def test_an_info_tables_名称_titles_a_page_with_no_title_line():
    m = meta("索引号 | 1134/202401-00003 | 组配分类 | 隐患管理 |\n发布机构 | 某市应急管理局 | 主题分类 | 通知 |\n"
             "名称 | 关于2024年第一季度安全隐患报送情况的通报 | 文号 | 无 |\n生成日期 | 2024-04-04 | 发布日期 | 2024-04-04 |\n"
             "各县、区安委会:\n现将有关情况通报如下:\n一、报送情况\n")
    assert (m.title, m.date, m.doc_number) == ("关于2024年第一季度安全隐患报送情况的通报", "2024-04-04", None)


def test_a_template_sites_date_line_and_file_names_are_the_pages_not_the_documents():
    m = meta("返回首页\n某某网 > 百科 > 经典方案 > 正文\n\n整治方案\n\n2025/08/25经典方案\n\n整治方案(精选4篇)。\n\n"
             "整治方案 篇1\n\n一、指导思想\n")
    assert (m.title, m.date) == ("整治方案", None)
    assert meta("2022年社区安全生产月活动方案5篇.doc\n\n上传人:飞**** 上传时间:2022-10-18\n").title == "2022年社区安全生产月活动方案5篇"
    m = meta("各村委会:\n现将《2021年镇“安全生产月”活动方案》印发给你们,请遵照执行。\n附件:2021年镇“安全生产月”活动方案.doc\n"
             "某镇安全生产委员会办公室\n2021年6月2日\n")
    assert (m.title, m.genre) == ("2021年镇“安全生产月”活动方案", "notice")


def test_a_document_flattened_into_one_line_keeps_its_title():
    m = meta("2025 年镇应急管理工作中期评估报告 一、应急体系建设主要任务 (一)“一案三制”建设。 1、完善应急预案体系。"
             " (1)预案编制情况。结合本单位职能,编制修订各类应急预案 10 余件。\n")
    assert (m.title, m.genre) == ("2025 年镇应急管理工作中期评估报告", "report")


# shapes of the x41+ third group (u45, n54, n55, u46), words changed


def test_a_plans_level_mark_and_the_lowest_level_on_a_tie():
    assert meta("2024年“安全生产月”活动方案(县级)\n根据xx省、xx市要求,制订本方案:\n一、指导思想\n启动全省活动。同步启动全县活动。\n"
                ).level == "district"
    assert meta("为开展好第xx个“安全生产月”活动,参加全国、全省启动仪式,同步启动全市活动,制订本方案:\n一、指导思想\n"
                ).level == "city"


def test_a_reporters_credit_is_no_title_and_a_notice_read_out_is_no_notice():
    m = meta("\n会上,某同志宣读了县安全生产委员会关于开展2024年“安全生产月”活动的通知,强调了今年的主题。\n"
             "乡长表示:各村要做好宣传工作,确保全乡安全形势稳定。\n通讯员:李某某")
    assert (m.title, m.issuer, m.genre) == (None, None, "news")


def test_an_offices_untitled_account_under_another_pen_is_news():
    assert meta("为迅速落实管委会安全生产工作会议精神。\n某区安监环保局要求,一是区安委会办公室对各成员单位下发《关于做好节后复工安全工作的通知》;"
                "二是执法人员对商城进行巡查。\n").genre == "news"


def test_an_agency_alone_on_the_last_line_signs_a_notice_without_a_date():
    m = meta("转发县人民政府办公室关于做好节日安全生产的通知\n局属各单位:\n请各单位切实做好安全生产各项工作,并将自查情况报我局。\n"
             "附:县人民政府办公室《关于做好节日安全生产的通知》\n某县建设局\n")
    assert (m.issuer, m.level, m.genre) == ("某县建设局", "district", "notice")


# shapes of the x41+ fourth group (n57, n58), words changed


def test_a_州_is_a_city_and_a_news_item_is_dated_by_its_byline_not_by_its_event():
    m = meta("首页 > 政府信息公开 > 安全生产 > 正文\n\n红河州安全生产工作电视电话会议召开\n\n2023-01-19 08:10  来源:红河新闻网\n\n"
             "1月17日,红河州召开安全生产工作会议,贯彻全国全省会议精神,部署全州工作。\n会议要求,全州各级各部门要找准差距。\n")
    assert (m.level, m.date, m.genre) == ("city", "2023-01-19", "news")
    m = meta("某某市住建系统迅速开展燃气安全隐患大排查\n\n来源:市住房城乡建设局 发布时间:2023-06-25 09:34 浏览次数:\n\n"
             "2023年6月21日20时40分许,某地发生燃气爆炸事故。6月22日当天,全市住建系统干部职工迅速开展排查。\n")
    assert (m.date, m.genre) == ("2023-06-25", "news")


# shapes of the x41+ fifth group (r41, r42), words changed


def test_a_document_sites_slogan_is_no_part_of_a_flattened_rules_title_and_a_plant_is_an_enterprise():
    m = meta("精选优质文档- 倾情为你奉上 专心- 专注-专业 动火作业安全管理制度 一、目的 加强厂内动火作业管理,确保安全生产。 "
             "二、范围 本文件适用于在进入厂内作业的所有人员。 三、职责 各车间负责执行本制度。\n")
    assert (m.title, m.level, m.genre) == ("动火作业安全管理制度", "enterprise", "other")


def test_a_signature_date_written_with_the_letter_O_for_〇():
    m = meta("某某市人民政府关于印发某某市道路运输安全管理规定(试行)的通知\n各县、区人民政府:\n《规定》已经市人民政府常务会议通过,现印发给你们。\n"
             "二OO七年三月五日\n某某市道路运输安全管理规定(试行)\n第一条 为加强道路运输安全管理,制定本规定。\n"
             "第二条 本规定适用于本市行政区域。\n第三条 运输企业是安全生产的责任主体。\n")
    assert (m.date, m.genre, m.level) == ("2007-03-05", "law", "city")


# shapes of the x41+ sixth group (n60, n61), words changed


def test_a_breadcrumb_of_blank_separated_words_is_no_title_and_a_place_stops_before_its_verb():
    m = meta("您所在的位置: 首页 新闻中心 政务要闻 正文\n青石路街道办事处深入开展消防安全专项整治工作\n来源:本站  时间:2008-09-08 13:03  \n"
             "    近期,青石路街道办事处集中力量对辖区内场所进行排查治理。一是加强宣传。二是明确重点。\n")
    assert (m.title, m.date, m.level, m.genre) == ("青石路街道办事处深入开展消防安全专项整治工作", "2008-09-08", "street", "news")
    assert meta("白沙街道召开消防安全社区推进会\n某新闻网讯(通讯员 某某)近日,白沙街道召开消防安全社区推进会。\n").level == "street"


def test_a_headline_led_by_its_columns_name_and_by_我省_is_news():
    # the shape of the other helper's dev text n49-y, words changed
    m = meta("陕西新闻 | 我省实施燃气安全专项整治行动方案\n\n【陕西新闻 | 我省实施燃气安全专项整治行动方案】近日 , 省安委会印发"
             "《陕西省燃气安全专项整治行动方案》 , 部署开展专项整治 。\n")
    assert (m.title, m.genre) == ("我省实施燃气安全专项整治行动方案", "news")


def test_an_encyclopedia_boxs_chinese_name_is_the_documents_title():
    """hb-u175-y's shape: an encyclopedia page's box (基本介绍 / - 中文名: …) names the plan its text gives."""
    m = meta("为有效预防、科学应对和及时扑救森林火灾,最大程度地减少森林火灾危害,制订本预案。\n基本介绍\n- 中文名:某某县森林火灾应急预案\n"
             "- 类型:应急预案\n- 文字类型:中文\n总则\n(一)编制目的\n(二)编制依据\n本预案适用于本县行政区域森林火灾的防范和应急处置。\n")
    assert (m.title, m.genre, m.level) == ("某某县森林火灾应急预案", "plan", "district")


def test_a_plans_preface_that_ends_on_drawing_it_up_names_it():
    """hb-u203-x's shape: an info table with no title, then 前言 …,结合某县实际,编制《…规划》。"""
    m = meta("索引号 | xx/20221222-00001 | 发布机构 | 某某县应急管理局 |\n公开目录 | 发展规划 | 发布日期 | 2022-12-22 |\n前言\n"
             "根据《某某县人民政府关于印发某某县“十四五”规划编制工作方案的通知》以及有关法律法规政策文件,结合某某实际,"
             "编制《某某县“十四五”综合防灾减灾救灾规划》。\n本规划实施期限为2021年至2025年。\n一、现状与形势\n(一)主要成效\n")
    assert (m.title, m.issuer, m.genre, m.level) == ("某某县“十四五”综合防灾减灾救灾规划", "某某县应急管理局", "plan", "district")


def test_an_info_tables_empty_wenhao_key_does_not_take_the_next_keys_name():
    """hb-s485-x's shape: 文号 left empty, the 发布时间 key after it on the same line."""
    m = meta("某镇人民政府 关于印发《某镇消防安全专项整治工作方案》的通知\n\n索引号 000014349/2025-697695 成文日期 2025-05-16\n"
             "文号 发布时间 2025-05-16\n发布机构 是否有效\n\n各社区、镇属各单位:\n现将《某镇消防安全专项整治工作方案》印发给你们,"
             "请认真抓好贯彻落实。\n")
    assert (m.doc_number, m.genre) == (None, "notice")



def test_a_list_number_before_the_pages_breadcrumb_does_not_end_the_head():
    """hb-u215-y's shape: a spam copy in Traditional characters numbers its breadcrumb (2. 您現在所在的位置: …)."""
    m = meta('<sup id="ab"></sup>\n\n    1. <strike id="ab"><small id="ab"></small></strike>\n\n'
             "    2. 您現在所在的位置: 首頁 > 要聞動態 > 通知公告\n\n      某某市人民政府發布緊急除雪通告\n\n"
             "      發布時間:2021-11-08 信息來源:某某台 瀏覽次數:2458\n\n"
             "        11月7日起,我市普降大雪。為做好緊急除雪工作,現就有關事項通告如下\n\n"
             "        一是住建部門要組織人員及時清理市區主次干道積雪。\n\n二是各縣區要按照屬地管理和責任分工,組織沿街單位清雪。\n")
    assert (m.title, m.issuer, m.genre, m.level) == ("某某市人民政府發布緊急除雪通告", "某某市人民政府", "notice", "city")


def test_a_headline_under_an_info_table_is_found_past_the_tables_lines_and_a_body_issuing_a_notice_sheet_is_news():
    """hb-n456-y's shape: breadcrumb, a three-line info table, then the headline (某区发布…提示单) with no byline."""
    m = meta("首页\n>>政务公开>>工作信息>>应急管理\n\n索引号: 002943395/2022-42774 组配分类: 应急管理\n"
             "发布机构: 区应急管理局 发文日期: 2022-07-15\n公开方式: 主动公开 公开范围: 面向全社会\n\n"
             "某某区发布高温红色预警风险提示单\n\n今夏高温天气持续时间长,区安委办、区森防指办联合发布《高温红色预警风险提示单》,"
             "就高温条件下安全防范重点工作作提示和警醒。\n\n一、防暑降温方面。一是提醒广大市民尽量避免在高温时段进行户外活动。\n")
    assert (m.title, m.genre, m.issuer) == ("某某区发布高温红色预警风险提示单", "news", None)


def test_a_document_sites_footer_names_an_untitled_notices_title():
    """hb-u203-y's shape: the page opens on the addressees; its footer says 本文标题:… under a share prompt."""
    m = meta("局属各单位、县交投公司:\n为切实加强“清明”和“五一”节期间的安全生产工作,现就有关事项通知如下:\n"
             "一、高度重视,狠抓安全生产责任落实\n各单位要高度重视,进一步增强红线意识和底线思维。\n微信扫一扫在手机阅读、分享本文\n"
             "本文标题:某县交通运输局关于做好“清明”、“五一”节日期间安全生产工作的通知\n链接地址:http://www.example.com/detail/7198.html\n")
    assert (m.title, m.issuer, m.genre, m.level) == (
        "某县交通运输局关于做好“清明”、“五一”节日期间安全生产工作的通知", "某县交通运输局", "notice", "district")


def test_a_law_sites_key_for_the_day_a_law_takes_effect_does_not_date_it():
    """hb-r101-x's shape: 【发布日期】 and 【生效日期】 keys over the law's history (README convention 7)."""
    m = meta("【发布单位】某某市人大常委会\n【发布文号】某某市人民代表大会常务委员会公告第20号\n【发布日期】2016年11月18日\n"
             "【生效日期】2017年1月1日\n\n某某市安全生产条例\n\n(2010年7月22日某某市第十五届人民代表大会常务委员会第十八次会议通过\n"
             "2016年11月18日某某市第十六届人民代表大会常务委员会第三十一次会议修订)\n\n第一章 总则\n\n"
             "第一条 为了加强安全生产工作,制定本条例。\n第二条 本市行政区域内的生产经营单位适用本条例。\n"
             "第三条 安全生产工作坚持安全第一。\n第四条 生产经营单位必须遵守本条例。\n")
    assert (m.date, m.genre) == ("2016-11-18", "law")


def test_a_piped_info_table_whose_keys_are_in_brackets_gives_its_成文日期_and_文号():
    """hb-u607-y (in Traditional): | [ 發文字號 ] | … | and | [ 成文日期 ] | … | — the brackets are the key's frame."""
    m = meta("| [ 索引號 ] | 11500221MB/2025-00022 | [ 發文字號 ] | 青山府發〔2021〕55號 |\n"
             "| [ 主題分類 ] | 其他 | [ 體裁分類 ] | 其他 |\n| [ 發布機構 ] | 青山區應急局 | [ 有效性 ] | |\n"
             "| [ 成文日期 ] | 2025-03-06 | [ 發布日期 ] | 2025-03-07 |\n"
             "某市青山區人民政府關于印發某市青山區應急管理“十四五”規劃的通知\n某市青山區應急管理“十四五”規劃\n前言\n"
             "應急管理是國家治理體系的重要組成部分。\n")
    assert (m.date, m.doc_number) == ("2025-03-06", "青山府發〔2021〕55號")
    m = meta("| 【成文日期】 | 2024-05-09 | 【发文字号】 | 某安办〔2024〕3号 |\n某县安全生产月活动方案\n一、活动主题\n")
    assert (m.date, m.doc_number) == ("2024-05-09", "某安办〔2024〕3号")


def test_a_wiki_pages_section_labels_are_no_part_of_the_title_below_them():
    """hb-r603-y: 檔案發布 over the covering notice, 檔案內容 over the 規定 it prints (convention 12: the 規定's title)."""
    m = meta("某市落实企业安全生产主体责任的规定\n\n《某市落实企业安全生产主体责任的规定》是为了…而制定的。\n\n档案发布\n\n"
             "某市人民政府关于印发某市落实企业安全生产主体责任的规定的通知\n\n某政发〔2010〕28号\n\n各县、区人民政府:\n\n"
             "现将《某市落实企业安全生产主体责任的规定》印发给你们,请认真贯彻执行。\n\n二○一○年七月六日\n\n档案内容\n\n"
             "某市落实企业安全生产主体责任的规定\n\n第一章 总则\n\n第一条 为落实企业安全生产主体责任,制定本规定。\n\n"
             "第二条 本行政区域内的企业适用本规定。\n\n第三条 企业是安全生产的责任主体。\n")
    assert (m.title, m.genre) == ("某市落实企业安全生产主体责任的规定", "law")


def test_a_file_names_cut_copy_of_the_title_is_not_joined_to_the_title_below_it():
    """hb-u118-y: a document site's file name cut short (…实施意见》贯彻实.docx) over the title it cuts."""
    m = meta("关于加强和改进消防工作实施意见》贯彻实.docx\n\n上传人:b****4 上传时间:2023-05-25 格式:DOCX 页数:39\n\n"
             "关于加强和改进消防工作实施意见》贯彻实\n\n某市人民政府《关于加强和改进消防工作实施意见》贯彻实施方案\n\n"
             "为全面贯彻消防法律法规,结合我市实际,制定本方案。\n一、工作目标\n")
    assert (m.title, m.genre) == ("某市人民政府《关于加强和改进消防工作实施意见》贯彻实施方案", "plan")


def test_a_page_titles_文号_and_its_hyphen_before_the_notices_title_are_dropped():
    """hb-u905-y: 柳城安全预警〔2020〕1号-柳城县…的通知 (the page's title line), then the red head."""
    m = meta("某县安全预警〔2020〕1号-某县安全生产委员会办公室关于发布安全事故预警预防的通知\n某县安全生产委员会办公室\n"
             "某县安全预警〔2020〕1号 签发:王某\n某县安全生产委员会办公室\n关于发布安全事故预警预防的通知\n"
             "各乡镇,县安委会各成员单位:\n当前正值高温雨季,各乡镇要做好安全防范工作。\n一是立即对汛期安全生产工作进行再检查。\n"
             "某县安全生产委员会办公室\n2020年7月2日\n")
    assert (m.title, m.doc_number) == ("某县安全生产委员会办公室关于发布安全事故预警预防的通知", "某县安全预警〔2020〕1号")


def test_an_info_table_whose_keys_lost_their_heads_is_no_title_and_its_无文号_no_文号():
    """hb-n904-y: 号: …(索引号's 号) 信息分类: … / 发布文号: 无文号 词: (关键词's 词) over the site's tag and the headline."""
    m = meta("号: 003160480/202406-00004 信息分类: 预警信息及应对情况\n主题分类: 安全生产监管 发文日期:\n"
             "发布机构: 某区青山镇 发布日期: 2024-06-14\n发布文号: 无文号 词:\n内容概述: 性: 有效\n\n"
             "【应对情况】青山镇开展“安全生产月”集中宣传活动\n\n作者:某区青山镇 发布时间:2024-06-14 11:24 信息来源:某区青山镇\n\n"
             "6月14日上午,青山镇安委办开展安全生产集中宣传活动。\n")
    assert (m.title, m.doc_number, m.genre) == ("青山镇开展“安全生产月”集中宣传活动", None, "news")
