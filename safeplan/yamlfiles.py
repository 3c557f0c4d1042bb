"""Loading the YAML files people edit by hand (rule files, profiles, rules/sectors.yaml, search/synonyms.yaml,
generators/checklist.yaml, corpus/manifest.yaml, .safeplan-ignore.yaml): one loader for all of them.

It refuses, with the file and the 1-based line, what a person can break by hand and a plain `safe_load`
lets through or turns into an "internal error": tabs in the indentation, duplicate keys, aliases (`*name`:
a 500-byte alias bomb expands to gigabytes; refused before any value is built), impossible dates
(`2021-02-30`), integers too long for Python to read. `check_keys` refuses a key the file kind does not
know and names the nearest one (`comunities:` → `communities`).

Mappings come back as `LineMap` (a dict that knows its line and the line of each key) when asked for
(`lines=True`), else as plain dicts (faster, for large rule files).
"""

from __future__ import annotations

import datetime as dt
import difflib
import gc
from collections.abc import Collection
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from safeplan.errors import SafeplanError


class LineMap(dict):
    """A mapping read from YAML, with its 1-based line and the line of each key."""

    line: int = 1
    key_lines: dict

    def line_of(self, key: Any) -> int:
        return getattr(self, "key_lines", {}).get(key, self.line)


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):
    label: str | None = None
    lines: bool = False


def _fail(loader: _Loader, message: str, node: yaml.Node) -> SafeplanError:
    return SafeplanError(message, path=loader.label, line=node.start_mark.line + 1)


def _mapping(loader: _Loader, node: yaml.MappingNode) -> dict:
    loader.flatten_mapping(node)
    out: dict = LineMap() if loader.lines else {}
    key_lines: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise _fail(loader, "a mapping key must be a plain value", key_node) from None
        if key in key_lines:
            raise _fail(loader, f"duplicate key {key!r} (first on line {key_lines[key]})", key_node)
        key_lines[key] = key_node.start_mark.line + 1
        out[key] = loader.construct_object(value_node, deep=True)
    if loader.lines:
        out.line = node.start_mark.line + 1
        out.key_lines = key_lines
    return out


def _timestamp(loader: _Loader, node: yaml.ScalarNode):
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        raise _fail(loader, f"no such date {node.value} (write a real date as YYYY-MM-DD)", node) from None


def _int(loader: _Loader, node: yaml.ScalarNode):
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:
        raise _fail(loader, f"a number of {len(node.value)} characters is too long to read "
                            "(quote it if it is a text)", node) from None


_Loader.add_constructor("tag:yaml.org,2002:map", _mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _int)


def check_tabs(text: str, label: str | None) -> None:
    """YAML forbids tabs in indentation; say where, rather than a parser's riddle."""
    if "\t" not in text:
        return
    for number, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            raise SafeplanError("a tab in the indentation (YAML indents with spaces)", path=label, line=number)


def refuse_aliases(text: str, label: str | None) -> None:
    """Refuse the first alias (`*name`), at its own line, before any node or value is built. (Without a
    `*` in the text there is none: the parser runs a second time only then.)"""
    if "*" not in text:
        return
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            raise SafeplanError(f"YAML aliases (*{event.anchor}) are not allowed in this file: write the value "
                                "out", path=label, line=event.start_mark.line + 1)


def _marked(exc: yaml.YAMLError, label: str | None) -> SafeplanError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    message = getattr(exc, "problem", None) or getattr(exc, "context", None) or str(exc)
    return SafeplanError(f"not valid YAML: {message}", path=label, line=(mark.line + 1) if mark else None)


def compose(text: str, label: str | None) -> tuple[Any, yaml.Node | None]:
    """(data, node tree) of YAML text; the tree keeps every value's position (for the rule-file rewriter)."""
    return _load(text, label, lines=False)


def load_yaml_text(text: str, label: str | None, lines: bool = False) -> Any:
    """Data of YAML text; every problem is a SafeplanError naming `label` and the line."""
    return _load(text, label, lines)[0]


def _load(text: str, label: str | None, lines: bool) -> tuple[Any, yaml.Node | None]:
    check_tabs(text, label)
    loader = _Loader(text)
    loader.label, loader.lines = label, lines
    try:
        refuse_aliases(text, label)
        with _no_cycle_collection():
            node = loader.get_single_node()
            if node is None:
                return None, None
            return (loader.construct_document(node) if lines else _plain_data(loader, node)), node
    except yaml.YAMLError as exc:
        raise _marked(exc, label) from None
    finally:
        loader.dispose()


@contextmanager
def _no_cycle_collection():
    """The cycle collector paused while a tree is built: a large rule file is a million nodes and values,
    none of them garbage, and the collector ran over all of them again and again (composing the 200-law
    bench's files took 17× as long with it on). Resumed after, unless something else had paused it."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


def _plain_data(loader: _Loader, node: yaml.Node) -> Any:
    """The data of a composed tree, as `construct_document` builds it but without its bookkeeping per node
    (a rule file of 20,000 rules is a million nodes): strings, lists and mappings built here, with the
    same duplicate-key check; every other value (numbers, dates, null, booleans, unknown tags) and a
    mapping with a merge key `<<` by the loader's own constructors."""
    kind = type(node)
    if kind is yaml.ScalarNode:
        return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
    if kind is yaml.SequenceNode and node.tag == _SEQ:
        return [_plain_data(loader, item) for item in node.value]
    if kind is not yaml.MappingNode or node.tag != _MAP:
        return loader.construct_object(node, deep=True)
    out: dict = {}
    key_lines: dict = {}
    for key_node, value_node in node.value:
        if key_node.tag != _STR:         # (nothing built so far is kept: the loader builds the mapping whole)
            return loader.construct_object(node, deep=True)
        key = key_node.value
        if key in key_lines:
            raise _fail(loader, f"duplicate key {key!r} (first on line {key_lines[key]})", key_node)
        key_lines[key] = key_node.start_mark.line + 1
        out[key] = _plain_data(loader, value_node)
    return out


def read_text(path: str | Path, label: str | None = None) -> str:
    """A hand-edited file's text (UTF-8, a BOM allowed); a missing or undecodable file is a SafeplanError."""
    return read_file(path, label)[1]


def read_file(path: str | Path, label: str | None = None) -> tuple[bytes, str]:
    """(bytes, text) of a hand-edited file, as `read_text`."""
    label = label or str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise SafeplanError("no such file", path=label) from None
    except OSError as exc:
        raise SafeplanError(f"cannot read the file ({exc.strerror})", path=label) from exc
    try:
        return raw, raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SafeplanError("not UTF-8 text (save the file as UTF-8)", path=label, line=line) from None


def load_yaml_file(path: str | Path, label: str | None = None, lines: bool = True) -> Any:
    """Data of a hand-edited YAML file, mappings as LineMap (see load_yaml_text)."""
    label = label or str(path)
    return load_yaml_text(read_text(path, label), label, lines)


def nearest(word: str, known: Collection[str]) -> str | None:
    found = difflib.get_close_matches(str(word), [str(k) for k in known], n=1, cutoff=0.6)
    return found[0] if found else None


def check_keys(mapping: dict, known: Collection[str], label: str | None, where: str = "") -> None:
    """Refuse a key of `mapping` that is not in `known`, naming its line and the nearest known key."""
    for key in mapping:
        if key in known:
            continue
        near = nearest(key, known)
        hint = f"did you mean {near!r}?" if near else f"the keys here are {', '.join(map(str, known))}"
        place = f" in {where}" if where else ""
        line = mapping.line_of(key) if isinstance(mapping, LineMap) else None
        raise SafeplanError(f"unknown key {key!r}{place}: {hint}", path=label, line=line)


def iso_date(value: Any, label: str | None, line: int | None, what: str = "date") -> str | None:
    """A date written in a hand-edited file (unquoted or quoted) as ISO text; None stays None; anything
    that is not a real day is a SafeplanError with the line."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise SafeplanError(f"{what} {value!r} is not a real date (write it as YYYY-MM-DD, e.g. 2024-03-15)",
                            path=label, line=line) from None


def check_known_keys(data: Any, known: dict[str, Collection[str]], label: str | None, place: str = "") -> None:
    """Refuse unknown keys everywhere in `data` that `known` declares. Places are written `""` (the top),
    `unit`, `period`, `departments[]` (each entry of a list), `files.*` (each value of a mapping whose keys
    a person chooses); a mapping at a place not declared is not checked."""
    if isinstance(data, dict):
        if place in known:
            check_keys(data, known[place], label, place)
        for key, value in data.items():
            child = f"{place}.{key}" if place else str(key)
            check_known_keys(value, known, label, f"{place}.*" if f"{place}.*" in known else child)
    elif isinstance(data, list):
        for item in data:
            check_known_keys(item, known, label, f"{place}[]")
