"""Reading and writing rule files (`schema: safeplan.rules/v1`, rules-format.md).

`load_rule_files` takes files and folders; in a folder, YAML of another safeplan schema (the sector
vocabulary, a corpus manifest) is skipped by its `schema:` key. Anything broken — YAML syntax, tabs,
duplicate keys, aliases, an impossible date, an unknown schema, a value of the wrong type, two rules with
one id — raises SafeplanError naming the file and line.

Every write is atomic and writes the mapping of model.rule_file_to_dict. A new file is written whole
(`write_rule_file`); a file that exists is read with `load_for_rewrite` (its mapping, and its `rule_file` as
objects to change) and changed with `rewrite_loaded` under the rules folder's lock, after checking that it
is still the file that was read: only the values that changed are written again (rewrite.py), so a
person's comments, fields and layout stay byte for byte.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from safeplan import yamlfiles
from safeplan.errors import SafeplanError
from safeplan.fileio import atomic_write_text
from safeplan.rules.model import SCHEMA, RuleFile, rule_file_from_dict
from safeplan.rules.rewrite import rewrite
from safeplan.rules.yamlio import dump_fresh, line_of, parse_yaml, plain
from safeplan.workspace import Workspace

YAML_SUFFIXES = (".yaml", ".yml")


def expand_paths(paths, workspace=None) -> list[Path]:
    """Files as given; folders become their *.yaml/*.yml files, sorted. A missing path is an error, and so
    is a file of the workspace that leads out of it (a symlink to a file elsewhere: corpus/files.confined,
    as for corpus documents)."""
    from safeplan.corpus.files import confined, roots_of

    roots = roots_of(workspace if isinstance(workspace, Workspace) else Workspace.at(workspace))
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix in YAML_SUFFIXES and f.is_file()
                           and not f.name.startswith("."))
        elif p.is_file():
            found = [p]
        else:
            raise SafeplanError("no such rule file or folder", path=str(p))
        for path in found:
            confined(path, roots)
        out += found
    return out


def schema_key(data: Any) -> Any:
    return data.get("schema") if isinstance(data, dict) else None


def is_other_schema(data: Any) -> bool:
    """YAML of another safeplan format (sectors, corpus manifest, profile): not a rule file."""
    key = schema_key(data)
    return isinstance(key, str) and key.startswith("safeplan.") and not key.startswith("safeplan.rules/")


def parse_rule_text(text: str, label: str, data: Any = None) -> dict:
    """Parsed rule file data (dates as ISO strings) after checking its `schema:` version."""
    if data is None:
        data = parse_yaml(text, label)
    if not isinstance(data, dict):
        raise SafeplanError("a rule file is a mapping with schema:, document: and rules:", path=label, line=1)
    if data.get("schema") != SCHEMA:
        found = data.get("schema")
        what = f"unknown schema {found!r}" if found is not None else "no schema: key"
        raise SafeplanError(f"{what} (expected {SCHEMA})", path=label, line=line_of(text, ["schema"]) or 1)
    return plain(data)


@lru_cache(maxsize=4)
def _validator(schema_path: str, mtime_ns: int):  # noqa: ARG001 (mtime_ns: the cache key)
    import jsonschema

    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@lru_cache(maxsize=4)
def _fast_validator(schema_path: str, _mtime_ns: int):
    """rules/schema.json compiled to Python (fastjsonschema): a valid file is confirmed ~50× faster than
    jsonschema walks it; jsonschema then only runs to word the problems of a file that is not."""
    import fastjsonschema

    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"     # (the keywords it uses are draft-07's)
    return fastjsonschema.compile(schema)


def schema_path(workspace=None) -> Path:
    ws = workspace if isinstance(workspace, Workspace) else Workspace.at(workspace)
    return Path(ws.file("rules", "schema.json"))


def schema_problems(data: dict, text: str, workspace=None) -> list[tuple[int | None, str]]:
    """(line, message) for every place the data breaks rules/schema.json, in file order."""
    import fastjsonschema

    path = schema_path(workspace)
    try:
        _fast_validator(str(path), path.stat().st_mtime_ns)(data)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    validator = _validator(str(path), path.stat().st_mtime_ns)
    problems = []
    for error in validator.iter_errors(data):
        where = list(error.absolute_path)
        name = ".".join(str(p) for p in where) or "(top)"
        problems.append((line_of(text, where), f"{name}: {_short(error)}"))
    return sorted(problems, key=lambda p: (p[0] or 0, p[1]))


def _short(error) -> str:
    if error.validator == "additionalProperties":
        known = list((error.schema.get("properties") or {}))
        extra = [k for k in error.instance if k not in known]
        near = difflib.get_close_matches(str(extra[0]), known, n=1, cutoff=0.6) if extra else []
        hint = f"did you mean {near[0]!r}?" if near else f"the keys here are {', '.join(known)}"
        return f"unknown key {extra[0]!r}: {hint}" if extra else error.message
    if error.validator == "type":
        return f"{error.instance!r} is not of type {error.validator_value}"
    if error.validator == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing")
    return error.message


def read_rule_file(path: Path, label: str | None = None, workspace=None, skip_other: bool = False,
                   shared: bool = False) -> RuleFile | None:
    """One rule file, checked against rules/schema.json. With `skip_other`, YAML of another safeplan
    schema gives None instead of an error. Each call gets objects of its own, built from the validated data
    kept for this version of the file (see _Version), unless `shared`: then the RuleFile kept for this
    version and path, the same objects for every caller that asks for it, so read-only (the workbench's
    snapshots, which its requests share anyway; a reload after one file changed builds only it)."""
    label = label or str(path)
    raw, text = yamlfiles.read_file(path, label)
    key = (hashlib.blake2b(raw, digest_size=16).digest(), _schema_digest(workspace))
    version = _VERSIONS.get(key)
    if version is None or (version.data is None and not skip_other):
        version = _validated(text, label, workspace, skip_other)
        if len(_VERSIONS) >= 512:
            _VERSIONS.clear()
        _VERSIONS[key] = version
    if version.data is None:
        return None
    if not shared:
        return rule_file_from_dict(version.data, path=str(path))
    built = version.shared.get(str(path))
    if built is None:
        built = version.shared[str(path)] = rule_file_from_dict(version.data, path=str(path))
    return built


@dataclass
class _Version:
    """One version of a rule file (its bytes, checked against one schema.json): the validated data, which
    never leaves this module (rule_file_from_dict builds objects sharing nothing with it), and the RuleFile
    of each path that callers share (read_rule_file(shared=True)). `data` None: YAML of another schema."""

    data: dict | None
    shared: dict[str, RuleFile] = field(default_factory=dict)


# by the digests of the file's bytes and of the schema's: the web app and the checker read the same files
# again and again, and a copy of a file (another workspace's rules/) is the same version
_VERSIONS: dict[tuple[bytes, bytes], _Version] = {}


def _validated(text: str, label: str, workspace, skip_other: bool) -> _Version:
    raw = parse_yaml(text, label)
    if skip_other and is_other_schema(raw):
        return _Version(None)
    data = parse_rule_text(text, label, raw)
    problems = schema_problems(data, text, workspace) or consistency_problems(data, text)
    if problems:
        line, message = problems[0]
        raise SafeplanError(message, path=label, line=line)
    return _Version(data)


def _schema_digest(workspace) -> bytes:
    path = schema_path(workspace)
    try:
        stat = path.stat()
    except OSError:
        return b""          # (schema_problems says so when a file is checked against it)
    return _file_digest(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _file_digest(path: str, _mtime_ns: int, _size: int) -> bytes:
    return hashlib.blake2b(Path(path).read_bytes(), digest_size=16).digest()


def load_rule_files(paths, workspace=None) -> list[RuleFile]:
    """Every rule file among `paths` (files or folders). Skips other safeplan YAML found in folders."""
    out = []
    for raw in paths:
        p = Path(raw)
        for path in expand_paths([p], workspace):
            rule_file = read_rule_file(path, str(path), workspace, skip_other=p.is_dir())
            if rule_file is not None:
                out.append(rule_file)
    return out


def _is_real(date) -> bool:
    try:
        yamlfiles.iso_date(date, None, None)
        return True
    except SafeplanError:
        return False


def consistency_problems(data: dict, text: str) -> list[tuple[int | None, str]]:
    """(line, message) for what the schema cannot say: two rules with one id, dates that are no day
    (`"2021-02-30"` quoted passes the schema's pattern)."""
    out: list[tuple[int | None, str]] = []
    document = data.get("document") or {}
    if not _is_real(document.get("date")):
        out.append((line_of(text, ["document", "date"]), f"document.date: no such date {document['date']} "
                                                         "(write a real date as YYYY-MM-DD)"))
    seen: dict[str, int] = {}
    for i, rule in enumerate(data.get("rules") or []):
        rid = str(rule.get("id"))
        if rid in seen:
            out.append((line_of(text, ["rules", i, "id"]),
                        f"duplicate rule id {rid!r} (first on line {line_of(text, ['rules', seen[rid], 'id'])}): "
                        "give one of them another id, e.g. {rid}-2".replace("{rid}", rid)))
        else:
            seen[rid] = i
        for j, d in enumerate(rule.get("deadlines") or []):
            if not _is_real(d.get("date")):
                out.append((line_of(text, ["rules", i, "deadlines", j, "date"]),
                            f"rule {rid}: no such date {d['date']} (write a real date as YYYY-MM-DD)"))
        for j, t in enumerate(rule.get("targets") or []):
            due = t.get("due") or {}
            if not _is_real(due.get("date")):
                out.append((line_of(text, ["rules", i, "targets", j, "due", "date"]),
                            f"rule {rid}: no such date {due['date']} (write a real date as YYYY-MM-DD)"))
    return out


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_rule_file(path: Path, data: dict, header: str = "") -> None:
    """A new rule file holding `data` (model.rule_file_to_dict of a RuleFile); atomic."""
    atomic_write_text(path, dump_fresh(data, header))


@dataclass
class Loaded:
    """A rule file as read for changing it: its text, hash, YAML tree and data (plain: dates as ISO text) —
    the `like` of the writer, model.rule_file_to_dict — and the same as objects (`rule_file`)."""

    path: Path
    text: str
    sha256: str
    node: object
    data: dict

    @cached_property
    def rule_file(self) -> RuleFile:
        return rule_file_from_dict(self.data, str(self.path))


def load_for_rewrite(path, label: str | None = None, workspace=None) -> Loaded:
    """Read and check a rule file that is about to be changed: a broken file stops here (nothing is
    written over it)."""
    path = Path(path)
    label = label or str(path)
    raw_bytes, text = yamlfiles.read_file(path, label)
    raw, node = yamlfiles.compose(text, label)
    data = parse_rule_text(text, label, raw)
    problems = schema_problems(data, text, workspace) or consistency_problems(data, text)
    if problems:
        raise SafeplanError(f"{problems[0][1]} (fix the rule file; nothing was written)", path=label,
                            line=problems[0][0])
    return Loaded(path=path, text=text, sha256=hashlib.sha256(raw_bytes).hexdigest(), node=node,
                  data=data)


class ChangedOnDisk(SafeplanError):
    """The file is no longer the one that was read: the edit was not written."""


def rewrite_loaded(loaded: Loaded, new: dict) -> None:
    """Write `new` (model.rule_file_to_dict of the changed rule file, with `like=loaded.data`) over the file
    `loaded` was read from, changing only what differs. Call it holding `locked(path.parent)`; it refuses
    (ChangedOnDisk) when the file changed since it was read."""
    try:
        current = hashlib.sha256(loaded.path.read_bytes()).hexdigest()
    except OSError:
        current = None
    if current != loaded.sha256:
        raise ChangedOnDisk("the file changed on disk since it was read; read it again and redo the edit",
                            path=str(loaded.path))
    text = rewrite(loaded.text, loaded.node, loaded.data, new)
    if text is None:
        text = dump_fresh(new)
    if text != loaded.text:
        atomic_write_text(loaded.path, text)

