"""What the workbench keeps between requests: the rule files and corpus documents, reloaded when the
files on disk change.

Every cache is keyed by a fingerprint of the files (name, size, mtime): an edited rule file or a new
extraction in another terminal is picked up by the next request, never half-read, because every writer
replaces files atomically and a load is retried when the fingerprint moved while it ran. (The search
index swaps generations itself; `safeplan.search.index_version` names the one that answered.)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from safeplan.workspace import Workspace


def fingerprint(paths) -> tuple:
    out = []
    for p in paths:
        try:
            st = p.stat()
        except FileNotFoundError:
            continue
        out.append((str(p), st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


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
        self._loading = threading.Lock()
        self._rules: tuple[tuple, RulesSnapshot] | None = None
        self._docs: dict[str, tuple[tuple, list]] = {}

    def rules(self) -> RulesSnapshot:
        """Every rule file of the workspace, read by the library's `read_rule_file` (which keeps what it
        validated until the file changes: saving one rule parses one file again, not the folder). The
        snapshot's RuleFiles are the library's shared ones: no request changes them."""
        from safeplan.rules.rulefiles import expand_paths, read_rule_file, schema_path

        current = fingerprint([*expand_paths([self.ws.folder("rules")], self.ws), schema_path(self.ws)])
        with self._lock:
            if self._rules and self._rules[0] == current:
                return self._rules[1]
            stale = self._rules[1] if self._rules else None
        # One reload at a time; meanwhile other requests get the previous (complete) snapshot.
        if not self._loading.acquire(blocking=stale is None):
            return stale
        try:
            return self._reload(expand_paths, read_rule_file, schema_path)
        finally:
            self._loading.release()

    def _reload(self, expand_paths, read_rule_file, schema_path) -> RulesSnapshot:
        for _ in range(3):
            paths = expand_paths([self.ws.folder("rules")], self.ws)
            before = fingerprint([*paths, schema_path(self.ws)])
            with self._lock:
                if self._rules and self._rules[0] == before:
                    return self._rules[1]
            # the library keeps validated files by (path, mtime, size): an unchanged file is not parsed again
            files = [rf for rf in (read_rule_file(path, str(path), self.ws, skip_other=True, shared=True)
                                   for path in paths) if rf is not None]
            if fingerprint([*expand_paths([self.ws.folder("rules")], self.ws), schema_path(self.ws)]) == before:
                break  # nothing moved while it loaded; otherwise load again
        snap = RulesSnapshot(version=_short_hash(before), files=files, by_doc={rf.document.id: rf for rf in files})
        with self._lock:
            self._rules = (before, snap)
        return snap

    def document(self, doc_id: str):
        """The reader's Document for a document id (found as every face finds it: corpus/locate.py), or
        None when the id names no document of the workspace."""
        from safeplan.corpus.locate import find_document

        return find_document(self.ws, doc_id, self.rules().files, read=self._read)

    def _read(self, path: Path) -> list:
        from safeplan.corpus import read_documents

        key = fingerprint([path])
        with self._lock:
            cached = self._docs.get(str(path))
        if not cached or cached[0] != key:
            docs = read_documents(path, workspace=self.ws)
            cached = (key, docs)
            with self._lock:
                self._docs[str(path)] = cached
        return cached[1]


def _short_hash(fp: tuple) -> str:
    import hashlib

    return hashlib.sha256(repr(fp).encode("utf-8")).hexdigest()[:12]
