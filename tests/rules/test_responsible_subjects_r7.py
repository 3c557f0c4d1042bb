"""Responsible units of running-text subjects the dev texts showed unread (tests/corpus/heldback, split dev): a 各 list
whose role is named before its 要 (各生产企业作为安全生产责任主体,要…), a department joined by the enterprises of its
trade (交通管理部门和客运单位要…: those are enterprises in general, heldback README convention 2), schools (各中小学).
Expected units are read off the quoted text (convention 2: the subject of a task sentence leads, as written)."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # hb-u73-y: the list's role between it and its 要
    ("强化投入保障。各生产企业作为安全生产责任主体,要加大事前预防性投入。", ["各生产企业"]),
    ("各村(社区)作为隐患排查的第一责任人,要逐户登记。", ["各村(社区)"]),
    # hb-u73-y: a department and the enterprises of its trade
    ("交通管理部门和客运单位要把客运管理作为首要任务抓实抓好,严格把住客运汽车出站关。", ["交通管理部门"]),
    ("应急管理部门和危化品生产企业要加强值班值守。", ["应急管理部门"]),
    # hb-u73-y: schools are units
    ("各中小学要做好师生课外活动、中考、高考期间的安全工作。", ["各中小学"]),
    ("各中学要组织一次疏散演练。", ["各中学"]),
])
def test_running_text_subjects(text, lead):
    assert parse_responsible(text, statute=True).lead == lead


def test_a_role_without_a_demand_names_nobody():
    # 作为 without 要 after it: a description, not a task
    assert parse_responsible("各生产企业作为安全生产责任主体。", statute=True).lead == []


@pytest.mark.parametrize("text, lead", [
    # hb-n88-y: a unit joined to a 各 list by 和, announcing what they will do (README batch y81: 下一步,X将…)
    ("下一步,街道和各部门将对商户逐户盯办,确保消防通道畅通。", ["街道", "各部门"]),
    ("各乡镇将于6月底前完成自查。", ["各乡镇"]),
])
def test_a_joined_each_list_and_what_it_will_do(text, lead):
    assert parse_responsible(text, statute=True).lead == lead


def test_partners_of_work_reported_support_nobody():
    # hb-n88-y: the joint action is reported (街道高度重视,…联合…等部门,共同开展…), the lead is another sentence's
    r = parse_responsible("街道高度重视,坚持守牢底线的理念,联合消防大队、应急局、城管局等部门,共同开展专项行动。"
                          "下一步,街道和各部门将对商户逐户盯办。", statute=True)
    assert (r.lead, r.support) == (["街道", "各部门"], [])


def test_partners_of_a_unit_acting_support_it():
    # the sentence names its own lead (镇派出所联合…), or has none and goes on with the one before (…。联合…)
    r = parse_responsible("镇派出所联合交通部门开展检查。", statute=True)
    assert (r.lead, r.support) == (["镇派出所"], ["交通部门"])
    r = parse_responsible("镇派出所强化执法力度。联合交通部门检查“一超四究”制度执行情况。", statute=True)
    assert (r.lead, r.support) == (["镇派出所"], ["交通部门"])


@pytest.mark.parametrize("text, lead", [
    # hb-n61-x, hb-n73-y: a place announcing what it will do leads it
    ("状元桥社区将在6月底完成消防安全社区创建。", ["状元桥社区"]),
    ("接下来,西渚镇将持续发力推进城镇燃气安全专项行动。", ["西渚镇"]),
    # hb-n81-x, hb-n75-x: 将继续… too (README convention 2 as settled in session 8; their gold said no unit before);
    # 全镇/我镇 name no unit
    ("下一步,吕陵镇将继续加大燃气安全排查、强化宣传引导。", ["吕陵镇"]),
    ("文汇街道将继续保持高压态势,定期开展安全隐患排查整治工作。", ["文汇街道"]),
    ("全镇将开展安全生产大检查。", []),
])
def test_a_place_announcing_what_it_will_do(text, lead):
    assert parse_responsible(text, statute=True).lead == lead


@pytest.mark.parametrize("text", [
    # hb-n71-x, hb-n44-y: a dated account of an event held (X月X日,…组织/召开/开展…) assigns nothing; a person leads a team
    "为加强节日期间安全生产工作,9月25日上午,青松乡组织乡社会事务服务中心、安监站、派出所、市场监督管理所联合开展安全生产"
    "大检查,由乡党委书记符静开同志带队对全乡开展安全生产大检查。",
    "11月7日,未央区应急管理局组织召开冲刺60天工作专题会议,对前三季度工作进行全面梳理。",
])
def test_an_event_held_names_no_unit(text):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == ([], [])


def test_a_dated_demand_still_leads():
    assert parse_responsible("6月5日前,县应急管理局要开展一次检查。", statute=True).lead == ["县应急管理局"]


@pytest.mark.parametrize("text, lead", [
    # hb-n56-x: a 各 list that a comma joins to the one with 要 is one list of subjects
    ("会议要求,各乡镇、街道,各有关行业部门要针对岁末年初安全风险特点开展排查。", ["各乡镇", "街道", "各有关行业部门"]),
    ("各村(社区),各成员单位要加强信息收集。", ["各村(社区)", "各成员单位"]),
    # a clause before the comma that is no list adds nobody
    ("为此,各有关行业部门要开展排查。", ["各有关行业部门"]),
    # hb-s73-x: a name holding a campaign's quoted name
    ("安全生产活动期间,镇“安全生产月”活动领导小组将组织相关职能部门开展检查。", ["镇“安全生产月”活动领导小组"]),
])
def test_comma_joined_lists_and_quoted_names(text, lead):
    assert parse_responsible(text, statute=True).lead == lead


@pytest.mark.parametrize("text, lead", [
    # hb-r43-x (an enterprise's 制度, genre other: its departments lead, heldback convention 1): workshops and teams
    ("车间必须每周至少组织一次安全员、技术员、班组长及职工进行事故隐患排查。", ["车间"]),
    ("项目部负责施工现场的安全管理。", ["项目部"]),
    ("机修车间要每月检查一次设备。", ["机修车间"]),
])
def test_workshops_and_teams_of_an_enterprise(text, lead):
    assert parse_responsible(text, statute=True).lead == lead


@pytest.mark.parametrize("text, lead", [
    # hb-u74-y: the committees of two levels as one subject, as written
    ("县、乡(镇)安委会每月至少召开一次会议,研究部署安全生产工作。", ["县、乡(镇)安委会"]),
    ("市、县安委会要加强对重点行业的督导。", ["市、县安委会"]),
    # an upper body cited (按照省、市安委会…部署) and an addressee line name no subject
    ("按照省、市安委会统一部署要求,开展安全生产大检查。", []),
    ("各县、区安委会,亳州高新区:", []),
])
def test_committees_of_two_levels(text, lead):
    assert parse_responsible(text, statute=True).lead == lead


def test_a_requested_list_joined_by_a_comma_to_a_named_subject():
    # hb-s21-x: 请各村(社区),镇安委会成员单位加强… asks both
    r = parse_responsible("请各村(社区),镇安委会成员单位加强相关信息的收集汇总,于2023年12月1日前报镇安办。", statute=True)
    assert sorted(r.lead) == sorted(["各村(社区)", "镇安委会成员单位"])
