"""A task's bracket may add a note after its charge, past a semicolon (a 工作要点's (一): (市委组织部、市委宣传部,…,各有关部门
分工负责;以下各项工作均需各县区、兰州高新区、兰州经开区具体落实,不再注明), hb-u902-y, dev): the note is no unit, the
charge before it names the task's units as a bracket without a note does (README convention 2)."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize(("text", "lead", "support"), [
    ("切实提升各级领导干部统筹发展和安全的能力。(市委组织部、市委宣传部,各有关部门分工负责;以下各项工作均需各县区、"
     "兰州高新区具体落实,不再注明)", ["市委组织部", "市委宣传部", "各有关部门"], []),
    # guards: a semicolon between two charges reads both; a bracket without a charge before its semicolon reads none
    ("深化安全生产治本攻坚。(区应急局牵头;各镇配合)", ["区应急局"], ["各镇"]),
    ("深化安全生产治本攻坚。(详见附件;以下各项工作均需各县区具体落实)", [], []),
])
def test_a_note_after_the_charge_is_no_unit(text, lead, support):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, support)
