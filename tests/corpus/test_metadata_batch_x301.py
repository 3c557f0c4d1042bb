"""Metadata of the x301+ dev texts of tests/corpus/heldback (a fresh random batch): 通告 and 公告 as the 公文 a title
names, a 紧急通知, a report whose title names the law it reports on, its author beside the meeting it was made at, a
letter's writer, a company's rules that cite a State Council regulation, a county portal's info row, dates of a page
and of a sentence, page chrome of portals and e-papers. Heads built from those texts, names and numbers changed."""

from safeplan.corpus.clean import clean_text
from tests.corpus.metareading import meta


def test_a_tonggao_and_an_urgent_notice_are_titles_their_agency_issues():
    m = meta("以下为正文\n某州市人民政府关于森林防火禁火的通告\n某府通〔2024〕10号\n"
             "为有效防止森林火灾发生,根据有关规定,特发布森林防火禁火通告:\n一、禁火时间\n2024年9月30日至2025年4月30日。\n"
             "二、禁火区域\n全市行政区域内所有林地。\n特此通告。\n某州市人民政府\n2024年9月28日\n")
    assert (m.title, m.issuer, m.date, m.doc_number) == (
        "某州市人民政府关于森林防火禁火的通告", "某州市人民政府", "2024-09-28", "某府通〔2024〕10号")
    m = meta("某县人民政府办公室关于做好春季森林防火工作的紧急通知\n各乡镇人民政府,县直各部门:\n"
             "当前已进入森林防火紧要期,现将有关事项通知如下:\n一、提高认识\n各乡镇要高度重视。\n")
    assert (m.title, m.issuer) == ("某县人民政府办公室关于做好春季森林防火工作的紧急通知", "某县人民政府办公室")


def test_a_report_on_a_law_is_titled_by_itself_and_signed_beside_its_meeting():
    m = meta("首页 > 人大资料 > 人大常委会公报\n\n关于《某市消防条例》贯彻实施情况的报告(书面)\n\n【字号: 收藏 打印\n\n"
             "——2018年5月30日在某市第十五届人民代表大会常务委员会第四次会议上\n\n某市公安局\n\n"
             "主任、各位副主任、秘书长、各位委员:\n\n受市人民政府委托,向市人大常委会就本市贯彻《某市消防条例》实施情况作书面报告。\n"
             "一、主要工作\n(一)落实责任。\n")
    assert (m.title, m.issuer, m.date) == ("关于《某市消防条例》贯彻实施情况的报告(书面)", "某市公安局", "2018-05-30")
    # a notice still gives the document it issues (关于印发《…》的通知 / the plan below it)
    assert meta("关于印发《某镇防汛工作方案》的通知\n各村:\n现将《某镇防汛工作方案》印发给你们,请认真贯彻执行。\n"
                "某镇人民政府\n2023年5月6日\n某镇防汛工作方案\n一、工作目标\n").title == "某镇防汛工作方案"


def test_a_letters_writer_opens_its_title():
    m = meta("某丰镇人民政府致全镇人民的一封信\n\n广大人民群众:\n\n森林防火是保护森林资源的需要。\n\n"
             "一、在森林特别防护期内,严禁下列行为:\n\n1、上坟烧纸、烧香点烛等;\n")
    assert (m.title, m.issuer) == ("某丰镇人民政府致全镇人民的一封信", "某丰镇人民政府")


def test_a_regulation_cited_by_a_companys_rules_names_no_issuer():
    m = meta("部门报告。第六条各企业发生人身伤亡事故后,应严格执行国务院《生产安全事故报告和调查处理条例》等相关法规。\n"
             "第七条公司系统实行生产安全事故责任追究制度。\n第八条公司系统贯彻“谁管理、谁负责”的原则。\n"
             "第九条公司系统各企业的工会依法组织职工参加本单位安全生产工作的民主管理。\n")
    assert m.issuer is None
    # the State Council still issues the regulation it adopts
    m = meta("中华人民共和国国务院令\n第493号\n《生产安全事故报告和调查处理条例》已经2007年3月28日国务院第172次常务会议通过,"
             "现予公布,自2007年6月1日起施行。\n生产安全事故报告和调查处理条例\n第一条 为了规范生产安全事故的报告。\n"
             "第二条 本条例适用于生产安全事故。\n第三条 事故分为四个等级。\n")
    assert m.issuer == "国务院"


def test_a_county_portals_info_row_and_a_date_closing_the_notice_above_an_attachment_button():
    m = meta("信息类别: 政府文件 文件编号: 某府发[2006]5号 公开方式: 主动公开 生成日期: 2018-09-25 公开时限: 常年公开 "
             "公开范围: 面向全社会 信息索取号: G00000-0202-2008-0026 责任部门: 某桥镇\n\n"
             "关于在全镇范围内实施野外禁火的紧急通知\n\n来源: 发布时间: 2018-09-25 16:12\n\n各村(居)委会、驻镇有关单位:\n"
             "为预防森林火灾的发生,镇人民政府决定:自即日起在全镇范围内实施野外禁火。\n一、禁止携带火种进山入林。\n"
             "二、禁止在林区野外吸烟。\n对违反上述规定的,从快从严查处。\n\n二OO六年三月三十日\n\n附件下载\n")
    assert (m.title, m.issuer, m.date, m.doc_number) == (
        "关于在全镇范围内实施野外禁火的紧急通知", "某桥镇", "2006-03-30", "某府发[2006]5号")
    # a task table's 责任部门 column names no issuer
    m = meta("某镇2024年安全生产工作要点\n序号 | 工作任务 | 责任部门 | 完成时限 |\n1 | 开展隐患排查 | 镇安办 | 6月底 |\n"
             "一、工作目标\n全年不发生较大事故。\n")
    assert m.issuer is None


def test_a_pages_release_date_and_a_sentences_dates_date_nothing():
    assert meta("鶴山市人民政府關于森林防火禁火令的通告\n• 發布機構:鶴山市人民政府\n• 發布日期:2025-09-30 16:00:46\n"
                "• [打印]\n為有效預防森林火災的發生,特發布本通告。\n一、禁火時間:從2025年10月1日至2026年4月30日。\n"
                "二、禁火區域:全市林地。\n").date is None
    assert meta("当前已进入冬季森林防灭火工作关键期。为有效预防森林火灾发生,根据《森林防火条例》第二十八条规定,"
                "区政府决定从2024年12月18日至2024年12月24日禁止一切野外用火。\n森林火警电话:12119\n特此通告。\n").date is None


def test_page_chrome_of_portals_e_papers_and_document_sites_is_no_title():
    assert meta("您访问的链接即将离开“某镇人民政府”门户网站 是否继续?\n继续访问放弃\n"
                "发布机构: | 某镇人民政府 | 生成日期: | 2022-02-23 09:49:21 |\n广大居民朋友:\n"
                "为有效防止森林火灾,某镇向全镇居民朋友发出如下通告:\n一、倡议文明祭祀;\n二、禁止携带火种进山;\n"
                "某市某镇人民政府\n2022年2月22日\n").title is None
    assert meta("客服微信 网站公众号\n一、为加强社区安全生产监管工作,特制定本制度。 二、领导小组是社区议事协调机构。\n").title is None
    assert meta("區政府决定从2024年12月18日至24日禁止一切野外用火。\n森林火警电话:12119\n特此通告。\n").title is None
    assert meta("長者助手 長者助手\n長者專區\n當前位置: 關懷版>>通知公告\n通知公告 返回首頁\n"
                "某山市人民政府關于森林防火禁火令的通告\n• 發布機構:某山市人民政府\n為有效預防森林火災,特發布本通告。\n"
                "一、禁火時間:從2025年10月1日起。\n").title == "某山市人民政府關于森林防火禁火令的通告"
    assert meta(">2023年8月9星期三\n\n在线读报封面 全力筑牢森林防火安全防线 开展保安培训\n\n按日期检索\n\n12 2017\n3\n4\n\n"
                "某山电子报\n\n电子报刊阅读器\n放大 缩小 默认\n\n多部门联合召开高层建筑消防安全工作推进会\n\n"
                "为确保人民群众生命财产安全,8月7日下午,某和街道会同县住房城乡建委召开高层建筑消防安全工作推进会。\n").title \
        == "多部门联合召开高层建筑消防安全工作推进会"
    cleaned, _ = clean_text("继续访问放弃\n以下为正文\n某州市人民政府关于森林防火禁火的通告\n附件下载\n")
    assert cleaned.strip() == "某州市人民政府关于森林防火禁火的通告"


def test_a_sample_sites_piece_label_before_a_blank():
    assert meta("第1篇 安全生产责任制度\n1.目的:\n明确各部门及各级人员的安全生产职责。\n2.范围:\n所有部门、班组、员工。\n"
                "3.安全生产职责\n3.1总经理职责:\n").title == "安全生产责任制度"


def test_a_doc_number_whose_brackets_became_question_marks():
    # 〔〕 lost to "?" as a copy loses 年月日 (金政?2014?8號, 川安辦?2006?80 號: kept as written, its blank read past)
    m = meta("金政?2014?8号\n关于印发《某乡今冬明春“清剿火患”战役实施方案》的通知\n各村:\n现将方案印发给你们。\n"
             "某乡人民政府\n2014年1月10日\n")
    assert m.doc_number == "金政?2014?8号"
    m = meta("四川省人民政府安全生產委員會辦公室關于認真學習宣傳貫徹《四川省安全生產條例》的通知\n川安辦?2006?80 號\n"
             "各市(州)安委會:\n現就有關事項通知如下:\n一、認真學習。\n")
    assert m.doc_number == "川安辦?2006?80號"


def test_a_bodys_own_report_names_it_though_its_year_lacks_nian_or_a_sample_site_adds_a_word():
    assert meta("某县应急管理局2022工作总结和2023年工作思路\n一、2022年特色亮点工作\n1.聚焦机制建设。\n").issuer \
        == "某县应急管理局"
    m = meta("当前位置:首页 > 办公文档 > 事务文书 > 应急管理局2023年工作总结和2024年工作计划供借鉴\n"
             "应急管理局2023年工作总结和2024年工作计划供借鉴\n2023年,市应急局坚持以习近平新时代中国特色社会主义思想为指导。\n"
             "一、2023年工作总结\n")
    assert (m.title, m.issuer) == ("应急管理局2023年工作总结和2024年工作计划供借鉴", "应急管理局")


def test_a_sample_sites_bracketed_label_before_the_title():
    assert meta("[总结范本]全市创建消防安全社区活动实施方案\n- 格式:doc\n- 大小:20.00 KB\n"
                "为了提升社区居民的消防安全意识,我们制定了社区创建消防安全示范社区的方案。\n一、指导思想\n").title \
        == "全市创建消防安全社区活动实施方案"


def test_second_batch_x311_title_and_doc_number_shapes():
    # a company rule's title run into its first chapter, (试行) between
    assert meta("某某股份有限公司安全生产管理规定(试行)第一章总 则第一条 为加强公司安全生产工作,制定本规定。第二条 本规定适用于"
                "公司总部各部门、直属单位及各级分公司。第三条 公司安全生产工作,坚持安全第一的方针。\n").title \
        == "某某股份有限公司安全生产管理规定(试行)"
    # a breadcrumb's last crumb that names a document is the page's title, not a column's name
    assert meta("首页 > 文章中心 > 防汛抗旱应急预案\n\n防汛抗旱应急预案\n\n前言:我们特意为您整理了5篇防汛抗旱应急预案范文。\n\n"
                "防汛抗旱应急预案\n\n防汛抗旱应急预案范文第1篇\n\n为切实抓好街道防汛工作,特制订本预案。\n\n"
                "一、街道的自然条件\n").title == "防汛抗旱应急预案"
    # the red head's 文号 on its own line, not the page headline's that leads with it
    m = meta("五政办通(2018)38号关于印发某区防汛抗旱应急预案的通知\n某市某区人民政府办公室文件\n五政办通〔2018〕38号\n"
             "某市某区人民政府办公室\n关于印发某区防汛抗旱应急预案的通知\n各街道办事处:\n《某区防汛抗旱应急预案》已经区政府研究同意,"
             "现印发给你们,请认真贯彻落实。\n某市某区人民政府办公室\n2018年5月23日\n某区防汛抗旱应急预案\n1.总则\n")
    assert (m.doc_number, m.issuer, m.date) == ("五政办通〔2018〕38号", "某市某区人民政府办公室", "2018-05-23")
    # a news item's lede begins the text: a sentence below it that lost its 。 is no headline
    assert meta("5月31日,某林县安委办组织召开全县“安全生产月”启动仪式。\n县委常委、副县长及各乡镇负责人参会。\n"
                "与会人员共同观看了国家、省、市安全生产月启动仪式及安全承诺\n会上,副县长宣布活动正式启动。\n").title is None


def test_what_a_covering_notice_issues_runs_on_past_its_book_title():
    # the issued paper's name runs on past its book title (《…规划》责任分解)
    m = meta("某城市人民政府办公厅关于印发某城市应急体系建设“十三五”规划责任分解的通知\n各县(市、区)人民政府:\n"
             "经市人民政府同意,现将《某城市应急体系建设“十三五”规划》责任分解印发给你们,请认真组织实施。\n某城市人民政府办公厅\n"
             "2017年4月13日\n某城市应急体系建设“十三五”规划责任分解\n为提高应对突发事件能力,现分解如下。\n一、完善应急预案体系\n")
    assert m.title == "某城市应急体系建设“十三五”规划责任分解"


def test_a_portals_column_name_a_forms_blanks_and_a_paper_that_names_itself():
    assert meta("某原市人民政府\n\n政府信息公开\n\n某岭市2023年度消防工作任务清单\n\n来源:某乡人民政府 时间:2023-11-28\n\n"
                "一、消防工作常态化任务\n(一)政府任务清单。\n").title == "某岭市2023年度消防工作任务清单"
    assert meta("被检查单位名称:______________\n被检查单位负责人(签名):__________\n检查时间: 年 月 日\n"
                "生产经营单位安全检查项目表\n| 项目 | 检查内容 | 检查标准 |\n| 一 安 全 事 务 管 理 | 1、安全管理机构 | 按比例配备 |\n"
                ).title == "生产经营单位安全检查项目表"
    assert meta("安全生产是企业持续稳定发展的基础。为了进一步落实安全生产责任,特制定本《企业安全生产责任制管理制度》。\n"
                "本制度适用于公司内部所有部门。\n一、总则\n").title == "企业安全生产责任制管理制度"


NOTICE_BODY = ("各乡镇人民政府,县直各部门:\n为做好汛期安全生产工作,现就有关事项通知如下:\n一、提高认识\n各乡镇要高度重视。\n"
               "二、加强检查\n各部门要开展检查。\n")


def test_signatures_of_the_genre_a_seal_mark_a_second_name_three_agencies():
    # a probe of 落款 shapes (one from hb-u206-y): the seal's mark after the agency or on its own line
    for signature in ("某县安全生产委员会办公室(代章)\n2023年5月6日\n", "某县安全生产委员会办公室\n(代章)\n2023年5月6日\n"):
        m = meta("关于做好汛期安全生产工作的通知\n" + NOTICE_BODY + signature)
        assert (m.issuer, m.date) == ("某县安全生产委员会办公室", "2023-05-06")
    # an agency's second name in brackets (two names, one office), as written
    assert meta("关于做好汛期安全生产工作的通知\n" + NOTICE_BODY + "某山市住房和城乡建设局(市城市管理局)\n2023年5月6日\n").issuer \
        == "某山市住房和城乡建设局(市城市管理局)"
    # three agencies signing together, one a line
    assert meta("关于做好汛期安全生产工作的通知\n" + NOTICE_BODY + "某县应急管理局\n某县公安局\n某县住房和城乡建设局\n"
                "2023年5月6日\n").issuer == "某县应急管理局 某县公安局 某县住房和城乡建设局"


def test_the_agency_that_opens_a_title_with_guanyu_or_before_a_spaced_year_issues_it():
    body = "\n为做好安全生产工作,结合我镇实际,制定本方案。\n一、工作目标\n全年不发生较大事故。\n二、工作措施\n各村要开展检查。\n"
    assert meta("某镇安全生产委员会关于开展安全生产月活动的工作方案" + body).issuer == "某镇安全生产委员会"
    assert meta("某县应急管理局 2023年工作总结" + body).issuer == "某县应急管理局"
    # X转发Y关于…: X issues it, as before
    assert meta("某县建设局转发县人民政府办公室关于做好近期安全生产工作的通知" + body).issuer == "某县建设局"


def test_a_number_a_sentence_cites_is_not_the_documents():
    # a probe of the genre's citing grammar (convention 8): 根据…的通知(文号)精神 / 为贯彻落实…号文件精神 / 现将…(文号)转发给你们
    for citing in ("根据市应急管理局关于做好汛期安全生产工作的通知(某应急〔2023〕5号)精神,现就有关事项通知如下:",
                   "为贯彻落实某应急〔2023〕5号文件精神,现就有关事项通知如下:",
                   "现将市安委办关于做好汛期安全生产工作的通知(某安办〔2023〕5号)转发给你们,请认真贯彻执行。"):
        assert meta("关于做好汛期安全生产工作的通知\n各乡镇:\n" + citing + "\n一、提高认识\n各乡镇要高度重视。\n").doc_number is None
    # the document's own number still counts, on its line, after its title, in brackets closing the title
    assert meta("某县安全生产委员会办公室关于做好汛期安全生产工作的通知\n某安办〔2023〕8号\n各乡镇:\n"
                "根据市安委办某安办〔2023〕5号文件要求,现通知如下:\n一、提高认识\n").doc_number == "某安办〔2023〕8号"
    assert meta("关于做好汛期安全生产工作的通知(某安办〔2023〕8号)\n各乡镇:\n现通知如下:\n一、提高认识\n").doc_number \
        == "某安办〔2023〕8号"


def test_a_crumb_before_a_notice_title_a_record_and_a_footer_under_the_signature():
    # (from the units helper's y221+ dev texts, names changed) a law site's crumb run into the notice's title
    m = meta("好律师> 法律法规库> 政策参考> 关于进一步推进某某工作的通知\n  • 【发布单位】某某部 某某局\n"
             "  • 【发布文号】某资发〔2010〕101号\n  • 【发布日期】2010-07-07\n\n关于进一步推进某某工作的通知\n"
             "各省、自治区、直辖市某某厅:\n现就有关事项通知如下:\n一、提高认识\n")
    assert (m.title, m.issuer, m.doc_number) == ("关于进一步推进某某工作的通知", "某某部 某某局", "某资发〔2010〕101号")
    # a 公文's 版记 under a 落款 of its date alone: the date closes it, the 印发 line names its office
    m = meta("转发某某总局办公厅关于加强有限空间作业安全工作的通知\n各镇(街道)安委办:\n现将通知转发给你们,请一并贯彻执行。\n"
             "一、充分认识重要性。\n二、开展排查。督查情况请于11月10日前报送市安委办。\n二〇〇九年十月二十二日\n"
             "主题词:安全生产 有限空间作业 通知\n抄送:台州市安委办,市府办。\n某海市安全生产委员会办公室 2009年10月22日印发\n")
    assert (m.issuer, m.date) == ("某海市安全生产委员会办公室", "2009-10-22")
    # a site's footer under the 落款's date
    assert meta("关于加强元旦节前后城市管理工作的通告\n为营造良好的节日气氛,现将有关事项通告如下:\n一、严格管理城市。\n"
                "二、严禁燃放孔明灯。\n特此通告。\n二〇一一年十二月二十一日\n声明:某某网内容版权所有,未经许可不得转载。\n"
                ).date == "2011-12-21"
    # an ad's line (…写作神器! 立即了解) is not joined to the title below it
    assert meta("公文高手,超级方便的公文写作神器! 立即了解\n\n\n民政局加强林业安排发展工作意见\n\n各乡镇人民政府、县直有关单位:\n"
                "为加强森林资源保护,对2009年林业工作安排如下:\n一、切实抓好森林消防\n").title == "民政局加强林业安排发展工作意见"


def test_third_batch_x321_letters_drafts_info_keys_and_page_marks():
    # a letter's title glued to its salutation; a 落款 run in at a one-line letter's end
    m = meta("致轄區居民的一封信居民朋友們:\n近期電動自行車火災多發,請各位居民朋友自覺遵守:\n1、嚴禁將電動自行車入戶充電。\n"
             "2、1月15日前,請居民朋友們自行清理整改完畢。\n某平街道辦事處\n2024年1月9日\n")
    assert (m.title, m.issuer, m.date) == ("致轄區居民的一封信", "某平街道辦事處", "2024-01-09")
    assert meta("致全镇出租屋业主、房东、租客的一封信\n各位出租屋业主、房东、租客: 消防安全关乎每个家庭的幸福和安宁。"
                "2016年8月14日,我市一出租屋发生火灾,造成9人死亡。"
                "一、出租屋业主要配齐消防设施。 二、不得在门窗安装固定铁栅栏。 九、要主动学习消防安全知识,遇火灾不要盲目逃生。"
                " 某莞市某排镇消防安全委员会 2022年2月24日\n").date == "2022-02-24"
    # a draft put out for comment is no document the page issues, so no title
    assert meta("为改善居民小区消防安全环境,拟在某庙街道5个电动自行车集中充电场所加装消防设施。现将《某庙街道电动自行车集中充电"
                "场所加装消防设施项目(草案)》公开征求公众意见。有关事宜告知如下:\n一、市民可以将书面意见直接寄送。\n"
                "二、征求意见截止日期为2024年6月6日。\n某庙街道办事处\n2024年5月6日\n").title is None
    # an info table's 有 效 期 key is no 文号's value; a page mark before a title glued to its first sentence
    assert meta("索 引 号:328-333/2023-01-20/24547主题分类:政务信息发布机构:某乡人民政府\n发文日期:2023-01-20文  号:有 效 期:  有效\n"
                "名  称:我县召开安全生产工作会议\n我县召开安全生产工作会议\n1月19日,我县召开安全生产工作会议。\n").doc_number is None
    assert meta("第1页共16页逐级消防安全责任制根据中华人民共和国消防法、机关、团体、企业、事业单位消防安全管理规定,消防工作贯彻"
                "“预防为主,防消结合”的消防工作方针。落实逐级消防安全责任制和岗位消防安全责任制,明确逐级和岗位消防安全职责,制定本"
                "责任制。一、董事长、总经理消防安全责任制\n").title == "逐级消防安全责任制"


def test_fourth_batch_a_read_aloud_button_a_spaced_notice_word_a_sites_slogan():
    m = meta("文章播报\n某州市某溪乡人民政府文件\n竹政〔2010〕10号\n关于开展2010年全国“安全生产月”活动的\n通 知\n各村、企事业单位:\n"
             "为认真贯彻落实市安全生产委员会文件精神,现就开展2010年“安全生产月”活动通知如下:\n一、活动时间及目标\n")
    assert (m.title, m.issuer, m.doc_number) == ("关于开展2010年全国“安全生产月”活动的通知", "某州市某溪乡人民政府", "竹政〔2010〕10号")
    assert meta("某岭文库(kunmingchi.com)你想要的内容这里独有!\n\nHi,远行者,Let’s go3 页 153.755 KB下载文档\n"
                "当前文档共3页 下载后继续阅读\n\n各县(市、区)人民政府,市政府直属各单位: 近期,全国火灾事故多发。"
                "现就当前消防工作有关事项紧急通知如下: 一、深刻认识当前火灾形势的严峻性\n").title is None


def test_covering_shapes_an_agency_over_a_split_title_an_attachment_label_a_towns_guanyu_a_pages_date():
    # a probe of the genre's title grammar (the first case from hb-u237-y's shape)
    body = "\n为进一步加强安全生产工作,结合实际,制定本方案。\n一、工作目标\n全年不发生较大事故。\n二、工作措施\n各乡镇要开展检查。\n"
    m = meta("某某县人民政府办公室\n关于印发某某县安全生产专项整治\n三年行动实施方案的通知" + body)
    assert m.issuer == "某某县人民政府办公室"
    for label in ("附件", "附件1", "附 件"):
        assert meta(label + "\n某某县安全生产工作方案" + body).title == "某某县安全生产工作方案"
    assert meta("某某镇关于做好2023年\n安全生产工作的实施方案" + body).issuer == "某某镇"
    assert meta("某某县安全生产工作方案 2023-05-06" + body).title == "某某县安全生产工作方案"


def test_an_orders_head_names_the_government_or_ministry_that_issues_it():
    # a probe (convention 6 as hb-r102-x/hb-r158-x read it): the order's head over its number, a person signing
    articles = "第一条 为了落实安全生产责任,制定本规定。\n第二条 本规定适用于本行政区域。\n第三条 生产经营单位是责任主体。\n"
    m = meta("某某省人民政府令\n第123号\n《某某省生产经营单位安全生产主体责任规定》已经2020年4月20日省人民政府第50次常务会议"
             "通过,现予公布,自2020年7月1日起施行。\n省长 张三\n2020年5月6日\n某某省生产经营单位安全生产主体责任规定\n" + articles)
    assert (m.issuer, m.doc_number, m.date) == ("某某省人民政府", "某某省人民政府令第123号", "2020-05-06")
    m = meta("中华人民共和国应急管理部令\n第10号\n《生产经营单位安全培训规定》已经2023年1月1日应急管理部第1次部务会议审议通过,"
             "现予公布,自2023年3月1日起施行。\n部长 王某\n2023年1月5日\n生产经营单位安全培训规定\n" + articles)
    assert m.issuer == "应急管理部"


def test_a_signature_spaced_out_for_its_layout_or_dated_with_dashes():
    # a probe of 落款 layouts: the agency spaced one character a blank; a date written 2023-05-06 under it (a line
    # without Chinese, no English translation to leave out)
    body = ("关于做好汛期安全生产工作的通知\n各乡镇人民政府,县直各部门:\n为做好汛期安全生产工作,现就有关事项通知如下:\n"
            "一、提高认识\n各乡镇要高度重视。\n二、加强检查\n各部门要开展检查。\n")
    assert (meta(body + "某 县 人 民 政 府\n2023年5月6日\n").issuer, meta(body + "某 县 人 民 政 府\n2023年5月6日\n").date) \
        == ("某县人民政府", "2023-05-06")
    m = meta(body + "某县人民政府办公室\n2023-05-06\n")
    assert (m.issuer, m.date) == ("某县人民政府办公室", "2023-05-06")


def test_fifth_batch_a_record_line_over_the_plan_and_a_sample_sites_blurb_naming_its_text():
    m = meta("关于印发《某山街道防汛防台专项应急预案》的通知\n某区人民政府某山街道办事处\n某府中办〔2022〕66号\n"
             "关于印发《某山街道防汛防台专项应急\n预案》的通知\n各居民区、企事业单位:\n现将《某山街道防汛防台专项应急预案》印发给你们,"
             "请认真抓好落实。\n上海市某区人民政府某山街道办事处\n2022年6月17日\n某区人民政府某山街道党政办公室 2022年6月17日印发 |\n"
             "某山街道防汛防台专项应急预案\n1.总则\n1.1.编制目的\n")
    assert m.title == "某山街道防汛防台专项应急预案"
    m = meta("今年以来,我局深入贯彻落实安全生产重要论述精神,牢牢守住安全底线下面是小编为大家整理的县应急管理局工作总结和工作"
             "思路,供大家参考。\n今年以来,我局深入贯彻落实安全生产重要论述精神。\n一、全县安全生产形势\n")
    assert (m.title, m.issuer) == ("县应急管理局工作总结和工作思路", "县应急管理局")


def test_a_news_pages_title_with_its_sites_name_a_photo_mark_quotes_and_a_byline_in_chinese_dates():
    # a probe of news pages' titles and bylines
    lede = "\n5月5日,某县召开安全生产工作会议,副县长出席会议并讲话。会议要求,各乡镇要加强隐患排查。\n"
    byline = "\n发布时间:2023-05-06 10:20 来源:某县应急管理局"
    for head in ("某县召开安全生产工作会议_某县人民政府网", "某县召开安全生产工作会议-某县人民政府",
                 "某县召开安全生产工作会议 | 某县人民政府", "某县召开安全生产工作会议(组图)", "“某县召开安全生产工作会议”"):
        assert meta(head + byline + lede).title == "某县召开安全生产工作会议"
    assert meta("某县召开安全生产工作会议\n作者:张三 来源:某县应急管理局 发布时间:2023年05月06日" + lede).date == "2023-05-06"


def test_a_bare_date_keys_byline_is_no_title():
    # (from the fields and units helpers' newest dev texts, names changed) 日期:… above or below the headline
    assert meta("全市城镇燃气安全排查整治工作推进会召开\n\n日期:2022-10-24 15:39:42\n\n来源:某视新声\n\n作者:\n\n浏览数:0\n\n"
                "  10月21日,全市城镇燃气安全排查整治工作推进会召开。副市长出席并讲话。\n\n图片\n\n"
                "  会议通报了全市城镇燃气安全排查整治工作进展情况。\n").title == "全市城镇燃气安全排查整治工作推进会召开"
    assert meta("日期:2024-03-06浏览:161\n今年以来,某兰镇多措并举做好春季森林防火工作。\n一是加强宣传。\n二是加强巡查。\n").title is None
