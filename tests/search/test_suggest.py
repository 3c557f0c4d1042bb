""""Did you mean": the index words one edit away from a word typed, looked up by its first or last character."""

from __future__ import annotations

import pytest

from safeplan.search.suggest import _nearest, vocabulary_buckets

VOCABULARY = {"疏散逃生演练": 5, "隐患排查": 9, "排查治理": 4, "有限空间": 7, "有限空间作业": 3, "安全生产": 20}


@pytest.mark.parametrize("typed, sizes, expected", [
    ("疏散逃生演炼", [6], "疏散逃生演练"),      # the last character replaced
    ("瘾患排查", [4], "隐患排查"),              # the first character replaced
    ("排查治里", [4], "排查治理"),
    ("有限空间作", [6], "有限空间作业"),        # one character missing at the end
    ("限空间作业", [6], "有限空间作业"),        # … and at the start
    ("安全全生产", [4], "安全生产"),            # one character too many in the middle
    ("消防通道", [4], None),
])
def test_a_word_one_edit_away_is_found_wherever_the_edit_is(typed, sizes, expected):
    buckets = vocabulary_buckets(VOCABULARY)
    assert _nearest(typed, buckets, lambda word: VOCABULARY[word], sizes) == expected
