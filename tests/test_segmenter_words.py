"""safeplan.segmenter: one private jieba tokenizer per word list, jieba's dictionary read once per process."""

import jieba

from safeplan import segmenter


def test_the_dictionary_is_read_once_and_each_segmenter_keeps_its_own_words(monkeypatch):
    monkeypatch.setattr(segmenter, "_default", None, raising=False)
    monkeypatch.setattr(segmenter, "_cached", {})
    reads = []
    real = jieba.Tokenizer.initialize

    def initialize(self, *args, **kwargs):
        reads.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(jieba.Tokenizer, "initialize", initialize)
    text = "落实三管三必须要求，开展安全生产大检查"
    duty = segmenter.with_words([("三管三必须", None)])
    check = segmenter.with_words([("安全生产大检查", 100000)])
    plain = segmenter.plain()
    assert "三管三必须" in duty.lcut(text, hmm=False) and "安全生产大检查" not in duty.lcut(text, hmm=False)
    assert "安全生产大检查" in check.lcut(text, hmm=False) and "三管三必须" not in check.lcut(text, hmm=False)
    assert not {"三管三必须", "安全生产大检查"} & set(plain.lcut(text, hmm=False))
    assert len(reads) == 1      # three segmenters, one read of jieba's dictionary (half a second each before)
