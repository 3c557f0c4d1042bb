"""The bodies a duty is given to by its name (issue 19, helper units12b): X的治理主体是…, 责任主体为…, and a unit named
as the 治理主体单位 lead (heldback README convention 2), outside a law; an enterprise in general named so is none."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # hb-u225-y: the dev text's sentences
    ("重大以上安全隐患的治理主体是隐患所在生产经营单位,无生产经营主体的公共安全隐患的治理主体是隐患所在乡镇人民政府和负有"
     "安全监管职责的县直有关部门或行业主管部门。", ["隐患所在乡镇人民政府", "负有安全监管职责的县直有关部门", "行业主管部门"]),
    ("隐患治理主体单位要在规定的时间内按要求完成隐患整治。", ["隐患治理主体单位"]),
    # new sentences of the same shape
    ("农村道路交通安全的监管主体是各乡镇人民政府。", ["各乡镇人民政府"]),
    ("校园周边安全整治的工作主体为县教育局和县公安局。", ["县教育局", "县公安局"]),
    ("整改主体单位要在期限内完成整改。", ["整改主体单位"]),
])
def test_the_body_a_duty_is_given_to_leads(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text", [
    "安全生产的责任主体是企业。",
    "事故隐患的治理主体是隐患所在生产经营单位。",
])
def test_enterprises_named_as_the_body_are_no_unit(text):
    assert parse_responsible(text, statute=False).lead == []
