"""YAML for rule and vocabulary files: a fast safe loader that refuses what a person can break by hand,
a fast dumper for new files, and ruamel.yaml round-trip for rewriting files a person may have edited.

Loading uses PyYAML's C safe loader with duplicate keys made an error; tabs in indentation are refused
before parsing. Errors are SafeplanError naming the file and the 1-based line. Rewriting an existing
file goes through ruamel.yaml (round-trip mode, which constructs no Python objects) so comments and key
order survive.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import yaml

from safeplan.errors import SafeplanError


class _Loader(yaml.CSafeLoader):
    pass


def _mapping(loader: _Loader, node: yaml.MappingNode) -> dict:
    loader.flatten_mapping(node)
    seen: set = set()
    out = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(None, None, "a mapping key must be a plain value",
                                                    key_node.start_mark) from None
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
        out[key] = loader.construct_object(value_node, deep=True)
    return out


_Loader.add_constructor("tag:yaml.org,2002:map", _mapping)


def check_tabs(text: str, label: str) -> None:
    """YAML forbids tabs in indentation; say where, rather than a parser's riddle."""
    if "\t" not in text:
        return
    for number, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            raise SafeplanError("a tab in the indentation (YAML indents with spaces)", path=label, line=number)


def read_text(path: Path, label: str) -> str:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SafeplanError(f"cannot read the file ({exc.strerror})", path=label) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SafeplanError("not UTF-8 text", path=label) from exc


def parse_yaml(text: str, label: str) -> Any:
    """Safe-load YAML text; syntax errors, tabs and duplicate keys raise SafeplanError with the line."""
    check_tabs(text, label)
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or "not valid YAML"
        raise SafeplanError(f"YAML: {message}", path=label, line=(mark.line + 1) if mark else None) from None
    except yaml.YAMLError as exc:
        raise SafeplanError(f"YAML: {exc}", path=label) from None


def plain(value: Any) -> Any:
    """Loaded YAML as JSON-like data: dates become ISO strings (readers accept unquoted dates)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def line_of(text: str, location: list) -> int | None:
    """The 1-based line of the node at `location` (keys and list indices) in YAML text, or of its
    nearest existing ancestor."""
    try:
        node = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for step in location:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == str(step)), None)
            if match is None:
                break
            line = match[0].start_mark.line + 1
            node = match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            break
    return line


# ----------------------------------------------------------------------------------------------- writing

class Flow(list):
    """A list written in flow style: sectors: [消防, 燃气]."""


class FlowMap(dict):
    """A mapping written in flow style: source: {path: …, line: 3, start: 0, end: 9}."""


class _Dumper(yaml.CSafeDumper):
    pass


_Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(),
                                                                  flow_style=True))
_Dumper.add_representer(dict, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items()))


def dump_fresh(data: dict, header: str = "") -> str:
    """A new file (no person's edits to keep): the fast C emitter, keys in the given order."""
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120,
                     default_flow_style=False)
    return header + body


def roundtrip():
    from ruamel.yaml import YAML

    handler = YAML(typ="rt")
    handler.allow_duplicate_keys = False
    handler.width = 120
    handler.indent(mapping=2, sequence=2, offset=0)   # the layout dump_fresh writes
    handler.preserve_quotes = True
    return handler


def load_roundtrip(text: str, label: str):
    """Load for rewriting: a ruamel CommentedMap that keeps comments and key order."""
    check_tabs(text, label)
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        return roundtrip().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise SafeplanError(f"YAML: {exc.problem or exc.context}", path=label,
                            line=(mark.line + 1) if mark else None) from None
    except YAMLError as exc:
        raise SafeplanError(f"YAML: {exc}", path=label) from None


def dump_roundtrip(data) -> str:
    buffer = io.StringIO()
    roundtrip().dump(data, buffer)
    return buffer.getvalue()
