"""Document ids from file names: a readable slug [a-z0-9-]+ (rules-format.md), Chinese names in pinyin.

`区治本攻坚三年行动方案.txt` → `qu-zhi-ben-gong-jian-san-nian-xing-dong-fang-an`: one syllable per
character, tones dropped, polyphones read as in their phrase (重庆 → chong-qing; pypinyin's dictionary).
The same name gives the same id in every process and on every machine. (Syllables are not grouped into
words: a word segmenter costs a second or two of start-up in every process that reads a Chinese name.)
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

MAX_ID = 80                     # longer slugs are cut at a word and keep a hash of the whole name
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def digest(stem: str) -> str:
    return hashlib.sha1(stem.encode("utf-8", "surrogatepass")).hexdigest()[:8]


@lru_cache(maxsize=65536)
def slugify(stem: str) -> str:
    """The document id of a file stem: ASCII stems as they are (lower case, other characters → -),
    Chinese in pinyin; a stem with other characters (kana, Cyrillic …) keeps a hash of itself so that two
    such names never meet, and a stem with nothing readable is `doc-<hash>`."""
    if stem.isascii():
        slug = _NOT_SLUG.sub("-", stem.lower()).strip("-")
        return slug or f"doc-{digest(stem)}"
    folded = unicodedata.normalize("NFKC", stem)       # full-width digits and letters → ASCII
    slug = _NOT_SLUG.sub("-", "-".join(_pinyin_words(folded)).lower()).strip("-")
    lost = any(not ch.isascii() and not _HAN.match(ch) and ch.isalnum() for ch in folded)
    if not slug:
        return f"doc-{digest(stem)}"
    if lost or len(slug) > MAX_ID:
        cut = slug[:MAX_ID]
        if len(slug) > MAX_ID and "-" in cut:
            cut = cut[:cut.rindex("-")]
        slug = f"{cut}-{digest(stem)}"
    return slug


def _pinyin_words(text: str) -> list[str]:
    from pypinyin import lazy_pinyin

    return lazy_pinyin(text)
