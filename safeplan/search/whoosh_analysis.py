"""whoosh's view of the Chinese analyzer (analysis.py): the tokenizer stored in a whoosh index's schema.

This module's import path is pickled into every whoosh schema: keep it at
`safeplan.search.whoosh_analysis`. The tokenizer drops its Segmenter when pickled (a `jieba.Tokenizer`
holds an RLock) and the index builder attaches it again (`attach`); searches never call it.
"""

from __future__ import annotations

from whoosh.analysis import Token, Tokenizer

from safeplan.search.analysis import index_tokens, words


class ChineseTokenizer(Tokenizer):
    """A whoosh tokenizer over `index_tokens` (mode "query": default-mode words only)."""

    def __init__(self, stoplist=(), segmenter=None):
        self.stoplist = frozenset(stoplist)
        self.segmenter = segmenter

    def __eq__(self, other):
        return type(other) is type(self) and other.stoplist == self.stoplist

    def __getstate__(self):
        return {"stoplist": self.stoplist}       # the segmenter is attached by whoever indexes (`attach`)

    def __setstate__(self, state):
        self.stoplist = state["stoplist"]
        self.segmenter = None

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        if self.segmenter is None:
            raise RuntimeError("ChineseTokenizer used without a segmenter (see analysis.attach)")
        if mode == "query":
            stream = []
            pos = 0
            for word, start, end in words(value, self.segmenter.cut):
                if word not in self.stoplist:
                    stream.append((word, pos, start, end))
                    pos += 1
        else:
            stream = index_tokens(value, self.segmenter, self.stoplist)
        for term, pos, start, end in stream:
            t.text = term
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = value[start:end]
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar, t.endchar = start_char + start, start_char + end
            yield t


def ChineseAnalyzer(stoplist=(), segmenter=None):
    """The analyzer stored in the schema (a tokenizer is an analyzer in whoosh)."""
    return ChineseTokenizer(stoplist, segmenter)


def attach(schema, segmenter) -> None:
    """Gives every Chinese field of `schema` (as a writer holds it) the segmenter to cut text with."""
    for _, field in schema.items():
        analyzer = getattr(field, "analyzer", None)
        if isinstance(analyzer, ChineseTokenizer):
            analyzer.segmenter = segmenter
