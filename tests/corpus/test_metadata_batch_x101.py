"""Metadata of web copies of shapes first met in the x101+ dev texts of tests/corpus/heldback (spam copies in
Traditional characters glossed with pinyin, a porn keyword line above the page, 文号 and bylines in Traditional
characters, a site's login box and editor line). Heads built from those texts, names and numbers changed."""

from safeplan.corpus.clean import clean_text
from tests.corpus.metareading import meta

GLOSSED = ("xxxx777,xxxx77777|xxxxbbbb欧美熟妇_xxxxhd欧美性\n\n"
           "您當(dāng)前所在位置: 首頁>鄉(xiāng)鎮(zhèn)信息公開目錄>青石鎮(zhèn)>政策規(guī)劃\n\n"
           "青府發(fā)〔2021〕7號\n\n青石鎮(zhèn)人民政府\n\n"
           "關(guān)于印發(fā)《青石鎮(zhèn)防汛“安全度汛行動(dòng)”\n\n實(shí)施方案》的通知\n\n各村委會,鎮(zhèn)屬各單位:\n\n"
           "現(xiàn)將方案印發(fā)給你們,請認(rèn)真貫徹執(zhí)行。\n\n青石鎮(zhèn)人民政府\n\n2021年5月6日\n\n"
           "青石鎮(zhèn)防汛“安全度汛行動(dòng)”實(shí)施方案\n\n一、工作目標(biāo)\n\n確保全鎮(zhèn)安全度汛。\n")


def test_a_spam_copys_pinyin_glosses_are_read_past():
    cleaned, _ = clean_text(GLOSSED)
    assert "(zhèn)" not in cleaned and "(dòng)" not in cleaned and "青石鎮人民政府" in cleaned
    assert "(2021年" not in cleaned          # (a bracket that holds no pinyin stays)
    m = meta(GLOSSED)
    assert (m.title, m.issuer, m.date) == ("青石鎮防汛“安全度汛行動”實施方案", "青石鎮人民政府", "2021-05-06")


def test_a_doc_number_in_traditional_characters_is_given_as_written():
    assert meta(GLOSSED).doc_number == "青府發〔2021〕7號"


def test_a_porn_keyword_line_above_the_page_is_no_title_and_a_traditional_byline_dates_the_news():
    m = meta("国产精品视频一区国模私拍,99精品偷自拍,亚洲永久精品\n\n某縣人民政府網站歡迎您!\n\n工作情況\n\n"
             "石門鎮召開2022年森林草原防滅火工作大會\n\n"
             "發布時間:2022-01-13 來源:某縣石門鎮人民政府 選擇閱讀字號:[ ] 閱讀次數:\n\n"
             "石門鎮召開2022年森林草原防滅火工作大會\n\n"
             "  2022年1月7日,石門鎮組織全鎮職工召開森林草原防滅火工作大會。\n\n"
             "  會議要求:一是各村(社區)要高度重視森林草原防滅火工作。二是強化宣傳。\n")
    assert (m.title, m.date, m.genre) == ("石門鎮召開2022年森林草原防滅火工作大會", "2022-01-13", "news")


def test_an_editors_line_and_a_sites_copy_button_are_no_title():
    m = meta("4月3日上午,东岭街道召开安全生产工作部署会议,各科室负责人出席会议。\n"
             "会议强调要压实企业主体责任,加大宣传力度。\n责编:东岭街道\n")
    assert m.title is None
    m = meta("正文复制\n\n消防安全责任制度\n一、社区消防工作应落实消防安全责任制原则,社区居委会主任负总责。\n"
             "二、社区居委会每年应和居民签定居民防火公约。\n")
    assert m.title == "消防安全责任制度"


def test_a_login_box_above_a_laws_info_table_is_no_title():
    m = meta("兩周內(nèi)自動(dòng)登錄\n忘記密碼?\n一鍵登錄:\n還不是安全教育網(wǎng)的會(huì)員?立即注冊(cè)\n"
             "【發(fā)布單位】某省人大常委會(huì)\n【發(fā)布文號(hào)】某省人民代表大會(huì)常務(wù)委員會(huì)公告第9號(hào)\n"
             "【發(fā)布日期】2016年11月18日\n【生效日期】2017年1月1日\n【所屬類別】某省人大常委會(huì)\n\n"
             "某省安全生產(chǎn)條例\n\n(2016年11月18日某省人民代表大會(huì)常務(wù)委員會(huì)第三十一次會(huì)議修訂)\n\n"
             "第一章 總 則\n\n第一條為了加強(qiáng)安全生產(chǎn)工作,制定本條例。\n\n第二條本條例適用于本省。\n\n"
             "第三條安全生產工作應當以人為本。\n")
    assert (m.title, m.issuer, m.doc_number) == ("某省安全生產條例", "某省人大常委會", "某省人民代表大會常務委員會公告第9號")


def test_bulleted_keys_whose_values_stand_on_the_next_line():
    m = meta("• 信息索引号:\n\n    11330700MB1032/2013-02249\n\n  • 文件名称:\n\n    东岭开发区突发事件总体应急预案\n\n"
             "  • 发布机构:\n\n    东岭经济技术开发区\n\n  • 成文日期:\n\n    2013-10-12\n\n  • 公开方式:\n\n    主动公开\n\n"
             "  • 东岭开发区突发事件总体应急预案\n\n    日期:2013-10-12 00:00:00 来源:某市人民政府办公室 浏览量:\n\n"
             "    一、总则\n\n    (一)编制目的\n\n    建立预防为主的应急工作体系。\n")
    assert (m.issuer, m.date) == ("东岭经济技术开发区", "2013-10-12")
    assert m.title == "东岭开发区突发事件总体应急预案"       # not 主动公开 joined to the bulleted title below it


def test_an_empty_key_takes_nothing_from_the_line_below():
    m = meta("索 引 号:\n发文机关:\n成文日期:\n发文字号:\n发布日期:\n时  效:\n名  称:\n全区安全生产工作部署会议召开\n\n"
             "全区安全生产工作部署会议召开\n\n发布时间:2025-07-17 13:11来源:某区人民政府访问量:\n\n"
             "7月15日,全区安全生产工作部署会议召开。会议指出,各有关部门要迅速行动。\n")
    assert (m.title, m.issuer, m.doc_number) == ("全区安全生产工作部署会议召开", None, None)
    m = meta("  • 发布机构:\n\n某市城镇燃气安全专项整治工作实施方案\n\n  • 2023年09月15日\n\n"
             "为加强燃气安全,制定本方案。\n一、工作目标\n消除隐患。\n")
    assert m.issuer is None                 # the title under an empty 发布机构 is no agency


def test_keys_run_together_without_blanks_each_end_at_the_next():
    m = meta("某开发区管委会关于修订某开发区生产安全事故应急预案的通知\n\n"
             "索 引 号:005254528/2018-00057主题分类:安全生产监管\n发布机构:开发区管理委员会关 键 词:安全生产,应急预案\n"
             "文    号:某开管〔2018〕4号成文日期:2018-02-02发布日期:2018-02-02\n体    裁:通知生效日期废止日期\n\n"
             "各局、办,各办事处:\n\n现将修订后的预案印发给你们,请认真贯彻执行。\n\n2018年2月1日\n\n"
             "某开发区生产安全事故应急预案\n\n一、总则\n\n(一)编制目的\n\n为规范应急管理,制定本预案。\n")
    assert m.doc_number == "某开管〔2018〕4号"
    assert m.issuer == "某开发区管委会"     # the title's agency before the page's 发布机构 (heldback convention 6)
    assert m.date == "2018-02-01"           # the 落款's date under the last sentence before the table's 成文日期


def test_a_cell_that_holds_its_own_key_is_no_value_of_the_empty_key_before_it():
    m = meta("索 引 号:005298918/2018-00081 | 主题分类:工作动态 | |\n发布机构:某县某镇人民政府 | 关 键 词:防溺水 | |\n"
             "文 号 | 成文日期:2018-07-27 | 发布日期:2018-07-27 |\n体 裁 | 生效日期 | 废止日期 |\n"
             "学生放假,为预防溺水事故,某镇采取系列措施,认真做好预防溺水工作。\n")
    assert (m.doc_number, m.date) == (None, "2018-07-27")


def test_a_doc_number_written_null_is_none_and_the_bodys_counts():
    m = meta("索引号: XC4129-02-2013-00108 发布机构: 某县人民政府办公室\n生效日期: 2013-12-05 废止日期: 2023-10-16\n"
             "文 号: null 所属主题: 已归档\n\n某县人民政府办公室关于印发《某县森林火灾应急预案》的通知\n\n"
             "某政办〔2009〕147号\n\n各乡镇人民政府:\n  《某县森林火灾应急预案》已经县政府同意,现予印发。请认真组织实施。\n"
             "              二○○九年十一月十八日\n\n某县森林火灾应急预案\n\n  一、总则\n  (一)编制目的。有效预防森林火灾。\n")
    assert (m.doc_number, m.issuer, m.date) == ("某政办〔2009〕147号", "某县人民政府办公室", "2009-11-18")


def test_a_signature_date_without_its_glyphs_comes_before_the_tables_written_date():
    m = meta("[ 索引号 ] 11500228/2023-00005 [ 发文字号 ] 某府发〔2023〕21号\n[ 发布机构 ] 某镇政府\n"
             "[ 成文日期 ] 2023-06-03 [ 发布日期 ] 2023-06-03\n\n某区某镇人民政府关于印发某镇自然灾害救助应急预案的通知\n\n"
             "各村(社区):\n\n    现将《某镇自然灾害救助应急预案》印发给你们,请遵照执行。\n\n某区某镇人民政府\n\n    2023515\n\n"
             "(此件公开发布)\n\n某镇自然灾害救助应急预案\n\n1总则\n\n1.1编制目的\n\n规范救助行为。\n")
    assert (m.date, m.issuer) == ("2023-05-15", "某区某镇人民政府")


def test_a_notice_flattened_into_one_line_keeps_its_title_and_issuer():
    m = meta("某省人民政府办公厅转发国务院办公厅关于认真抓好今冬明春安全生产工作的通知 各市、县人民政府,省政府各部门: "
             "经省政府同意,现将《国务院办公厅关于认真抓好今冬明春安全生产工作的通知》(国办发明电[2005]32号)转发给你们,"
             "并提出以下意见,请结合实际一并认真贯彻落实。 一、加强领导,严格落实安全生产责任制 各地、各部门要把做好今冬明春的"
             "安全生产工作作为当前十分重要而紧迫的工作来抓。 |\n")
    assert m.title == "某省人民政府办公厅转发国务院办公厅关于认真抓好今冬明春安全生产工作的通知"
    assert (m.issuer, m.doc_number) == ("某省人民政府办公厅", None)


def test_a_covering_notices_title_over_two_lines_names_its_issuer():
    m = meta("某县人民政府办公室关于印发\n某县处置重大森林火灾应急预案的通知\n各乡镇人民政府,县政府各部门:\n"
             "《某县处置重大森林火灾应急预案》已经县人民政府同意,现印发给你们,请认真组织实施。\n二〇〇八年四月三日\n"
             "某县处置重大森林火灾应急预案\n为切实做好重大森林火灾的应急处置工作,制定本预案。\n一、适用范围\n"
             "本预案适用于本县行政区域。\n")
    assert (m.title, m.issuer, m.date) == ("某县处置重大森林火灾应急预案", "某县人民政府办公室", "2008-04-03")


def test_a_rules_promulgation_line_is_no_title_and_gives_its_order_number():
    m = meta("(2007年4月23日某市人民政府令第88号公布自2007年6月1日起施行)\n"
             "第一条为了规范安全生产监察工作,制定本规定。\n第二条在本市行政区域内进行安全生产监察,适用本规定。\n"
             "第三条市安全生产监督管理部门负责本市的安全生产监察工作。\n")
    assert (m.title, m.doc_number, m.date) == (None, "某市人民政府令第88号", "2007-04-23")


def test_a_laws_announcement_number_on_the_line_below_and_its_latest_date():
    m = meta("首页 |\n|\n某省人大常委会公告\n第 102 号\n《某省消防条例》已由某省人民代表大会常务 委员会第三十四次会议于 "
             "2023 年 1 月 12 日修订通过 ,现予公布 , 自 2023 年 5 月 1 日起施行 。\n某省人民代表大会常务委员会\n"
             "2023 年 1 月 12 日\n某省消防条例\n(1995 年 8 月 11 日某省人民代表大会常务委员会第十六次会议通过 "
             "2010 年 11 月 19 日修订 2023 年 1 月 12 日第二次修订)\n第一章 总则\n第一条 为了预防火灾,制定本条例 。\n"
             "第二条 本省行政区域内的火灾预防,适用本条例 。\n第三条 消防工作贯彻预防为主的方针 。\n")
    assert (m.title, m.doc_number, m.date) == ("某省消防条例", "某省人大常委会公告第102号", "2023-01-12")
    m = meta("Print\n\n某自治区消防条例|2022年修订版\n\n(2000年1月26日某自治区人民代表大会常务委员会第十一次会议通过 "
             "2010年4月1日第一次修订 2022年5月26日某自治区人民代表大会常务委员会第四十次会议第二次修订)\n\n目录\n\n"
             "第一章 总则\n\n第二章 消防安全职责\n\n第一章 总则\n\n第一条 为了预防火灾,制定本条例。\n\n"
             "第二条 自治区行政区域内的消防工作,适用本条例。\n\n第三条 消防工作实行消防安全责任制。\n")
    assert (m.title, m.date) == ("某自治区消防条例", "2022-05-26")     # every date of the history line, the latest


def test_a_companys_rules_citing_a_central_document_are_not_the_state_councils():
    m = meta("某企业安全生产监督管理办法\n第一章总 则\n第一条为落实企业安全生产主体责任,根据《中共中央国务院关于推进"
             "安全生产领域改革发展的意见》《中华人民共和国安全生产法》等,结合实际,制定本办法。\n"
             "第二条本办法适用于股份公司本级、所属各级企业。\n第三条各单位要牢固树立安全发展理念。\n")
    assert m.issuer is None


def test_a_title_repeated_in_brackets_is_given_once():
    m = meta("2020年道路运输安全专项整治三年行动实施方案(2020年道路运输安全专项整治三年行动实施方案)\n"
             "为深入开展道路运输安全专项整治,制定本方案。\n一、工作目标\n消除隐患。\n")
    assert m.title == "2020年道路运输安全专项整治三年行动实施方案"


def test_two_agencies_signing_on_one_line_and_a_templates_signature():
    m = meta("关于印发《某市公路安全设施提升行动实施方案》的通知\n各县区交通运输局、公安局:\n现将方案印发给你们,请认真贯彻落实。\n"
             "                  某市交通运输局  某市公安局                    2022年4月25日\n"
             "某市公路安全设施提升行动实施方案\n为提升公路安全设施水平,制定本方案。\n一、工作目标\n消除隐患。\n")
    assert (m.issuer, m.date) == ("某市交通运输局 某市公安局", "2022-04-25")
    m = meta("关于做好中秋、国庆节期间安全生产工作的通知\n各社区、各有关单位:\n为做好节日期间安全生产工作,现就有关事项通知如下。\n"
             "要全面做好信息报送工作,确保信息渠道畅通。\n\nXX区人民政府某街道办事处\n\n20XX年9月6日\n")
    assert (m.issuer, m.date) == ("XX区人民政府某街道办事处", None)


def test_a_sites_menu_of_one_word_lines_and_its_hot_words_are_no_title():
    m = meta("为筑牢辖区安全屏障,近日,某区安委会办公室组织各街道办事处召开社区安全防范工作推动会。\n"
             "会议强调,各街道要深入开展隐患排查整治。\n\n首页\n机构概况\n党建工作\n政务公开\n政务服务\n")
    assert m.title is None
    m = meta("近日,某镇组织召开夏季消防安全工作部署会。\n会议强调,镇村两级要加强巡查力度。\n相关热词搜索:某镇\n")
    assert m.title is None


def test_a_forwarding_notice_signed_by_a_date_alone_is_not_the_forwarded_documents():
    m = meta("【发布单位】某市人民政府办公室\n【发布文号】某政办发[2003]29号\n【发布日期】2003-5-21\n\n"
             "转发市公安局关于加强农村消防工作的意见的通知\n\n各县区人民政府,市政府有关部门:\n\n"
             "  市公安局《关于加强农村消防工作的意见》已经市政府同意,现转发你们,望认真贯彻执行。\n\n  二OO三年五月二十一日\n\n"
             "关于加强农村消防工作的意见\n\n市公安局\n\n二OO三年五月十八日\n\n  为切实做好我市农村消防安全工作,提出如下意见。\n\n"
             "一、提高认识\n\n各县区要高度重视。\n")
    assert (m.issuer, m.date, m.doc_number) == ("某市人民政府办公室", "2003-05-21", "某政办发[2003]29号")


def test_an_agencys_reply_to_a_proposal_names_it_and_is_its_title():
    m = meta("您的当前位置: 首页 > 新闻通报 > 行政公文\n\n某市应急管理局关于《关于强化应急能力建设 推进城市安全发展的建议》"
             "提案(第1006号)的办理意见\n\n浏览次数: 字体: 作者:某市应急管理局 发布日期:2019-08-21 14:46\n\n某党某市委员会\n\n"
             "某党某市委员会向市政协提交了《关于强化应急能力建设推进城市安全发展的建议》提案,现将办理情况答复如下。\n")
    assert m.title == "某市应急管理局关于《关于强化应急能力建设 推进城市安全发展的建议》提案(第1006号)的办理意见"
    assert m.issuer == "某市应急管理局"


def test_a_keys_value_ends_before_a_pages_counter_and_a_generation_time_dates_it():
    m = meta("当前位置:  \n\n文字解读:关于印发《某市消防事业“十四五”发展规划》的政策解读\n\n"
             "索引号:776480259/2023-00249 生成时间:2023-01-09 15:30:21 发布机构:某市 点击数:\n原文链接:点击查看源文件\n\n"
             "一、出台背景\n\n“十四五”时期是我国开启全面建设社会主义现代化国家新征程的第一个五年。\n")
    assert (m.issuer, m.date) == ("某市", "2023-01-09")


def test_a_menu_of_blank_separated_words_is_no_title_and_a_time_line_is_a_byline():
    m = meta("首   页 走进某乡 新闻中心 政府信息公开 政务服务 互动交流 专题专栏\n\n"
             "县上召开稳增长暨安全生产和秋冬季森林防灭火工作视频会\n\n时间:2023-10-11 浏览量:116 来源:县政府办\n\n"
             "10月10日,县上召开稳增长暨安全生产和秋冬季森林防灭火工作视频会。会议要求,各镇要压实责任。\n")
    assert m.title == "县上召开稳增长暨安全生产和秋冬季森林防灭火工作视频会"
    m = meta("某省人民政府统一用户登录  |   无障碍浏览  |  网站支持IPV6\n安全监管\n\n我市启动森林防灭火专项督导检查\n\n"
             "时间:2023-03-27   浏览量:11614   来源:某日报\n\n近日,记者从市森林防灭火指挥部办公室获悉,我市将开展专项督导检查。\n")
    assert m.title == "我市启动森林防灭火专项督导检查"


def test_a_red_head_run_into_its_doc_number_names_the_issuer():
    m = meta("论文部分内容阅读\n某市人民政府办公厅文件某办发[2012]238号各区县人民政府,市政府有关部门:当前,全市持续晴热高温。"
             "为切实做好高温天气期间安全生产工作,经市政府同意,现将有关事项通知如下:一、加强组织领导各区县要认真做好工作。\n"
             "Municipal People’s Government Office Document No.238 Counties: At present, throughout the city continued hot.\n")
    assert (m.issuer, m.doc_number) == ("某市人民政府办公厅", "某办发[2012]238号")


def test_a_notice_run_into_one_line_is_dated_by_its_closing_date_before_a_translation():
    m = meta("论文部分内容阅读\n某府[2007]62号各区人民政府,市政府直属各有关单位:为了切实落实安全生产责任,现明确各区政府及市政府"
             "有关部门安全生产工作行政责任人。望各级政府切实负起责任。附:《某市人民政府安全生产工作行政责任人》二○○七年八月八日\n"
             "In order to effectively implement the Decision, the responsible persons are now defined. August 8, 2007\n")
    assert (m.date, m.doc_number) == ("2007-08-08", "某府[2007]62号")


def test_a_plan_named_in_its_preface_and_a_spam_sites_code_line():
    m = meta("撬装加油站-js4399金沙线\n\n前 言\n\n应急管理是国家治理体系的重要组成部分。\n\n"
             "按照上级要求,县应急局牵头组织编制了《某县应急管理“十四五”规划》,作为全县“十四五”期间应急管理工作的纲领性文件。\n\n"
             "一、现状与形势\n\n(一)进展和成效\n\n安全生产形势持续好转。\n")
    assert m.title == "某县应急管理“十四五”规划"


def test_a_law_sites_numbered_keys_give_the_number_date_and_issuer():
    m = meta("  • 法律图书馆\n\n  • 市人民政府办公室关于印发《某市突发事件应急预案管理实施细则》的通知\n\n"
             "    1. 【颁布时间】2012-2-21\n    2. 【标题】市人民政府办公室关于印发《某市突发事件应急预案管理实施细则》的通知\n"
             "    3. 【发文号】市府办发〔2012〕19号\n    4. 【失效时间】\n    5. 【颁布单位】某省某市人民政府办公室\n\n"
             "    7. 【法规全文】\n\n    市人民政府办公室关于印发《某市突发事件应急预案管理实施细则》的通知\n\n"
             "    各县、区人民政府:\n      《某市突发事件应急预案管理实施细则》已经市人民政府常务会议研究通过,现印发给你们,请遵照执行。\n\n"
             "      某市突发事件应急预案\n")
    assert (m.issuer, m.doc_number, m.date) == ("市人民政府办公室", "市府办发〔2012〕19号", "2012-02-21")


def test_a_rules_title_in_book_marks_and_its_history_over_lines():
    m = meta("《某市實(shí)施〈中華人民共和國突發(fā)事件應對法〉辦法》2018年修訂版(全文)\n"
             "《某市實(shí)施〈中華人民共和國突發(fā)事件應對法〉辦法》\n"
             "(2012年12月26日某市人民代表大會(huì )常務(wù)委員會(huì )第三十八次會(huì )議通過(guò);\n"
             "根據2018年5月24日某市人民代表大會(huì )常務(wù)委員會(huì )第四次會(huì )議修正)\n目 錄\n第一章 總則\n"
             "第一條 根據有關法律,結合本市實(shí)際情況,制定本辦法。\n第二條 本市行政區域內突發事件的應急準備,適用本辦法。\n")
    assert (m.title, m.date) == ("某市實施〈中華人民共和國突發事件應對法〉辦法", "2018-05-24")


def test_a_rule_with_a_covering_notice_is_signed_by_its_office_not_the_state_council_it_cites():
    m = meta("【某街道】关于印发《某街道安全生产监督管理职责规定》的通知\n\n【字体:\n\n"
             "关于印发《某街道安全生产监督管理职责规定》的通知\n\n街道各站、办、所及社区居委会:\n\n"
             "    《某街道安全生产监督管理职责规定》已经街道办事处同意,现印发给你们,请认真贯彻实施。\n\n"
             "某区某街道办事处\n\n                                        2019年8月20日\n\n某街道安全生产监督管理职责规定\n\n"
             "第一章 总则\n\n第一条 根据《生产安全事故报告和调查处理条例》(国务院令第493号)等规定,制定本规定。\n\n"
             "第二条 街道各站、办、所履行安全生产监督管理职责,适用本规定。\n\n第三条 坚持安全第一的方针。\n")
    assert (m.issuer, m.date, m.doc_number) == ("某区某街道办事处", "2019-08-20", None)


def test_a_standing_committees_announcement_and_a_governments_order_name_their_issuers():
    m = meta("某省人民代表大会常务委员会公告 第42号\n《某省安全生产条例》已于2005年9月29日经某省人民代表大会常务委员会第二十一次"
             "会议通过,现予公布,自2005年12月1日起施行。\n某省人民代表大会常务委员会\n某省安全生产条例\n目录\n第一章 总则\n"
             "第一条 为了加强安全生产监督管理,制定本条例。\n第二条 本省行政区域内的安全生产,适用本条例。\n"
             "第三条 安全生产管理坚持安全第一的方针。\n")
    assert (m.issuer, m.doc_number) == ("某省人民代表大会常务委员会", "某省人民代表大会常务委员会公告第42号")
    m = meta("《某市消防安全责任制实施办法》某市人民政府令第244号(2022年版全文)\n某市消防安全责任制实施办法\n"
             "(2022年1月19日某市人民政府令第244号发布,自2022年3月1日起施行)\n第一章 总 则\n"
             "第一条 为了落实消防安全责任制,制定本办法。\n第二条 本办法适用于本市行政区域。\n第三条 消防工作实行责任制。\n")
    assert (m.title, m.issuer, m.doc_number, m.date) == ("某市消防安全责任制实施办法", "某市人民政府",
                                                         "某市人民政府令第244号", "2022-01-19")


def test_a_bodys_own_work_points_name_it_without_a_year_or_with_a_pieces_count():
    assert meta("市安委会工作要点(全文)\n\n下面是小编为大家整理的市安委会工作要点(全文),供大家参考。\n\n"
                "市安委会工作要点(全文)\n\n2021年是“十四五”开局之年,做好安全生产工作意义重大。\n").issuer == "市安委会"
    assert meta("当前位置: 某文档网 > 文档下载 > 工作计划 > 正文\n\n    市安全生产委员会2024年工作要点7篇\n\n"
                "    时间:2023-11-20 11:38:38 来源:某文档网\n\n2024年全市安全生产工作的总体要求是:坚持人民至上。\n"
                ).issuer == "市安全生产委员会"


def test_a_wire_dateline_before_a_notice_title_is_not_its_issuer():
    m = meta("做好“五一”黄金周期间安全工作\n\nhttp://www.sina.com.cn 2007年04月24日07:45 某日报\n\n"
             "  据新华社北京4月23日电 国务院办公厅关于切实做好“五一”黄金周期间安全工作的通知。各省、自治区、直辖市人民政府:\n\n"
             "  今年以来,全国安全生产继续保持了总体稳定的发展态势。\n")
    assert m.issuer == "国务院办公厅"


def test_short_words_credits_ads_and_site_labels_are_no_title():
    assert meta("南通\n\n首頁>地方頻道>南通>要聞\n\n做好梅雨期強降雨防范應對\n\n"
                "某區正式進入梅雨期,區防汛抗旱指揮部辦公室第一時間發布通知,要求各地各部門做好梅雨期強降雨防范應對。\n"
                ).title == "做好梅雨期強降雨防范應對"
    assert meta("2月5日,縣安委會召開2021年第一次全體會議。\n會議要求各鄉鎮要做到警鐘長鳴。\n全媒體記者:張敬\n"
                "實習生:沈悅\n").title is None
    assert meta("湖北某医院 http://news.example.net/170428/5341557.html\n\n3月28日,我镇召开安委会重点会议。\n"
                "会议要求安委会要抓紧落实安全生产责任书的签订。\n").title is None
    assert meta("版权说明:本文档由用户提供并上传\n文档简介\n社区安全生产半年总结一、社区安全生产半年总结\n"
                "1.1半年安全生产工作概述\n在半年内,社区安全生产工作取得成效。\n").title == "社区安全生产半年总结"
    assert meta("乡镇管理安全工作方案_第1页\n为加强乡镇安全管理,制定本方案。\n一、工作目标\n消除隐患。\n"
                ).title == "乡镇管理安全工作方案"


def test_a_templates_blank_issuer_is_none_and_a_document_printed_in_full_is_the_title():
    m = meta("优秀实用范文分享\n各乡(镇)场人民政府,县人民政府各部门:\n201__年春节即将来临,现将____年春节放假通知如下:\n"
             "一、春节:__月__日至__月__日放假调休,共7天。\n二、各部门要做好节日期间的工作。\n____人民政府办公室\n"
             "____年__月__日\n")
    assert (m.title, m.issuer) == (None, None)
    m = meta("近日,中共中央办公厅、国务院办公厅印发了《关于推进城市安全发展的意见》,并发出通知。\n"
             "《关于推进城市安全发展的意见》全文如下。\n随着我国城市化进程明显加快,城市安全问题突出。\n")
    assert m.title == "关于推进城市安全发展的意见"


def test_a_columns_name_under_its_breadcrumb_and_a_sites_name_are_no_title():
    m = meta("當前位置:首頁 > 信息傳達 > 本地新聞\n本地新聞\n市城鎮燃氣安全專項整治工作專班召開全市專班工作會議\n"
             "瀏覽次數:539月11日下午,市城鎮燃氣安全專項整治工作專班召開全市專班工作會議,進一步辦好群眾身邊具體實事。\n")
    assert m.title == "市城鎮燃氣安全專項整治工作專班召開全市專班工作會議"
    m = meta("某某消防网\n\n重庆:某区召开全区消防安全大排查、大整改、大落实专题研究会\n\n"
             "某某消防网 https://fire.example.com 2021-09-14 15:27 出处:重庆市消防救援总队 编辑:@阿愿\n\n"
             "为提高全区火灾防控能力,9月8日,某区政府召开全区消防安全专题研究会。\n")
    assert m.title == "重庆:某区召开全区消防安全大排查、大整改、大落实专题研究会"


def test_a_related_items_line_with_its_date_is_no_title_and_a_samples_blurb_names_it():
    assert meta("2月8日上午,某区政府召开消防工作及火灾隐患情况汇报会。\n区长指出,各级各部门要从讲政治的高度出发。\n"
                "争春时 赶订单2025-02-13\n").title is None
    assert meta("本站小编为你精心准备了市2020应急管理工作要点参考范文,愿这些范文能激发您的写作灵感。\n"
                "2020年是全面建成小康社会的收官之年。我市应急管理工作以防范化解重大风险为主线。\n"
                ).title == "市2020应急管理工作要点"


def test_titles_of_document_exports_glued_or_flattened_or_over_their_first_heading():
    assert meta("冶金安全管理制度 2、企业制定安全生产方针必须表达企业安全管理的基本理念,服从企业发展战略要求,能够让员工理解和接受。"
                "3、制定安全生产方针要组织企业各部门负责人参加讨论,经企业最高负责人决定。\n").title == "冶金安全管理制度"
    assert meta("安全生产委员会章程第一章总则1.1为加强对公司安全生产工作的领导,制定本章程。1.2公司安全生产委员会是在总经理领导下的"
                "安全生产领导决策机构。\n第二章 职责\n2.1 安委会负责研究决定公司安全生产的重大问题。\n"
                ).title == "安全生产委员会章程"
    assert meta("- 约2.15万字\n- 约 35页\n- 2026-01-25 发布于广东\n- 举报\n社区安全生产月\n一、社区安全生产月\n"
                "1.1活动背景与目标\n社区作为社会的基本单元,其安全生产状况直接关系到居民的生命财产安全。\n"
                ).title == "社区安全生产月"


def test_a_heading_under_its_bare_number_is_no_title():
    assert meta("为有效防范化解危险化学品领域重大安全风险,省政府安委会将在全省开展化工行业安全生产整治提升专项行动,"
                "现制定工作方案如下。\n01\n总体目标和要求\n(一)总体目标。深入学习贯彻安全生产重要论述。\n"
                "(二)工作要求。坚持问题导向。\n").title is None


def test_a_departments_signature_ending_in_ting_and_its_own_report():
    m = meta("各市、州应急管理局,厅机关各处室:\n现将《2020年全省应急管理工作要点》印发你们,请抓好贯彻落实。\n某省应急管理厅\n"
             "2020年2月22日\n2020年全省应急管理工作要点\n2020年,全省应急管理工作总体要求是:贯彻落实重要讲话精神。\n")
    assert (m.issuer, m.date) == ("某省应急管理厅", "2020-02-22")
    assert meta("区应急局2023年一季度安全生产工作情况汇报\n标签: #安全生产\n2022年,我区严格贯彻落实决策部署。\n").issuer == "区应急局"


def test_two_agencies_signing_on_two_lines_and_a_seal_mark():
    m = meta("各村(社区)、镇直各单位:\n现将《某镇2023年安全生产工作要点》印发给你们,请认真贯彻落实。\n中共某镇委员会\n"
             "某镇人民政府(盖章)\n2023年3月6日\n某镇2023年安全生产工作要点\n一、工作目标\n确保全镇安全生产形势稳定。\n")
    assert (m.issuer, m.date) == ("中共某镇委员会 某镇人民政府", "2023-03-06")


def test_a_column_word_that_is_a_crumb_is_not_joined_to_the_title():
    m = meta("一网搜 登录| 注册\n\n政府信息公开\n\n首页 > 政府信息公开 > 五公开 > 决策公开 > 工作计划\n\n\n"
             "某区应急局2026年工作计划\n时间:2026-01-16 14:53 来源:某区应急局\n【字体: 打印\n\n一、坚定指导思想\n\n坚持稳中求进。\n")
    assert (m.title, m.issuer) == ("某区应急局2026年工作计划", "某区应急局")


def test_a_sites_bracketed_label_line_above_the_title_is_no_title():
    m = meta("【工作总结】安全生产工作总结\n某区 2022 年安全生产工作综述\n安全,关乎社会大众福祉,关乎经济社会发展大局,\n"
             "必须时刻紧绷安全之弦。今年以来,全区各级各部门认真贯彻安全生产部署要求。\n")
    assert m.title == "某区 2022 年安全生产工作综述"


def test_a_long_headline_over_its_lede_is_the_title():
    title = ("某县召开2021年第二季度安全生产工作 县安委会第三次全体会暨建党100周年安保信访维稳和禁毒 "
             "打击治理电信网络新型违法犯罪工作会")
    m = meta(title + "\n近日,某县召开2021年第二季度安全生产工作、县安委会第三次全体会议。县长出席会议并讲话。\n"
             "会议指出,今年是极端重要而特殊的一年,全县上下必须高度集中。\n")
    assert m.title == title


def test_word_export_artefacts_and_glued_openings_of_titles():
    assert meta("版权说明:本文档由用户提供并上传\n文档简介\nPAGE村庄安全生产责任制度一、总则(一)目的为加强村庄安全生产管理,"
                "防止和减少生产安全事故,制定本制度。\n").title == "村庄安全生产责任制度"
    assert meta("文档简介\n企业安全生产管理制度引言:随着企业规模的不断扩大,安全生产管理的重要性愈发凸显,特制定本制度。\n"
                ).title == "企业安全生产管理制度"
    assert meta("社区安全会议记录20一、会议概况\n会议时间:2024年3月5日\n会议地点:社区会议室\n").title == "社区安全会议记录"
    assert meta("1、2023年文化旅游突发公共事件应急预案目录1总则1.1 编制目的1.2 编制依据1.3 适用范围2风险描述\n"
                ).title == "2023年文化旅游突发公共事件应急预案"


def test_a_spaced_out_genre_word_and_a_public_mark_before_the_signatures_date():
    m = meta("各村、社区,机关各部门:\n根据工作需要,现将修订后的《某区某街道突发事件总体应急预案》印发你们,请认真贯彻执行。\n"
             "某区某街道办事处\n此件公开发布 2022年1月30日\n某区某街道突发事件总体\n应 急 预 案\n1 总 则\n1.1 目的和依据\n")
    assert (m.title, m.issuer, m.date) == ("某区某街道突发事件总体应急预案", "某区某街道办事处", "2022-01-30")


def test_buttons_bracketed_labels_and_column_words_are_no_title_and_a_slashed_byline_dates_the_news():
    m = meta("打印本文 打印本文  关闭窗口 关闭窗口  \n集团公司召开安全生产工作专题会议\n"
             "作者:李某  文章来源:综合办公室  点击数1287  更新时间:2022/6/20 9:29:16  文章录入:admin\n\n"
             "近日,集团公司召开安全生产工作专题会议。集团公司中层管理人员参加会议。\n")
    assert (m.title, m.date) == ("集团公司召开安全生产工作专题会议", "2022-06-20")
    assert meta("【关闭窗口】\n\n7月26日,某镇采取系列措施确保某村安全度汛。\n").title is None
    assert meta("某地新闻\n筑守安全防线 区安全生产综合督查组督查一季度安全生产工作\n发布时间:2022-04-18\n"
                "4月15日,区安全生产综合督查组到某镇督查。\n").title == "筑守安全防线 区安全生产综合督查组督查一季度安全生产工作"


def test_a_news_item_without_a_byline_is_not_dated_by_the_event_its_lede_dates():
    assert meta("2022年7月15日,集团召开安委会会议,学习传达近期安全生产重要批示精神,安排部署安全生产工作。\n"
                "会议要求各单位要压实安全生产责任。\n").date is None
    assert meta("2月8日上午,某区政府召开消防工作汇报会,部署全区消防安全工作。\n区长指出,各级各部门要从讲政治的高度出发。\n"
                "争春时 赶订单2025-02-13\n").date is None
    assert meta("某某消防网\n\n某区召开全区消防安全大排查专题研究会\n\n"
                "某某消防网 https://fire.example.com 2021-09-14 15:27 出处:某市消防救援总队 编辑:@某\n\n"
                "9月8日,某区政府召开全区消防安全专项行动研究会。\n").date == "2021-09-14"
