"""Snippets: the window with the most distinct query words (then the most matches), words in <b>…</b>."""

from __future__ import annotations

from safeplan.search.analysis import fold
from safeplan.search.snippets import _best_window, snippet


def test_the_window_with_the_most_distinct_words_wins_and_the_first_of_equals():
    ranges = [(0, 2, {"安全"}), (50, 52, {"安全"}), (100, 102, {"消防"}), (150, 152, {"安全"})]
    # windows of 96 characters: from 0 {安全}×2 = 12; from 50 {安全, 消防} = 22; from 100 the same 22 (later)
    assert _best_window(ranges, 96) == 1


def test_a_range_longer_than_the_window_counts_nothing():
    ranges = [(0, 120, {"甲"}), (130, 132, {"乙"})]
    assert _best_window(ranges, 96) == 1


def test_the_snippet_starts_a_little_before_the_best_window():
    text = "甲" * 100 + "安全" + "乙" * 30 + "消防" + "丙" * 100
    out = snippet(text, {"安全", "消防"})
    assert out.startswith("…" + "甲" * 24 + "<b>安全</b>" + "乙" * 30 + "<b>消防</b>")
    assert out.endswith("…") and len(out.replace("<b>", "").replace("</b>", "")) == 120 + 2


def test_a_text_folded_beforehand_gives_the_same_snippet_and_a_wrong_one_is_not_used():
    text = "甲" * 100 + "ＡＢＣ  安全\n" + "乙" * 30 + "　消防" + "丙" * 100
    alone = snippet(text, {"abc", "安全", "消防"})
    assert "<b>ＡＢＣ</b>" in alone and "<b>消防</b>" in alone
    assert snippet(text, {"abc", "安全", "消防"}, folded=fold(text)) == alone
    assert snippet(text, {"abc", "安全", "消防"}, folded="abc") == alone    # not the text's length: folded again
