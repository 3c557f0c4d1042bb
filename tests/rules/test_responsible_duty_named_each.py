"""A 各 name named by its duty keeps the phrase, as written (负有安全生产监督管理职责的乡直各单位要指导…, hb-s902-y;
负有安全生产监管职责的各行业主管部门要…, hb-u143-y; README convention 2, as the gold reads it since c4e3933), as a name
after 由 already did (负有安全监管职责的县直有关部门). A 各 name with no duty before it, or a list of several, is read as
before."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize(("text", "lead"), [
    ("2、负有安全生产监督管理职责的乡直各单位要指导生产经营单位建立健全安全生产责任制。",
     ["负有安全生产监督管理职责的乡直各单位"]),
    ("负有安全生产监管职责的各行业主管部门要认真履行行业安全监管职能。", ["负有安全生产监管职责的各行业主管部门"]),
    ("乡直各单位要指导生产经营单位建立健全安全生产责任制。", ["乡直各单位"]),
])
def test_a_each_name_named_by_its_duty_keeps_it(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
