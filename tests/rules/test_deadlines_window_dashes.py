"""The end of a window is a deadline (tests/corpus/heldback/README.md convention 9) whatever dash joins its ends: an
en dash or a horizontal bar as typeset pages write it, and ?? where a web copy lost the dash (hb-s73-x, split dev:
于6月1日??6月30日在各单位、各企业同时开展). Expected values are read off the quoted text."""

import pytest

from safeplan.rules.deadlines import parse_deadlines


@pytest.mark.parametrize("text, month, day, year", [
    ("活动于6月1日??6月30日在各单位、各企业同时开展。", 6, 30, None),          # hb-s73-x: the dash lost
    ("活动于6月1日？？6月30日开展。", 6, 30, None),
    ("2024年3月1日–3月31日开展集中整治。", 3, 31, 2024),                        # an en dash
    ("2024年5月1日―5月31日开展专项检查。", 5, 31, 2024),                        # a horizontal bar
])
def test_a_window_joined_by_another_dash_ends_at_its_end(text, month, day, year):
    [d] = parse_deadlines(text)
    assert (d.month, d.day, d.year) == (month, day, year)


def test_a_question_mark_alone_joins_nothing():
    # one ? is punctuation, not a lost dash: the 前 deadline stands alone
    [d] = parse_deadlines("是否完成?6月30日前完成自查。")
    assert (d.month, d.day) == (6, 30)
