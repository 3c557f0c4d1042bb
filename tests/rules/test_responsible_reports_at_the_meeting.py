"""A meeting system's member that reports at the meeting (街道安委办有关成员单位在会议上报告本单位安全生产工作完成情况,
a 联席会议制度, hb-s906-y, dev) is given that work - it leads (README convention 2); a person reporting names no unit."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize(("text", "lead"), [
    ("街道安委办有关成员单位在会议上报告本单位安全生产工作完成情况。", ["街道安委办有关成员单位"]),
    ("局长在会议上报告了工作。", []),
])
def test_a_member_that_reports_at_the_meeting_leads(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
