"""A 预案's response steps name their units as the subjects of their sentences, with a time or a rhythm (每日14时,
每日至少3次, 视情) or what they act by (按乡级预案要求, 按要求) before the act; a 防指 (防汛防台抗旱指挥部's short name) is
a body, and 其他成员单位 the others of the body the step names. The sentences of hb-u601-y (dev), whose gold gives each
step's subjects as its lead (README convention 2); the 副指挥长's steps and the liaisons sent are persons'."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize(("text", "lead"), [
    ("县防指有关成员单位每日14时向县防指报告工作动态;", ["县防指有关成员单位"]),
    ("县气象局每日至少3次向县防指报告天气预报结果;县林水局视情及时向县防指报告洪水预报成果。", ["县气象局", "县林水局"]),
    ("洪涝台旱灾害影响地区的乡镇防指按乡级预案要求做好相应的工作,乡镇防指副指挥在岗指挥。", ["乡镇防指"]),
    ("县应急、气象、公安等部门联络员或熟悉情况的股级干部进驻县防指,其他成员单位按要求进驻。", ["其他成员单位"]),
    ("增加县交通运输、经信等部门执行负责人带班值班制度,其他县防指成员单位按县防指指令或本部门(单位)职责、预案要求加强值班。",
     ["其他县防指成员单位"]),
    # guards: a person's step, those who attend (参加), the pronoun 其
    ("县防指副指挥长组织动员部署,县防指有关成员单位参加,并视情连线有关乡镇防指。", []),
    ("县防指副指挥长值班。", []),
    ("其所属站所按要求做好值班。", []),
])
def test_a_steps_subjects_lead_it(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
