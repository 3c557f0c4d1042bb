"""Finding a rule's source document: by the source path its rule file records, or by its document id.

One way for every face: `rules show` and `rules validate` (a rule file's source path), `corpus show` (a
path or an id), and the workbench's source view and review page (an id). An id is looked up in the rule
files first (they record the id extraction gave, -2 and all, with the source path and part), then among
the corpus files (the id the reader gives a file: its name, Chinese in pinyin, `-pN` for part N).
Every file found goes through `corpus.files.confined`: nothing outside the workspace or the packaged
defaults is read through a symlink.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from safeplan.corpus.files import find_documents, roots_of
from safeplan.corpus.ids import slugify
from safeplan.corpus.model import Document
from safeplan.errors import SafeplanError

DOC_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,150}$")
_PART = re.compile(r"^(?P<stem>.+)-p(?P<part>\d+)$")


def source_file(ws, recorded: str | None, anywhere: bool = False) -> Path | None:
    """The file a rule file's `source.path` names (relative to the workspace, else the packaged defaults),
    or None when there is none. A path leading out of the workspace and the defaults (`../`, an absolute
    path elsewhere) is found only with `anywhere` (the CLI reading the user's own rule files; never the
    workbench); a symlink leading out is refused by the reader whatever `anywhere` says."""
    if not recorded:
        return None
    roots = roots_of(ws)
    given = Path(recorded)
    candidates = [given] if given.is_absolute() else [root / given for root in roots]
    for candidate in candidates:
        lexical = Path(os.path.abspath(candidate))
        if not anywhere and not any(lexical == r or lexical.is_relative_to(r) for r in roots):
            continue
        if candidate.is_file() or candidate.is_symlink():
            return candidate
    return None


def source_documents(ws, recorded: str | None, anywhere: bool = False) -> list[Document]:
    """The reader's Documents of a rule file's source (SafeplanError when it is missing or unreadable)."""
    from safeplan.corpus.reader import read_documents

    path = source_file(ws, recorded, anywhere)
    if path is None:
        raise SafeplanError("source file not found", recorded)
    return read_documents(path, workspace=ws)


def pick_part(docs: list[Document], part: int | None) -> Document | None:
    """The part a rule file names (a file of one document: that document)."""
    for doc in docs:
        if doc.part == part or len(docs) == 1:
            return doc
    return None


def find_source(ws, doc_id: str, rule_files: Iterable = ()) -> tuple[Path, int | None] | None:
    """The file and part of document `doc_id`: from the rule files (objects with `.document.id` and
    `.document.source`), else the corpus file the reader gives that id. None when nothing has the id."""
    if not DOC_ID.match(doc_id or ""):
        return None
    for rf in rule_files:
        if rf.document.id == doc_id:
            source = rf.document.source or {}
            path = source_file(ws, source.get("path"))
            return (path, source.get("part")) if path is not None else None
    m = _PART.match(doc_id)
    found = find_documents(ws.folder("corpus"), roots_of(ws), ws.relative)
    for path in found.documents:
        stem_id = slugify(path.stem)
        if stem_id == doc_id:
            return path, None
        if m and stem_id == m.group("stem"):
            return path, int(m.group("part"))
    return None


def find_document(ws, doc_id: str, rule_files: Iterable = (), read=None) -> Document | None:
    """The reader's Document with id `doc_id` (its id set to `doc_id` when a rule file gave it another:
    -2 for a second file of one name, or the id an older version gave). `read(path)` reads a file (a
    cache may pass its own); SafeplanError when the file is there but cannot be read."""
    from safeplan.corpus.reader import read_documents

    located = find_source(ws, doc_id, rule_files)
    if located is None:
        return None
    path, part = located
    docs = read(path) if read is not None else read_documents(path, workspace=ws)
    doc = pick_part(docs, part)
    if doc is None:
        return None
    return doc if doc.id == doc_id else replace(doc, id=doc_id)


def resolve_document_path(ws, given: str, rule_files: Iterable = ()) -> Path:
    """What `corpus show` reads: a path as given; `corpus/…` missing from the workspace → the packaged
    default's copy; else a document id. (The path as given when none of these fits: the reader names it.)"""
    from safeplan.workspace import FOLDERS

    path = Path(given)
    if path.exists() or path.is_symlink() or path.is_absolute():
        return path
    if len(path.parts) >= 2 and path.parts[0] in FOLDERS:
        fallback = ws.file(path.parts[0], Path(*path.parts[1:]).as_posix())
        if fallback.exists():
            return fallback
    located = find_source(ws, given, rule_files)
    if located is not None:
        return located[0]
    return path

