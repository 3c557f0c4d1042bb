"""Genre and level as a reader finds them (tests/corpus/heldback/README.md conventions 12 and 13), for shapes first met
in the x151+ dev texts of tests/corpus/heldback, a batch taken as the search tool's pages came: the title's last word
under a site's trailing words, the document a page prints under a news lead, a news column, an account of work done,
a company's own bodies, the body a text speaks as under a sample site's heading, Traditional copies with pinyin
glosses. Heads built from those texts, names and numbers changed."""

from tests.corpus.metareading import meta

# --- genre: the title's last word first (convention 12)

def test_a_glossed_traditional_law_title_is_a_law_of_its_province():
    m = meta("- 江蘇省安全生產(chǎn)條例 推薦度:\n- 相關(guān)推薦\n江蘇省安全生產(chǎn)條例\n在生產(chǎn)過程中,下面小編為大家"
             "精心搜集了關(guān)于江蘇省安全生產(chǎn)條例的全文!\n第一章 總 則\n第一條 為了加強(qiáng)安全生產(chǎn)工作,根據(jù)有關法律,"
             "結(jié)合本省實(shí)際,制定本條例。\n第二條 在本省行政區(qū)域內(nèi)從事生產(chǎn)經(jīng)營活動(dòng)的單位,適用本條例。\n")
    assert (m.genre, m.level) == ("law", "province")


def test_a_laws_name_outweighs_a_cited_decision_in_its_history():
    m = meta("湖南省安全生產條例\n\n來源:某縣應急管理局 發布時間:2023-01-04\n\n(2004年9月28日湖南省人民代表大會常務委員會"
             "會議通過 根據2014年11月26日湖南省人民代表大會常務委員會會議《關于修改和廢止部分地方性法規的決定》修正)\n\n"
             "第一章\n\n第一條 根據有關法律、行政法規,結合本省實際,制定本條例。\n\n第二條 生產經營單位是本單位安全生產的"
             "責任主體。\n")
    assert m.genre == "law"


def test_a_policy_named_about_its_subject_stays_its_covering_notices():
    m = meta("中共某市委 某市人民政府\n印发《关于推进安全生产领域改革发展的实施办法》的通知\n某市发〔2017〕37号\n"
             "各县(市、区)委、人民政府:\n现将《关于推进安全生产领域改革发展的实施办法》印发给你们,请认真抓好贯彻落实。\n"
             "中共某市委 某市人民政府\n2017年12月28日\n关于推进安全生产领域改革发展的实施办法\n"
             "为全面贯彻落实中央精神,结合我市实际,提出如下实施办法。\n一、总体要求\n(一)正确认识全市安全生产形势。\n")
    assert m.genre == "notice"


def test_a_compilations_trailing_words_do_not_hide_its_genre():
    m = meta("乡镇年安全生产工作汇报材料大全(13篇)\n\n时间:2023-11-10 05:46:14 作者:灵魂曲\n\n"
             "安全生产工作情况汇报材料乡镇\n\n**镇始终把安全生产工作摆在首位。现将今年来的工作开展情况总结汇报如下:\n\n"
             "一、组织机构建设情况:\n\n我镇明确了镇安全生产领导小组成员。\n")
    assert m.genre == "report"


def test_a_document_title_below_a_sites_menu_names_the_genre():
    menu = "".join(f"  • {item}\n" for item in ("工作总结", "工作计划", "心得体会", "述职报告", "申请书", "演讲稿", "讲话稿",
                                                 "领导发言", "读后感", "观后感", "事迹材料", "党建材料", "策划方案",
                                                 "对照材料", "主题教育", "调查报告", "疫情防控", "自查报告", "工作汇报",
                                                 "党史学习"))
    m = meta(menu + "  • 当前位置: 文档网 > 文档下载 > 工作计划 > 正文\n\n    市安全生产委员会2024年工作要点7篇\n\n"
             "    时间:2023-11-20 11:38:38 来源:文档网\n\n      市安全生产委员会2024年工作要点一\n\n"
             "      全市安全生产工作的主要任务是:坚持安全第一、预防为主。\n\n      一、健全安全生产责任体系\n")
    assert (m.genre, m.level) == ("work_points", "city")


# --- genre: the document a page prints, and a page that tells of one

def test_a_headline_reporting_a_document_is_news():
    m = meta("国务院办公厅发布关于做好国庆期间有关工作的意见\n2009年9月30日 15:38\n据中国政府网29日消息,国务院办公厅日前"
             "下发关于做好国庆期间有关工作的意见,要求各地区、各部门统筹安排好节日期间的各项工作。\n按照意见要求,各地区、"
             "各部门要做好九方面的工作。一是要统筹安排节日期间各项工作。\n")
    assert (m.genre, m.level) == ("news", "national")


def test_a_document_printed_under_a_news_lead_has_its_own_genre():
    m = meta("近日,中共中央辦公廳、國務(wù)院辦公廳印發(fā)了《關(guān)于推進(jìn)城市安全發(fā)展的意見》,并發(fā)出通知,要求各地區"
             "結(jié)合實際認(rèn)真貫徹落實。\n《關(guān)于推進(jìn)城市安全發(fā)展的意見》全文如下。\n隨著我國城市化進(jìn)程明顯加快,"
             "城市安全風險不斷增大。現(xiàn)就推進(jìn)城市安全發(fā)展提出如下意見。\n一、總體要求\n(一)指導(dǎo)思想。全面貫徹"
             "黨的十九大精神。\n")
    assert (m.genre, m.level) == ("notice", "national")


def test_a_national_office_sending_a_notice_makes_a_national_item():
    m = meta("国务院办公厅近日发出关于全面做好“五一”黄金周期间安全工作的通知。\n通知要求,各地区、各部门、各单位要高度重视"
             "“五一”黄金周期间的安全工作。\n通知要求,各地区要加强节日期间值班工作,确保信息畅通。\n")
    assert (m.genre, m.level) == ("news", "national")


# --- genre: how an untitled text reads

def test_a_page_in_a_news_column_is_news():
    m = meta("首页 > 部门信息公开 > 应急管理局 > 其他 > 工作动态\n按照区委、区政府安全生产工作部署,区安委办组织区教育局、"
             "区商务局、区卫生健康局及各街道统一时间、统一标准,开展第三季度九小场所全区统一专项整治行动,重点对电气、"
             "消防、燃气等方面进行检查。针对现场检查发现的隐患,要求场所负责人立行立改。\n")
    assert (m.genre, m.level) == ("news", "district")


def test_a_papers_continued_report_is_news_of_the_county_it_directs():
    m = meta("(上接第一版)进一步强化工作举措和责任落实,扎实做好今年安全生产各项工作。道路交通方面,县交警、城建和交通等部门"
             "要保持高压态势,加强源头防范。各乡镇要加强宣传,营造氛围,提高全社会交通安全意识。森林防火方面,要坚持以推进"
             "林长制为抓手,严防森林火灾发生。\n")
    assert (m.genre, m.level) == ("news", "district")


def test_an_untitled_account_of_work_done_is_news():
    m = meta("一是持续强化安全管理。注重强化安全生产日常管理,定期组织科室、社区和辖区企业召开安全生产会议,坚持街道、社区"
             "每周至少调度一次。二是大力开展隐患排查。对辖区企业、学校等场所开展常态化拉网式大排查。现辖区共有生产经营单位"
             "428家,已实现安全检查全覆盖。三是积极营造安全氛围。开展安全知识现场咨询、安全知识讲座等各类活动20余次。\n")
    assert (m.genre, m.level) == ("news", "street")


def test_a_zone_telling_of_itself_is_news_of_a_district_not_of_a_township():
    m = meta("近期,市城乡一体化示范区逐级压实工作责任,精准研判安全风险,扎实开展安全隐患排查整治。\n该区聚焦重点领域、盯紧"
             "重点隐患,主要领导分别带队深入商超、企业等重点场所。\n该区组织两镇及相关单位排查潜在安全隐患。\n王 卡\n")
    assert (m.genre, m.level) == ("news", "district")


def test_a_glossed_headline_of_a_development_zone_is_a_districts():
    m = meta("常州經(jīng)開區(qū)部署21個行業(yè)領(lǐng)域安全生產(chǎn)專項整治工作 |\n時間:2019-12-21 19:06:15 來源:武進新聞 |\n"
             "記者今天從經(jīng)開區(qū)獲悉,即日起經(jīng)開區(qū)將對危化品等21個行業(yè)領(lǐng)域開展安全生產(chǎn)專項整治行動。\n")
    assert (m.genre, m.level) == ("news", "district")


def test_a_plan_that_says_it_was_drawn_up_is_a_plan():
    m = meta("1、实施方案:镇“安全生产四大攻坚行动”实施方案镇“安全生产四大攻坚行动”实施方案为认真贯彻落实安全生产工作会议"
             "精神,决定自今年2月至10月底在全镇范围内开展“安全生产四大攻坚行动”,特制订本实施方案。一、总体要求以推动安全"
             "生产领域改革发展为主线,确保全镇安全生产形势持续稳定向好。二、主要任务(一)安全生产宣传教育攻坚行动\n")
    assert m.genre == "plan"


def test_a_plan_announced_in_its_first_sentence_under_numbered_headings_is_a_plan():
    m = meta("为有效防范化解危险化学品领域重大安全风险,根据国务院安委会办公室指导意见,省政府安委会将于2025年6月底前,在全省"
             "开展化工行业安全生产整治提升专项行动,现制定工作方案如下。\n01\n总体目标和要求\n(一)总体目标。坚持人民至上、"
             "生命至上,全面提升化工行业本质安全水平。\n(二)总体要求。力争通过2年努力,健全完善化工行业安全生产体系。\n")
    assert (m.genre, m.level) == ("plan", "province")


def test_a_cited_notice_does_not_make_a_communitys_plan_a_notice():
    m = meta("根據(jù)中共XXX委宣傳部等六部門聯(lián)合下發(fā)的《關(guān)于開展2011年安全生產(chǎn)月活動的通知》要求,結(jié)合我社區(qū)"
             "實際,特制訂2011年“安全生產(chǎn)月”活動方案。\n一、指導(dǎo)思想\n以科學(xué)發(fā)展觀為統(tǒng)領(lǐng)。\n"
             "二、重點工作及實施步驟\n2011年我社區(qū)創(chuàng)建工作分四階段實施。\n")
    assert (m.genre, m.level) == ("plan", "community")


def test_an_activity_plans_numbered_sections_make_it_a_plan():
    m = meta("- 约2.15万字\n- 约 35页\n- 举报\n社区安全生产月\n一、社区安全生产月\n1.1活动背景与目标\n1.1.1活动背景\n"
             "社区作为社会的基本单元,其安全生产状况直接关系到居民的生命财产安全。\n1.1.2活动目标\n"
             "社区安全生产月活动的核心目标是提升居民的安全生产意识和自救互救能力。\n")
    assert m.genre == "plan"


# --- level: the body that writes (convention 13)

def test_a_companys_committee_rules_are_the_companys_not_a_law():
    m = meta("安全生产委员会工作条例\n安全生产委员会工作制度范本\n\n安全生产委员会工作制度范本一、总则为了加强企业的安全生产"
             "管理工作,保障员工的生命财产安全,制定本工作制度。\n二、任务与职责1. 安全生产委员会的主要任务是协助企业领导层"
             "对安全生产工作进行组织、协调、指导和监督。\n2. 安全生产委员会应定期组织召开安全生产委员会会议。\n")
    assert (m.genre, m.level) == ("other", "enterprise")


def test_an_untitled_list_of_a_company_committees_duties_is_the_companys():
    m = meta("1.董事長或總經(jīng)理是安委會主要負責人,部門主要負責人和分管負責人應(yīng)為安委會成員。企業(yè)安委會辦公室"
             "宜設(shè)在安全生產(chǎn)管理部門。\n2.貫徹執(zhí)行國家安全生產(chǎn)法律、法規(guī)、方針政策。\n"
             "3.安委會主要負責人負責定期召開安委會工作會議。\n")
    assert m.level == "enterprise"


def test_a_sample_sites_community_heading_yields_to_the_town_that_writes():
    m = meta("社区消防安全工作计划\n\n时间:2022-08-06 11:26:13 社区 我要投稿\n\n社区消防安全工作计划1\n\n"
             "  为切实做好消防安全工作,保持全镇火灾形势稳定,镇政府决定在全镇范围内开展防火安全集中整治活动,特制订本方案。\n\n"
             "  一、指导思想和工作目标\n\n  进一步加大消防安全检查力度。\n\n  二、组织领导\n\n  镇政府成立领导小组。\n")
    assert (m.genre, m.level) == ("plan", "street")


def test_a_districts_plan_for_its_communities_is_the_districts():
    m = meta("社区消防安全工作计划\n\n社区消防安全工作计划(一)\n\n为进一步加强我区社区消防工作,切实提高社区群众预防火灾"
             "能力,结合我区实际消防工作,现特制定如下工作计划。\n\n一、指导思想\n\n有效预防和减少社区火灾事故的发生,为我区"
             "经济发展创造良好的消防安全环境。\n\n二、工作任务\n\n我区到年底基本实现社区消防工作与经济同步发展。\n")
    assert (m.genre, m.level) == ("plan", "district")


def test_a_villages_piece_under_a_township_heading_is_the_villages():
    m = meta("乡镇安全生产年终工作总结1\n在镇党委、镇政府的正确领导下,6月归王村组织开展了以“安全发展、预防为主”为主题的"
             "“安全生产月”活动,成效明显。\n一、领导重视,组织措施到位。\n在全村营造浓厚氛围,我村特成立由村主任为组长的"
             "领导小组。\n二、精心策划,丰富活动内容。\n结合本村的自身特点,确定了本村“安全生产月”活动方案,在本村企业集中"
             "位置悬挂横幅。\n")
    assert (m.genre, m.level) == ("report", "community")


def test_a_single_mention_of_the_province_does_not_lift_a_street_template():
    m = meta("街道安全生产治本攻坚三年行动实施方案\n为深入贯彻全省安全生产工作部署,制定本方案。\n一、主要任务\n"
             "(一)健全责任体系。\n(二)开展隐患排查。\n")
    assert m.level == "street"


def test_a_municipalitys_law_speaking_of_its_city_is_a_provinces():
    m = meta("天津市安全生产条例\n天津市人民代表大会常务委员会公告第20号\n《天津市安全生产条例》已于2016年11月18日通过,现予"
             "公布。\n天津市人民代表大会常务委员会\n第一条 为了加强安全生产工作,结合本市实际,制定本条例。\n"
             "第二条 本市行政区域内的生产经营单位适用本条例。\n第三条 安全生产工作坚持安全第一。\n")
    assert (m.genre, m.level) == ("law", "province")


def test_a_title_on_urban_gas_names_no_town():
    m = meta("大理市城镇燃气安全专项整治工作实施方案\n为加强城镇燃气安全风险隐患排查治理,制定本方案。\n一、工作目标\n"
             "全面排查整治城镇燃气风险隐患。\n二、主要任务\n(一)开展排查。\n")
    assert m.level == "district"


# --- from the second fresh batch (x170+)

def test_a_writers_name_alone_under_the_last_sentence_makes_an_account_news():
    m = meta("目前,已进入汛期,党工委召开专题会议研究部署,以街道防汛指挥部为主导,完善街道夏季防汛应急预案。同时街道要求辖区各"
             "单位准备防汛物资,并对防汛物资认真检查。\n陈萧\n")
    assert (m.genre, m.level) == ("news", "street")


def test_companies_checking_their_own_sites_is_news_of_enterprises():
    m = meta("9月28、29日,園區開發公司、城發公司分管領導帶領相關負責人開展國慶、中秋節前安全生產大檢查。\n本次檢查了開發公司"
             "市政、房建在建工程和城發公司自營項目。\n開發公司、城發公司一貫重視安全生產工作。\n撰稿:莊彪\n")
    assert (m.genre, m.level) == ("news", "enterprise")


def test_a_county_official_inspecting_a_zone_makes_a_county_item():
    m = meta("8月10日,县政协副主席陈庆祥等一行人来临沭经济开发区检查指导工作,开发区党工委书记等陪同检查。陈庆祥强调,"
             "经济开发区要进行拉网式、起底式复查。\n(临沭经济开发区 丁相匀)\n")
    assert m.level == "district"


def test_two_national_offices_issuing_a_notice_together_are_national():
    m = meta("兩部門聯合部署汛期山洪與地質災害防范應對工作\n2023年07月28日 10時03分 忻州日報\n\n記者日前從應急管理部獲悉,"
             "國家防總辦公室、國務院安委會辦公室近日聯合印發緊急通知,要求強化汛期山洪與地質災害風險隱患排查和防御。\n"
             "通知指出,各地要進一步壓緊壓實黨委政府主體責任。\n")
    assert (m.genre, m.level) == ("news", "national")


def test_a_policy_explanation_is_no_plan():
    m = meta("一、决策背景及依据\n为全面实施安全生产责任制,结合街道实际情况,制定了《某街道办事处安全生产责任清单》。\n"
             "二、制定意义及总体考量\n进一步压紧压实各方的安全生产责任。\n三、研判及起草历程\n街道安全生产领导小组负责起草。\n"
             "四、工作目标设定\n确保街道安全生产形势稳定。\n")
    assert (m.genre, m.level) == ("other", "street")


def test_a_zone_below_a_county_is_at_a_towns_level():
    m = meta("近日,县工业园区管委会组织召开安全生产“打非治违”专项行动二阶段工作推进会议,安排部署二阶段工作任务。\n"
             "会议要求,各相关单位、入园企业要进一步认识专项行动的重要意义。\n")
    assert m.level == "street"
    m = meta("先进制造业开发区召开安全生产工作会议\n\n5月18日下午,先进制造业开发区管委会召开全体会,传达了区主要领导关于近期"
             "安全生产工作的重要讲话精神,随后对安全生产大排查大整治活动进行了安排部署。\n")
    assert m.level == "street"


def test_a_districts_office_acting_after_a_crumb_and_a_headline_makes_a_district_item():
    m = meta("南通\n\n首頁>地方頻道>南通>要聞\n\n做好梅雨期強降雨防范應對\n\n海門區正式進入梅雨期,區防汛抗旱指揮部辦公室"
             "第一時間發布通知,要求各地各部門做好梅雨期強降雨防范應對工作。\n\n據氣象部門預測,今年梅雨量明顯偏多。\n")
    assert (m.genre, m.level) == ("news", "district")


# --- from the other helpers' fresh dev texts (y101+, y111+, y151+), which the rules above were not made from

def test_a_headline_line_whose_title_was_not_taken_makes_news():
    m = meta("某江县召开2021年第二季度安全生产工作 县安委会第三次全体会暨建党100周年安保信访维稳和禁毒 打击治理电信网络新型违法犯罪工作会\n近日,某江县召开2021年第二季度安全生产工作、县安委会第三次全体会暨建党100周年安保信访维稳和禁毒、打击治理电信网络新型违法犯罪工作会议。县委副书记、县长李。\n")
    assert m.genre == "news"


def test_a_dated_event_after_a_bracketed_credit_is_news():
    m = meta("(某州區外宣辦)6月16日,某州區召開2015年安委會第三次全體會議,安排部署當前安全生產工作。區委副書記、區長出席"
             "會議並講話。\n")
    assert (m.genre, m.level) == ("news", "district")


def test_a_reporters_word_makes_an_account_news():
    m = meta("今年6月份是全国第九个“安全生产月”。为认真做好相关活动,某凉市有关部门联合下发了《关于2010年全市“安全生产月”"
             "活动的安排意见》。\n据悉,2010年“安全生产月”活动于6月1日至6月30日在全市开展。\n")
    assert m.genre == "news"


def test_a_titled_county_item_is_the_countys_though_a_factory_is_named():
    m = meta("双峰县县长连发三份安全生产工作交办函\n来源:红网 作者:张继旺 2014-08-11 15:54:18\n红网双峰8月11日讯 (通讯员 张继旺)"
             "今日,双峰县县长向2个乡镇和1个县直部门下发了安全生产工作《县长交办函》,要求立即整改。交办函指出,某乡一家工厂"
             "厂内消防通道堵塞。\n")
    assert m.level == "district"


def test_the_actor_of_a_streets_item_is_not_a_community_it_visits_later():
    m = meta("本报讯 为进一步巩固加强辖区企业、群众的安全生产意识,近日,一马路街道成立检查小组,联合消防、公安等部门在辖区"
             "全面开展安全生产大排查工作。 本次排查街道采取“三进”模式。一是进企业。二是进社区,对陇海大院社区等进行排查。\n")
    assert m.level == "street"


def test_a_districts_office_acting_before_a_community_named_as_an_object():
    m = meta("为切实筑牢辖区安全屏障,扎实做好基层社区安全治理各项工作,近日,河西区安委会办公室组织各街道办事处召开社区安全"
             "防范工作推动会。\n会议传达了区委主要领导关于社区安全工作相关要求。\n")
    assert (m.genre, m.level) == ("news", "district")


def test_a_sample_sites_blurb_names_the_document_it_gives():
    m = meta("本站小编为你精心准备了市2020应急管理工作要点参考范文,愿这些范文能点燃您思维的火花。\n2020年是全面建成小康社会的"
             "收官之年。我市应急管理工作以深入学习贯彻关于安全生产重要论述为主线。\n一、强化安全生产责任落实\n")
    assert (m.genre, m.level) == ("work_points", "city")


# --- from the third fresh batch (x184+, x171+, x168+)

def test_an_offices_own_weekly_account_is_a_report():
    m = meta("为切实做好安全防范工作,严防群死群伤事故发生。本周,我办持续对辖区内劳动密集型企业、仓储物流等领域开展专项排查"
             "整治行动。\n本周,我办共出动人员34人,检查生产经营单位30余家,发现隐患50余处。\n下一步,我办将持续保持高度警觉。\n")
    assert m.genre == "report"


def test_a_districts_inspection_group_acting_makes_a_district_item():
    m = meta("4月11日至14日,区安全生产综合督查第一组深入相关单位(部门)、乡镇和企业,就第一季度安全生产工作进行了综合督查。\n"
             "督查组深入区住建局、苏甲乡、洒渔镇等地进行了督查。\n(通讯员 周勇)\n")
    assert (m.genre, m.level) == ("news", "district")


def test_a_news_items_level_is_its_openings_actor_before_how_the_page_names_itself():
    m = meta("9月18日,市安全生产专项监督检查组到我区开展安全生产综合督查工作,并召开检查反馈会。区党委委员、管委会副主任在会上"
             "作汇报和表态发言。\n会上,检查组听取了关于我区安全生产工作情况的汇报。\n")
    assert (m.genre, m.level) == ("news", "city")
    m = meta("9月22日,经济开发区召开安全生产工作会议,各企业、村(社区)负责人参加。会议要求,全区上下进一步统一思想。\n会上,"
             "开发区负责人结合省市县安全工作会议精神分析企业安全存在问题。会议要求在全区范围内开展隐患排查治理。\n")
    assert (m.genre, m.level) == ("news", "street")


def test_an_event_opening_makes_news_whatever_line_was_taken_for_its_title():
    m = meta("2月8日上午,某城区政府召开消防工作及火灾隐患情况汇报会,部署全区消防安全工作。区领导参加会议。\n区长指出,今年是"
             "关键之年,各级各部门要认真吸取经验教训。\n您需要登录后才可以评论, 登录| 注册\n争春时 赶订单2025-02-13\n"
             "某南网推出专题报道,以图、文、视频等形式,展现比赛直播:在补齐短板上下功夫\n")
    assert m.genre == "news"


def test_an_untitled_text_opened_by_its_addressees_is_a_notice():
    m = meta("朗读\n各县(市、区)人民政府,市政府直属各单位:\n为进一步抓好安全隐患排查治理,市政府决定2017年继续对事故隐患整改"
             "重点单位实行挂牌督办,同时就整改工作提出如下要求:\n一、加强领导,明确职责。各县(市、区)政府要落实责任。\n")
    assert (m.genre, m.level) == ("notice", "city")


def test_a_bureaus_year_told_by_the_whole_bureau_is_its_report():
    m = meta("2023年在区委、区政府的坚强领导下,全局上下认真贯彻落实安全生产各项决策部署,有力维护了全区安全生产态势持续平稳"
             "有序局面。全区未发生生产安全事故。\n一、健全责任体系。全年累计召开安委会会议4次,已完成专业委员会调整。\n")
    assert m.genre == "report"


def test_an_event_over_two_days_opens_an_account():
    m = meta("12月10日至11日,縣教體局、縣安監局、縣住建局、縣消防大隊組成全縣安全生產隱患“大排查快整治嚴執法”第五檢查組開展"
             "第一次集中行動,對城區住宿學校和郭倉鎮安全生產情況進行檢查。\n每到一處,檢查組首先聽取單位主要負責人的情況介紹。\n")
    assert m.genre == "news"


def test_a_traditional_regulation_whose_articles_run_together_is_a_law():
    m = meta("(2007年4月23日大連市人民政府令第88號公布自2007年6月1日起施行)\n第一條為了規範安全生產監察工作,根據《中華人民"
             "共和國安全生產法》以及相關法律、法規,結合本市實際,制定本規定。\n第二條在大連市行政區域內進行安全生產監察,適用"
             "本規定。\n第三條市及縣(市)、區安全生產監督管理部門,負責本行政區域內的安全生產監察工作。\n")
    assert m.genre == "law"


def test_a_notice_under_its_number_and_addressees_glued_together():
    m = meta("论文部分内容阅读\n海府[2007]62号各区人民政府,市政府直属各有关单位:为了切实落实《国务院关于进一步加强安全生产"
             "工作决定》,现明确各区政府及市政府有关部门安全生产工作行政责任人。望各级政府及有关部门行政负责人明确各自的职责"
             "范围。附:《海口市人民政府安全生产工作行政责任人》二○○七年八月八日\n")
    assert m.genre == "notice"


def test_a_company_issuing_a_notice_to_its_subsidiaries_is_news_of_an_enterprise():
    m = meta("精華制藥著力部署安全生產工作\n2021-12-23\n12月16日,精華制藥集團股份有限公司下發《關于做好2021年安全生產工作總結"
             "和考核工作的通知》,要求各分子公司根據文件精神,全面檢查單位安全生產責任制落實情況。\n")
    assert (m.genre, m.level) == ("news", "enterprise")


# --- from the fourth fresh batch (x188+, x178+, x174+)

def test_an_event_below_a_columns_name_and_a_headline_is_news():
    m = meta("聚焦媒体\nMEDIA FOCUS\n集团公司召开国庆期间暨四季度安全稳定工作会议\n9月27日,集团公司组织召开了国庆期间暨四季度"
             "安全稳定工作会议。\n会议还传达了省安委会办公室关于汲取事故教训、切实做好中秋国庆假期安全生产工作的通知精神。\n")
    assert (m.genre, m.level) == ("news", "enterprise")


def test_a_groups_meeting_is_the_groups_though_it_relays_a_provinces_meeting():
    m = meta("2018年1月29日,集團監事會主席、安委會副主任在集團二樓會議室召開了集團2018年第一季度安全工作會議。會議上,各公司"
             "就上月的安全情況做了匯報,並組織大家學習了《全國全省安全生產電視電話會議》精神。\n")
    assert m.level == "enterprise"
    m = meta("集團黨委副書記、總裁出席會議并對集團安全工作提出要求。集團副總裁作上半年安全工作總結,部署下半年安全工作。\n"
             "(供稿:蔣海屏)\n")
    assert (m.genre, m.level) == ("news", "enterprise")


def test_a_covering_notice_printing_its_plan_under_a_title_over_two_lines_gives_the_plan():
    m = meta("各村、社区,企事业单位,机关各部门:\n根据工作需要,现将修订后的《某市某区南夏墅街道突发事件总体应急预案》印发你们,请"
             "认真贯彻执行。\n某市某区南夏墅街道办事处\n此件公开发布 2022年1月30日\n某市某区南夏墅街道突发事件总体\n应 急 预 案\n"
             "1 总 则\n1.1 目的和依据\n1.2 适用范围\n2 组织体系\n2.1 领导机构\n")
    assert (m.genre, m.level) == ("plan", "street")


# --- from the fields helper's newest dev texts (y181+, measured before these changes)

def test_an_experience_paper_is_a_report():
    m = meta("街道消防安全专项整治优秀案例会经验材料\n今年以来,我街道坚持以问题为导向,扎实开展消防安全专项整治。\n"
             "一、压实责任。街道成立了专项整治工作专班。\n")
    assert m.genre == "report"


def test_an_event_at_an_hour_of_the_morning_opens_an_account():
    m = meta("闻汛而动,确保百姓生命财产安全\n  • 来源:\n  • 编辑:\n  • 发布时间:2022-08-02\n\n7月28日早上5点至8点,高城镇"
             "遭遇强降雨,镇政府紧急召开应对极端天气督办会。\n会议要求,全体包村干部立即联系包保村开展巡逻。\n")
    assert (m.genre, m.level) == ("news", "street")
