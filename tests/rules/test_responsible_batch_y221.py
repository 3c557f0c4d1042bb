"""Responsible units of upper-level documents written in prose (tests/corpus/heldback batch y221+, split dev): the
subjects a county 制度, a city 通告, a municipality's duty list and steps name sentence by sentence. Expected units
are read off the quoted text (heldback README convention 2: the subject of a task sentence leads, as written; a
trailing 等… is dropped; persons and the public are no unit; a law's standing duties name none)."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # hb-u234-y: a duty list's item opens with the bodies' names closed by 。, then their duties
    ("首都综治办、市委督查室、市监察局、市政府督查室。负责组织对整治行动进行专项督查和效能检查考核。",
     ["首都综治办", "市委督查室", "市监察局", "市政府督查室"]),
    ("各区县政府和地区管委会。落实属地责任,制定专项整治方案和应急预案,统筹协调做好组织和保障工作。",
     ["各区县政府", "地区管委会"]),
    # hb-u225-y, hb-u231-y: 由X + what X does (not only 牵头/负责/组织): X leads
    ("对逾期未整治到位又不反馈情况说明原因的,由县安委办报告县人民政府,以县政府或县安委会的名义下达督办函,限期督办。",
     ["县安委办"]),
    ("对破坏公共设施及环境卫生、阻碍交通等各种不法行为,由相关职能部门依法处理。", ["相关职能部门"]),
    ("重大以上安全隐患由县安委办(县安监局)或县应急管理局向治理主体单位发出隐患整改通知书,明确整改时间。",
     ["县安委办(县安监局)", "县应急管理局"]),
    # hb-u230-y: units named by their kind, listed as a clause's subject without 各
    ("邻里提醒加强防范\n村组、社区要通过广播村村通、张贴宣传画、发放宣传单等方式,加大安全取暖宣传教育力度。",
     ["村组", "社区"]),
    # hb-u225-y: an office whose predicate opens with the adverb of its rhythm (定期或不定期地…)
    ("县安委办定期或不定期地组织相关部门对全县重大以上安全隐患整治情况进行督查和复查。", ["县安委办"]),
])
def test_running_text_names_its_subjects(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text", [
    # a law: 由…报告 is a standing duty (heldback README convention 1)
    "发生事故的,由县级人民政府报告上一级人民政府。",
    # 由 a person, or the body a group is formed of: no unit leads from it
    "检查组由县政府负责同志任组长。",
    "督查组由县应急局、县公安局组成。",
    # the public, and the media in general (hb-u214-y's and hb-u230-y's reading): no unit
    "广大人民群众要通过电视、广播、网络等媒体平台,学习防范一氧化碳中毒知识。",
    "电视、广播、网络等媒体要采取多种方式,开展通俗易懂的安全取暖宣传教育活动,做到家喻户晓。",
    # a person's post, and the members a committee is formed of
    "组长由街道办主任李伟宏担任,副组长由街道办副主任熊新民担任。",
    "由市委宣传部、市安监局、市总工会相关负责人组成全市“安全生产月”活动组委会。",
    # what was done, and a plan followed: no unit
    "今年上半年组织对全镇企业安全管理人员由市安监局进行了集中安全教育培训。",
    "根据国务院和省市安委会统一部署,2024年将全面开展安全生产治本攻坚三年行动。",
    # places and premises listed as what is checked: no subject
    "重点检查学校、医院、商场等人员密集场所。",
])
def test_no_unit_where_none_is_charged(text):
    r = parse_responsible(text, statute="县级人民政府" in text)
    assert (r.lead, r.support) == ([], [])


def test_a_laws_office_acting_on_its_rhythm_is_a_standing_duty():
    assert parse_responsible("县级以上地方人民政府安全生产委员会定期研究部署安全生产工作。", statute=True).lead == []
    assert parse_responsible("县安全生产委员会定期研究部署安全生产工作。", statute=False).lead == ["县安全生产委员会"]


def test_an_office_that_organises_others_for_a_check_leads_and_they_support():
    r = parse_responsible("县安委办定期或不定期地组织相关部门对全县重大以上安全隐患整治情况进行督查和复查。", statute=False)
    assert (r.lead, r.support) == (["县安委办"], ["相关部门"])


def test_those_a_lead_acts_with_closed_by_a_levels_units_support_it():
    # hb-n238-y (batch y235+): 会同 a list closed by 等区直有关单位, as by 等部门
    r = parse_responsible("区建设局要牵头会同属地街道和区应急管理局、房管局、城投集团等区直有关单位,全力推进历史遗留燃气管道安全隐患点整改工作;",
                          statute=False)
    assert (r.lead, r.support) == (["区建设局"], ["属地街道", "区应急管理局", "房管局", "城投集团"])


@pytest.mark.parametrize("text, lead, support", [
    # hb-n184-y: 会同 places named by their kind, without a closing 等…部门
    ("四是突出重点时期火险防控,市林草局、市应急局、森林消防救援大队等部门要会同街道、村社区,紧盯重点林区、重点部位、关键卡口。",
     ["市林草局", "市应急局", "森林消防救援大队"], ["街道", "村社区"]),
    # hb-u256-y: 会同 an office named after its body (两办督查室, not 两办)
    ("市安委会将把创建工作情况纳入考核,并会同两办督查室跟踪督查各项目标任务完成进度和成效。", ["市安委会"], ["两办督查室"]),
    ("县交通运输局要会同县公安局交警大队开展联合执法。", ["县交通运输局"], ["县公安局交警大队"]),
])
def test_those_a_lead_acts_with_support_it(text, lead, support):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, support)


def test_an_account_of_work_done_with_others_names_no_partners():
    # no lead named in the sentence (a place's account): those it worked with support nobody
    r = parse_responsible("中和街道会同县住房城乡建委、县消防应急救援大队召开高层建筑消防安全工作推进会。", statute=False)
    assert r.support == []


def test_a_laws_body_acting_with_others_names_no_partners():
    # a law's …会同有关部门组织事故调查组…: a standing duty (heldback convention 1), and 组织 is a verb, no name's end
    r = parse_responsible("特别重大事故由国务院或者国务院授权有关部门会同有关部门组织事故调查组进行调查。", statute=True)
    assert r.support == []


@pytest.mark.parametrize("text, lead", [
    # a government that 负责… outside a law (the x254 page's 镇政府负责镇域内…; 各乡镇人民政府 was read already)
    ("镇政府负责镇域内9条干渠和公共支渠的隐患排查、清理疏浚。", ["镇政府"]),
    ("乡镇政府负责本辖区的隐患排查。", ["乡镇政府"]),
    # a request opened by 望 (the x111 page's 望各级政府及有关部门…), as by 请/要求
    ("现明确各区政府及市政府有关部门安全生产工作行政责任人。望各级政府及有关部门认真履行职责。", ["各级政府", "有关部门"]),
])
def test_a_government_charged_and_a_request_by_wang(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


def test_a_laws_government_charged_is_a_standing_duty():
    assert parse_responsible("县级以上地方人民政府负责本行政区域内的安全生产工作。", statute=True).lead == []
    assert parse_responsible("希望各位农民朋友注意防火。", statute=False).lead == []
