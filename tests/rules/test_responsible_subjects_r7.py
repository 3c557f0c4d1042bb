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
