"""A template's place with its name left out (X镇将以此次活动为契机…, a 范文's 活动方案, hb-s903-y, dev; XX街道, ××镇)
announcing what it will do leads it, as a named place does (README convention 2), its name as written."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize(("text", "lead"), [
    ("安全生产月活动是重要载体。X镇将以此次活动为契机,持续推进安全生产工作。", ["X镇"]),
    ("××街道将进一步压实安全生产责任。", ["××街道"]),
    ("镇将组织各个生产单位开展检查。", ["镇"]),
])
def test_a_template_place_that_will_act_leads(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
