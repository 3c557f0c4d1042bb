"""Kinds of ownership that share one unit's noun (session 12, helper units12c): 各改制、私营企业 is one name as written
(heldback README convention 2), not 各改制 and 私营企业; a list of units' own names is split as before."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    ("各改制、私营企业要切实加强本单位的消防安全检查。", ["各改制、私营企业"]),
    ("各国有、民营企业要落实主体责任。", ["各国有、民营企业"]),
    ("各市属、区属单位要加强检查。", ["各市属、区属单位"]),
    ("各乡镇、各部门要加强检查。", ["各乡镇", "各部门"]),
])
def test_kinds_of_ownership_share_the_next_names_noun(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
