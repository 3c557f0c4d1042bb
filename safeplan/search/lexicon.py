"""The editable search data of a workspace: user dictionary, stop list, synonyms, intent words and the
everyday ↔ legal terms.

Files (workspace first, then the packaged defaults, through `Workspace.file("search", …)`):
`search/userdict.txt` (jieba's format: word [freq] [tag]), `search/stopwords.txt` (one word a line),
`search/synonyms.yaml` (`groups:` of words meaning the same thing, `intents:` question words),
`search/everyday.yaml` (`terms:` of words people type → the legal terms documents use, with a source).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.yamlfiles import check_known_keys, load_yaml_file

SYNONYMS_SCHEMA = "safeplan.search-synonyms/v1"
EVERYDAY_SCHEMA = "safeplan.search-everyday/v1"
EVERYDAY_KEYS = ("everyday", "legal", "source")
# What a question can ask for; documents.py says which rules state it (the `has` field of the index).
INTENTS = ("frequency", "deadline", "responsible", "target", "penalty", "number", "list")


@dataclass
class Lexicon:
    userdict: list[tuple[str, int | None]] = field(default_factory=list)
    stopwords: frozenset = frozenset()
    groups: list[list[str]] = field(default_factory=list)
    intents: dict[str, list[str]] = field(default_factory=dict)
    index_hash: str = ""          # of what changes the index (user dictionary, stop list)
    everyday: dict[str, list[str]] = field(default_factory=dict)   # word people type → legal terms
    derived: dict = field(default_factory=dict, compare=False, repr=False)   # computed from the above, once

    def legal_terms(self, word: str) -> list[str]:
        """The legal terms of an everyday word (老板 → 主要负责人), in file order."""
        return self.everyday.get(word, [])

    def synonyms(self, word: str) -> list[str]:
        """The other words of every group holding `word`, in file order."""
        out: list[str] = []
        for group in self.groups:
            if word in group:
                out.extend(w for w in group if w != word and w not in out)
        return out


def _lines(path):
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise SafeplanError(f"cannot read: {exc}", path=str(path)) from exc
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append((number, line))
    return out


def _userdict(path) -> list[tuple[str, int | None]]:
    words = []
    for number, line in _lines(path):
        parts = line.split()
        freq = None
        if len(parts) > 1 and parts[1].isdigit():
            freq = int(parts[1])
        elif len(parts) > 1 and not parts[1].isalpha():
            raise SafeplanError(f"expected `word [freq] [tag]`, got {line!r}", path=str(path), line=number)
        words.append((parts[0], freq))
    return words


# The keys of search/synonyms.yaml (intents: checked against INTENTS below)
SYNONYMS_KEYS = {"": ("schema", "groups", "intents")}


def _synonyms(path) -> tuple[list[list[str]], dict[str, list[str]]]:
    data = load_yaml_file(path) if path.exists() else None
    check_known_keys(data, SYNONYMS_KEYS, str(path))
    if data is None:
        return [], {}
    if not isinstance(data, dict) or data.get("schema") != SYNONYMS_SCHEMA:
        raise SafeplanError(f"expected `schema: {SYNONYMS_SCHEMA}`", path=str(path))
    groups = data.get("groups") or []
    intents = data.get("intents") or {}
    if not isinstance(groups, list) or not all(isinstance(g, list) and all(isinstance(w, str) for w in g) for g in groups):
        raise SafeplanError("`groups` must be a list of lists of words", path=str(path))
    if not isinstance(intents, dict) or any(k not in INTENTS or not isinstance(v, list) for k, v in intents.items()):
        raise SafeplanError(f"`intents` maps {', '.join(INTENTS)} to lists of words", path=str(path))
    return [[w.strip() for w in g if w.strip()] for g in groups], {k: [str(w) for w in v] for k, v in intents.items()}


_loaded: dict[tuple, Lexicon] = {}


EVERYDAY_FILE_KEYS = {"": ("schema", "terms"), "terms[]": EVERYDAY_KEYS}


def _everyday(path) -> dict[str, list[str]]:
    """{everyday word: [legal terms]} of search/everyday.yaml; every entry names its source."""
    data = load_yaml_file(path) if path.exists() else None
    check_known_keys(data, EVERYDAY_FILE_KEYS, str(path))
    if data is None:
        return {}
    if not isinstance(data, dict) or data.get("schema") != EVERYDAY_SCHEMA or not isinstance(data.get("terms"), list):
        raise SafeplanError(f"expected `schema: {EVERYDAY_SCHEMA}` and a list `terms:`", path=str(path))
    out: dict[str, list[str]] = {}
    for entry in data["terms"]:
        if not isinstance(entry, dict):
            raise SafeplanError(f"a term is a mapping of {', '.join(EVERYDAY_KEYS)}; got {entry!r}", path=str(path),
                                line=data.line_of("terms"))
        words, legal, source = entry.get("everyday"), entry.get("legal"), entry.get("source")
        if not (_words(words) and _words(legal) and isinstance(source, str) and source.strip()):
            raise SafeplanError("a term needs `everyday:` and `legal:` lists of words and the `source:` "
                                "where the legal term is used", path=str(path), line=getattr(entry, "line", None))
        for word in words:
            known = out.setdefault(word.strip(), [])
            known.extend(t.strip() for t in legal if t.strip() not in known)
    return out


def _words(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(w, str) and w.strip() for w in value)


LEXICON_FILES = ("userdict.txt", "stopwords.txt", "synonyms.yaml", "everyday.yaml")
_places: dict = {}   # workspace root → (its search/ folder, [(the workspace's own file, the packaged default)]) as text


def load_lexicon(workspace) -> Lexicon:
    """Reads the workspace's search data (or the packaged defaults); read again only when a file changed
    (or a workspace file appeared or went: each search costs a few stat calls)."""
    found = _places.get(workspace.root)
    if found is None:
        from safeplan.workspace import defaults_root

        found = _places[workspace.root] = (str(workspace.root / "search"), [
            (str(workspace.root / "search" / name), str(defaults_root() / "search" / name)) for name in LEXICON_FILES])
    folder, places = found
    if os.path.isdir(folder):
        key = tuple(_stamp_of(own, default) for own, default in places)
    else:      # no workspace file can be there: one stat, not four that fail
        key = tuple(_stamp_of(default, default) for _, default in places)
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = _read_lexicon(*(Path(path) for path, _, _ in key))
    return _loaded[key]


def _stamp_of(own: str, default: str) -> tuple:
    """(path, mtime, size) of the workspace's own file when present, else of the default."""
    for path in (own, default):
        try:
            stat = os.stat(path)
        except OSError:
            continue
        return (path, stat.st_mtime_ns, stat.st_size)
    return (default, None, None)


def _read_lexicon(userdict_path, stop_path, synonyms_path, everyday_path) -> Lexicon:
    userdict = _userdict(userdict_path)
    stopwords = frozenset(line for _, line in _lines(stop_path))
    groups, intents = _synonyms(synonyms_path)
    digest = hashlib.sha256()
    for word, freq in userdict:
        digest.update(f"{word}\t{freq}\n".encode())
    digest.update(b"\0")
    for word in sorted(stopwords):
        digest.update(f"{word}\n".encode())
    return Lexicon(userdict, stopwords, groups, intents, digest.hexdigest(), _everyday(everyday_path))
