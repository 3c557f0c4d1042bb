"""jieba's default mode (dictionary DAG, most probable route, no HMM) over the index's own vocabulary.

Queries are segmented with this rather than with the jieba module: the same algorithm and word
frequencies (the query dictionary is jieba's frequencies of every indexed word, see build.py), without
importing jieba and loading its 350 000-word dictionary — that alone would take most of the
0.8 s a `safeplan search` may last. HMM is not needed: every word the index holds is in the dictionary.
"""

from __future__ import annotations

import re
from math import log

_CJK_RUN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")


class QuerySegmenter:
    def __init__(self, freq: dict, total: int):
        self.freq = freq
        self.logtotal = log(total or 1)

    def _dag(self, text: str) -> dict[int, list[int]]:
        freq, dag, n = self.freq, {}, len(text)
        for k in range(n):
            ends, i, frag = [], k, text[k]
            while i < n:
                count = freq.get(frag)
                if count is None:        # neither a word nor the start of one
                    break
                if count:
                    ends.append(i)
                i += 1
                frag = text[k:i + 1]
            dag[k] = ends or [k]
        return dag

    def _cut_run(self, text: str):
        dag, n, freq, logtotal = self._dag(text), len(text), self.freq, self.logtotal
        route = {n: (0.0, 0)}
        for i in range(n - 1, -1, -1):
            route[i] = max((log(freq.get(text[i:x + 1]) or 1) - logtotal + route[x + 1][0], x) for x in dag[i])
        i = 0
        while i < n:
            j = route[i][1] + 1
            yield text[i:j]
            i = j

    def cut(self, text: str):
        """The words of `text`; anything but Chinese characters comes back as it is, in pieces."""
        for piece in _CJK_RUN.split(text):
            if not piece:
                continue
            if _CJK_RUN.fullmatch(piece):
                yield from self._cut_run(piece)
            else:
                yield piece
