"""A 各 list opening its clause that acts on something without a modal (各区县政府和地区管委会对辖区突出问题和重点区域进行
拉网式排查, a plan's step, hb-u234-y, dev): what it acts on, then the act (进行/开展/实施), tells its task - it leads (README
convention 2). Work done (…对近期工作进行了总结) is none."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize(("text", "lead"), [
    ("调查摸底,建立台帐。各区县政府和地区管委会对辖区突出问题和重点区域进行拉网式排查,建立整治台帐。",
     ["各区县政府", "地区管委会"]),
    ("会上,各部门对近期工作进行了总结。", []),
])
def test_a_list_acting_on_something_leads(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
