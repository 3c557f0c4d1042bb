"""Titles a web copy wraps, garbles or names only in passing: a 公文's title over three lines, a page title whose words
were shuffled above the head's own title, a PDF's red head flattened into one line with its blanks, a sample site's
blurb naming a notice, a company's rules named in their preface. Shapes of dev texts hb-u502-y, hb-u507-y, hb-u325-x,
hb-u455-y, hb-r501-y; names, places and numbers changed."""

from tests.corpus.metareading import meta

ADDRESSED = "各乡镇人民政府,县直各部门:\n"


def test_a_notice_title_wrapped_over_three_lines_is_one_title_and_opens_with_its_issuer():
    m = meta("某某县人民政府办公室关于印发某某县\n城镇燃气安全专项整治\n工作方案的通知\n" + ADDRESSED
             + "现将方案印发给你们,请认真贯彻执行。\n")
    assert (m.title, m.issuer, m.level, m.genre) == (
        "某某县人民政府办公室关于印发某某县城镇燃气安全专项整治工作方案的通知", "某某县人民政府办公室", "district", "notice")


def test_a_traditional_copy_of_a_three_line_title_keeps_its_characters():
    m = meta("國務院安委會辦公室關于公布2016年全國\n“安全生產月”和“安全生產萬里行”活動\n先進單位和優秀組織單位的通知\n"
             "安委辦〔2016〕9号\n各省、自治區、直轄市安全生產委員會:\n按照統一部署,2016年全國“安全生產月”活動期間,各地區認真學習。\n")
    assert (m.title, m.issuer, m.doc_number, m.level) == (
        "國務院安委會辦公室關于公布2016年全國“安全生產月”和“安全生產萬里行”活動先進單位和優秀組織單位的通知",
        "國務院安委會辦公室", "安委辦〔2016〕9号", "national")


def test_two_title_lines_under_a_line_of_their_own_are_not_joined_to_it():
    m = meta("某某县应急管理局\n关于开展汛期安全\n隐患排查的通知\n" + ADDRESSED + "现就有关事项通知如下:\n")
    assert (m.title, m.issuer) == ("关于开展汛期安全隐患排查的通知", "某某县应急管理局")


def test_a_shuffled_page_title_above_the_heads_own_title_gives_way_to_it():
    m = meta("关于借鉴宁出台安全生产行政责任规定做法的通知夏以地方政府规章\n发布单位:某某省安委会办公室\n"
             "某某省安委会办公室关于借鉴宁夏以地方政府规章\n出台安全生产行政责任规定做法的通知\n某安委办函〔2015〕2号\n"
             "各市安全生产委员会:\n近日,宁夏公布了《宁夏回族自治区安全生产行政责任规定》,请各市认真学习借鉴。\n"
             "某某省安委会办公室\n2015年1月6日\n")
    assert (m.title, m.issuer, m.doc_number, m.genre) == (
        "某某省安委会办公室关于借鉴宁夏以地方政府规章出台安全生产行政责任规定做法的通知", "某某省安委会办公室",
        "某安委办函〔2015〕2号", "notice")


def test_a_notice_title_with_only_its_number_or_a_sample_word_after_it_is_still_its_title():
    assert meta("关于做好汛期安全生产工作的紧急通知某府办发〔2010〕16号\n" + ADDRESSED + "现通知如下:\n").title \
        == "关于做好汛期安全生产工作的紧急通知"
    assert meta("关于做好汛期安全生产工作的通知范文\n" + ADDRESSED + "现通知如下:\n").title == "关于做好汛期安全生产工作的通知范文"


def test_a_red_head_flattened_into_one_line_with_its_pdf_blanks_gives_title_issuer_and_number():
    m = meta("附件下载:14明电9.pdf\n\n发往 见报头 等级 特提 签发: 张三 某政办发明电〔2014〕9 号 某机发 "
             "某某市人民政府办公室关于深刻吸取近期火灾 事故教训切实加强当前消防工作的 紧 急 通 知 各县(市、区)人民政府,"
             "市政府直属各单位: 近期,全国、全省火灾事故多发,造成严重人员伤亡和财产 损失。1 月 1 日 22 时 40 分,某区一民房"
             "发生火灾,造成 4 人死亡。为深刻吸取近期火灾 事故教训,切实加强我市消防安全工作,现通知如下。\n")
    assert (m.title, m.issuer, m.doc_number, m.level, m.genre) == (
        "某某市人民政府办公室关于深刻吸取近期火灾事故教训切实加强当前消防工作的紧急通知", "某某市人民政府办公室",
        "某政办发明电〔2014〕9号", "city", "notice")


def test_a_number_a_flattened_sentence_cites_before_a_title_is_not_the_documents():
    m = meta("为贯彻落实某政办发〔2014〕9号关于加强消防工作的通知精神,结合我镇实际,现就有关事项通知如下:各村要全面排查"
             "火灾隐患,各单位要落实消防安全责任,切实做好今冬明春火灾防控工作,确保全镇火灾形势稳定,为群众创造良好环境。\n")
    assert m.doc_number is None


def test_a_sample_sites_blurb_that_names_a_notice_gives_its_title():
    m = meta("前言:本站为你精心整理了关于做好防暑降温工作的通知范文,希望能为你的创作提供参考价值。\n"
             "各镇人民政府,各街道办事处,市直有关部门:\n自6月下旬以来,我市开始出现高温天气。现就有关事项通知如下:\n"
             "一、精心组织企业生产。各地要加强综合协调。\n")
    assert (m.title, m.genre) == ("关于做好防暑降温工作的通知", "notice")


def test_a_companys_rules_named_short_in_their_preface_are_titled_so():
    m = meta("为了加强公司安全生产管理,防止和减少事故的发生,根据《中华人民共和国安全生产法》等法规,并结合公司真实的情况,"
             "编制了《安全生产管理制度》(简称“管理制度”)。\n为了全面管控公司安全生产工作,组建安全生产管理委员会。\n"
             "经公司研究决定由安全部负责公司日常安全生产管理工作。\n")
    assert (m.title, m.level, m.genre) == ("安全生产管理制度", "enterprise", "other")


def test_a_plan_that_asks_others_to_compile_rules_is_not_titled_by_them():
    m = meta("各企业要结合实际编制《安全生产管理制度》,明确各岗位职责,并于6月底前报镇安监办备案。\n")
    assert m.title is None


def test_a_policy_explanations_page_is_titled_by_the_explanation_not_the_document_it_explains():
    """hb-u121-y's shape: a label (文字解读:) before the explanation's title, links to the original below it."""
    m = meta("当前位置:\n\n文字解读:关于印发《某某市消防事业“十四五”发展规划》的政策解读\n\n索引号:776480259/2023-00249 "
             "生成时间:2023-01-09 15:30:21 发布机构:某某市\n原文链接:点击查看源文件\n政策解读链接:点击查看政策解读\n\n"
             "原文链接:关于印发《某某市消防事业“十四五”发展规划》的通知\n\n一、出台背景\n“十四五”时期是开启全面建设社会主义现代化国家"
             "新征程的第一个五年。\n二、主要内容\n")
    assert (m.title, m.genre) == ("关于印发《某某市消防事业“十四五”发展规划》的政策解读", "other")


def test_a_number_that_closes_the_notices_own_title_line_is_its_number():
    """hb-u508-y's shape: a law site's page prints the covering notice's title and its 文号 on one line."""
    m = meta("某某市消防工作目标考核办法\n\n作者:法律资料网 时间:2024-07-22 10:48:12 来源:法律资料网\n\n某某市消防工作目标考核办法\n\n"
             "某某省某某市人民政府办公室\n\n\n某某市人民政府办公室关于印发某某市消防工作目标考核办法的通知 某政办〔2005〕5号\n\n"
             "各县区人民政府,市人民政府各部门:\n《某某市消防工作目标考核办法》已经市政府同意,现印发给你们,请认真遵照执行。\n")
    assert m.doc_number == "某政办〔2005〕5号"


def test_a_number_after_a_cited_notice_in_a_sentence_is_not_the_documents():
    m = meta("关于做好汛期安全生产工作的通知\n各村(社区):\n为贯彻落实《某某县安委会关于做好汛期安全生产工作的通知》 某安委〔2023〕3号\n"
             "现就有关事项通知如下:\n一、加强领导。\n某某镇人民政府\n2023年5月5日\n")
    assert m.doc_number is None


def test_a_tables_caption_run_into_its_flattened_header_is_the_title():
    """hb-u462-y's shape: a forum copy of a plan's 附件, its table flattened without separators."""
    m = meta("编辑: 某某 2019-03-14\n附件 某某县2018年环境空气质量综合整治方案职责清单 工作任务和内容 责任单位 配合单位 完成时间 "
             "负责全县环境空气质量达标整治工作的舆论宣传,开展专题宣传和跟踪报道.\n\n县委宣传部 持续开展 负责大气污染综合治理工作任务"
             "的督导和检查考核工作. 县委县政府 督查室 持续开展\n")
    assert (m.title, m.genre) == ("某某县2018年环境空气质量综合整治方案职责清单", "checklist")


def test_a_flattened_header_without_a_caption_gives_no_title():
    m = meta("序号 工作任务 责任单位 配合单位 完成时间 1 开展燃气安全隐患排查 县住建局 各乡镇 6月底前 2 开展消防安全检查 县消防救援大队 "
             "各乡镇 7月底前\n")
    assert m.title is None


def test_a_shared_copys_number_after_its_kind_word_is_no_part_of_the_title():
    """hb-s705-y's shape: a document site's file name, …预案2.docx."""
    m = meta("xx镇2023年森林防火工作预案2.docx\n\n上传人:工**** 文档编号:552717617 上传时间:2023-02-01 格式:DOCX 页数:4\n"
             "xx镇2023年森林防火工作预案2.docx_第1页\n第1页 / 共4页\n为做好森林防火工作,特制定本预案。\n一、组织领导\n")
    assert m.title == "xx镇2023年森林防火工作预案"


def test_a_sharing_sites_complaint_button_over_the_title_is_not_joined_to_it():
    """hb-s706-y's shape: the site's buttons (VIP专免, 海报, 侵权投诉) one a line over the document's own title line."""
    m = meta("镇2023年秋冬季森林防灭火工作实施方案\nVIP专免\n2023-11-28\n999+\n13.27KB\n6 页\n海报\n侵权投诉\n"
             "XX镇2023年秋冬季森林防灭火工作实施方案\n为保护群众生命财产安全和林业资源,结合我镇实际,特制定本方案。\n一、指导思想\n")
    assert m.title == "XX镇2023年秋冬季森林防灭火工作实施方案"


def test_a_templates_placeholder_opening_an_agencys_name_is_part_of_it():
    """hb-u706-y's shape: a template's XX区… bureau opens the title of its own plan."""
    m = meta("XX区自然资源和规划局2023年森林防火工作实施方案\n为切实做好森林防火工作,结合我局实际,特制定本方案。\n一、工作目标\n")
    assert m.issuer == "XX区自然资源和规划局"


def test_an_accounts_heading_with_its_year_is_a_reports():
    """hb-u701-y's shape: 一、2023年主要工作情况 opens a bureau's untitled account of its year."""
    m = meta("2023年,在市委市政府领导下,市应急管理局全面学习贯彻党的二十大精神,不断推进应急管理体系和能力现代化。\n"
             "一、2023年主要工作情况\n(一)压实安全责任。全年召开安委会全体会议6次,开展督导检查4轮次。\n")
    assert m.genre == "report"
