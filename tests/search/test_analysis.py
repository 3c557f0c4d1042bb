"""The jieba analyzer: positions, offsets, sub-words, folding, stop words, pickling."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeplan.hanzi import traditional_chars
from safeplan.search.analysis import GB2312_TRADITIONAL, fold, index_tokens
from safeplan.search.whoosh_analysis import ChineseAnalyzer
from safeplan.segmenter import plain, with_words

# 重大事故隐患 is in the default user dictionary (search/userdict.txt): a segmenter knowing it keeps it whole.
DOMAIN = with_words([("重大事故隐患", None)])


def tokens(text, stoplist=(), segmenter=DOMAIN, **kwargs):
    return [(t.text, t.pos, t.startchar, t.endchar)
            for t in ChineseAnalyzer(stoplist, segmenter)(text, positions=True, chars=True, **kwargs)]


def test_sub_words_carry_the_position_of_the_word_they_come_from():
    out = tokens("消除重大事故隐患")
    assert out[0] == ("消除", 0, 0, 2)
    assert out[1] == ("重大事故隐患", 1, 2, 8)
    subs = {(t, p, s, e) for t, p, s, e in out[2:]}
    assert {("重大", 1, 2, 4), ("事故", 1, 4, 6), ("隐患", 1, 6, 8)} <= subs
    assert all(p == 1 for _, p, _, _ in out[1:])


def test_positions_are_sequential_and_offsets_point_into_the_original_text():
    text = "生产经营单位主要负责人要每季度带队检查"
    words = [(t, p, s, e) for t, p, s, e in index_tokens(text, DOMAIN)]
    positions = sorted({p for _, p, _, _ in words})
    assert positions == list(range(len(positions)))
    for term, _, start, end in words:
        assert text[start:end] == term


def test_ascii_and_digits_are_kept_lower_cased_without_stemming():
    out = [t for t, _, _, _ in tokens("按GB/T 9704排版，覆盖率达95%，Inspections")]
    assert "gb" in out and "t" in out and "9704" in out and "95" in out
    assert "inspections" in out


def test_traditional_characters_fold_to_simplified_with_the_same_offsets():
    assert fold("危險化學品安全管理條例") == "危险化学品安全管理条例"
    assert fold("显著") == "显著"          # OpenCC would write 显着; 著 is Simplified too
    assert fold("ＧＢ／Ｔ　９７０４") == "gb/t 9704"
    text = "危險化學品倉庫"
    out = tokens(text)
    assert out[0][0].startswith("危险")
    for term, _, start, end in out:
        assert fold(text[start:end]) == term


def test_stop_words_are_dropped_without_using_a_position():
    out = tokens("安全的生产", stoplist={"的"})
    assert [(t, p) for t, p, _, _ in out] == [("安全", 0), ("生产", 1)]


def test_query_mode_gives_default_mode_words_only():
    out = [t for t, _, _, _ in tokens("重大事故隐患排查", mode="query")]
    assert "重大" not in out and "排查" in out


@pytest.mark.parametrize("stoplist", [(), ("的", "了")])
def test_the_analyzer_pickles_as_whoosh_stores_it_in_the_schema(stoplist):
    analyzer = ChineseAnalyzer(stoplist, DOMAIN)
    copy = pickle.loads(pickle.dumps(analyzer))
    assert copy == analyzer and copy.segmenter is None      # a jieba.Tokenizer does not pickle
    assert type(copy).__module__ == "safeplan.search.whoosh_analysis"


TEXT = st.text(alphabet=st.sampled_from("安全生产危險化學品重大事故隐患ＧＢ／Ｔ９７０４95%，。 \n(一)abc著"), max_size=60)


@settings(deadline=None, derandomize=True, max_examples=60)
@given(TEXT)
def test_any_text_folds_to_the_same_length_and_every_token_points_at_its_source(text):
    assert len(fold(text)) == len(text)
    for term, _, start, end in index_tokens(text, DOMAIN):
        assert fold(text[start:end]) == term


def test_the_user_dictionary_stays_in_its_own_segmenter():
    """Issue 13: the index builder's user words no longer reach jieba's process-wide tokenizer (the checker
    aligned on other words in the web app than `safeplan check` did)."""
    import jieba

    text = "落实三管三必须要求"
    before = jieba.lcut(text, HMM=False)
    domain = with_words([("三管三必须", None)])
    assert "三管三必须" in domain.lcut(text, hmm=False)
    assert jieba.lcut(text, HMM=False) == before and "三管三必须" not in before
    assert "三管三必须" not in plain().lcut(text, hmm=False)


def test_the_traditional_characters_gb2312_holds_are_the_ones_fold_looks_for():
    # fold skips OpenCC for a text GB2312 encodes unless it holds one of these (analysis._simplified)
    in_gb2312 = set()
    for char in traditional_chars():
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        in_gb2312.add(char)
    assert in_gb2312 == set(GB2312_TRADITIONAL)


@pytest.mark.parametrize("text, expected", [
    ("安全評價", "安全评价"),              # not GB2312: OpenCC's table
    ("後續ＡＢＣ　工作", "后续abc 工作"),    # GB2312 except 續; full-width letters, the ideographic space
    ("於是", "于是"),                     # GB2312 encodes it, t2s changes it
    ("显著 ABC", "显著 abc"),             # 著 kept
])
def test_fold(text, expected):
    assert fold(text) == expected
