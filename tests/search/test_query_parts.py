"""The pieces of a query's path rewritten for speed answer as before: jieba's route, the longest known word,
the intent cues, the re-scoring of a pool fetched again, the workspace's search data found."""

from __future__ import annotations

import jieba

from safeplan.search.lexicon import Lexicon, load_lexicon
from safeplan.search.query import KnownWords, parse_query
from safeplan.search.searching import _coordinate
from safeplan.search.segment import QuerySegmenter
from safeplan.search.vocabulary import Vocabulary
from safeplan.workspace import Workspace

# 甲乙 (1 of 100) and 甲 + 乙 (10 of 100 each) are equally likely: jieba takes the longer word on a tie
FREQ = {"甲乙": 1, "甲": 10, "乙": 10, "丙": 79, "安全": 30, "安全生产": 20, "生产": 30, "生产经营": 10, "经营": 20,
        "单位": 40, "生产经营单位": 5}


def test_the_query_segmenter_cuts_as_jieba_does_with_the_same_dictionary(tmp_path):
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("".join(f"{w} {f}\n" for w, f in FREQ.items()), encoding="utf-8")
    reference = jieba.Tokenizer(dictionary=str(dictionary))
    reference.tmp_dir = str(tmp_path)
    ours = QuerySegmenter(Vocabulary.of(FREQ, sum(FREQ.values())), sum(FREQ.values()))
    for text in ("甲乙丙甲乙", "安全生产经营单位", "生产经营单位安全生产", "丙甲乙乙甲", "丁安全戊"):
        assert list(ours.cut(text)) == list(reference.cut(text, HMM=False)), text
    assert list(ours.cut("甲乙丙")) == ["甲乙", "丙"]        # the tie, read from jieba's rule


def test_the_longest_known_word_starting_at_a_place():
    known = KnownWords(["安全", "安全生产", "安全生产法", "消防"])
    assert known.at("安全生产法规定", 0) == "安全生产法"
    assert known.at("安全生产责任", 0) == "安全生产"
    assert known.at("落实安全帽", 2) == "安全"
    assert known.at("安全生", 0) == "安全"           # a longer known word would run past the text
    assert known.at("安防", 0) is None and known.at("防火", 0) is None
    assert "安全生产" in known and "安全生" not in known


def test_each_intent_whose_cue_a_word_holds_is_asked_for():
    lexicon = Lexicon(intents={"frequency": ["多久", "几次"], "penalty": ["罚多少"], "number": ["(多少)"],
                               "deadline": []})
    parsed = parse_query("检查几次 老板罚多少 (多少)人", lexicon, lambda text: iter([text]))
    assert parsed.intents == ["frequency", "penalty", "number"]     # a cue is a literal, never a pattern
    assert parse_query("多少人", lexicon, lambda text: iter([text])).intents == []


class _Engine:
    """The few Engine calls re-scoring makes, over candidates that are their held text."""

    def idf(self, term):
        return {"燃气": 3.0, "检查": 1.0}.get(term, 1.0)

    def held(self, candidate):
        return candidate

    def doc_id(self, candidate):  # noqa: ARG002 (the Engine's signature)
        return "d"

    def states(self, key, candidate, intents):  # noqa: ARG002 (the Engine's signature)
        return False


def test_a_pool_fetched_again_is_re_scored_as_a_fresh_one():
    clauses = parse_query("燃气 检查", Lexicon(), lambda text: iter([text])).clauses
    first = [(1, "燃气检查", 4.0), (2, "检查", 3.0)]
    larger = first + [(3, "燃气", 2.0), (4, "消防", 1.0)]
    factors: dict = {}
    assert _coordinate(first, clauses, _Engine(), factors=factors) == _coordinate(first, clauses, _Engine())
    assert set(factors) == {1, 2}
    again = _coordinate(larger, clauses, _Engine(), factors=factors)
    assert again == _coordinate(larger, clauses, _Engine())
    # 燃气 weighs 9 of 10 (idf²), 检查 1: 4.0 × 1, 2.0 × 0.9, 3.0 × 0.1, 1.0 × 0
    assert [(key, round(score, 6)) for key, _, score in again] == [(1, 4.0), (3, 1.8), (2, 0.3), (4, 0.0)]


def test_a_search_folder_made_after_the_first_search_is_read(tmp_path):
    workspace = Workspace.at(tmp_path)
    assert "甲乙丙" not in load_lexicon(workspace).stopwords
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "stopwords.txt").write_text("的\n甲乙丙\n", encoding="utf-8")
    assert load_lexicon(workspace).stopwords == frozenset({"的", "甲乙丙"})
    (tmp_path / "search" / "stopwords.txt").unlink()
    assert "甲乙丙" not in load_lexicon(workspace).stopwords
