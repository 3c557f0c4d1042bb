"""An office that opens its clause and 加大… (steps up its work: 区森林警察大队加大…查处力度) leads it, as one that
加强/强化… does (responsible.SUBJECT; tests/corpus/heldback/README.md convention 2). Shapes from dev texts of the
held-back set (ids in the comments) and written for these tests; expected units read off the quoted text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # a district's 清明 forest-fire plan, in Traditional characters (hb-u454-x; its rule is cut after 火災)
    ("區森林警察大隊加大火災", ["區森林警察大隊"]),
    # written for these tests
    ("县交警大队加大对酒驾醉驾的查处力度。", ["县交警大队"]),
    ("严查违法行为。镇综合执法大队加大占道经营整治力度。", ["镇综合执法大队"]),
])
def test_an_office_stepping_up_its_work_leads(text, lead):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, [])


def test_what_the_office_did_with_zeal_in_an_account_stays_work_done():
    # written for this test
    r = parse_responsible("镇安监办积极开展节前安全检查,加大巡查力度。", statute=False, account=True)
    assert (r.lead, r.support) == ([], [])
