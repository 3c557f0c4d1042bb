"""The editable search data of a workspace: user dictionary, stop list, synonyms and intent words.

Files (workspace first, then the packaged defaults, through `Workspace.file("search", …)`):
`search/userdict.txt` (jieba's format: word [freq] [tag]), `search/stopwords.txt` (one word a line),
`search/synonyms.yaml` (`groups:` of words meaning the same thing, `intents:` question words).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from safeplan.errors import SafeplanError
from safeplan.yamlfiles import check_known_keys, load_yaml_file

SYNONYMS_SCHEMA = "safeplan.search-synonyms/v1"
INTENTS = ("frequency", "deadline", "responsible", "target")


@dataclass
class Lexicon:
    userdict: list[tuple[str, int | None]] = field(default_factory=list)
    stopwords: frozenset = frozenset()
    groups: list[list[str]] = field(default_factory=list)
    intents: dict[str, list[str]] = field(default_factory=dict)
    index_hash: str = ""          # of what changes the index (user dictionary, stop list)

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


def _stamp(path) -> tuple:
    try:
        stat = path.stat()
    except OSError:
        return (str(path), None, None)
    return (str(path), stat.st_mtime_ns, stat.st_size)


def load_lexicon(workspace) -> Lexicon:
    """Reads the workspace's search data (or the packaged defaults); read again only when a file changed."""
    paths = [workspace.file("search", name) for name in ("userdict.txt", "stopwords.txt", "synonyms.yaml")]
    key = tuple(_stamp(path) for path in paths)
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = _read_lexicon(*paths)
    return _loaded[key]


def _read_lexicon(userdict_path, stop_path, synonyms_path) -> Lexicon:
    userdict = _userdict(userdict_path)
    stopwords = frozenset(line for _, line in _lines(stop_path))
    groups, intents = _synonyms(synonyms_path)
    digest = hashlib.sha256()
    for word, freq in userdict:
        digest.update(f"{word}\t{freq}\n".encode())
    digest.update(b"\0")
    for word in sorted(stopwords):
        digest.update(f"{word}\n".encode())
    return Lexicon(userdict, stopwords, groups, intents, digest.hexdigest())
