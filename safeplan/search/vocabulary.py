"""The query dictionary of an index generation: its words with jieba's frequencies, as jieba's prefix dict.

Queries are cut against what is indexed (segment.py). Kept as two plain files, not a pickled dict: a
law library's vocabulary (some 300,000 words, and every word's prefixes in jieba's form) loads in a few
milliseconds as one sorted list, and a word or prefix is found by bisection.

    query.words    UTF-8: the total frequency on the first line, then the words, sorted, one a line
    query.counts   the words' frequencies, uint32, in the same order
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from pathlib import Path

WORDS = "query.words"
COUNTS = "query.counts"


MEMO = 100_000    # fragments remembered (a query looks up every fragment of its words: 80 a question)


class Vocabulary:
    def __init__(self, words: list[str], counts: array, total: int):
        self.words, self.counts, self.total = words, counts, total
        self._memo: dict[str, int | None] = {}

    @classmethod
    def of(cls, freq: dict, total: int) -> Vocabulary:
        words = sorted(w for w, c in freq.items() if c)
        return cls(words, array("I", (freq[w] for w in words)), total)

    def _find(self, word: str) -> int:
        return bisect_left(self.words, word)

    def get(self, word: str, default=None):
        """The word's frequency; 0 for a prefix of an indexed word (as jieba's prefix dict); else `default`."""
        found = self._memo.get(word, -1)
        if found == -1:
            found = self._lookup(word)
            if len(self._memo) >= MEMO:
                self._memo.clear()
            self._memo[word] = found
        return default if found is None else found

    def _lookup(self, word: str) -> int | None:
        i = self._find(word)
        if i < len(self.words):
            if self.words[i] == word:
                return self.counts[i]
            if self.words[i].startswith(word):
                return 0
        return None

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word: str) -> int:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def items(self):
        return zip(self.words, self.counts, strict=False)

    def write(self, folder: Path) -> None:
        (folder / WORDS).write_text("\n".join([str(self.total)] + self.words), encoding="utf-8")
        with open(folder / COUNTS, "wb") as handle:
            self.counts.tofile(handle)

    @classmethod
    def read(cls, folder: Path) -> Vocabulary:
        lines = (folder / WORDS).read_text(encoding="utf-8").split("\n")
        counts = array("I")
        with open(folder / COUNTS, "rb") as handle:
            counts.frombytes(handle.read())
        words = lines[1:] if len(lines) > 1 and lines[1:] != [""] else []
        if len(counts) != len(words):
            raise ValueError(f"{COUNTS} holds {len(counts)} counts for {len(words)} words")
        return cls(words, counts, int(lines[0]))
