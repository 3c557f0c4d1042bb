"""What the workbench keeps between requests: the rule files and corpus documents, reloaded when the
files on disk change, and the version of the search index that served a result.

Every cache is keyed by a fingerprint of the files (name, size, mtime): a `safeplan index` or an
edited rule file in another terminal is picked up by the next request, never half-read, because every
writer replaces files atomically and a load is retried when the fingerprint moved while it ran.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from safeplan.workspace import Workspace

CORPUS_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")
_PART = re.compile(r"^(?P<stem>.+)-p(?P<part>\d+)$")
DOC_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,150}$")


def fingerprint(paths) -> tuple:
    out = []
    for p in paths:
        try:
            st = p.stat()
        except FileNotFoundError:
            continue
        out.append((str(p), st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


def rule_file_paths(ws: Workspace) -> list[Path]:
    folder = ws.folder("rules")
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


@dataclass
class RulesSnapshot:
    version: str
    files: list          # list[RuleFile]
    by_doc: dict         # doc_id → RuleFile

    def rule(self, doc_id: str, rule_id: str):
        rf = self.by_doc.get(doc_id)
        return rf.rule(rule_id) if rf else None


class WorkspaceCache:
    """Rule files and corpus documents of one workspace, reloaded when they change on disk."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        self._lock = threading.Lock()
        self._rules: tuple[tuple, RulesSnapshot] | None = None
        self._docs: dict[str, tuple[tuple, list]] = {}

    def rules(self) -> RulesSnapshot:
        from safeplan.rules.io import load_rule_files

        for _ in range(3):
            before = fingerprint(rule_file_paths(self.ws))
            with self._lock:
                if self._rules and self._rules[0] == before:
                    return self._rules[1]
            files = load_rule_files([self.ws.folder("rules")], workspace=self.ws)
            if fingerprint(rule_file_paths(self.ws)) == before:
                break  # nothing moved while it loaded; otherwise load again
        snap = RulesSnapshot(version=_short_hash(before), files=files, by_doc={rf.document.id: rf for rf in files})
        with self._lock:
            self._rules = (before, snap)
        return snap

    def corpus_files(self) -> dict[str, Path]:
        """The workspace corpus by document id (the file stem). Only these files are ever shown."""
        folder = self.ws.folder("corpus")
        found = {}
        for p in sorted(folder.rglob("*")):
            if p.suffix.lower() in CORPUS_SUFFIXES and p.is_file() and not p.name.startswith("."):
                found.setdefault(p.stem, p)
        return found

    def document_path(self, doc_id: str) -> Path | None:
        if not DOC_ID.match(doc_id or ""):
            return None
        files = self.corpus_files()
        if doc_id in files:
            return files[doc_id]
        m = _PART.match(doc_id)
        if m and m.group("stem") in files:
            return files[m.group("stem")]
        return None

    def document(self, doc_id: str):
        """The reader's Document for a corpus document id, or None when the id names no corpus document."""
        from safeplan.corpus import read_documents

        path = self.document_path(doc_id)
        if path is None:
            return None
        key = fingerprint([path])
        with self._lock:
            cached = self._docs.get(str(path))
        if not cached or cached[0] != key:
            docs = read_documents(path, workspace=self.ws)
            cached = (key, docs)
            with self._lock:
                self._docs[str(path)] = cached
        return next((d for d in cached[1] if d.id == doc_id), None)


def _short_hash(fp: tuple) -> str:
    import hashlib

    return hashlib.sha256(repr(fp).encode("utf-8")).hexdigest()[:12]
