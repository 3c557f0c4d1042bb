"""`safeplan index`: rule files → a new index generation, incremental by content hash, swapped in atomically."""

from __future__ import annotations

import json
import os
import shutil
import time
from datetime import datetime, timezone
from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.fileio import atomic_write_text
from safeplan.search import store
from safeplan.search.analysis import fold
from safeplan.search.documents import PARAGRAPH_GENRES, content_hash, document_title, rule_documents
from safeplan.search.head import LIFT_FIELDS, write_head
from safeplan.search.lexicon import load_lexicon
from safeplan.search.schema import FIELD_WEIGHTS, SCHEMA_VERSION, make_schema

# Analyzed fields whose words make up the query dictionary.
VOCABULARY_FIELDS = ("heading", "text", "path", "units", "tags")


def load_workspace_rules(workspace) -> list:
    """Every rule file of the workspace's rules/ folder (or the packaged default rules)."""
    from safeplan.rules.rulefiles import load_rule_files

    return load_rule_files([workspace.folder("rules")], workspace=workspace)


def rule_sources(workspace) -> list:
    """[path, size, mtime] of the YAML files under the workspace's rules/ folder: cheap to compare."""
    folder = workspace.folder("rules")
    out = []
    for path in sorted(folder.rglob("*.y*ml")):
        stat = path.stat()
        out.append([path.relative_to(folder).as_posix(), stat.st_size, stat.st_mtime_ns])
    return out


def index_is_stale(workspace, meta: dict) -> bool:
    """True when rules/ changed since an index built from it (`safeplan index` would do something)."""
    recorded = meta.get("sources")
    return recorded is not None and recorded != rule_sources(workspace)


def _by_document(rule_files) -> dict:
    out = {}
    for rf in rule_files:
        doc_id = rf.document.id
        if doc_id in out:
            raise SafeplanError(f"document id {doc_id!r} is also used by {out[doc_id][0].path}", path=rf.path)
        out[doc_id] = (rf, content_hash(rf))
    return out


def source_text(workspace, rule_file) -> str | None:
    """The text of an unnumbered document (indexed by paragraph), or None for other documents or when the
    source file cannot be read (its rules are indexed as they are)."""
    from safeplan.corpus.decode import decode_bytes

    doc = rule_file.document
    path = (doc.source or {}).get("path")
    if doc.genre not in PARAGRAPH_GENRES or not path:
        return None
    relative = path.removeprefix("corpus/")
    try:
        return decode_bytes(workspace.file("corpus", relative).read_bytes(), path)
    except (OSError, SafeplanError):
        return None


def _copy_generation(source: Path, target: Path) -> None:
    """The files of a whoosh index never change once written, so hard links are a safe copy."""
    target.mkdir(parents=True)
    for path in source.iterdir():
        if path.is_file() and "LOCK" not in path.name and path.name not in ("meta.json", "query.dict"):
            try:
                os.link(path, target / path.name)
            except OSError:
                shutil.copy2(path, target / path.name)


def _query_dictionary(reader, jieba_freq: dict, extra_words) -> tuple[dict, int]:
    """The index vocabulary as a jieba prefix dictionary (queries are segmented against what is indexed)."""
    words = set(extra_words)
    for name in VOCABULARY_FIELDS:
        if name in reader.schema:
            words.update(reader.field_terms(name))
    freq: dict[str, int] = {}
    for word in words:
        freq[word] = jieba_freq.get(word) or 1
    for word in list(freq):
        for i in range(1, len(word)):
            freq.setdefault(word[:i], 0)
    total = sum(jieba_freq.values()) if jieba_freq else sum(freq.values())
    return freq, total


def build_index(workspace, rebuild: bool = False, rule_files=None, progress=None) -> dict:
    """Builds or updates the workspace's search index; returns what was done.

    Incremental by content hash of each rule file; `rebuild=True` starts from nothing.
    `rule_files` (default: the workspace's rules/) lets a caller index rule files it holds in memory.
    `progress(done, total)` is called as documents are indexed.
    """
    from whoosh import index as whoosh_index
    from whoosh.writing import CLEAR

    from safeplan.search.analysis import attach
    from safeplan.segmenter import with_words

    started = time.perf_counter()
    lexicon = load_lexicon(workspace)
    sources = None
    if rule_files is None:
        sources = rule_sources(workspace)
        rule_files = load_workspace_rules(workspace)
    documents = _by_document(rule_files)
    hashes = {doc_id: h for doc_id, (_, h) in documents.items()}
    root = store.index_root(workspace)

    with store.BuildLock(workspace):
        store.remove_stale_builds(workspace)
        old_meta, old_dir = None, None
        if not rebuild:
            try:
                current = store.current_generation(workspace)
                if current:
                    old_dir = store.generation_dir(workspace, current)
                    old_meta = store.read_meta(old_dir)
            except (SafeplanError, OSError, ValueError):
                old_meta = None
            if old_meta and (old_meta.get("schema_version") != SCHEMA_VERSION
                             or old_meta.get("lexicon") != lexicon.index_hash):
                old_meta = None
        if old_meta is not None and old_meta.get("documents") == hashes:
            if sources is not None and old_meta.get("sources") != sources:
                old_meta["sources"] = sources   # touched but unchanged files: remember them as they are now
                atomic_write_text(old_dir / "meta.json", json.dumps(old_meta, ensure_ascii=False, indent=1))
            return _stats(old_meta, changed=[], removed=[], started=started, root=root, updated=False)

        old_docs = old_meta["documents"] if old_meta else {}
        changed = sorted(d for d, h in hashes.items() if old_docs.get(d) != h)
        removed = sorted(d for d in old_docs if d not in hashes)
        name = store.next_generation(workspace)
        tmp = root / f"{name}.tmp-{os.getpid()}"

        segmenter = with_words(lexicon.userdict, workspace.state_dir)
        if old_meta is not None:
            _copy_generation(old_dir, tmp)
            ix = whoosh_index.open_dir(str(tmp))
        else:
            tmp.mkdir(parents=True)
            ix = whoosh_index.create_in(str(tmp), make_schema(lexicon.stopwords))
        writer = ix.writer(limitmb=512)
        attach(writer.schema, segmenter)
        try:
            for doc_id in changed + removed:
                if doc_id in old_docs:
                    writer.delete_by_term("doc_id", doc_id)
            for done, doc_id in enumerate(changed, 1):
                rule_file = documents[doc_id][0]
                for fields in rule_documents(rule_file, source_text(workspace, rule_file)):
                    writer.add_document(**fields)
                if progress:
                    progress(done, len(changed))
            writer.commit(mergetype=CLEAR if old_meta is None else None)
        except BaseException:
            writer.cancel()
            ix.close()
            shutil.rmtree(tmp, ignore_errors=True)
            raise

        with ix.reader() as reader:
            freq, total = _query_dictionary(reader, segmenter.freq, (w for w, _ in lexicon.userdict))
            doc_count = reader.doc_count()
            write_head(reader, tmp, list(FIELD_WEIGHTS) + list(LIFT_FIELDS))
        ix.close()
        store.write_query_dict(tmp, freq, total)
        meta = {
            "schema_version": SCHEMA_VERSION,
            "lexicon": lexicon.index_hash,
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "rules": doc_count,
            "documents": hashes,
            "sources": sources,
            "titles": {doc_id: fold(document_title(rf.document)) for doc_id, (rf, _) in documents.items()},
        }
        (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, root / name)
        store.swap(workspace, name)
    store.forget(workspace)
    return _stats(meta, changed=changed, removed=removed, started=started, root=root, updated=True,
                  full=old_meta is None)


def _stats(meta, changed, removed, started, root: Path, updated: bool, full: bool = False) -> dict:
    size = 0
    name = (root / "CURRENT").read_text(encoding="utf-8").strip()
    for path in (root / name).rglob("*"):
        if path.is_file():
            size += path.stat().st_size
    return {
        "index": str(root),
        "generation": name,
        "updated": updated,
        "full": full,
        "documents": len(meta["documents"]),
        "rules": meta["rules"],
        "changed": changed,
        "removed": removed,
        "bytes": size,
        "seconds": round(time.perf_counter() - started, 3),
    }
