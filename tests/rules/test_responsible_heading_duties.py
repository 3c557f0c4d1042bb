"""A heading that is nothing but units' names leads the duties listed under it (一、各级政府 over 1.…); a company's
责任制 is such a heading when it names bodies (各部门安全生产责任制 → 各部门, as …职责 does), none when it names
persons (各部门负责人安全责任制: the duties of department heads, README convention 2: persons are no units).
The 责任制 page is hb-r497-x (tests/corpus/heldback, dev, the final probe of session 10, measured before this)."""

from pathlib import Path

import pytest

from safeplan.corpus.reader import read_documents
from safeplan.rules.extract import extract_document
from safeplan.rules.responsible import heading_units

HELDBACK = Path(__file__).resolve().parents[1] / "corpus" / "heldback" / "texts"


@pytest.mark.parametrize("heading, units", [
    ("各部门安全生产责任制", ["各部门"]),
    ("各部门负责人安全责任制", []),
    ("各村负责人", []),
    ("各级领导干部", []),
    ("县应急管理局", ["县应急管理局"]),
    ("工作目标", []),
])
def test_a_heading_names_bodies_or_none(heading, units):
    assert heading_units(heading) == units


def test_a_duty_list_of_department_heads_names_no_unit():
    # 各部门负责人安全责任制1、有责任使本部门人员充分理解…2、规定所属部门人员的职责… (eight duties of the heads)
    document = read_documents(HELDBACK / "hb-r497-x-ge-bumen-fuzeren-anquan-zerenzhi.txt")[0]
    rules = extract_document(document).rules
    assert len(rules) >= 8
    assert [r.responsible.lead for r in rules if r.responsible and r.responsible.lead] == []
