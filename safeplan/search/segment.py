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

    def _dag(self, text: str) -> list[list[int]]:
        get, dag, n = self.freq.get, [], len(text)
        for k in range(n):
            ends, i, frag = [], k, text[k]
            while i < n:
                count = get(frag)
                if count is None:        # neither a word nor the start of one
                    break
                if count:
                    ends.append(i)
                i += 1
                frag = text[k:i + 1]
            dag.append(ends or [k])
        return dag

    def _cut_run(self, text: str):
        """jieba's route: from the end, each position's best (score, end), a tie going to the longer word."""
        dag, n, get, logtotal = self._dag(text), len(text), self.freq.get, self.logtotal
        scores, ends = [0.0] * (n + 1), [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            best, best_end = None, 0
            for x in dag[i]:      # ends ascending: `>=` keeps the last (longest) of equal scores, as max() did
                score = log(get(text[i:x + 1]) or 1) - logtotal + scores[x + 1]
                if best is None or score >= best:
                    best, best_end = score, x
            scores[i], ends[i] = best, best_end
        i = 0
        while i < n:
            j = ends[i] + 1
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
