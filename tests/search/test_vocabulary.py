"""The query dictionary answers as jieba's prefix dict: a word's frequency, 0 for a prefix, None else."""

from __future__ import annotations

from safeplan.search.segment import QuerySegmenter
from safeplan.search.vocabulary import Vocabulary


def test_words_prefixes_and_strangers(tmp_path):
    Vocabulary.of({"重大事故隐患": 5, "重大": 300, "隐患": 40}, 1000).write(tmp_path)
    vocab = Vocabulary.read(tmp_path)
    assert vocab.total == 1000
    assert vocab.get("重大") == 300 and vocab.get("重大事故") == 0 and vocab.get("重") == 0
    assert vocab.get("事故") is None and "事故" not in vocab and "隐" in vocab
    assert sorted(vocab.items()) == [("重大", 300), ("重大事故隐患", 5), ("隐患", 40)]
    assert list(QuerySegmenter(vocab, vocab.total).cut("重大事故隐患排查")) == ["重大事故隐患", "排", "查"]


def test_an_empty_vocabulary(tmp_path):
    Vocabulary.of({}, 0).write(tmp_path)
    assert Vocabulary.read(tmp_path).get("安全") is None
