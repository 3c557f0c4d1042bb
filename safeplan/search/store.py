"""Where the index lives and how it is swapped: generations under <workspace>/.safeplan/index/.

    .safeplan/index/CURRENT        the name of the live generation ("g000007"), replaced atomically
    .safeplan/index/g000007/       a complete index + meta.json + query.words/counts: whoosh's files (and head/), or
                                   tantivy's in tantivy/ (meta.json's "backend" says which)
    .safeplan/index/g000008.tmp-…  a build in progress (a crash leaves it behind; the next build removes it)

A build writes a new generation beside the live one and then replaces CURRENT, so a crash or Ctrl-C
mid-build leaves the previous index working and a concurrent search never sees a half-written one.
The previous generation is kept until the next swap, for searches that read CURRENT just before it.
Whoosh unpickles the schema when it opens an index: only a generation directory inside this
workspace's own .safeplan/index/, named by CURRENT, is ever opened.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.fileio import atomic_write_text

GENERATION = re.compile(r"g\d{6}")
REBUILD = "run `safeplan index --rebuild`"


def index_root(workspace) -> Path:
    return workspace.state_dir / "index"


_pointers: dict = {}    # workspace root → (index root, CURRENT's path as text)
_names: dict = {}       # CURRENT's path → (its inode, times and size, the name it held)


def _pointer(workspace) -> tuple[Path, str]:
    found = _pointers.get(workspace.root)
    if found is None:
        root = index_root(workspace)
        found = _pointers[workspace.root] = (root, str(root / "CURRENT"))
    return found


def current_generation(workspace) -> str | None:
    """The live generation's name, or None when there is no index yet. CURRENT is read again only when it
    was replaced (a swap renames a new file over it: another inode, other times)."""
    root, pointer = _pointer(workspace)
    try:
        stat = os.stat(pointer)
        stamp = (stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size)
        known = _names.get(pointer)
        if known is not None and known[0] == stamp:
            return known[1]
        with open(pointer, encoding="utf-8") as f:
            name = f.read().strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SafeplanError(f"cannot read the search index ({exc.strerror}); {REBUILD}", path=str(root)) from exc
    except ValueError:   # not UTF-8
        name = ""
    if not GENERATION.fullmatch(name):
        raise SafeplanError(f"the search index pointer is damaged; {REBUILD}", path=pointer)
    _names[pointer] = (stamp, name)
    return name


def generation_dir(workspace, name: str) -> Path:
    root = index_root(workspace)
    path = root / name
    # Never follow a link out of the workspace's own .safeplan/index/.
    if path.is_symlink() or path.resolve().parent != root.resolve():
        raise SafeplanError(f"the search index is not inside this workspace's .safeplan/; {REBUILD}", path=str(path))
    return path


def next_generation(workspace) -> str:
    root = index_root(workspace)
    numbers = [int(p.name[1:7]) for p in root.iterdir() if GENERATION.match(p.name)] if root.is_dir() else []
    return f"g{max(numbers, default=0) + 1:06d}"


def swap(workspace, name: str) -> None:
    """Makes generation `name` the live one, then removes all but it and the one before."""
    root = index_root(workspace)
    previous = current_generation(workspace)
    atomic_write_text(root / "CURRENT", name + "\n")
    keep = {name, previous}
    for path in root.iterdir():
        if path.is_dir() and GENERATION.match(path.name) and path.name not in keep and ".tmp-" not in path.name:
            shutil.rmtree(path, ignore_errors=True)


def remove_stale_builds(workspace) -> None:
    """Builds a crash left behind (call while holding the build lock)."""
    root = index_root(workspace)
    if root.is_dir():
        for path in root.iterdir():
            if ".tmp-" in path.name:
                shutil.rmtree(path, ignore_errors=True)


class BuildLock:
    """One `safeplan index` at a time per workspace (released by the OS if the process dies)."""

    def __init__(self, workspace):
        from whoosh.util.filelock import FileLock

        root = index_root(workspace)
        root.mkdir(parents=True, exist_ok=True)
        self._lock = FileLock(str(root / "BUILD.lock"))

    def __enter__(self):
        if not self._lock.acquire(blocking=False):
            raise SafeplanError("another `safeplan index` is running on this workspace; try again when it ends")
        return self

    def __exit__(self, *exc):
        self._lock.release()


def read_meta(path: Path) -> dict:
    with open(path / "meta.json", encoding="utf-8") as handle:
        return json.load(handle)


@dataclass
class OpenIndex:
    """A generation opened for searching, with what queries need beside the engine (cached per process)."""

    name: str
    path: Path
    index: object              # whoosh: the index; tantivy: None
    searcher: object           # whoosh: the searcher; tantivy: None
    meta: dict
    freq: object               # the query dictionary (vocabulary.Vocabulary): index words, jieba frequencies
    total: int
    lock: threading.Lock = field(default_factory=threading.Lock)
    head: object = None        # whoosh: head.Head, the common words' postings as arrays
    facet_values: dict = field(default_factory=dict)   # field → head.facet_table, built on first use
    segmenter: object = None
    expansions: tuple = (None, None)   # (lexicon, {word: its expansion}): parse_query's memo for this index
    engine: object = None      # engine.py's Engine over this generation
    backend: str = "whoosh"
    _titles: object = None

    def title_words(self):
        """query.TitleWords over the documents' titles (built on first use)."""
        if self._titles is None:
            from safeplan.search.query import TitleWords

            self._titles = TitleWords(self.meta.get("titles") or {})
        return self._titles


_cache: dict[Path, OpenIndex] = {}     # index root → its live generation, opened
_cache_lock = threading.Lock()
_open_lock = threading.Lock()


def open_index(workspace, schema_version: int | None = None, weighting=None) -> OpenIndex:
    """The live generation of the workspace's index, opened (or taken from the process cache).

    `schema_version` defaults to this safeplan's; `weighting` (whoosh's) to the schema's BM25F."""
    from safeplan.search.schema import SCHEMA_VERSION

    schema_version = SCHEMA_VERSION if schema_version is None else schema_version
    name = current_generation(workspace)
    if name is None:
        raise SafeplanError("no search index in this workspace yet; run `safeplan index` "
                            "(or `safeplan index --rebuild`)", path=str(index_root(workspace)))
    root = _pointer(workspace)[0]
    with _cache_lock:
        cached = _cache.get(root)
        if cached is not None and cached.name == name:
            return cached
    path = generation_dir(workspace, name)
    with _open_lock:   # one opening at a time: concurrent first searches share it instead of racing
        with _cache_lock:
            cached = _cache.get(root)
            if cached is not None and cached.name == name:
                return cached
        opened = _open(path, name, schema_version, weighting)
        with _cache_lock:
            # the generation it replaces is not closed here: a search that took it a moment ago may still be
            # reading it (closing it under that search was a ReaderClosed); its files close when it is dropped
            _cache[root] = opened
    return opened


def _open(path: Path, name: str, schema_version: int, weighting) -> OpenIndex:
    try:
        meta = read_meta(path)
    except (OSError, ValueError) as exc:
        raise SafeplanError(f"the search index is missing or damaged; {REBUILD}", path=str(path)) from exc
    if meta.get("schema_version") != schema_version:
        raise SafeplanError(f"the search index was built by another version of safeplan "
                            f"(schema {meta.get('schema_version')}, this one reads {schema_version}); {REBUILD}",
                            path=str(path))
    backend = meta.get("backend", "whoosh")
    try:
        from safeplan.search.vocabulary import Vocabulary

        vocabulary = Vocabulary.read(path)
        freq, total = vocabulary, vocabulary.total
        if backend == "tantivy":
            from safeplan.search.tantivy_engine import TantivyEngine

            opened = OpenIndex(name, path, None, None, meta, freq, total, backend="tantivy")
            opened.engine = TantivyEngine(path)
            return opened
    except Exception as exc:  # a missing or damaged file
        raise SafeplanError(f"the search index cannot be opened ({type(exc).__name__}: {exc}); {REBUILD}",
                            path=str(path)) from exc
    return _open_whoosh(path, name, meta, freq, total, weighting)


def _open_whoosh(path: Path, name: str, meta: dict, freq: dict, total: int, weighting) -> OpenIndex:
    from whoosh import index as whoosh_index

    from safeplan.search.head import Head
    from safeplan.search.whoosh_engine import WhooshEngine

    if weighting is None:
        from safeplan.search.schema import weighting as default_weighting

        weighting = default_weighting()
    try:
        ix = whoosh_index.open_dir(str(path))
        searcher = ix.searcher(weighting=weighting)
        head = Head(path, searcher)
    except Exception as exc:  # ModuleNotFoundError/AttributeError from the pickled schema, EOF, missing segments…
        raise SafeplanError(f"the search index cannot be opened ({type(exc).__name__}: {exc}); {REBUILD}",
                            path=str(path)) from exc
    opened = OpenIndex(name, path, ix, searcher, meta, freq, total, head=head)
    opened.engine = WhooshEngine(opened)
    return opened


def forget(workspace) -> None:
    """Drops the process cache of this workspace's index (after a build in the same process)."""
    root = index_root(workspace)
    with _cache_lock:
        _cache.pop(root, None)   # dropped, not closed: a search in another thread may still be reading it
        _names.pop(str(root / "CURRENT"), None)
