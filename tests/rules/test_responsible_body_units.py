"""Public bodies named by their 单位 (issue 19, helper units12b): an enforcement body, the press, the body that runs
public works lead the clause they open (heldback README convention 2), while the enterprises of a trade named the same
way (施工单位, 物业管理单位, 客运单位) stay enterprises in general, no unit."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # hb-n238-y, hb-u73-y, hb-u505-y: the dev texts' sentences
    ("相关执法单位要深入餐饮企业,开展燃气安全检查。", ["相关执法单位"]),
    ("宣传新闻单位要加强正面引导,营造良好的舆论氛围。", ["宣传新闻单位"]),
    ("水利工程运行管理单位要结合汛期特点立即组织开展各类水利工程安全隐患专项整治。", ["水利工程运行管理单位"]),
    # new sentences of the same shape
    ("行业主管单位要督促企业落实整改措施。", ["行业主管单位"]),
    ("新闻单位要开设安全生产专栏。", ["新闻单位"]),
    ("水库运行管理单位要落实24小时值班制度。", ["水库运行管理单位"]),
    ("综合执法单位要加大夜间巡查力度。", ["综合执法单位"]),
])
def test_a_public_body_named_by_its_unit_leads(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text", [
    "施工单位要加强现场安全管理。",
    "物业管理单位要加强消防通道的日常巡查。",
    "客运单位要严把车辆出站关。",
])
def test_a_trade_named_by_its_unit_is_no_unit(text):
    assert parse_responsible(text, statute=False).lead == []


@pytest.mark.parametrize("text, lead", [
    # hb-u237-y: the kinds of units a notice directs, the departments joined to the list one of it (README convention 2)
    ("镇乡、街道及有关部门要进一步提高思想认识,切实做好防范工作。", ["镇乡", "街道", "有关部门"]),
    ("区城管局、区市场监管局及相关部门要加强夜市燃气安全检查。", ["区城管局", "区市场监管局", "相关部门"]),
    ("镇安监办、派出所及有关部门要开展联合检查。", ["镇安监办", "派出所", "有关部门"]),
    ("县应急局、县住建局及有关部门要加强对在建工地的检查。", ["县应急局", "县住建局", "有关部门"]),
    # the places' own departments (及其有关部门) name none of their own
    ("东城街道、西城街道及其有关部门要加强宣传。", ["东城街道", "西城街道"]),
])
def test_departments_joined_to_a_list_are_of_it(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text, lead", [
    # hb-n315-y: the departments concerned, alone as the subject a modal tasks, lead as written (README convention 2)
    ("相关部门要增强联动作战能力,各司其职,全面推进隐患排查整治。", ["相关部门"]),
    ("发现隐患后,有关部门要立即督促整改。", ["有关部门"]),
    ("有关部门应当加强对燃气经营企业的监督检查。", ["有关部门"]),
])
def test_the_departments_concerned_tasked_alone_lead(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


def test_the_departments_concerned_before_an_act_name_nobody():
    assert parse_responsible("有关部门加强监管。", statute=False).lead == []
