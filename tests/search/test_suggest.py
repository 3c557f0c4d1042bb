""""Did you mean": the index words one edit away from a word typed, looked up by its first or last character."""

from __future__ import annotations

import pytest

from safeplan.search.suggest import _nearest, did_you_mean, vocabulary_buckets

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


def test_candidates_whose_bound_is_below_the_best_weight_are_not_weighed():
    # (together, alone) as engine.counts gives them; the bound (alone, alone) is never below the weight
    counts = {"隐患排查": (3, 9), "隐患排除": (1, 2), "隐患整改": (0, 1)}
    buckets = vocabulary_buckets({w: 1 for w in counts})
    weighed = []

    def weight(word):
        weighed.append(word)
        return counts[word]

    def bound(word):
        return (counts[word][1], counts[word][1])

    # 隐患排查 and 隐患排除 are one edit from 隐患排险; 隐患整改 is not
    assert _nearest("隐患排险", buckets, weight, [4], bound) == "隐患排查"
    assert weighed == ["隐患排查"]          # 隐患排除's bound (2, 2) is below (3, 9): not weighed
    assert _nearest("隐患排险", buckets, lambda w: counts[w], [4]) == "隐患排查"   # the same answer unbounded


class CountingEngine:
    """engine.py's counting methods over a few rules' words; records the candidates weighed."""

    def __init__(self, rules):
        self.rules = [set(r) for r in rules]
        self.weighed = []

    def together(self, words):
        return sum(all(w in r for w in words) for r in self.rules)

    def doc_frequency(self, word):
        return sum(word in r for r in self.rules)

    def counts(self, word, context):
        self.weighed.append(word)
        return self.together(list(context) + [word]), self.doc_frequency(word)


def suggest(engine, typed):
    from safeplan.search.lexicon import Lexicon
    from safeplan.search.segment import QuerySegmenter

    freq = {w: 5 for r in engine.rules for w in r} | {"疏散": 5, "逃生": 5, "每月": 5}
    vocabulary = {w[:i]: 0 for w in freq for i in range(1, len(w))} | freq     # jieba's prefix dictionary
    buckets = vocabulary_buckets(freq)
    return did_you_mean([typed], vocabulary, lambda: buckets, engine, Lexicon(), 0,
                        QuerySegmenter(vocabulary, sum(freq.values())).cut)


def test_a_misspelt_word_is_corrected_to_the_word_used_with_the_others():
    engine = CountingEngine([["疏散逃生演练", "每年"], ["疏散逃生演练"], ["应急演练", "每年"]])
    assert suggest(engine, "疏散逃生演炼每年") == "疏散逃生演练每年"
    assert "疏散逃生演练" in engine.weighed


def test_no_candidate_is_weighed_when_no_rule_holds_the_other_words_typed():
    engine = CountingEngine([["疏散逃生演练", "每年"]])
    # no rule holds 每月: no word is used with it, nothing is suggested, and no candidate was weighed
    assert suggest(engine, "疏散逃生演炼每月") is None
    assert engine.weighed == []
