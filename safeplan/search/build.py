"""`safeplan index`: rule files → a new index generation, incremental by content hash, swapped in atomically."""

from __future__ import annotations

import gc
import json
import os
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.fileio import atomic_write_text
from safeplan.search import store
from safeplan.search.analysis import fold
from safeplan.search.documents import (
    PARAGRAPH_GENRES,
    content_hash,
    document_title,
    rule_documents,
)
from safeplan.search.lexicon import load_lexicon
from safeplan.search.rowstore import FILES as ROW_FILES
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
    """The files of a whoosh or tantivy index never change once written (tantivy replaces its meta.json
    by renaming), so hard links are a safe copy."""
    target.mkdir(parents=True)
    for path in source.rglob("*"):
        relative = path.relative_to(source)
        if path.is_dir():
            (target / relative).mkdir(parents=True, exist_ok=True)
            continue
        if "LOCK" in path.name or path.name.endswith(".lock") or relative.as_posix() in (
                "meta.json", "query.words", "query.counts", *ROW_FILES):   # the rows are copied as they grow
            continue
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, target / relative)
        except OSError:
            shutil.copy2(path, target / relative)


def query_dictionary(words, jieba_freq: dict):
    """The index vocabulary with jieba's frequencies (queries are segmented against what is indexed)."""
    from safeplan.search.vocabulary import Vocabulary

    freq = {word: jieba_freq.get(word) or 1 for word in words if word}
    total = sum(jieba_freq.values()) if jieba_freq else sum(freq.values())
    return Vocabulary.of(freq, total)


def _live_index(workspace, rebuild: bool, lexicon) -> tuple[dict | None, Path | None, str | None]:
    """(meta, folder) of the live generation when a build may start from it (else None, None), and the
    backend the live index records (kept by every later build, `--rebuild` too, unless another is asked)."""
    try:
        current = store.current_generation(workspace)
        if not current:
            return None, None, None
        old_dir = store.generation_dir(workspace, current)
        old_meta = store.read_meta(old_dir)
    except (SafeplanError, OSError, ValueError):
        return None, None, None
    recorded = old_meta.get("backend", "whoosh")
    if rebuild or old_meta.get("schema_version") != SCHEMA_VERSION or old_meta.get("lexicon") != lexicon.index_hash:
        return None, None, recorded
    return old_meta, old_dir, recorded


def build_index(workspace, rebuild: bool = False, rule_files=None, progress=None, backend: str | None = None) -> dict:
    """Builds or updates the workspace's search index; returns what was done.

    Incremental by content hash of each rule file; `rebuild=True` starts from nothing.
    `rule_files` (default: the workspace's rules/) lets a caller index rule files it holds in memory.
    `progress(done, total)` is called as documents are indexed. `backend` ("whoosh" or "tantivy"; default:
    the one the index has, else whoosh under engine.LARGE rules and tantivy from there) is recorded in
    the index, so later builds and every search use it.
    """
    from safeplan.search.engine import choose_backend
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
        old_meta, old_dir, recorded = _live_index(workspace, rebuild, lexicon)
        chosen = choose_backend(backend, recorded, sum(len(rf.rules) for rf, _ in documents.values()))
        if old_meta is not None and recorded != chosen:
            old_meta, old_dir = None, None           # another backend: start from nothing
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
        if old_meta is not None:
            _copy_generation(old_dir, tmp)
        else:
            tmp.mkdir(parents=True)
        segmenter = with_words(lexicon.userdict, workspace.state_dir)
        write = _write_tantivy if chosen == "tantivy" else _write_whoosh
        gc.freeze()     # the rule files held (a law library's are millions of objects) are not scanned again
        try:             # and again by the collections the build's short-lived objects set off
            doc_count, vocabulary = write(tmp, workspace, documents, changed, removed, old_docs, segmenter,
                                          lexicon, progress, fresh=old_meta is None, previous=old_dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        finally:
            gc.unfreeze()
        if old_meta is not None and chosen == "tantivy":   # the words of the documents left as they were
            from safeplan.search.vocabulary import Vocabulary

            vocabulary |= set(Vocabulary.read(old_dir).words)
        query_dictionary(vocabulary | {w for w, _ in lexicon.userdict}, segmenter.freq).write(tmp)
        meta = {
            "schema_version": SCHEMA_VERSION,
            "backend": chosen,
            "lexicon": lexicon.index_hash,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "rules": doc_count,
            "documents": hashes,
            "sources": sources,
            "titles": {doc_id: fold(document_title(rf.document)) for doc_id, (rf, _) in documents.items()},
            "doc_titles": {doc_id: rf.document.title or "" for doc_id, (rf, _) in documents.items()},
            "doc_numbers": {doc_id: rf.document.doc_number for doc_id, (rf, _) in documents.items()
                            if rf.document.doc_number},
        }
        (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, root / name)
        store.swap(workspace, name)
    store.forget(workspace)
    return _stats(meta, changed=changed, removed=removed, started=started, root=root, updated=True,
                  full=old_meta is None)


def _units(workspace, documents, changed, progress):
    """The index units (field mappings) of the changed documents, one document after another."""
    for done, doc_id in enumerate(changed, 1):
        rule_file = documents[doc_id][0]
        yield from rule_documents(rule_file, source_text(workspace, rule_file))
        if progress:
            progress(done, len(changed))


def _write_whoosh(tmp: Path, workspace, documents, changed, removed, old_docs, segmenter, lexicon, progress,
                  fresh: bool, previous: Path | None) -> tuple[int, set]:  # noqa: ARG001 (one signature)
    """Writes the whoosh index (and its head arrays) in `tmp`; (rules, vocabulary)."""
    from whoosh import index as whoosh_index
    from whoosh.writing import CLEAR

    from safeplan.search.head import LIFT_FIELDS, write_head
    from safeplan.search.whoosh_analysis import attach

    ix = whoosh_index.create_in(str(tmp), make_schema(lexicon.stopwords)) if fresh else whoosh_index.open_dir(str(tmp))
    writer = ix.writer(limitmb=512)
    attach(writer.schema, segmenter)
    try:
        for doc_id in changed + removed:
            if doc_id in old_docs:
                writer.delete_by_term("doc_id", doc_id)
        for fields in _units(workspace, documents, changed, progress):
            writer.add_document(**fields)
        writer.commit(mergetype=CLEAR if fresh else None)
    except BaseException:
        writer.cancel()
        ix.close()
        raise
    with ix.reader() as reader:
        vocabulary = set()
        for fieldname in VOCABULARY_FIELDS:
            if fieldname in reader.schema:
                vocabulary.update(reader.field_terms(fieldname))
        doc_count = reader.doc_count()
        write_head(reader, tmp, list(FIELD_WEIGHTS) + list(LIFT_FIELDS))
    ix.close()
    return doc_count, vocabulary


def _write_tantivy(tmp: Path, workspace, documents, changed, removed, old_docs, segmenter, lexicon, progress,
                   fresh: bool, previous: Path | None) -> tuple[int, set]:
    """Writes the tantivy index in `tmp/tantivy` and its rows (after `previous`'s); (rules, vocabulary of the
    documents written)."""
    from safeplan.search.tantivy_engine import TantivyWriter

    writer = TantivyWriter(tmp, segmenter, lexicon.stopwords, fresh=fresh, previous=previous)
    try:
        for doc_id in changed + removed:
            if doc_id in old_docs:
                writer.delete_document(doc_id)
        for fields in _units(workspace, documents, changed, progress):
            writer.add(fields)
        doc_count = writer.commit()
    except BaseException:
        writer.cancel()
        raise
    return doc_count, writer.tokens.vocabulary


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
