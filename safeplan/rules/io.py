"""Reading and writing rule files (`schema: safeplan.rules/v1`, rules-format.md).

`load_rule_files` takes files and folders; in a folder, YAML of another safeplan schema (the sector
vocabulary, a corpus manifest) is skipped by its `schema:` key. Anything broken — YAML syntax, tabs,
duplicate keys, an unknown schema, a value of the wrong type — raises SafeplanError naming the file
and line. Writes are atomic; rewriting an existing file keeps a person's comments and key order.
"""

from __future__ import annotations

import copy
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from safeplan.errors import SafeplanError
from safeplan.fileio import atomic_write_text
from safeplan.rules.model import SCHEMA, RuleFile, rule_file_from_dict
from safeplan.rules.yamlio import (dump_fresh, dump_roundtrip, line_of, load_roundtrip, parse_yaml, plain,
                                   read_text)
from safeplan.workspace import Workspace

YAML_SUFFIXES = (".yaml", ".yml")


def expand_paths(paths) -> list[Path]:
    """Files as given; folders become their *.yaml/*.yml files, sorted. A missing path is an error."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.suffix in YAML_SUFFIXES and f.is_file()
                          and not f.name.startswith("."))
        elif p.is_file():
            out.append(p)
        else:
            raise SafeplanError("no such rule file or folder", path=str(p))
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
def _validator(schema_path: str, mtime_ns: int):
    import jsonschema

    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def schema_path(workspace=None) -> Path:
    ws = workspace if isinstance(workspace, Workspace) else Workspace.at(workspace)
    return Path(ws.file("rules", "schema.json"))


def schema_problems(data: dict, text: str, workspace=None) -> list[tuple[int | None, str]]:
    """(line, message) for every place the data breaks rules/schema.json, in file order."""
    path = schema_path(workspace)
    validator = _validator(str(path), path.stat().st_mtime_ns)
    problems = []
    for error in validator.iter_errors(data):
        where = list(error.absolute_path)
        name = ".".join(str(p) for p in where) or "(top)"
        problems.append((line_of(text, where), f"{name}: {_short(error)}"))
    return sorted(problems, key=lambda p: (p[0] or 0, p[1]))


def _short(error) -> str:
    if error.validator == "type":
        return f"{error.instance!r} is not of type {error.validator_value}"
    if error.validator == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing")
    return error.message


def read_rule_file(path: Path, label: str | None = None, workspace=None, skip_other: bool = False
                   ) -> RuleFile | None:
    """One rule file, checked against rules/schema.json. With `skip_other`, YAML of another safeplan
    schema gives None instead of an error."""
    label = label or str(path)
    try:
        stat = Path(path).stat()
        key = (str(Path(path).resolve()), stat.st_mtime_ns, stat.st_size, str(schema_path(workspace)))
    except OSError:
        key = None
    if key is not None and key in _LOADED:
        data = _LOADED[key]
    else:
        text = read_text(path, label)
        raw = parse_yaml(text, label)
        if skip_other and is_other_schema(raw):
            return None
        data = parse_rule_text(text, label, raw)
        problems = schema_problems(data, text, workspace)
        if problems:
            line, message = problems[0]
            raise SafeplanError(message, path=label, line=line)
        if key is not None:
            if len(_LOADED) > 512:
                _LOADED.clear()
            _LOADED[key] = data
    if data is None:
        return None
    return rule_file_from_dict(copy.deepcopy(data), path=str(path))


# validated rule-file data by (path, mtime, size, schema): the web app and the checker reload often
_LOADED: dict[tuple, dict] = {}


def load_rule_files(paths, workspace=None) -> list[RuleFile]:
    """Every rule file among `paths` (files or folders). Skips other safeplan YAML found in folders."""
    out = []
    for raw in paths:
        p = Path(raw)
        for path in expand_paths([p]):
            rule_file = read_rule_file(path, str(path), workspace, skip_other=p.is_dir())
            if rule_file is not None:
                out.append(rule_file)
    return out


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_rule_file(path: Path, data: dict, header: str = "") -> None:
    """A new rule file from plain data (fast emitter); atomic."""
    atomic_write_text(path, dump_fresh(data, header))


def write_roundtrip(path: Path, data) -> None:
    """A rewritten rule file (a ruamel CommentedMap); atomic."""
    atomic_write_text(path, dump_roundtrip(data))


def save_rule_file(path, rule_id: str, rule: dict, expected_sha256: str | None = None) -> None:
    """Replace one rule of an existing file by `rule` (a mapping), keeping the file's comments, key order
    and every other rule byte-for-byte in meaning. `expected_sha256` guards against a concurrent edit."""
    path = Path(path)
    label = str(path)
    text = read_text(path, label)
    if expected_sha256 is not None and hashlib.sha256(text.encode("utf-8")).hexdigest() != expected_sha256 \
            and file_sha256(path) != expected_sha256:
        raise SafeplanError("the file changed on disk since it was loaded; reload and edit again", path=label)
    parse_rule_text(text, label)
    tree = load_roundtrip(text, label)
    rules = tree.get("rules") or []
    for rt_rule in rules:
        if str(rt_rule.get("id")) == str(rule_id):
            update_mapping(rt_rule, rule)
            break
    else:
        raise SafeplanError(f"no rule {rule_id} in the file", path=label)
    write_roundtrip(path, tree)


def update_mapping(target, new: dict) -> None:
    """Make the round-trip mapping `target` equal to `new`, keeping the order (and comments) of the keys
    it already has; new keys go at the end, keys absent from `new` are removed."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    for key in [k for k in target if k not in new]:
        del target[key]
    for key, value in new.items():
        old = target.get(key)
        if isinstance(value, dict) and isinstance(old, CommentedMap):
            update_mapping(old, value)
        elif isinstance(value, list) and isinstance(old, CommentedSeq) and _same_list(old, value):
            continue
        elif key not in target or plain_rt(old) != value:
            target[key] = to_roundtrip(value, like=old)


def _same_list(old, new: list) -> bool:
    return plain_rt(old) == new


def plain_rt(value: Any) -> Any:
    """A ruamel round-trip value as plain data."""
    if isinstance(value, dict):
        return {str(k) if not isinstance(k, str) else k: plain_rt(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_rt(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


def to_roundtrip(value: Any, like: Any = None) -> Any:
    """Plain data as ruamel nodes; flow style where the old value (or our writer) used it."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from safeplan.rules.yamlio import Flow, FlowMap

    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = to_roundtrip(v)
        if isinstance(value, FlowMap) or (isinstance(like, CommentedMap) and like.fa.flow_style()):
            out.fa.set_flow_style()
        return out
    if isinstance(value, list):
        out = CommentedSeq(to_roundtrip(v) for v in value)
        if isinstance(value, Flow) or (isinstance(like, CommentedSeq) and like.fa.flow_style()) \
                or all(not isinstance(v, (dict, list)) for v in value) and len(value) <= 8 and \
                sum(len(str(v)) for v in value) < 80:
            out.fa.set_flow_style()
        return out
    return value
