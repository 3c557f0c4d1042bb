"""An account (news, a report) that tells of an office sending its staff out (镇安委办组织工作人员深入企业…开展…,
…组织执法人员走进…): what the office did, no task (tests/corpus/heldback/README.md convention 2), as its holding a
meeting or carrying out work with zeal; a plan's step or a meeting's demand worded so still charges the office. Shapes
from dev texts of the held-back set (ids in the comments) and written for these tests; expected units read off the
quoted text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text", [
    # a town's news of its 安全生产月 (hb-n904-y)
    "同时,镇安委办组织工作人员深入企业、农村、学校、社区、家庭等开展安全宣传“五进”,重点宣传用电安全。",
    # written for these tests
    "街道安监办组织执法人员走进辖区企业开展燃气安全检查。",
])
def test_an_account_of_staff_sent_out_names_no_unit(text):
    r = parse_responsible(text, statute=False, account=True)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, account", [
    # written for these tests: the same words as a plan's step, and as a meeting's demand in an account
    ("镇安委办组织工作人员深入企业开展安全宣传。", False),
    ("会议要求,镇安委办组织工作人员深入企业开展安全宣传。", True),
])
def test_a_step_or_a_demand_worded_so_charges_the_office(text, account):
    r = parse_responsible(text, statute=False, account=account)
    assert (r.lead, r.support) == (["镇安委办"], [])
