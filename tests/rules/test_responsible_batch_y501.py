"""Responsible units of shapes the extractor had not read (tests/corpus/heldback dev batches y221+, y281+, y501+ read
as general shapes of the genre, each with sentences of the genre written for it): units named after the demand that
charges them (要求X…, 提醒X…), a body defined as the one in charge (X是…的主管部门), X's work given over (由X统筹…,
X委托…负责), a duty line (X主要职责:…, X:由…组成,负责…), a group a unit's leader leads (由X…领导带队). Expected units
are read off the quoted text (heldback README convention 2)."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # hb-u504-y: a 各 list after 要求, its act opened by 具体
    ("制定印发《瑶海区小散工程和零星作业安全生产纳管试行办法》,要求各镇街、筹备组建设部门具体实施辖区小散工程和零星作业安全生产纳管。",
     ["各镇街", "筹备组建设部门"]),
    ("会议要求各乡镇、区住建局具体负责辖区自建房安全排查。", ["各乡镇", "区住建局"]),
    # hb-s133-y: a place named after 要求, and offices without 各
    ("上级部门于8月10日下发通知,要求社区在9月底前完成全面排查与整改工作。", ["社区"]),
    ("会议要求县住建局、县应急管理局加强燃气安全检查。", ["县住建局", "县应急管理局"]),
    ("请镇应急办于每月25日前汇总上报各村排查情况。", ["镇应急办"]),
    # hb-n456-y: a 风险提示单's 提醒 demands as 要求 does
    ("提醒各镇街、区水利局加强涉水临边防护设施巡查,避免意外发生。", ["各镇街", "区水利局"]),
])
def test_the_units_a_demand_names_lead(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
    assert parse_responsible(text, statute=False, account=True).lead == lead


@pytest.mark.parametrize("text", [
    # hb-s503-y: those invited to take part are guests, no unit charged
    "开展交通安全演练。\n邀请交警部门参与,模拟交通场景,提高居民交通安全意识。",
    "邀请县消防救援大队派员讲解消防知识。",
    # a request made to the upper level, and an approval asked: no unit charged
    "经请示县政府同意后实施。",
    "报请县人民政府批准后公布。",
    # the leader of a unit who leads a group of work done, and a person: no unit
    "由國家安全監管總局和國家煤礦安監局機關司局主要負責人帶隊的31個檢查組赴各地區對安全生產大檢查開展情況進行了“回頭看”。",
    "由乡党委书记符静开同志带队,深入各村开展检查。",
])
def test_no_unit_where_none_is_charged(text):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, lead", [
    # hb-r71-x, hb-r503-y: a company's department defined as the one in charge of a work
    ("行政部是企业消防工作的主管部门。", ["行政部"]),
    ("工程总承包项目部设安全部,安全部是工程安全生产、文明施工、环境保护管理的主要业务管理部门;", ["安全部"]),
    ("县应急管理局是全县安全生产工作的综合监管部门,负责指导协调各部门安全生产工作。", ["县应急管理局"]),
    # hb-s505-y: the work of a group given to the office that runs it
    ("街道成立电动车消防安全专项治理工作领导小组,具体工作由安监站统筹落实。", ["安监站"]),
    ("日常工作由镇应急办统筹协调。", ["镇应急办"]),
    # hb-s501-y: a body that gives its work to a person keeps it
    ("社区居委会委托社区安全生产负责人负责安全生产工作的组织和落实。", ["社区居委会"]),
    ("街道办事处委托第三方机构负责辖区隐患排查。", ["街道办事处"]),
    # hb-u257-y: a group led by a unit's leader is the unit's
    ("煤矿安全督查组。由市煤炭工业局1名县级领导带队,2名专业人员参加。", ["市煤炭工业局"]),
    ("第一检查组由县应急管理局主要负责同志带队,对城区加油站进行检查。", ["县应急管理局"]),
])
def test_a_body_charged_by_what_it_is_or_is_given(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text, lead", [
    # hb-s505-y: a duty list's line that names whose duties follow
    ("领导小组主要职责:部署街道电动车消防安全专项治理重点工作;定期研究、分析、通报辖区电动车火灾形势。", ["领导小组"]),
    ("指挥部办公室职责:承担指挥部日常工作,收集汇总险情信息。", ["指挥部办公室"]),
    # hb-s508-y: a body defined by its members, then charged
    ("社区防汛防旱小组:由社区居民委员会、物业公司、居民代表组成,负责具体实施防汛防旱工作。", ["社区防汛防旱小组"]),
    ("应急抢险队:由镇派出所、镇卫生院人员组成,负责险情处置和人员转移。", ["应急抢险队"]),
])
def test_a_duty_line_names_its_body(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


def test_a_laws_definition_names_no_unit():
    # a law's 是…主管部门 is a standing duty (heldback README convention 1)
    text = "县级以上人民政府应急管理部门是本行政区域安全生产工作的主管部门。"
    assert parse_responsible(text, statute=True).lead == []


@pytest.mark.parametrize("text, lead", [
    # hb-u414-x: the short name a document gives a unit comes between the name and its act
    ("在市政府统一领导下,武汉市安全生产监督管理局(以下简称市安监局)负责指导、协调全市危险化学品事故应急救援工作。",
     ["武汉市安全生产监督管理局"]),
    ("县住房和城乡建设局(以下称县住建局)要会同各乡镇开展燃气安全排查。", ["县住房和城乡建设局"]),
    # hb-s228-y: a plan's step, an office or a place whose act a date opens
    ("部署发动阶段。街道于12月11日立即组织各村、社区召开冬春火灾防控工作会议。", ["街道"]),
    ("镇安监站于5月底前完成全镇企业隐患排查。", ["镇安监站"]),
    ("城关镇于每月25日前报送隐患整改台账。", ["城关镇"]),
])
def test_a_subject_named_with_its_short_name_or_its_date(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text", [
    # an account tells what an office did on a date, and a plan's review what was done in a year gone by
    "县应急局于3月5日组织召开全县安全生产工作会议。",
    "县应急局于2023年3月出台《安全生产约谈办法》,明确约谈情形。",
])
def test_a_dated_act_done_names_no_unit(text):
    assert parse_responsible(text, statute=False, account=True).lead == []
    assert parse_responsible(text.replace("3月5日", "2023年3月5日"), statute=False).lead == []


@pytest.mark.parametrize("text, lead", [
    # hb-u257-y: what is left to be told later is the office's to tell
    ("计划于5月、6月、7月各组织一次督查。具体时间由市安委会办公室另行通知。", ["市安委会办公室"]),
    ("培训名单由县应急管理局另行下发。", ["县应急管理局"]),
    # hb-s451-x: an office that acts on a report, its modal right after (no comma)
    ("社区森林防火指挥办公室接到森林火灾事故后应采取下列措施:", ["社区森林防火指挥办公室"]),
    ("镇应急办在接到险情报告后要立即上报镇防汛指挥部。", ["镇应急办"]),
    # hb-u410-x: named units listed with a 各 name, joined by a comma to the 各 subject
    ("金海工业园区、攸攸板镇、各街道办事处,各有关单位都要相应成立本次活动的组织机构。",
     ["金海工业园区", "攸攸板镇", "各街道办事处", "各有关单位"]),
    ("县经济开发区、各乡镇,各有关部门要制定具体实施方案。", ["县经济开发区", "各乡镇", "各有关部门"]),
])
def test_units_told_later_acting_on_a_report_or_listed_before_a_comma(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


def test_a_task_before_its_subject_is_no_list_of_units():
    # hb-u91-y: what is to be set up, written before the 各 subject, names no unit
    text = "抓紧建立农村、社区消防工作站,各地要以乡镇、街道为单位,建立消防安全组织。"
    assert parse_responsible(text, statute=False).lead == ["各地"]


@pytest.mark.parametrize("text, lead", [
    # hb-u496-x: departments closed by 等部门 announcing what they will do
    ("市公安、安监、工商等部门将组织督查和抽查,对违规行为依法查处。", ["市公安", "安监", "工商"]),
    ("下一步,公安、应急、市场监管等部门将开展联合执法检查。", ["公安", "应急", "市场监管"]),
    # hb-u310-y: a department's short name with its level before it, in a list without 等
    ("县水利、防汛部门要全程跟踪雨情、水情、工情、灾情。", ["县水利", "防汛部门"]),
    ("市交通、公安部门要联合开展客运车辆安全检查。", ["市交通", "公安部门"]),
])
def test_departments_by_their_short_names(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text, lead", [
    # hb-u255-y: a task list's rows, each opened by the government that does it
    ("市级政府落实消防安全约谈机制,对有重大社会影响火灾发生地区进行约谈。", ["市级政府"]),
    ("市县两级政府组织开展“119”消防宣传月、防灾减灾等消防宣传主题活动。", ["市县两级政府"]),
    ("县政府做好受灾群众转移安置工作。", ["县政府"]),
])
def test_a_government_acting_in_a_task_list_leads(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text, account", [
    # hb-u105-y: the body a government sets up for the plan is the plan's organisation, no task of it
    ("为强化“安全生产年”活动的组织领导,市人民政府成立乌鲁木齐市“安全生产年”活动工作领导小组。", False),
    # an account tells what a government did
    ("县政府组织开展安全生产大检查,排查隐患120处。", True),
])
def test_a_government_setting_up_or_reported_names_no_unit(text, account):
    assert parse_responsible(text, statute=False, account=account).lead == []


@pytest.mark.parametrize("text, lead", [
    # hb-s704-y: a town's plan names itself 镇 announcing what it will do (as a street's 街道将…)
    ("开展安全生产知识培训。\n镇将组织各个生产单位进行安全生产培训。", ["镇"]),
    ("乡将在6月底前完成全乡水库山塘隐患排查。", ["乡"]),
])
def test_a_towns_plan_names_itself_announcing_its_work(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


def test_a_town_in_general_announces_nothing():
    # 城镇 (towns in general) opening the clause is no town's name
    assert parse_responsible("城镇将成为人口聚集的主要区域。", statute=False).lead == []


@pytest.mark.parametrize("text, lead", [
    # hb-u414-x: a 预案's bodies with the duty they fulfil (履行) or the response they start (启动)
    ("各危险化学品从业单位履行安全生产责任主体的职责,制定安全生产事故应急预案。", ["各危险化学品从业单位"]),
    ("按照分级响应的原则,各区政府及时启动相应的应急预案。", ["各区政府"]),
    ("各成员单位履行行业监管职责,加强本行业领域隐患排查。", ["各成员单位"]),
    ("县政府启动Ⅳ级应急响应,统一指挥抢险救灾工作。", ["县政府"]),
])
def test_a_body_fulfilling_a_duty_or_starting_a_response(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


def test_a_response_started_in_an_account_names_no_unit():
    assert parse_responsible("各乡镇及时启动应急响应,转移群众300人。", statute=False, account=True).lead == []
