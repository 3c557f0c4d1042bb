"""Responsible units of the batch-y dev texts from 71 up (tests/corpus/heldback, hb-…-y7…, split dev): departments
listed in running text (公安、应急…等主管部门要…, 武装、公安、武警、消防部门要…), a department named in full (财政部门要…),
a county's list of duties (财政局:负责…), an office acting after a clause of time (县林技中心在接到…后,…), 各…之间,
an organ before 各 (县森林防火指挥部各成员单位), a group set up that 负责 its work. Expected units are read off the
quoted text (tests/corpus/heldback/README.md convention 2: the subject of a task sentence leads, as written; a
trailing 等… is dropped)."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # a list closed by 等…部门 (hb-n72-y, hb-s71-y, hb-u75-y, hb-n71-y, hb-u73-y)
    ("三要责任上再压实。公安、应急、住建、交通、消防、市场监管等主管部门要按照职责分工,履职尽责、协同作战。",
     ["公安", "应急", "住建", "交通", "消防", "市场监管"]),
    ("深化人员密集场所消防安全隐患治理。街道宣教办、文体站、涵东派出所、社事办、卫计办、安监站、消防大队包涵东片等部门要深化"
     "人员密集场所消防安全隐患治理,形成工作常态化机制。",
     ["街道宣教办", "文体站", "涵东派出所", "社事办", "卫计办", "安监站", "消防大队包涵东片"]),
    ("按照职责分工,安监、公安、住建、交运、质监、商务、工商、农委等大检查牵头部门,要切实负起责任。",
     ["安监", "公安", "住建", "交运", "质监", "商务", "工商", "农委"]),
    ("一旦发生事故,迅速上报情况。公安、应急、消防等部门之间要加强应急处置的协调衔接。", ["公安", "应急", "消防"]),
    ("各中小学要做好师生课外活动;消防、安监等部门要重点加强对公众聚集场所的监控。", ["各中小学", "消防", "安监"]),
    # a list without 等: departments' short names, the last in full (hb-u71-y, hb-n73-y)
    ("气象部门要提供森林火险天气预报;武装、公安、武警、消防部门要积极参加扑火救灾。",
     ["气象部门", "武装", "公安", "武警", "消防部门"]),
    ("各村要从实查准底数。公安、市场监管、综合执法要密切沟通配合,持续开展“黑气”打击。",
     ["各村", "公安", "市场监管", "综合执法"]),
    # a department named in full opening its clause (hb-u71-y, hb-s74-y, hb-u73-y)
    ("一是财政部门要将森林防火专项经费纳入财政预算,保证经费落实到位;教育部门要在全县中小学校组织开展宣教活动。",
     ["财政部门", "教育部门"]),
    ("二要强化投入保障。安全生产有关部门要加大各领域安全生产专项经费的争取和投入力度。", ["安全生产有关部门"]),
    # a list of duties, the unit before the colon (hb-u72-y); the one it helps is no subject
    ("财政局:负责安排森林火灾控制和物资储备所需资金,保证及时足额到位。", ["财政局"]),
    ("交通局:负责提供运输车辆,优先运送扑救森林火灾的人员、物资,配合县农林局做好森林火灾监督检查工作。", ["交通局"]),
    ("公安局:实施森林火灾区封锁、隔离工作,做好森林火灾区社会治安管理和安全保卫工作。", ["公安局"]),
    # an office acting, with 应 or after a clause of time (hb-u72-y)
    ("必须立即向县林技中心报告。\n县林技中心应立即派技术人员赴现场进行调查。", ["县林技中心"]),
    ("森林火灾灾情报告形式:县林技中心在报告、传递森林火灾灾情时,应当按省、市森林防火指挥部的紧急通知进行。", ["县林技中心"]),
    ("县林技中心在接到紧急灾情报告后,30分钟内赶赴现场,进行初步调查。", ["县林技中心"]),
    # 各…之间 (hb-n74-y); a space opening a clause of a flattened page (hb-s74-y); an organ before 各 (hb-u71-y)
    ("三要迅速行动。各部门之间要形成合力,协调联动。", ["各部门"]),
    ("部门责任 各有关部门要根据安全生产工作的需要,制定相应的责任制。", ["各有关部门"]),
    ("县森林防火指挥部各成员单位要认真履行部门职责,发挥职能作用。", ["县森林防火指挥部各成员单位"]),
    # 特别是 before the office (hb-u73-y)
    ("各级各部门要定期召开安全工作会议。特别是县安委办要充分发挥职能作用。", ["各级各部门", "县安委办"]),
    # 由政府负责同志任组长: a person, no unit (hb-u75-y)
    ("各镇(区)政府(管委会)要成立由政府负责同志任组长的大检查领导小组。", ["各镇(区)政府(管委会)"]),
    # the government that is to set up a group, and the group that 负责 (hb-s74-y)
    ("镇政府应该成立安全生产工作领导小组,负责统筹协调全镇 的安全生产工作。", ["镇政府", "安全生产工作领导小组"]),
])
def test_units_in_running_text(text, lead):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == (lead, [])


def test_an_office_set_up_in_a_unit_leads_its_work():
    # hb-s73-y: 领导小组下设办公室,办公室设在安监站,具体负责… — the office (as 下设办公室,负责… in hb-r03/r04)
    text = "领导小组下设办公室,办公室设在安监站,具体负责“安全生产月”活动的协调指导工作。"
    assert parse_responsible(text, statute=True).lead == ["办公室"]


@pytest.mark.parametrize("text", [
    # sectors and places closed by 等, not departments
    "要抓牢交通运输、城市燃气、建筑施工、危险化学品、消防等重点领域专项整治。",
    # nobody: a generic department, a law's department that 负责 / 牵头建立 (heldback README convention 1)
    "有关部门要加强监督检查。",
    "国务院应急管理部门牵头建立全国统一的生产安全事故应急救援信息系统。",
    "县级以上人民政府应急管理部门负责本行政区域内的监督管理。",
    # a list of words that are no departments' names
    "宣传、发动要到位,做到家喻户晓。",
    # an account's heading line, no duty after the colon
    "发布机构:夏县人民政府",
    # 由…负责人…组成: persons
    "可以设立由本级人民政府及其有关部门负责人、应急救援专家等人员组成的应急救援现场指挥部。",
])
def test_no_unit(text):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, lead", [
    # a 各 list opening its clause and acting without 要: a date, a frequency or an adverb of instruction after it
    # (hb-u15 dev, hb-u34-y, hb-u61-y)
    ("各市县、各有关部门和单位每月15日前将大检查进展情况报送省安委办。", ["各市县", "各有关部门和单位"]),
    ("按照国家统一部署,各地、各有关部门聚焦3个时间段,落实“大起底”要求。", ["各地", "各有关部门"]),
    ("整改提高(11月)。各县(市、区)、各部门和单位认真开展“回头看”工作。", ["各县(市、区)", "各部门和单位"]),
    # a 安委会's member units named as the subject (hb-s15-x)
    ("镇安委会有关成员单位要按照职责分工,做好本行业领域的排查整治。", ["镇安委会有关成员单位"]),
    # an office that 决定 what it will do (hb-n62-y)
    ("阜阳市经信委决定从5月初起到6月25日,在全市工业系统内开展安全生产大检查活动。", ["阜阳市经信委"]),
])
def test_subjects_acting_without_yao(text, lead):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == (lead, [])


@pytest.mark.parametrize("text", [
    "各区、各部门全面统筹推进本区域各部门的三年行动进展,协调解决重点难点问题。",   # an account: no instruction
    "全年,各镇认真开展了隐患排查整治。",                                      # work done
    "有关成员单位要加强本行业领域的跟踪分析。",                                # which members, not said
    "成员:____\n各社区支部书记\n领导小组统筹协调办事处全面落实三年行动工作。",    # a line of persons, then a group
])
def test_no_unit_without_yao(text):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, lead, support", [
    # a text copied in Traditional characters: read folded, the names given as written (hb-n82-y)
    ("會議要求,各級各部門要進一步擴大宣傳廣度。公安、交警、運管等執法部門要加強聯動配合。",
     ["各級各部門", "公安", "交警", "運管"], []),
    ("縣整治辦要完善督導檢查機制;應急管理局、交警大隊要及時制定出臺考核辦法。", ["縣整治辦", "應急管理局", "交警大隊"], []),
    # the departments a lead is to act 会同 with, named and closed by 等部门, support it (hb-n83-y)
    ("会议强调,各地燃气主管部门要进一步加强组织领导,积极会同市场监管、城管执法、商务、应急、消防救援等部门,合力抓好燃气安全各项工作。",
     ["各地燃气主管部门"], ["市场监管", "城管执法", "商务", "应急", "消防救援"]),
    # a PDF's list, a space after each 、 (hb-u81-y)
    ("督促落实企业主责。 交通运输、 公安交警、 应急管理部门要强化道路运输企业安全生产主体责任。",
     ["交通运输", "公安交警", "应急管理部门"], []),
    # 二是 before a 各 list (hb-n89-y)
    ("二是各部门要履行监管责任,加强业务指导。", ["各部门"], []),
    # the government that decides to run the campaign (hb-u82-y)
    ("县政府研究决定,从2018年7月1日至12月31日在全县范围内开展为期六个月的交通安全大整治活动。", ["县政府"], []),
])
def test_units_of_the_y81_texts(text, lead, support):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == (lead, support)


def test_a_covering_notices_jing_opens_no_name():
    r = parse_responsible("经县政府研究决定,现将《工作方案》印发给你们,请认真贯彻执行。", statute=True)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, lead", [
    # two 各 lists written together are two (hb-u74-y, and the other helper's hb-n86-x); 各级各部门 is one
    ("各乡镇各部门要认真贯彻落实习近平总书记关于安全生产重要论述。", ["各乡镇", "各部门"]),
    ("各地各部门要清醒认识当前安全生产工作面临的严峻形势。", ["各地", "各部门"]),
    ("各级各部门要高度重视。", ["各级各部门"]),
    # whose 各: a place, the street, the works (hb-n89-x, hb-n82-x, hb-r41-x)
    ("青浦区各镇、各部门要充分吸取事故教训。", ["青浦区各镇", "各部门"]),
    ("街道各部门、各村(社区)要坚持底线思维。", ["街道各部门", "各村(社区)"]),
    ("厂各部门、各项目部(车间)、各班组负责执行本制度。", ["厂各部门", "各项目部(车间)", "各班组"]),
    # 一定要; a request followed by what is asked (hb-n91-x, hb-n89-x)
    ("各级各有关部门一定要做到思想认识再深化。", ["各级各有关部门"]),
    ("会议要求各单位提高政治立场。", ["各单位"]),
    # a group's or an office's standing regime, 每月… (hb-r73-x; convention 2: a standing regime keeps its unit)
    ("安全工作领导小组每月召开一次会议。", ["安全工作领导小组"]),
    ("街道安委会每年初组织各社区开展上一年度安全生产工作落实情况述职。", ["街道安委会"]),
])
def test_each_lists_and_standing_regimes(text, lead):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == (lead, [])


@pytest.mark.parametrize("text", [
    "在全区各镇要加强检查。",                                                   # 在 opens the clause
    "上海市建设工程文明施工管理领导小组负责领导全市建设工程文明施工管理。",         # a regulation's standing duty
])
def test_no_unit_in_these_either(text):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, lead, support", [
    # a name holding 〔〕 (hb-u91-y); a trailing 、 of the list dropped
    ("政府挂牌重大火灾隐患单位整改。(责任部门:各县〔市、区〕政府;配合部门:市民政局、市教育局、市综合执法局、)",
     ["各县〔市、区〕政府"], ["市民政局", "市教育局", "市综合执法局"]),
    # a 各 list going on with a bare 有关部门 (README convention 2, as written); a 工作专班 (hb-n91-y)
    ("会议要求,各镇街、有关部门要主动认领职责任务;工作专班要结合整治工作推进情况每周组织会商研判。",
     ["各镇街", "有关部门", "工作专班"], []),
])
def test_units_of_the_y91_texts(text, lead, support):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == (lead, support)


@pytest.mark.parametrize("text, lead, support", [
    # those who 密切/积极 配合 the lead support it (hb-s72-y); 街道与各村居 are two
    ("此项工作由街道流动人口服务管理所牵头,街道与各村居、社区、相关单位密切配合有关工作。",
     ["街道流动人口服务管理所"], ["街道", "各村居", "社区"]),
    ("由镇安监办牵头,镇派出所、镇市场监管所积极配合。", ["镇安监办"], ["镇派出所", "镇市场监管所"]),
])
def test_supporters_with_an_adverb(text, lead, support):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == (lead, support)
