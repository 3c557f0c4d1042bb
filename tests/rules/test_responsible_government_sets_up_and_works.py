"""A government's own setting-up of a group assigns nothing, unless the sentence gives it work as well (乡政府成立防溺水
工作专班并制定工作方案 → lead 乡政府, hb-s905-y, dev; tests/corpus/heldback/README.md, 成立 as a task)."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize(("text", "lead"), [
    ("乡政府成立防溺水工作专班并制定工作方案,健全专班机制。", ["乡政府"]),
    ("镇政府成立了安全生产领导小组,其组成人员如下:", []),
    ("镇政府成立安全生产领导小组,组长由镇长担任。", []),
])
def test_a_government_that_sets_up_a_group_and_works_leads(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
