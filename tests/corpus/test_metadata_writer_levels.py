"""The level of the body that writes an unsigned page (README convention 13), read off the organs it names as its
own and the places it names as actors. Shapes of dev texts (hb-u601-y: a county's 预案 page)."""

from tests.corpus.metareading import meta


def test_a_plan_that_names_its_county_flood_office_is_the_countys():
    """hb-u601-y: 县防指 throughout; 乡镇防指按乡级预案 names towns in general, no town that acts."""
    m = meta("防汛抗旱应急预案合集11篇(第6/9页)\n(7)县防指有关成员单位每日14时向县防指报告工作动态;\n"
             "(8)洪涝台旱灾害影响地区的乡镇防指按乡级预案要求做好相应的工作,乡镇防指副指挥在岗指挥。\n"
             "(1)县防指副指挥长组织县应急、气象、林水等部门会商。\n")
    assert m.level == "district"


def test_towns_in_general_name_no_town():
    """…with no organ of its own named twice: 乡镇防指按乡级预案 is no town's doing (it was read as street)."""
    m = meta("防汛抗旱应急预案\n洪涝灾害影响地区的乡镇防指按乡级预案要求做好相应的工作,每日14时报告工作动态。\n")
    assert m.level == "unknown"


def test_a_sample_plan_is_the_body_whose_leader_heads_its_group():
    """hb-s168-x: a site's heading 乡镇安全生产计划 over a village's plan, its group headed by the 村支书."""
    m = meta("2024年乡镇安全生产计划\n一、指导思想\n深入贯彻落实镇经济工作会议精神,努力推进全村安全生产监管工作的均衡发展。\n"
             "二、工作计划\n(一)建立安全生产领导小组。\n成立以村支书为一把手,村主任为二把手的领导小组,明确一名干部负责安全生产工作。\n")
    assert m.level == "community"


def test_a_district_plan_that_names_the_city_more_often_is_the_districts():
    """hb-u410-x: 与全市同步…在全区开展, and its 领导小组 headed by the 副区长 (全市 twice was read as a city's)."""
    m = meta("开展安全生产活动方案\n为了认真贯彻落实《市安全生产委员会办公室关于在全市开展“安全生产月”活动的通知》部署,"
             "区安委会决定6月1日至6月30日与全市同步,在全区开展“全国安全生产月”活动。现制定本实施方案。\n"
             "一、组织领导\n经研究成立由区政府副区长郭利利任组长的活动领导小组,成员由区安委会成员单位负责人组成。\n")
    assert m.level == "district"


def test_the_towns_leaders_in_general_head_no_group_of_the_writer():
    """hb-u91-y: a city's tasks, each town to set up a group 由乡镇、街道分管领导任组长 — the towns', not the writer's."""
    m = meta("消防工作任务分工\n全市各地要抓紧建立农村、社区消防工作站,各地要以乡镇、街道为单位,建立由乡镇、街道分管领导任组长,"
             "公安派出所分管领导任副组长的消防工作站。全市要在年底前完成。\n")
    assert m.level == "city"


def test_the_quan_of_anquan_names_no_area():
    """hb-u283-y: a city's targets, 全市 once; 交通安全乡镇建设 is no 全乡 (it was read as a town's)."""
    m = meta("(一)道路交通安全工作机制健全。2006年底,全市国、省道和事故多发的县乡道路普遍建立交通安全联席会议制度。\n"
             "(二)交通安全宣传工作扎实深入。交通安全村和交通安全乡镇建设的覆盖率达到100%。\n")
    assert m.level == "city"


def test_a_street_office_speaks_of_itself_as_wo_ban():
    """hb-s171-x: a 办事处's weekly account, 我办 throughout."""
    m = meta("为切实做好安全防范工作,严防群死群伤事故发生。本周,我办持续对辖区内劳动密集型企业开展专项排查整治行动。\n"
             "本周,我办共出动人员34人,检查生产经营单位30余家,发现隐患50余处。\n"
             "下一步,我办将持续保持高度警觉,严防安全生产事故的发生。\n")
    assert m.level == "street"


def test_a_meeting_whose_spirit_is_relayed_is_the_upper_bodys():
    """hb-s172-x: 我办组织区住建委… and 认真贯彻落实7月1日全区安全生产大会会议精神 — the district's meeting, the
    office's own doings (全区 was read as the writer's area)."""
    m = meta("为了深刻吸取火灾事故教训,7月7日下午,我办组织区住建委、区消防支队对商务区集中临设生活区开展了安全生产联合大检查"
             "行动。要求各项目认真贯彻落实7月1日全区安全生产大会会议精神,确保商务区开发建设有序平稳进行。\n")
    assert m.level == "street"


def test_a_street_named_with_he_acts_in_a_news_item():
    """hb-n308-x: 中和街道会同县住房城乡建委…召开 — 中和 is a name (和 was read as joining two names)."""
    m = meta("多部门联合召开高层建筑消防安全工作推进会\n"
             "为确保人民群众生命财产安全,筑牢消防安全底线,8月7日下午,中和街道会同县住房城乡建委、县消防应急救援大队召开高层建筑"
             "消防安全工作推进会。\n会议要求各部门、各小区要切实增强对消防整治工作重要性的认识。\n")
    assert (m.genre, m.level) == ("news", "street")


def test_two_names_joined_by_he_are_no_street():
    """…while a 和 after a word of two characters joins two names: 企业和街道 is no street's name."""
    m = meta("安全生产大检查\n为确保节日安全,9月3日,区应急管理局组织辖区企业和街道开展安全生产大检查。\n"
             "检查组先后来到多家企业,实地查看消防设施配备情况。\n")
    assert (m.genre, m.level) == ("news", "district")


def test_a_county_head_who_leads_a_check_is_the_countys_doing():
    """hb-n605-y: 南县县委副书记、县长钟剑波带队开展…大检查 — the county's leader acts."""
    m = meta("检查现场。\n9月13日,南县县委副书记、县长钟剑波带队开展第三季度暨国庆节前安全生产大检查。\n"
             "钟剑波一行先后来到海大饲料、赤沙影城等生产经营单位,实地查看各地消防设施配备使用情况。\n")
    assert m.level == "district"


def test_where_a_villager_lives_is_no_actor():
    """hb-n295-y: a county's campaign told through 涔天河镇双石桥村村民罗雪林's words; 该县…全县… (the town where he
    lives was read as the actor)."""
    m = meta("“你们的工作为我们消除了安全隐患,感谢你们!”日前,江华瑶族自治县涔天河镇双石桥村村民罗雪林向工作队竖起了大拇指。"
             "这是该县在全县范围内开展自建房安全专项整治的一个缩影。\n"
             "5月份以来,该县以村(社区)和街道为基本单元,对自建房逐栋排查。全县组建工作专班,派驻16个乡镇开展现场督导。\n")
    assert m.level == "district"


def test_a_coal_companys_scoring_rules_are_the_companys():
    """hb-r602-y: 煤业绩效工资安全管理部分考核办法及细则 — a coal company's (XX煤业) own 办法 for its 部门, no law of the
    nation (it was read as a law naming no place: national)."""
    m = meta("煤业绩效工资安全管理部分考核办法及细则\n序号 项目 分值 检查标准及评分办法 扣分原因 实得分\n"
             "一 事故预防 事故控制 25分 1、发生一起重伤以上事故,安全管理考核分清零; 2、部门发生一起轻伤事故,扣5分。\n")
    assert (m.level, m.genre) == ("enterprise", "other")


def test_a_bare_city_under_a_county_level_citys_dateline_is_that_city():
    """hb-n903-y: 邓州网讯 …近日,市城市管理局开展…宣传咨询日活动 — 邓州 is a county-level city (the bare 市 was read
    as a prefecture's)."""
    m = meta("邓州网讯 今年6月是第23个全国“安全生产月”,为切实提高人民群众对安全生产工作的知晓率,近日,市城市管理局开展"
             "2024年“安全生产月”宣传咨询日活动。\n活动现场,市城管局通过设置咨询台、宣传板等方式,向过往群众广泛普及安全常识。\n")
    assert (m.genre, m.level) == ("news", "district")


def test_a_bare_city_under_a_prefectures_dateline_is_a_city():
    m = meta("南阳网讯 今年6月是第23个全国“安全生产月”,为切实提高人民群众对安全生产工作的知晓率,近日,市城市管理局开展"
             "2024年“安全生产月”宣传咨询日活动。\n活动现场,市城管局通过设置咨询台、宣传板等方式,向过往群众广泛普及安全常识。\n")
    assert (m.genre, m.level) == ("news", "city")


def test_the_body_that_decides_the_campaign_writes_the_plan():
    """hb-s903-y: X镇决定于2024年6月开展…安全生产月活动 — the town decides; 我国 once is the context (it was read as
    the nation's)."""
    m = meta("随着我国经济社会的快速发展,安全生产的重要性日益凸显。为深入贯彻国家关于安全生产工作的决策部署,积极响应全国"
             "“安全生产月”活动号召,X镇决定于2024年6月开展以“人人讲安全、个个会应急”为主题的安全生产月活动。\n"
             "二、活动主题\n“人人讲安全、个个会应急”\n")
    assert m.level == "street"


def test_rules_whose_scope_is_the_nation_are_national_under_a_company_title():
    """hb-r424-x: a sample site's 企业安全消防管理制度 whose text is the national 消防安全管理规定 (本规定适用于中华人民共和国
    境内的机关、团体、企业、事业单位) — the body it speaks as is the nation's (it was read as a unit's 制度)."""
    m = meta("企业安全消防管理制度\n第一章 总则\n第一条 为了加强和规范机关、团体、企业、事业单位的消防安全管理,预防火灾和减少火灾危害,"
             "根据《中华人民共和国消防法》,制定本规定。\n第二条 本规定适用于中华人民共和国境内的机关、团体、企业、事业单位自身的"
             "消防安全管理。\n第三条 单位应当遵守消防法律、法规、规章,履行消防安全职责。\n第四条 法人单位的法定代表人是单位的"
             "消防安全责任人,对本单位的消防安全工作全面负责。\n")
    assert (m.genre, m.level) == ("other", "national")


def test_a_bare_city_body_on_a_municipalitys_page_is_a_province():
    """hb-u702-y: 市应急局2023年工作情况报告 on 重庆人大网 — 重庆's 市 is a province-level municipality (README convention
    4; the bare 市 was read as a prefecture's)."""
    m = meta("市应急局2023年工作情况报告 - 重庆人大网\n市应急局2023年工作情况报告\n日期:2024年07月26日 来源: 重庆人大\n"
             "2023年,在市委、市政府的坚强领导下,市应急管理局坚持以习近平新时代中国特色社会主义思想为指导,认真落实市委工作要求。\n"
             "一、主要成效\n(一)安全生产形势稳中向好。全年发生生产安全亡人事故521起,同比下降6.6%。\n")
    assert (m.issuer, m.level) == ("市应急局", "province")


def test_a_bare_city_body_elsewhere_is_a_city():
    m = meta("市应急局2023年工作情况报告 - 宜昌人大网\n市应急局2023年工作情况报告\n日期:2024年07月26日 来源: 宜昌人大\n"
             "2023年,在市委、市政府的坚强领导下,市应急管理局坚持以习近平新时代中国特色社会主义思想为指导,认真落实市委工作要求。\n"
             "一、主要成效\n(一)安全生产形势稳中向好。全年发生生产安全亡人事故21起,同比下降6.6%。\n")
    assert (m.issuer, m.level) == ("市应急局", "city")


def test_a_sample_plan_under_a_village_heading_that_names_its_towns_organs_is_the_towns():
    """hb-s305-y: 村级森林防火方案 heads a town's plan — 特制定镇火场应急通信保障方案, 镇森林防火指挥部办公室…, 镇防火指挥部
    与各村扑火队伍… (the heading's 村 was read as the writer)."""
    m = meta("村级森林防火方案\n村级森林防火方案1\n为了确保火场通信畅通,根据《市森林火灾应急预案》,特制定镇火场应急通信保障方案:\n"
             "一、组织机构\n镇森林防火指挥部办公室组织有关人员组成通信保障组,具体负责火场应急通信保障工作。\n"
             "二、扑火指挥通信联络规定\n火场没有设立扑火前指时,镇防火指挥部以扑火指挥通信联络为主,各村扑火队配合。\n")
    assert m.level == "street"


def test_a_province_that_relays_the_state_councils_notice_is_the_provinces():
    """hb-u605-y: 近日,国务院下发了《…紧急通知》…与全国相比,我省安全生产形势更加严峻…省政府要求各地、各部门… — the
    province speaks as itself (the 国务院 opening was read as the nation's own act)."""
    m = meta("近日,国务院下发了《关于加强安全生产有关问题的紧急通知》,12月1日又专门召开了全国安全生产电视电话会议。"
             "与全国相比,我省安全生产形势更加严峻,伤亡事故比去年同期上升。为了认真贯彻落实《紧急通知》,稳定我省安全生产形势,"
             "省政府要求各地、各部门认真做好以下工作:一、高度重视,加强领导。\n")
    assert m.level == "province"


def test_a_meeting_that_relays_its_groups_notice_is_a_companys():
    """hb-n602-y: 会议首先传达了特房集团下达的关于夏季安全生产工作…的通知 — a company of the group meets."""
    m = meta("会议首先传达了特房集团下达的关于夏季安全生产工作、“两会”期间安全生产和疫情防控工作的通知,并就“安全生产月”"
             "活动的开展内容进行工作部署。会议强调,要加强安全生产宣传教育,组织开展安全演练。\n")
    assert m.level == "enterprise"


def test_a_zone_named_with_its_street_is_the_streets():
    """hb-n50-x: 空港经开区(硕放街道)召开安全生产和消防安全工作会议 — the zone is one body with the 街道 it names (the
    zone's 区 was read as a district)."""
    m = meta("空港经开区(硕放街道)召开安全生产和消防安全工作会议\n"
             "为进一步分析研判当前安全生产形势,扎实推进街道第四季度安全生产工作,11月4日下午,空港经开区(硕放街道)召开安全生产和"
             "消防安全工作会议。\n会议通报了街道近期安全生产和消防安全工作开展情况,部署了下阶段重点工作。\n")
    assert (m.genre, m.level) == ("news", "street")


def test_work_done_village_by_village_is_a_towns():
    """hb-n297-y: (一)突出重点,全面摸清底数。以村(社区)为单位,组织两委成员、网格员… — the work's unit is the village, its
    writer one level above (README convention 13)."""
    m = meta("(一)突出重点,全面摸清底数。以村(社区)为单位,组织两委成员、网格员深入一线,详细了解自建房情况,并登记在册。\n"
             "(二)落实整改,及时消除隐患。坚持分类施策,督促加快完成加固维修。今年以来,共消除安全隐患200余处。\n")
    assert m.level == "street"


def test_the_tiers_a_text_sets_to_work_open_with_its_own():
    """hb-u506-y: …人防工程防汛工作事关人民群众生命财产安全,市县两级人防部门必须… — the city's notice."""
    m = meta("2018年汛期即将来临,给人防工程特别是老人防工事的使用和管理带来安全隐患。\n"
             "一、高度重视,切实提高做好防汛工作的认识。\n人防工程防汛工作事关人民群众生命财产安全,市县两级人防部门必须站在保社会"
             "稳定大局的高度,强化责任落实。\n")
    assert m.level == "city"


def test_the_highest_tier_that_checks_the_work_is_the_writers():
    """hb-n65-y: …分全面自查排查、市级抽查核实、省级明督暗访三步组织开展 — a province's 方案, told."""
    m = meta("根据方案,汛前隐患排查整治工作按照属地管理、分级负责原则,以检查与自查相结合的方式进行,分全面自查排查、市级抽查核实、"
             "省级明督暗访三步组织开展。该项工作将持续到5月底。\n")
    assert m.level == "province"
