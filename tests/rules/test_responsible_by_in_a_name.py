"""A department clause with 由 inside (session 12, helper units12c): 一般隐患由有关部门依法处理 names no department
一般隐患由有关部门; the words before 由 are what is handled, the units after it lead as NAMED_BY reads them (a bare
有关部门 names none)."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    ("一般隐患由有关部门依法处理。", []),
    ("发现的违法行为由相关部门依法查处。", []),
    ("重大隐患由县应急管理部门负责督办。", ["县应急管理部门"]),
    ("其余事项由行业主管部门依法处理。", ["行业主管部门"]),
    ("自由贸易试验区管理部门要加强监管。", ["自由贸易试验区管理部门"]),      # (自由 is no 由)
])
def test_the_words_before_by_are_no_departments_name(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
