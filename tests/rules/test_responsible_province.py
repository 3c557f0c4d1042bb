"""A province's departments are 厅 (省公安厅, 省住房城乡建设厅), as a city's or county's are 局: a 厅 that opens a
task's clause leads it, like 市应急管理局要…; a hall (服务大厅, 营业厅) is no department."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize(("text", "lead", "support"), [
    ("省住房城乡建设厅要会同有关部门加强城镇燃气安全监管。", ["省住房城乡建设厅"], []),
    ("省公安厅负责道路交通安全专项整治。", ["省公安厅"], []),
    ("省财政厅加强资金保障。", ["省财政厅"], []),
    ("省交通运输厅、省公安厅按职责分工负责。", ["省交通运输厅", "省公安厅"], []),
    ("省应急管理厅牵头，省公安厅、省交通运输厅配合。", ["省应急管理厅"], ["省公安厅", "省交通运输厅"]),
    ("政务服务大厅要延长服务时间。", [], []),
])
def test_a_province_department_leads_the_clause_it_opens(text, lead, support):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == (lead, support)
