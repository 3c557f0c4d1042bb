"""One entry point: a path (or text in memory) → Documents (one per part of the file)."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

from safeplan.corpus.clean import clean_text
from safeplan.corpus.decode import decode_bytes
from safeplan.corpus.files import (
    TEXT_KINDS,
    confined,
    not_yet_message,
    read_limited,
    roots_of,
)
from safeplan.corpus.ids import slugify
from safeplan.corpus.manifest import original_name
from safeplan.corpus.markup import strip_markup
from safeplan.corpus.metadata import extract_metadata
from safeplan.corpus.model import Document
from safeplan.corpus.numerals import to_int
from safeplan.corpus.structure import build_items
from safeplan.errors import SafeplanError

_PART = re.compile(
    r"^(?P<title>[^\n]{0,60}?)[ \t]*(?:篇[ \t]*(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
    r"|第(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})篇)[ \t]*$", re.M)


def read_documents(path, workspace=None) -> list[Document]:
    """Read a .txt/.md/.html/.docx file into one Document per part (篇1…篇N), else a list of one.

    Raises SafeplanError (naming the file) for anything that is not a readable document.
    """
    p = Path(path)
    shown = workspace.relative(p) if workspace is not None else str(path)
    suffix = p.suffix.lower()
    refused = not_yet_message(p)
    if refused:
        raise SafeplanError(refused, shown)
    resolved = confined(p, roots_of(workspace) if workspace is not None else (), shown)
    data = read_limited(resolved, shown)
    if not data.strip():
        raise SafeplanError("empty file", shown)
    sha = hashlib.sha256(data).hexdigest()
    name = original_name(p)
    if suffix == ".docx":
        from safeplan.corpus.docx_reader import docx_text

        raw = docx_text(data, shown)
        kind = "txt"
    else:
        if data[:4] == b"PK\x03\x04":
            raise SafeplanError("a ZIP file (.docx/.xlsx?) with another extension: rename it to .docx", shown)
        raw = decode_bytes(data, shown)
        kind = TEXT_KINDS.get(suffix, "txt")
        if kind == "txt" and _looks_like_html(raw):
            kind = "html"
    if not raw.strip():
        raise SafeplanError("no text in this document", shown)
    return documents_from_text(raw, kind, p.stem, shown, sha, name)


def read_text(text: str, name: str = "plan.txt") -> list[Document]:
    """Read text held in memory (kind from the name's extension: .md, .html, else plain text)."""
    suffix = Path(name).suffix.lower()
    kind = TEXT_KINDS.get(suffix, "txt")
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return documents_from_text(text, kind, Path(name).stem, name, sha, None)


def documents_from_text(raw: str, kind: str, stem: str, shown: str, sha: str, original: str | None) -> list[Document]:
    plain, plain_map = strip_markup(raw, kind)
    cleaned, clean_map = clean_text(plain)
    offsets = clean_map.compose(plain_map)
    line_starts = _line_starts(raw)

    parts = _split_parts(cleaned)
    slug = slugify(stem)
    docs = []
    for number, (start, end, part_title) in enumerate(parts, 1):
        text = cleaned[start:end]
        part_map = offsets.shifted(start, end) if (start, end) != (0, len(cleaned)) else offsets

        def line_of(offset: int, _map=part_map) -> int:
            return bisect_right(line_starts, _map[offset])

        items = build_items(text, line_of)
        meta = extract_metadata(text, items, raw, kind, part_title)
        meta.original_name = original
        part = number if len(parts) > 1 else None
        docs.append(Document(
            id=f"{slug}-p{number}" if part else slug, path=shown, meta=meta, text=text, items=items, sha256=sha,
            part=part, raw_text=raw, raw_offsets=part_map,
        ))
    return docs


def _line_starts(raw: str) -> list[int]:
    # 0, then each line's length + 1 added up (in C: no Python step per line); the last sum is the end
    return list(accumulate(map((1).__add__, map(len, raw.split("\n"))), initial=0))[:-1]


def _split_parts(text: str) -> list[tuple[int, int, str | None]]:
    """篇1 … 篇N headings (numbered 1, 2, 3 … in order, at least two) split a file into parts."""
    if "篇" not in text:
        return [(0, len(text), None)]
    heads = []
    for m in _PART.finditer(text):
        n = to_int(m.group("n") or m.group("m"))
        if n == len(heads) + 1:
            heads.append((m.start(), m.group("title").strip() or None))
    if len(heads) < 2:
        return [(0, len(text), None)]
    parts = []
    for k, (start, title) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        if k == 0:
            start = 0       # text before 篇1 (if any) stays with part 1
        while end > start and text[end - 1] == "\n":
            end -= 1
        parts.append((start, end, title))
    return parts


def _looks_like_html(raw: str) -> bool:
    head = raw[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))
