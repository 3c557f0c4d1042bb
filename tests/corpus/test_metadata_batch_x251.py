"""Metadata of street, town and community pages first met in the x251+ dev texts of tests/corpus/heldback (a
street office's info table keyed 公文生成日期, a covering notice's title glued to its addressees, a writing site's banner
glued before the title). Heads built from those texts, names and numbers changed."""

from safeplan.corpus.clean import clean_text
from tests.corpus.metareading import meta


def test_an_info_tables_gongwen_generation_date_dates_the_notice():
    m = meta("• 索 引 号:XM01234-0200-2023-00002\n    • 备注/文号:某街〔2023〕24号\n"
             "    • 发布机构:某市某区人民政府某街道办事处\n    • 公文生成日期:2023-12-07\n"
             "    关于印发某街道突发事件总体应急预案的通知\n    时间:2023-12-07 10:05\n\n"
             "    各办、各社区,各相关单位\n    某街道突发事件总体应急预案》已经办事处研究同意,现印发给你们,请认真贯彻执行。\n"
             "    某市某区人民政府某街道办事处\n    2023年127 \n\n    某街道突发事件总体应急预案\n\n"
             "    1.总则\n    1.1 目的\n    1.2 编制依据\n")
    assert (m.issuer, m.date, m.doc_number) == ("某市某区人民政府某街道办事处", "2023-12-07", "某街〔2023〕24号")


def test_a_covering_notices_title_glued_to_its_addressees_names_the_plan_it_issues():
    m = meta("关于印发《某某庄镇防汛工作方案》的通知镇直各部门、各村党组织:《某某庄镇防汛工作方案》已经镇党委、政府同意,"
             "建立镇级防汛工作分指挥部,办公室人员为镇乡村振兴服务中心相关同志,(二)建立分工负责的镇村两级防汛组织体系"
             "镇政府负责镇域内9条干渠和公共支渠的隐患排查、清理疏浚,负责做好各组工作人员的后勤保障。\n")
    assert m.title == "某某庄镇防汛工作方案"


def test_a_writing_sites_banner_and_address_before_the_title_are_no_part_of_it():
    page = ("某某同道公文写作范文宝典:www.example-site.com某镇2021年安全生产工作情况总结2021年某镇认真贯彻关于安全。\n"
            "某某同道公文写作范文宝典:www.example-site.com\n某镇2021年安全生产工作情况总结\n"
            "2021年某镇认真贯彻安全生产重要论述。现将一年来工作情况总结如下:\n一、工作开展情况\n(一)加强组织领导\n"
            "镇党委、政府高度重视安全生产工作。\n")
    cleaned, _ = clean_text(page)
    assert "www." not in cleaned and "宝典" not in cleaned
    assert meta(page).title == "某镇2021年安全生产工作情况总结"
    # a document's own contact line stays (举报网址:www.…), at its head or in its text
    for inside in ("举报网址:www.example.gov.cn\n某镇安全生产工作方案\n一、工作目标\n",
                   "某镇安全生产工作方案\n一、工作目标\n受理群众举报\n举报途径:www.example.gov.cn 受理群众举报。\n"):
        assert "www.example.gov.cn" in clean_text(inside)[0]


def test_page_chrome_lines_are_no_title():
    # a print button above the breadcrumb, glued by cleaning onto the headline below it
    assert meta("打印页面\n\n首页 > 县区某某县 某某街道办事处认真做好夏季防汛工作\n\n某某街道办事处认真做好夏季防汛工作\n\n"
                "本报讯 (记者 某某 通讯员 某某)夏季汛期将至,某某县某某街道办事处牢固树立防大汛的思想。\n").title \
        == "某某街道办事处认真做好夏季防汛工作"
    # a paper's hotline, a document site's 'more' line
    assert meta("新聞熱線:0855-8000000\n據某縣政府辦消息 為落實消防安全隱患排查整治行動,某縣開展清剿火患行動。\n"
                "一是成立組織機構。\n二是加大排查和整治力度。\n").title is None
    assert meta("9月18日上午,市政府召开安委会全体成员(扩大)会议,推进全市开展安全生产大检查。\n"
                "副市长指出,各地各部门要按照要求开展大检查。\n因篇幅问题不能全部显示,请点此查看更多更全内容\n").title is None


def test_a_line_of_underscores_is_not_glued_to_the_title_below_it():
    m = meta("某市人民政府关于印发\n某市消防安全责任制实施细则的通知\n\n各县、市、区人民政府,市直各委、办、局:\n"
             "《某市消防安全责任制实施细则》已经市人民政府常务会议审议通过,现予印发,请认真贯彻执行。\n\n"
             "某市人民政府\n\n2020年9月17日\n\n_\n_\n_\n\n某市消防安全责任制实施细则\n\n第一章 总则\n\n"
             "第一条 为进一步健全消防安全责任制,制定本细则。\n第二条 本细则适用于本市。\n第三条 消防工作实行责任制。\n")
    assert m.title == "某市消防安全责任制实施细则"


def test_an_info_tables_empty_key_before_a_counter_label_gives_neither_a_number_nor_a_title():
    m = meta("索引号 | abc/20221222-00001 | 发布机构 | 某某县应急管理局 |\n公开目录 | 发展规划 | 发布日期 | 2022-12-22 |\n"
             "文号 | 浏览量 |\n前言\n“十四五”时期是全面建设社会主义现代化国家新征程的第一个五年。\n本规划实施期限为2021年至2025年。\n"
             "一、现状与形势\n(一)主要成效\n全县深入贯彻落实防灾减灾救灾重要论述。\n")
    assert (m.title, m.doc_number, m.issuer) == (None, None, "某某县应急管理局")


BOOK118_HEAD = '- 1、本文档共4页,可阅读全部内容。\n- 2、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用,不得用于商业用途,未经授权,严禁复制、发行、汇编、翻译或者网络传播等,侵权必究。\n- 3、本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!文档内容仅供研究参考,付费前请自行鉴别。如您付费,意味着您自己接受本站规则且自行承担风险,本站不退款、不进行额外附加服务;查看《如何避免下载的几个坑》。如果您已付费下载过本站文档,您可以点击 这里二次下载。\n- 4、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等,请点击“版权申诉”(推荐),也可以打举报电话:400-050-0827(电话支持时间:9:00-18:30)。\n- 5、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。\n- 6、成为VIP后,下载本文档将扣除1次下载权益。下载后,不支持退款、换文档。如有疑问请联系我们。\n- 7、成为VIP后,您将拥有八大权益,权益包括:VIP文档下载权益、阅读免打扰、文档格式转换、高级专利检索、专属身份标志、高级客服、多端互通、版权登记。\n- 8、VIP文档为合作方或网友上传,每下载1次, 网站将根据用户上传文档的质量评分、类型等,对文档贡献者给予高额补贴、流量扶持。如果你也想贡献VIP文档。上传文档\nPAGE\n1-\n乡镇安全生产年终工作总结10\n一、工作概述\n'


def test_titles_glued_to_their_first_sentence_to_a_piece_number_or_over_empty_cells():
    # a 责任书 glued to its first sentence, opened as a document's is (为贯彻执行…)
    assert meta("2012年某某市消防安全目标管理责任书为贯彻执行“预防为主、防消结合”的消防工作方针,进一步加强我市消防工作,"
                "特签订本责任书。\n一、目标\n全年不发生较大火灾事故。\n").title == "2012年某某市消防安全目标管理责任书"
    # a sample site's piece numbered after its title: the site's number left out (as a shared copy's, …预案2.docx)
    assert meta(BOOK118_HEAD + "(1)2021年,我镇安全生产工作紧紧围绕总体部署。\n二、主要做法\n").title \
        == "乡镇安全生产年终工作总结"
    # a headline whose table row ends in empty cells
    assert meta("某镇采取系列措施确保某村5组安全度汛 | ||||||||||\n2021-07-26 作者: 点击数: |\n||||||||||\n|\n"
                "受去年洪灾影响,某镇党委、政府高度重视某村5组汛期安全问题,采取一系列措施确保安全度汛。\n").title \
        == "某镇采取系列措施确保某村5组安全度汛"


def test_a_street_towns_or_communitys_short_name_signs_its_papers():
    body = "一、工作目标\n全面排查整治安全隐患。\n二、工作要求\n各单位要高度重视。\n"
    for signer in ("某某社区", "某某社区居委会", "某某街道", "某某镇", "某某镇政府", "某某街道办", "某某镇安监站",
                   "某某街道平安办", "某某村村委会", "某某街道综治中心", "某某区消防救援大队"):
        m = meta("关于开展安全生产大检查的通知\n各单位:\n现将有关事项通知如下。\n" + body + "\n" + signer + "\n2023年5月6日\n")
        assert (m.issuer, m.date) == (signer, "2023-05-06"), signer
    m = meta("某某社区消防安全工作计划\n为做好消防工作,特制定本计划。\n" + body + "\n某某社区 2023年3月1日\n")
    assert (m.issuer, m.date) == ("某某社区", "2023-03-01")
    # a line above the date that is no body's name stays no signer
    m = meta("关于开展安全生产大检查的通知\n各单位:\n现将有关事项通知如下。\n" + body + "\n共建平安和谐美好家园\n2023年5月6日\n")
    assert m.issuer is None


def test_a_headlines_column_tag_and_its_places_kicker():
    lede = "近日,某某街道组织开展安全生产大检查,对辖区企业进行全面排查。\n街道要求各社区要高度重视,落实责任。\n"
    # 【街道动态】: the column's tag, as the readers of hb-n43-y, n52-x, n87-y, s157-x read it (the bare headline)
    assert meta("【街道动态】某某街道开展安全生产大检查\n发布时间:2023-05-06\n" + lede).title == "某某街道开展安全生产大检查"
    assert meta("【工作总结】\n某某街道2023年安全生产工作总结\n2023年,我街道安全生产形势平稳。\n一、主要做法\n").title \
        == "某某街道2023年安全生产工作总结"
    # a place's kicker on its own line over the headline, right above the byline
    assert meta("某某街道:\n多措并举筑牢安全生产防线\n发布时间:2023-05-06\n" + lede).title == "某某街道:多措并举筑牢安全生产防线"


def test_a_sharing_sites_blurb_names_the_file_it_shares():
    m = meta("《实施方案:镇“安全生产四大攻坚行动”实施方案.doc》由会员分享,可在线阅读,更多相关《实施方案:镇“安全生产四大攻坚行动”"
             "实施方案.doc(2页珍藏版)》请在某某文库网上搜索。\n1、实施方案:镇“安全生产四大攻坚行动”实施方案镇“安全生产四大攻坚行动”"
             "实施方案为认真贯彻落实全国、全省、市安全生产工作会议精神,决定在全镇范围内开展安全生产四大攻坚行动。\n")
    assert m.title == "实施方案:镇“安全生产四大攻坚行动”实施方案"


def test_more_keys_of_a_town_sites_info_table_name_the_issuer_and_date():
    body = "某镇2023年安全生产工作要点\n一、工作目标\n全面排查整治安全隐患。\n二、工作要求\n各村要高度重视。\n"
    for key in ("发布机关", "发文部门", "制发单位", "成文单位", "印发机关"):
        m = meta(f"{key}:某某镇人民政府\n印发时间:2023-04-01\n发布日期:2023-04-03\n" + body)
        assert (m.issuer, m.date) == ("某某镇人民政府", "2023-04-01"), key


NOTICE_HEAD = '温馨提示:\n1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。\n2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。如果您对本文档版权有争议请及时联系客服。\n3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载,若出现内容与标题不符可向本站投诉处理。\n4. 下载文档时可能由于网络波动等原因无法下载或下载错误,付费完成后未能成功下载的用户请联系客服处理。\n网站客服:3074922707\n2023\n乡镇\n上半年\n安全生产\n工作总结\n年乡镇上半年平安生产工作总结\n'


def test_a_document_sites_numbered_notices_are_no_items_and_a_title_keeps_the_year_a_pdf_split_off():
    m = meta(NOTICE_HEAD + "2023年乡镇上半年平安生产工作总结 编者:___________ 日 期:___________ 一、上半年平安生产工作回顾"
             "〔一〕加强领导,落实责任 镇工委对我镇平安生产工作高度重视。\n〔二〕认真组织,周密部署 今年上半年,我镇认真组织。\n")
    assert m.title == "2023年乡镇上半年平安生产工作总结"


def test_a_papers_byline_dates_its_item_and_a_portals_buttons_and_captions_are_no_title():
    m = meta("奉贤开展电动自行车专项整治行动\n\n某某法治报 2024年04月16日 夏天/张静\n\n  □记者  夏天  通讯员  张静\n\n"
             "  本报讯  为进一步规范电动自行车管理,日前,某区某旅游区平安办等部门联合开展专项执法整治行动。\n")
    assert (m.title, m.date) == ("奉贤开展电动自行车专项整治行动", "2024-04-16")
    m = meta("“你好,电动自行车停在楼道里有安全隐患。”晚上7时,某某街道综合行政执法队的队员在夜查时发现违停车辆。\n\n"
             "打开网易新闻 查看精彩图片\n\n某某街道持续开展电动自行车夜查行动 某某街道供图(下同)\n\n"
             "为进一步排查电动自行车安全隐患,5月23日晚,某某街道全员上岗,开展电动自行车夜查行动。\n")
    assert m.title is None


def test_a_speechs_title_over_or_glued_to_its_salutation_and_an_app_download_line():
    assert meta("在区安全生产工作推进会暨安全生产集中攻坚整治会议上的讲话同志们:今天,我们在这里召开全区安全生产工作推进会。\n"
                "一、提高认识\n").title == "在区安全生产工作推进会暨安全生产集中攻坚整治会议上的讲话"
    assert meta("在县安全生产工作会议上的主持词\n同志们:\n这次全县安全生产工作会议是县政府决定召开的, 会议\n"
                "的主要目的是全面贯彻省、市安全生产工作会议精神。\n").title == "在县安全生产工作会议上的主持词"
    assert meta("下載app免費領取會員\n各區住建局,局機關各科室、局屬各單位:\n根據最新資料分析,我市將出現持續低溫陰雨天氣。\n"
                "一、高度重視\n").title is None


def test_a_flattened_copys_title_before_its_addressees():
    m = meta("精选优质文档-倾情为你奉上 2018年春节期间安全生产工作方案 各乡、镇人民政府,街道、办事处,县直各单位:为切实做好"
             "2018年春节期间安全生产工作,确保全县安全生产形势稳定,特制定本方案。一、工作目标 确保不发生较大事故。\n")
    assert m.title == "2018年春节期间安全生产工作方案"
