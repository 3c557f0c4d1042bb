"""A task's bracket written with 〔〕 names its units as a round one does, and may hold round brackets inside
(a 工作要点's 〔市委组织部牵头,各镇(街道)、市安委会有关成员单位及有关产业园区分工负责〕, hb-u901-y, dev): the 牵头 unit
leads, those who share the work support (README convention 2). A 〔〕 that holds a 文号's year is no task's bracket."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize(("text", "lead", "support"), [
    ("坚决扛起安全生产政治责任,树牢安全发展理念。〔市委组织部牵头,各镇(街道)、市安委会有关成员单位及有关产业园区分工负责〕",
     ["市委组织部"], ["各镇(街道)", "市安委会有关成员单位", "有关产业园区"]),
    ("深化安全生产治本攻坚。〔市应急局、市住建局〕", ["市应急局", "市住建局"], []),
    ("按照安委〔2024〕2号文件要求,做好隐患排查整治。", [], []),
])
def test_a_square_bracket_names_the_tasks_units(text, lead, support):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, support)
