"""Genre and level as a reader finds them (tests/corpus/heldback/README.md conventions 12 and 13), for shapes met in the
x331+ dev texts of tests/corpus/heldback (a fresh random batch, measured before these changes) and in the dev half's
older misses. Heads built from those texts, names and numbers changed."""

import pytest

from tests.corpus.metareading import meta

# --- genre: a 公文's title is [机关]关于[事由]的[文种]; the 文种 it ends with names the genre


@pytest.mark.parametrize("title, genre", [
    # a site's label before the title names no genre (hb-s331-x: [总结范本]…实施方案 read as a report)
    ("[总结范本]全市创建消防安全社区活动实施方案", "plan"),
    ("【工作总结】某街道安全生产专项整治实施方案", "plan"),
    # 通告: a kind of 公文 like 通知 (hb-u214-y's was read as other)
    ("速看:关于在某区加强烟花爆竹安全管理的通告", "notice"),
    # a covering notice's title gives the document it sends, two joined 文种 the first
    ("某县安委会关于印发《某县2024年安全生产工作要点》的通知", "work_points"),
    ("某县应急管理局2024年工作总结和2025年工作计划", "report"),
    ("关于某市安全生产领域改革发展的实施办法", "notice"),
])
def test_the_kind_a_title_ends_with_names_the_genre(title, genre):
    m = meta(f"{title}\n为进一步加强安全生产工作,有效防范各类事故发生,现就有关工作安排如下。\n"
             "一、高度重视。各单位要加强组织领导。\n二、强化措施。各单位要全面排查隐患。\n")
    assert m.genre == genre


def test_a_letter_whose_text_opens_on_what_an_upper_body_issued_is_still_the_letter():
    # hb-u202-y: …的提醒函 (函, a kind of 公文) over 近日,省安委会…印发了…, read as news
    m = meta("关于做好安全生产和冬春火灾防控工作的提醒函\n各级民营经济主管部门、广大民营企业:\n近日,省安全生产委员会印发了"
             "《全省安全生产风险隐患排查整治专项行动方案》。为有效防范化解安全风险,请各企业全面开展隐患排查整治。\n"
             "某省民营经济发展局\n2024年12月3日\n")
    assert m.genre == "notice"


def test_a_headline_that_counts_the_documents_sent_is_news():
    m = meta("某县县长连发三份安全生产工作交办函\n近日,某县县长连续签发三份安全生产工作交办函,要求各乡镇、各部门立即开展隐患排查。\n"
             "交办函要求,各乡镇要于5月底前完成自查。\n")
    assert m.genre == "news"


def test_an_untitled_text_that_sets_out_its_opinions_is_a_notice():
    # hb-u342-x: a national 意见 without its title (…现就…提出如下意见), read as other, no level
    m = meta("安全生产是关系人民群众生命财产安全的大事。党中央、国务院历来高度重视安全生产工作。当前我国正处在工业化、"
             "城镇化持续推进过程中,安全生产基础薄弱等问题依然突出。为进一步加强安全生产工作,现就推进安全生产领域改革发展"
             "提出如下意见。\n一、总体要求\n(一)指导思想。坚持安全发展,大力提升我国安全生产整体水平。\n")
    assert (m.genre, m.level) == ("notice", "national")


def test_an_untitled_announcement_that_says_so_is_a_notice():
    m = meta("11月7日起,我市普降大雪。为保障群众出行安全,现就有关事项通告如下:\n一是各县区要立即组织清雪。\n"
             "二是各部门要密切配合。\n特此通告。\n")
    assert m.genre == "notice"


# --- level: the body whose doings an account reports, or the one it speaks as


def test_a_province_office_visiting_a_district_places_the_account_at_the_province():
    # hb-n345-x: 省安辦來我區開展…督查 (as hb-n184-x's city group visiting a zone), read as district
    m = meta("3月1日,省安办来我区开展全国“两会”期间安全生产专项督查并召开会议,我区汇报有关工作。副区长某某参加会议。\n"
             "会上,省安办督查组听取我区安全生产工作汇报,希望我区继续把全区安全稳定作为当前工作的重点。\n")
    assert (m.genre, m.level) == ("news", "province")


def test_a_province_named_as_context_does_not_place_an_account():
    m = meta("某县城管局持续推进燃气安全装置加装\n发布时间:2023-08-11\n为防范用气安全隐患,2023年,省委省政府、市委市政府把燃气"
             "安全装置加装工作列为重点民生实事。某县城市管理局作为牵头单位,今年以来,坚持人民至上、生命至上,扎实推进加装工作。\n")
    assert m.level == "district"


def test_an_unnamed_street_office_opening_an_account_places_it_at_the_street():
    # hb-n348-x: 8月11日下午,街道召开…督导专题会 (no name of the 街道), read as unknown
    m = meta("为贯彻省、市、区专项整治行动电视电话会议精神,落实上级指示要求。8月11日下午,街道召开专项整治行动督导专题会。"
             "会议由办事处副主任某某主持。会上,要求各村(社区)将排查整治范围作适当延展。\n")
    assert (m.genre, m.level) == ("news", "street")


def test_a_factory_heads_duties_are_an_enterprises():
    # hb-r350-x: 經理(廠長)對企業的安全生產全面負責 (Traditional), read as unknown
    m = meta("經理(廠長)對企業的安全生產全面負責。其內容有:\n(1)認真貫徹執行國家安全生產方針、政策、法律、法規,主持重要的安全生產"
             "工作會議。\n(2)負責落實各級安全生產責任制,督促檢查副經理抓好安全生產;\n")
    assert (m.genre, m.level) == ("other", "enterprise")


def test_an_account_opening_on_a_county_level_city_is_its():
    # hb-n161-y: 湖北应城: …  / 应城市组织… — 全市 is a county-level city's
    m = meta("湖北应城: 燃气安全整治“百日行动”取得阶段性实效\n中华建设网讯(通讯员 某某) 自8月底开展燃气安全百日整治行动以来,"
             "应城市组织宣传车队在全市城区、办事处、乡镇轮回播放宣传音频100余小时,全市共发放宣传单1300余份。\n")
    assert m.level == "district"


# --- untitled texts: their grammar says what they are (conventions 5 and 12)


def test_a_town_told_in_the_third_person_after_a_first_sentence_is_news():
    # hb-n264-x: 夏日炎炎,为有效预防溺水事故的发生…。大营镇扎实做好防溺水工作… (the town in the second sentence), read as other
    m = meta("夏日炎炎,为有效预防溺水事故的发生,增强中小学生预防溺水意识,保障人民群众的生命安全。某某镇扎实做好防溺水工作,"
             "坚决杜绝溺水事件的发生。\n一是强化领导,落实工作责任。召开专题会议研究防溺水工作,制定下发了实施方案。\n"
             "二是强化宣传。发放宣传资料3000余份。\n")
    assert (m.genre, m.level) == ("news", "street")


def test_a_town_telling_its_stance_over_a_half_year_is_its_report():
    # hb-s285-y: 2021年上半年,我镇高度重视突发事件应对工作…, read as other
    m = meta("2021年上半年,我镇高度重视突发事件应对工作,切实推进应急管理工作,认真贯彻落实上级各项指示要求,加强应急值守,"
             "保证信息畅通,最大程度地预防和减少各类突发事件及其造成的损失。\n")
    assert (m.genre, m.level) == ("report", "street")


def test_a_text_that_says_it_sets_this_plan_is_a_plan():
    # hb-r283-y: …切实做好我园的防汛抗灾工作,特制定此预案 (此, not 本), read as other
    m = meta("前言:想要写出一篇令人眼前一亮的文章吗?我们特意为您整理了5篇防汛应急预案范文。\n安全组长:\n"
             "夏季来临,暴雨增多,为确保幼儿在幼儿园期间的防汛安全,本着“预防为主,安全第一”的原则,切实做好我园的防汛抗灾工作,"
             "特制定此预案。\n一、组织机构\n组长:园长\n二、工作要求\n各班要做好防汛准备。\n")
    assert m.genre == "plan"


def test_a_plans_name_run_into_its_addressees_names_the_genre():
    # hb-s283-y: 年乡镇防汛度汛实施方案 2021 年乡镇防汛度汛实施方案 各村(居)委会、有关单位: …, read as a notice
    m = meta("年乡镇防汛度汛实施方案 2021 年乡镇防汛度汛实施方案 各村(居)委会、有关单位: 防汛工作事关人民群众生命财产安全。"
             "为切实抓好我镇防汛工作,现就有关事项通知如下:一、加强领导。二、落实责任。\n")
    assert m.genre == "plan"


# --- level: a kind of place a programme creates is no body; the county-level cities made since 2017


def test_a_kind_of_community_to_create_is_no_writer():
    # hb-s257-x: 2017年安全社区创建工作计划 whose piece says 我镇, 镇安办 — read as community
    m = meta("2017年安全社区创建工作计划(4)\n时间:2021-08-31\n四、工作步骤及时间安排\n(一)确定我镇安全社区建设促进项目内容,"
             "明确部门任务。\n1、由镇安办根据安全社区建设规划,组织我镇各部门收集资料。\n")
    assert m.level == "street"


def test_a_county_made_a_city_in_2019_writes_as_a_county():
    # hb-u338-x: 无为市应急管理局… (无为, county-level since 2019), read as a prefecture's
    m = meta("无为市应急管理局2024年工作总结和2025年工作计划\n2024年以来,市应急管理局紧紧围绕市委、市政府工作部署,"
             "坚决贯彻落实中央和省、芜湖、无为市委决策部署。截至目前,全市未发生生产安全亡人事故。\n")
    assert (m.genre, m.level) == ("report", "district")


def test_a_units_own_rules_for_its_staff_are_an_enterprises():
    # hb-r354-x (消防安全制度 …企业内部的各个部门, 企业所有员工) and hb-r359-x (a 茶楼's 制度: 員工, 本單位), read as unknown
    m = meta("消防安全制度\n1.1消防安全制度的目的与意义\n消防安全制度是企业安全管理的重要组成部分,旨在预防和减少火灾事故的发生。\n"
             "1.2消防安全制度的适用范围\n消防安全制度的适用范围涵盖了企业内部的各个部门、场所和人员,适用于企业所有员工。\n")
    assert (m.genre, m.level) == ("other", "enterprise")
    m = meta("消防安全制度內容\n一、員工入職需經崗前消防安全培訓,合格後才能上崗。員工必須了解本單位滅火器材的位置及性能。\n"
             "二、實行每日防火巡查、檢查制度,崗位員工對本部門每兩小時檢查一次。\n")
    assert (m.genre, m.level) == ("other", "enterprise")


def test_an_announcement_sent_out_below_is_a_notice():
    # hb-s302-x: 白沙镇向全镇居民朋友发出如下通告: (如下 before the kind), read as other
    m = meta("广大居民朋友:\n为有效防止清明节期间因上坟祭祀用火引发森林火灾,确保清明平安,某某镇向全镇居民朋友发出如下通告:\n"
             "一、倡议广大居民朋友以家庭追思、网上祭奠等安全文明的方式缅怀先人;\n二、严禁在林区野外用火。\n")
    assert m.genre == "notice"


def test_a_drafts_mark_is_no_kind():
    # hb-r306-x: 生物化工制度汇编修改征求意见版本 1 (its 意见 a draft's mark), read as a notice
    m = meta("某某化工制度汇编修改征求意见版本 1\n2018年《制度汇编》修改内容讨论稿\n为提高公司《制度汇编》的可行性和适应性,"
             "更好的强化和完善公司管理,请各位员工提出修改意见。\n")
    assert m.genre == "other"


@pytest.mark.parametrize("title, level", [
    ("某某哈尔市社区消防条例", "city"),        # hb-r304-x: 齐齐哈尔市社区消防条例 (本规定), read as community
    ("某某市社区消防安全工作方案", "city"),
])
def test_a_level_word_with_no_name_after_a_place_is_the_titles_subject(title, level):
    m = meta(f"{title}\n第一条 为了加强本市社区消防工作,预防和减少火灾危害,结合本市实际,制定本规定。\n"
             "第二条 本规定适用于各区、县(市)政府所在地镇的社区消防工作。\n")
    assert m.level == level


def test_a_generic_titles_writer_is_the_body_its_text_speaks_as():
    # README convention 13's example: 社区消防安全工作计划: …结合我区实际,现特制定如下工作计划 → district (was community);
    # hb-r252-x: 社區安全管理內容, a property company's (經我公司對**國際社區的現場考察…), was community too
    m = meta("社区消防安全工作计划\n为加强社区消防工作,结合我区实际,现特制定如下工作计划:\n一、指导思想\n二、工作目标\n")
    assert (m.genre, m.level) == ("plan", "district")


def test_a_document_printed_under_a_lead_is_at_its_issuers_level():
    # README convention 12's shape (…印发了《…》…全文如下): the page gives a province office's 意见 (level was unknown)
    m = meta("近日,某省政府办公厅印发了《关于推进城市安全发展的实施意见》,全文如下:\n为强化城市运行安全保障,现就推进城市安全发展"
             "提出如下意见。\n一、总体要求\n")
    assert (m.genre, m.level) == ("notice", "province")


# --- from the extract and units helpers' fresh dev texts (x301+, x311+, y221+), measured before these changes


def test_an_untitled_text_opened_by_its_addressees_is_a_notice_whatever_its_first_sentence_dates():
    # hb-u226-y: 各县(区)国土资源局,市局各分局:/据气象部门预报,7月1日至5日,… (read as news by the dates), signed and dated
    m = meta("各县(区)国土资源局,市局各分局:\n据气象部门预报,7月1日至5日,我市有连续降水,为了提前做好防御强降雨工作,请各单位做好"
             "以下防治工作:\n强降雨前,各单位要对辖区内各地灾隐患点进行查看。\n某某市国土资源局\n2016年6月30日\n")
    assert (m.genre, m.level) == ("notice", "city")


def test_a_town_with_a_second_name_in_brackets_tells_an_account():
    # hb-n313-x: 杨岐乡(垦殖场)于6月16日上午在南源街开展了… (read as a notice by the 通知 it cites)
    m = meta("今年6月是第20个全国“安全生产月”,某岐乡(垦殖场)于6月16日上午在南源街开展了安全生产宣传咨询日活动。此次活动共展出"
             "板报2块,发放宣传资料300余份。\n活动依据《关于开展2021年“安全生产月”活动的通知》安排开展。\n")
    assert (m.genre, m.level) == ("news", "street")


@pytest.mark.parametrize("title", [
    "庐江县某河镇:制定“安全生产月”活动方案",          # hb-n311-x (Traditional there), read as a plan
    "某县出台安委会工作规则",
])
def test_a_headline_that_a_body_drew_up_a_document_is_news(title):
    m = meta(f"{title}\n为扎实开展安全生产月活动,某河镇结合实际制定了活动方案,明确了活动主题和工作要求。\n")
    assert m.genre == "news"


def test_the_body_that_decided_a_notice_gives_its_level():
    # hb-u231-y: 关于加强元旦节前后城市管理工作的通告 / 经市城市管理委员会研究决定,… (level unknown)
    m = meta("关于加强元旦节前后城市管理工作的通告\n为营造良好的节日气氛,经市城市管理委员会研究决定,12月24日至1月3日期间,进一步加强"
             "城市管理工作,现将有关事项通告如下:\n一、严格管理城市。\n")
    assert (m.genre, m.level) == ("notice", "city")


def test_a_law_that_names_no_place_is_national():
    # hb-r311-x: 电力企业各级领导人员安全生产职责规定 (…特制订本规定; for every power enterprise), level unknown
    m = meta("电力企业各级领导人员安全生产职责规定\n第一章总则\n第一条安全生产是电力企业的一项综合性工作。为规范各级领导人员的安全职责,"
             "特制订本规定。\n第二条各级行政正职是本单位的安全第一责任人。\n")
    assert (m.genre, m.level) == ("law", "national")


def test_a_county_level_city_listed_among_a_prefectures_counties_is_not_the_writer():
    # hb-n316-x: 我市召开…。5月30日,鹿邑县率先召开…。5月31日,项城市、郸城县… (周口's; read as district)
    m = meta("今年六月,是全国第18个“安全生产月”。5月28日,我市召开“安全生产月”活动动员视频会,安排部署一系列活动。\n"
             "5月30日,鹿邑县率先召开“安全生产月”活动工作部署会议。5月31日,项城市、郸城县、商水县同时召开动员会议。随后,全市各县"
             "市区纷纷行动。\n")
    assert m.level == "city"


# --- shapes of news headlines and of a mine's rules (probes of the genre's grammar; no dev text holds them yet)


def test_a_headline_that_a_body_issued_a_document_is_news_though_its_quoted_name_is_taken_as_title():
    m = meta("东湖区印发《2024年安全生产工作要点》\n近日,东湖区安委会印发《2024年安全生产工作要点》,对全年安全生产工作作出部署。"
             "要点明确了五个方面20项重点任务。\n")
    assert m.genre == "news"


def test_a_headline_labelled_with_its_body_and_a_colon_is_news():
    m = meta("东湖区:多措并举抓好汛期安全生产\n入汛以来,东湖区多措并举抓好汛期安全生产工作。一是压实责任。二是强化排查。\n")
    assert (m.genre, m.level) == ("news", "district")


def test_a_mines_rules_are_an_enterprises():
    m = meta("某某煤矿安全生产责任制\n第一条 矿长是本矿安全生产第一责任人。\n第二条 各科室负责人对本科室安全生产负责。\n")
    assert (m.genre, m.level) == ("other", "enterprise")


# --- from the units and speed helpers' fresh dev texts (y241+, y251+), measured by them before these changes


def test_a_headline_that_a_body_sent_a_notice_is_news_unless_the_notice_follows_with_its_addressees():
    # hb-n236-y: 橙色预警!晋安下达通知:严禁!严禁! (a content farm's item), read as a notice
    m = meta("橙色预警!某安下达通知:严禁!严禁!\n创始人\n2025-05-11 01:37:48\n\n橙色预警!某安下达重要通知,语气坚决地强调严禁!"
             "严禁!这或许是针对某一紧急且需严格管控的事项发出的指令。\n")
    assert m.genre == "news"
    # hb-u166-x: the notice printed under such a headline, its title and addressees below, stays the notice
    m = meta("某门市防办发出紧急通知:本周末,我市又有强降雨!务必做好这些工作…\n关于做好当前\n防汛排涝救灾工作的紧急通知\n"
             "各县(市、区)防汛抗旱指挥部,各防指成员单位:\n据气象部门预报,本周末我市将有强降雨,现将有关事项通知如下:\n")
    assert m.genre == "notice"


def test_a_red_head_before_its_number_and_addressees_opens_a_notice():
    # hb-u239-y: 重庆市人民政府办公厅文件渝办发[2012]164号各区县(自治县)人民政府,…:去冬今春,… (one line), read as other
    m = meta("论文部分内容阅读\n某某市人民政府办公厅文件某办发[2012]164号各区县(自治县)人民政府,市政府各部门,有关单位:去冬今春,我市降雨"
             "普遍较常年偏少,局部地区出现了旱情。为做好防汛抗旱工作,经市政府同意,各区县要立即行动。\n")
    assert m.genre == "notice"


def test_an_inspection_table_is_a_checklist():
    # hb-r251-y: …生产经营单位安全检查项目表 | 项目 | 检查内容 | …, read as other
    m = meta("被检查单位名称:________\n检查时间: 年 月 日\n生产经营单位安全检查项目表\n| 项目 | 检查内容 | 检查标准 | 检查结果 |\n"
             "| 安全管理 | 安全管理机构和配备 | 按规定设置 | |\n")
    assert m.genre == "checklist"


def test_a_duty_breakdown_sent_by_a_covering_notice_is_the_notice():
    # hb-u252-y: …关于印发运城市…“十三五”规划责任分解的通知 / 现将《…规划》责任分解印发给你们 — read as the 规划 (plan)
    m = meta("某城市人民政府办公厅关于印发某城市突发事件应急体系建设“十三五”规划责任分解的通知\n各县(市、区)人民政府,市直各有关单位:\n"
             "经市人民政府同意,现将《某城市突发事件应急体系建设“十三五”规划》责任分解印发给你们,请认真组织实施。\n"
             "某城市人民政府办公厅\n2017年4月13日\n某城市突发事件应急体系建设“十三五”规划责任分解\n1.完善应急预案体系。\n")
    assert m.genre == "notice"


def test_a_prefectures_list_reposted_by_a_county_level_citys_site_is_the_prefectures():
    # hb-u255-y: 开原市人民政府 (the site's header) / 铁岭市2023年度消防工作任务清单 — read as district by 4843cee's rule
    m = meta("开原市人民政府 The People's Government of Kaiyuan Municipality\n政府信息公开\n铁岭市2023年度消防工作任务清单\n"
             "来源:开原市林丰乡人民政府 时间:2023-11-28\n一、消防工作常态化任务\n1.各级政府及时传达消防工作有关精神。\n")
    assert (m.genre, m.level) == ("checklist", "city")


def test_a_conjunction_is_no_part_of_a_towns_name():
    # hb-n241-y: 全市城镇燃气安全专委会暨城镇燃气… (专委会暨城镇 read as a town named 暨城镇), read as street
    m = meta("全市城镇燃气安全专委会暨城镇燃气安全排查整治工作推进会召开\n\n日期:2022-10-24 15:39:42\n\n来源:某视新声\n\n作者:\n\n"
             "浏览数:0\n\n  10月21日,全市城镇燃气安全专委会暨城镇燃气安全排查整治工作推进会召开。副市长某某出席并讲话。\n")
    assert m.level == "city"


# --- from the extract, units and fields helpers' newest fresh dev texts (x321+, y291+), measured before these changes


def test_an_open_letter_is_other():
    # hb-s323-x: 致全镇出租屋业主、房东、租客的一封信 (a town committee's letter citing a fire of 2016年8月14日), read as news
    m = meta("致全镇出租屋业主、房东、租客的一封信\n各位出租屋业主、房东、租客: 消防安全关乎每个家庭的幸福和安宁。2016年8月14日,我市"
             "某朗镇一出租屋发生火灾,造成9人死亡。为此,请大家做到以下几点。 某某市某排镇消防安全委员会 2022年2月24日\n")
    assert (m.genre, m.level) == ("other", "street")


def test_a_notice_that_says_what_it_informs_of_below_is_a_notice():
    # hb-s324-x: …公开征求公众意见…有关事宜告知如下: (untitled, signed by a 街道办事处), read as other
    m = meta("为逐步改善居民小区消防安全硬件环境,拟在某庙街道5个电动自行车集中充电场所加装消防设施。现将《某庙街道电动自行车集中充电"
             "场所消防设施加装项目(草案)》公开征求公众意见,有关事宜告知如下:\n一、征求意见时间\n某庙街道办事处\n2024年5月6日\n")
    assert m.genre == "notice"


def test_a_headline_that_tells_what_an_office_does_is_news():
    # hb-n326-x: 南宫市应急管理局持续对化工企业进行安全检查 (进行), read as other
    m = meta("某宫市应急管理局持续对化工企业进行安全检查\n体裁分类:工作部署 发布时间: 2021-04-16 发布机构:应急管理局\n"
             "为巩固落实化工行业安全生产整治要求,近日某宫市应急管理局检查人员到相关化工企业进行安全检查“回头看”。\n")
    assert m.genre == "news"


def test_an_account_opening_on_a_day_without_a_comma_is_news():
    # hb-n291-y: …主题“人人讲安全,个个会应急”。近日西林街道总工会联合街道安委办…开展… (近日 run into its subject), read as other
    m = meta("2023年6月是第22个“安全生产月”, 围绕今年主题“人人讲安全,个个会应急”。近日某林街道总工会联合街道安委办在某林家园"
             "活动广场开展2023年“安全生产月”宣传咨询日活动,旨在动员辖区公众积极参与安全生产工作。\n")
    assert (m.genre, m.level) == ("news", "street")


def test_a_workshops_rules_are_an_enterprises():
    # hb-r295-y: 工作车间管理制度 (a clean-room workshop's, Traditional) and hb-r293-y (a factory's 制度), level unknown
    m = meta("工作车间管理制度\n1.进入车间必须穿戴工作服。\n2.车间内严禁吸烟。\n3.每天下班后对车间进行清洁消毒。\n")
    assert (m.genre, m.level) == ("other", "enterprise")


def test_an_office_of_no_named_place_telling_its_year_is_its_report():
    # hb-u299-y: 2024年,区应急管理局坚持…,全力筑牢罗湖区安全防线。今年以来,辖区共发生… (untitled), read as other
    m = meta("2024年,区应急管理局坚持以习近平新时代中国特色社会主义思想为指导,围绕区委、区政府中心工作,全力筑牢某湖区安全防线。"
             "今年以来,辖区共发生生产安全事故6起,未发生较大以上事故。\n")
    assert (m.genre, m.level) == ("report", "district")


def test_a_news_items_level_is_not_its_posters():
    # hb-n323-x: an info table (发布机构:管家务回族乡人民政府) over 我县召开安全生产工作会议, read as street
    m = meta("政府信息公开\n索 引 号:328-333/2023-01-20/24547主题分类:政务信息发布机构:某家务回族乡人民政府\n"
             "发文日期:2023-01-20文  号:有 效 期:  有效\n名  称:我县召开安全生产工作会议\n我县召开安全生产工作会议\n"
             "发布机构:某家务回族乡人民政府 发布日期:2023-01-20\n1月19日,我县召开安全生产工作会议,县委书记某某出席并讲话。\n")
    assert (m.genre, m.level) == ("news", "district")


def test_of_a_titles_level_words_alone_the_highest_writes():
    # hb-s281-y: 村镇防洪工作预案 (成立村镇防洪指挥部; no body named), read as community — the 镇 directs its 村
    m = meta("村镇防洪工作预案\n一、背景和目标\n洪水是一种常见的自然灾害,对村镇社区来说是一个严重的威胁。为了保护居民的生命和财产安全,"
             "制定村镇防洪工作预案是非常必要的。\n二、组织机构\n成立村镇防洪指挥部。\n")
    assert (m.genre, m.level) == ("plan", "street")


def test_towns_a_prefectures_item_names_are_the_named_countys():
    # hb-n196-x: 州政府督导组检查香格里拉县安全生产工作 / …各乡镇… (the county's towns), read as district
    m = meta("州政府督导组检查香格里拉县安全生产工作\n来源:香格里拉网 发布时间:2012-03-30 09:36:58\n日前,由州政府副秘书长某某、州安监局"
             "相关负责人组成的安全生产督导组到香格里拉县检查安全生产工作。督导组要求,各乡镇要加强隐患排查。\n")
    assert (m.genre, m.level) == ("news", "city")


def test_a_headline_of_an_officials_demands_is_news():
    # hb-n328-x: 王小洪副市长对消防安全工作提出要求 / 一是各部门要…二是… (要求 voiced, not a document's), read as other
    m = meta("/\n某小洪副市长对消防安全工作提出要求\n一是各部门要各负其责,加强协调,广泛宣传消防安全知识;二是进一步落实消防安全责任制;"
             "三是政府牵头,职能部门密切配合,实现火灾隐患排查整治常态化。\n")
    assert m.genre == "news"


def test_a_sample_sites_blurb_names_the_sample():
    # hb-u306-y: 下面是小编为大家整理的区管委会和区安全生产委员会安全生产活动方案,供大家参考。/ 一、XXX年全区安全生产工作的回顾
    m = meta("下面是小编为大家整理的区管委会和区安全生产委员会安全生产活动方案,供大家参考。\n一、XXX年全区安全生产工作的回顾\n"
             "XXX年是我区新一轮开发建设的关键一年。我们牢牢把握招商引资这一中心,许多指标超额完成了全年目标任务。\n")
    assert (m.genre, m.level) == ("plan", "district")


def test_a_forwarding_notice_whose_document_is_not_on_the_page_is_a_notice():
    # README convention 12 (one whose document is not on the page is notice): 转发 as 印发 — was read as the 方案 it sends
    m = meta("关于转发《某省安全生产专项整治三年行动实施方案》的通知\n各乡镇人民政府,县直各部门:\n现将《某省安全生产专项整治三年行动"
             "实施方案》转发给你们,请结合实际认真贯彻执行。\n某县人民政府办公室\n2020年5月6日\n")
    assert (m.genre, m.level) == ("notice", "district")
    # …and the 方案 printed below it (its name a line of the page) is the plan
    m = meta("上海市某安区人民政府办公室关于转发区公安消防支队《某安区消防“十三五”规划》的通知\n区政府各委、办、局,各街道办事处:\n"
             "区公安消防支队《某安区消防“十三五”规划》已经区政府审核通过,现转发给你们,请认真按照执行。\n某安区消防“十三五”规划\n"
             "为推进某安区消防工作与经济社会协调发展,特制定本规划。\n一、消防工作现状分析\n")
    assert m.genre == "plan"


@pytest.mark.parametrize("text", [
    "6月5日,东湖县委书记张某到青山镇检查安全生产工作,要求各乡镇要压实责任。\n",
    "东湖县委书记张某到青山镇检查安全生产工作\n6月5日,县委书记张某到青山镇检查安全生产工作。\n",
])
def test_a_county_leader_visiting_a_town_is_the_countys_doing(text):
    # README convention 13 (the body whose doings it reports; as hb-n21-x's 区安委办 visiting a town): read as street
    m = meta(text)
    assert (m.genre, m.level) == ("news", "district")
