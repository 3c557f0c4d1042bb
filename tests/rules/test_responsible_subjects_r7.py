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
    assert parse_responsible(text).lead == lead


def test_a_role_without_a_demand_names_nobody():
    # 作为 without 要 after it: a description, not a task
    assert parse_responsible("各生产企业作为安全生产责任主体。").lead == []


@pytest.mark.parametrize("text, lead", [
    # hb-n88-y: a unit joined to a 各 list by 和, announcing what they will do (README batch y81: 下一步,X将…)
    ("下一步,街道和各部门将对商户逐户盯办,确保消防通道畅通。", ["街道", "各部门"]),
    ("各乡镇将于6月底前完成自查。", ["各乡镇"]),
])
def test_a_joined_each_list_and_what_it_will_do(text, lead):
    assert parse_responsible(text).lead == lead


def test_partners_of_work_reported_support_nobody():
    # hb-n88-y: the joint action is reported (街道高度重视,…联合…等部门,共同开展…), the lead is another sentence's
    r = parse_responsible("街道高度重视,坚持守牢底线的理念,联合消防大队、应急局、城管局等部门,共同开展专项行动。"
                          "下一步,街道和各部门将对商户逐户盯办。")
    assert (r.lead, r.support) == (["街道", "各部门"], [])


def test_partners_of_a_unit_acting_support_it():
    # the sentence names its own lead (镇派出所联合…), or has none and goes on with the one before (…。联合…)
    r = parse_responsible("镇派出所联合交通部门开展检查。")
    assert (r.lead, r.support) == (["镇派出所"], ["交通部门"])
    r = parse_responsible("镇派出所强化执法力度。联合交通部门检查“一超四究”制度执行情况。")
    assert (r.lead, r.support) == (["镇派出所"], ["交通部门"])
