"""Traditional → Simplified, one character for one, for reading rule fields of a text copied in Traditional
characters (各鄉鎮(街道)、縣級相關部門務必…): the patterns are written in Simplified characters. The table is
OpenCC's own single-character one (TSCharacters.txt), read once and only when a text holds a character it
changes; every fold keeps the text's length, so what is found in the folded text is cut from the original as
written. The search's fold (search/analysis.py) reads the same table through `traditional_chars` and keeps KEEP.
"""

from __future__ import annotations

import functools
import re
import threading
from importlib.util import find_spec
from pathlib import Path

# characters of the genre's Traditional texts (unit names and the words around them): a cheap first test
HINT = re.compile(r"[門辦縣鄉鎮區會單負責牽級關協組織參與應須將對進實嚴開強導監檢員長處廳隊團聯場務執運]")
# characters t2s would change although they are standard Simplified too (显著 → 显着)
KEEP = frozenset("著")

_lock = threading.Lock()
_table: dict[int, str] = {}


def table() -> dict[int, str]:
    """OpenCC's single-character Traditional → Simplified table (less KEEP), for str.translate; located without
    importing opencc_purepy (whose import alone costs ~0.1 s)."""
    with _lock:
        if not _table:
            path = Path(find_spec("opencc_purepy").origin).parent / "dicts" / "TSCharacters.txt"
            for line in path.read_text(encoding="utf-8").splitlines():
                key, _, value = line.partition("\t")
                target = value.split()[0] if value.split() else ""
                if len(key) == 1 and len(target) == 1 and target != key and key not in KEEP:
                    _table[ord(key)] = target
        return _table


@functools.cache
def traditional_chars() -> frozenset:
    """The characters `table` changes."""
    return frozenset(map(chr, table()))


def to_simplified(text: str) -> str:
    """`text` with its Traditional characters made Simplified; the same length, and `text` itself when it
    holds none of HINT's characters."""
    if not HINT.search(text):
        return text
    return text.translate(table())


def as_written(names: list[str], folded: str, original: str) -> list[str]:
    """Each name found in `folded`, cut from `original` at the same place (a name not found stays as it is)."""
    out = []
    for name in names:
        at = folded.find(name)
        out.append(original[at:at + len(name)] if at >= 0 else name)
    return out
