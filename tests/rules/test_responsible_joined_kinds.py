"""A 各 name joined by 和 to a bare kind is one group, as written (heldback README convention 2, settled in session 12:
各有关部门和单位 — the 各 is the kind's too). Names of their own on both sides still split."""

import pytest

from safeplan.rules.fields import parse_responsible


@pytest.mark.parametrize("text, lead", [
    ("各有关部门和街道要高度重视冬季百日攻坚工作", ["各有关部门和街道"]),        # hb-n108-y's demand (dev)
    ("各相关单位和部门要把安全放在第一位", ["各相关单位和部门"]),                # hb-n703-y's (dev)
    ("各有关部门和单位要认真做好信息报送工作", ["各有关部门和单位"]),
    ("各街道和各部门要加强节前检查", ["各街道", "各部门"]),                        # two 各 names: two groups
    ("区应急局和区住建局要联合开展检查", ["区应急局", "区住建局"]),                # two named units
])
def test_joined_kinds(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
