"""Departments named by their duty after 由 (session 12, helper units12c): 负有安全监管职责的县直有关部门 is one name
as written (heldback README convention 2), not cut at its 的 to 县直有关部门; a description of another kind before 的
(接到报告的县应急局) is still no part of the name."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    ("重大以上安全隐患由县安委办(县安监局)或负有安全监管职责的县直有关部门(行业主管部门)督促整改。",
     ["县安委办(县安监局)", "负有安全监管职责的县直有关部门(行业主管部门)"]),
    ("由负有监管职责的区直有关部门依法查处。", ["负有监管职责的区直有关部门"]),
    ("由承担行业监管职责的市直部门依法处理。", ["承担行业监管职责的市直部门"]),
])
def test_a_department_named_by_its_duty_keeps_its_whole_name(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


def test_a_description_of_another_kind_is_no_part_of_the_name():
    assert parse_responsible("由接到报告的县应急局及时核查。", statute=False).lead == ["县应急局"]
