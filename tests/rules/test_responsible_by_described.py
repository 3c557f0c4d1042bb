"""由…牵头的X, 由…负责的X, 由…组织的X: the words after 由 describe a body or a piece of work (the group a unit's leader
leads, the check a bureau runs), no task given to the unit (tests/corpus/heldback/README.md convention 2); 由…牵头,
由…负责… and 由…组织开展… still lead. Shapes from dev texts of the held-back set (ids in the comments) and written for
these tests; expected units read off the quoted text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, account", [
    # an account of a community's work: the group it set up, described by who leads it (hb-n459-x)
    ("三级网格,压实防火责任。社区成立由社区主要领导牵头的森林草原防灭火工作领导小组,建立“三级网格”管理体系。", True),
    # written for these tests
    ("此次检查是由县应急局负责的年度例行检查。", False),
    ("参加由市安委办组织的专题培训。", False),
])
def test_a_body_described_by_who_leads_it_names_no_unit(text, account):
    r = parse_responsible(text, statute=False, account=account)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, lead, support", [
    # written for these tests: the same words charging the unit
    ("由县应急局牵头,县公安局、县住建局配合。", ["县应急局"], ["县公安局", "县住建局"]),
    ("检查工作由县应急局负责。", ["县应急局"], []),
    ("由市安委办组织开展专题培训。", ["市安委办"], []),
])
def test_the_same_words_charging_a_unit_still_lead(text, lead, support):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, support)
