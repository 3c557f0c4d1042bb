"""Two frequency shapes of the genre that read as nothing before (written for this test, not taken from a text):
a count in digits straight after the period (每月2次开展检查 — 每月两次开展检查 already read), and the hours of a day at
which a report is due (每日8时前报告, 每天6时、14时报送: convention 10 reads 每月15日、30日前 as twice a month, so two
hours listed are twice a day). A time of day with nothing done at it (截至每日24时) stays no frequency."""

import pytest

from safeplan.rules.fields import parse_frequencies


def read(text):
    return [(f.text, f.period, f.min_count, f.activity) for f in parse_frequencies(text)]


@pytest.mark.parametrize("text, expected", [
    ("社区网格员每月2次开展燃气安全入户检查", [("每月2次", "month", 2, "开展燃气安全入户检查")]),
    ("各村每周3次巡查河道", [("每周3次", "week", 3, "巡查河道")]),
    ("汛期各成员单位每日8时前向镇防指报告雨情水情", [("每日8时前向镇防指报告雨情水情", "day", 1, "向镇防指报告雨情水情")]),
    ("值班人员每天上午9时、下午4时报送巡查情况", [("每天上午9时、下午4时报送巡查情况", "day", 2, "报送巡查情况")]),
    ("水位站每日6时、14时、20时报告水位", [("每日6时、14时、20时报告水位", "day", 3, "报告水位")]),
])
def test_counts_and_hours(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "数据统计截至每日24时",
    "每年6月为安全生产月",
])
def test_a_time_with_nothing_done_is_no_frequency(text):
    assert read(text) == []
