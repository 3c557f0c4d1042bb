"""各级森林消防队伍集结待命 / 各类救援队伍要…: a 各 list of forces (队伍) is a unit's name, and a force put on standby
(待命) is tasked, as a 禁火令 or a meeting's demand orders it (tests/corpus/heldback/README.md convention 2). Shapes from
dev texts of the held-back set (ids in the comments) and written for these tests; expected units read off the quoted
text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # a 禁火令's paragraph in a news item (hb-n236-y); a district meeting's 二要, in Traditional characters (hb-n105-y)
    ("各级森林消防队伍集结待命,充分做好各项应急准备,确保火情发生后能够快速出动。", ["各级森林消防队伍"]),
    ("各類森林消防隊伍待命,做好火災撲救的各項準備;區防火辦要加強督促檢查。", ["各類森林消防隊伍", "區防火辦"]),
    # written for this test: forces tasked with a modal
    ("各类应急救援队伍要24小时待命。", ["各类应急救援队伍"]),
])
def test_forces_on_standby_lead(text, lead):
    r = parse_responsible(text, statute=False, account=True)
    assert (r.lead, r.support) == (lead, [])


@pytest.mark.parametrize("text, lead", [
    # written for these tests: the forces a unit is to build are no subject; forces named without 各 are none
    ("各村要建立管火队伍。", ["各村"]),
    ("专业扑火队伍集结待命。", []),
])
def test_forces_as_an_object_or_unnamed(text, lead):
    assert parse_responsible(text, statute=False, account=True).lead == lead
