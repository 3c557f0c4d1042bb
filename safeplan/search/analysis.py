"""The Chinese analyzer of the search index, for both backends: jieba words with sequential positions and
true offsets (whoosh_analysis.py wraps it as whoosh's tokenizer; tantivy gets the words already cut).

Words are cut by a `safeplan.segmenter.Segmenter` passed explicitly (jieba's dictionary + the search
user dictionary), never by the process-wide jieba. Nothing heavy is imported here: a search imports it.

Indexing ("search mode"): every word gets the next position; the dictionary words inside it
(重大事故隐患 → 重大, 事故, 隐患, 重大事故) are added at the position of the word they come from,
so phrase queries over whole words keep working. Queries use jieba's default mode (no sub-words).
Text is folded before segmentation (Traditional → Simplified, full-width → half-width, ASCII lowercased);
every fold is one character for one character, so offsets point into the original text.
"""

from __future__ import annotations

import re
import threading

from safeplan.hanzi import KEEP, traditional_chars

ANALYZER_VERSION = 2

# A word is a run of CJK characters, or a run of ASCII letters/digits (GB/T 9704 → gb, t, 9704; 95% → 95).
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_ASCII = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")

_lock = threading.Lock()
_state: dict = {}


def _opencc():
    with _lock:
        if "opencc" not in _state:
            from opencc_purepy import OpenCC

            _state["opencc"] = OpenCC("t2s")
        return _state["opencc"]


# Full-width ASCII → half-width, the ideographic space → a space: one character for one.
_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


_WIDE = re.compile("[\uff01-\uff5e\u3000]")
# The characters t2s changes that GB2312 (a Simplified character set) also holds: `_simplified` looks for
# them alone in a text GB2312 can encode (tests/search/test_analysis.py checks them against OpenCC's table).
GB2312_TRADITIONAL = "乾吒夥後徵拚捱摺於榘菸薰薹袷醣麴麽"
_IN_GB2312 = re.compile(f"[{GB2312_TRADITIONAL}]")


def _halfwidth(text: str) -> str:
    """`text` with full-width ASCII and the ideographic space made half-width: one replace per character
    found (Chinese text writes ，（）： full-width; str.translate looked every character up, 9 µs per 100)."""
    for wide in set(_WIDE.findall(text)):
        text = text.replace(wide, chr(_HALFWIDTH[ord(wide)]))
    return text


def _simplified(text: str) -> bool:
    """True when t2s changes no character of `text`. A text GB2312 encodes (nearly every text) is
    checked for GB2312_TRADITIONAL only, without reading OpenCC's table (a search folds every hit's
    text: the set look-up of each character cost 5 µs a hit, this about 1)."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return traditional_chars().isdisjoint(text)
    return _IN_GB2312.search(text) is None


def fold(text: str) -> str:
    """Traditional → Simplified, full-width → half-width, lower case; always the same length as `text`."""
    out = _halfwidth(text).lower()
    if _simplified(out):
        return out
    converted = _opencc().t2s(out)
    if len(converted) != len(out):  # a phrase rule changed the length: fold character by character
        cc = _opencc()
        converted = "".join(c if len(c := cc.t2s(ch)) == 1 else ch for ch in out)
    return "".join(o if o in KEEP else c for o, c in zip(out, converted, strict=False))


def words(text: str, cut):
    """Default-mode words of `text` as (word, start, end), folded; punctuation and spaces dropped.

    `cut(text)` segments text (a `Segmenter.cut`: jieba's default mode with HMM over the whole text, which
    is much faster than cutting run by run); anything not Chinese is re-split into ASCII words.
    """
    folded = fold(text)
    start = 0
    for word in cut(folded):
        end = start + len(word)
        if _CJK.fullmatch(word):
            yield word, start, end
        else:
            for part in _ASCII.finditer(word):
                yield part.group(), start + part.start(), start + part.end()
        start = end


def subwords(word: str, freq) -> list[tuple[str, int]]:
    """The dictionary words strictly inside `word`, with their offset in it (search mode's sub-tokens)."""
    found = []
    n = len(word)
    for size in range(2, n):
        for i in range(n - size + 1):
            gram = word[i:i + size]
            if freq.get(gram):
                found.append((gram, i))
    return found


def index_tokens(text: str, segmenter, stoplist=frozenset()):
    """(term, position, start, end) for indexing: words at sequential positions, sub-words at their word's."""
    freq = segmenter.freq
    pos = 0
    for word, start, end in words(text, segmenter.cut):
        if word in stoplist:
            continue
        yield word, pos, start, end
        if len(word) > 2:
            for sub, offset in subwords(word, freq):
                if sub not in stoplist:
                    yield sub, pos, start + offset, start + offset + len(sub)
        pos += 1
