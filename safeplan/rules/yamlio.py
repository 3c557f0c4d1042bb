"""YAML for rule and vocabulary files: reading through the one loader of hand-edited files
(safeplan.yamlfiles: line numbers, duplicate keys, aliases, impossible dates refused) and the one emitter that
writes them: whole new files (`dump_fresh`) and, for the rewriter (rewrite.py), single values and rules
in the same layout.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from safeplan import yamlfiles


def read_text(path: Path, label: str) -> str:
    return yamlfiles.read_text(path, label)


def parse_yaml(text: str, label: str) -> Any:
    """Safe-load YAML text; syntax errors, tabs, duplicate keys, aliases and impossible dates raise
    SafeplanError with the line."""
    return yamlfiles.load_yaml_text(text, label)


def plain(value: Any) -> Any:
    """Loaded YAML as JSON-like data: dates become ISO strings (readers accept unquoted dates). Mappings and
    lists are changed in place (they are the caller's fresh data: copying a large rule file's million
    values cost more than reading them)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        for key, item in value.items():
            if type(item) is not str:
                value[key] = plain(item)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if type(item) is not str:
                value[i] = plain(item)
    return value


def line_of(text: str, location: list) -> int | None:
    """The 1-based line of the node at `location` (keys and list indices) in YAML text, or of its
    nearest existing ancestor."""
    try:
        node = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return None
    return _walk(node, location)[1]


def element_lines(text: str, location: list) -> list[int]:
    """The 1-based line of each element of the list at `location` in YAML text, from one parse (a file's
    items looked up one by one with `line_of` parsed the file once per item); [] when there is no such list."""
    try:
        node = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return []
    node, _line, found = _walk(node, location)
    if not found or not isinstance(node, yaml.SequenceNode):
        return []
    return [element.start_mark.line + 1 for element in node.value]


def _walk(node, location: list):
    """(the node at `location` or its nearest existing ancestor, that node's line, whether it was found)."""
    line = node.start_mark.line + 1 if node is not None else None
    for step in location:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == str(step)), None)
            if match is None:
                return node, line, False
            line = match[0].start_mark.line + 1
            node = match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            return node, line, False
    return node, line, True


# ----------------------------------------------------------------------------------------------- writing

class Flow(list):
    """A list written in flow style: sectors: [消防, 燃气]."""


class FlowMap(dict):
    """A mapping written in flow style: source: {path: …, line: 3, start: 0, end: 9}."""


_RESOLVER = yaml.resolver.Resolver()
_FLOW_BAD = re.compile(r"[,\[\]{}?]")   # (PyYAML ends a plain scalar at ? inside a flow collection)


def _scalar(value: Any, flow: bool = False) -> str:
    if type(value) is str:
        return _str_scalar(value, flow)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    return _str_scalar(str(value), flow)


def _float(value: float) -> str:
    """A float as YAML 1.1 reads it back as that float: its resolver wants a dot (1e-05 would be a string)
    and spells infinity and not-a-number .inf and .nan."""
    if value != value:
        return ".nan"
    if value in (float("inf"), float("-inf")):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value)
    if "e" in text and "." not in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}.0e{exponent}"
    return text


# A plain scalar must not start with an indicator or a blank, end with a blank or ":", hold ": " or " #",
# or hold a control character. Written as string tests: one regex for all of it has no first character
# to skip ahead by, so the engine tried it at every character of every text. (Each test is a pass over the text:
# one for a blank before the two that need one, and str.isprintable, faster than the regex, before it — every
# character _CONTROL finds is one it calls unprintable.)
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def _plain_bad(text: str) -> bool:
    first, last = text[0], text[-1]
    return (first in _INDICATORS or first.isspace() or last == ":" or last.isspace()
            or " " in text and (": " in text or " #" in text)
            or not text.isprintable() and _CONTROL.search(text) is not None)


@lru_cache(maxsize=8192)
def _str_scalar(text: str, flow: bool) -> str:
    """Plain where YAML reads the word back as the same string, JSON-quoted otherwise (cached: source
    paths, headings and ids repeat across the rules of a document)."""
    if text and not _plain_bad(text) and not (flow and _FLOW_BAD.search(text)) and (
            text[0] > "\u2e7f"          # CJK first: no YAML type but str starts there
            or _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"):
        return text
    return _UNPRINTABLE.sub(_escape, json.dumps(text, ensure_ascii=False))


# Left raw by JSON but not printable in YAML (DEL, C1 controls, U+FFFE/FFFF), or read by YAML as a line
# break (U+0085, U+2028, U+2029): escaped, as YAML's double-quoted style allows.
_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def _escape(match) -> str:
    return f"\\u{ord(match.group()):04x}"


def _flow(value: Any) -> str:
    t = type(value)
    if t is str:                        # the common cases first: words, numbers, lists and maps of them
        return _str_scalar(value, True)
    if t is int:
        return str(value)
    if t is FlowMap or t is dict:       # (a rule's source: {path: …, line: 3, …}, responsible: {lead: [], …}: their
        parts = []                      # words, numbers and empty lists written here, without a call each)
        for k, v in value.items():
            tv = type(v)
            if tv is str:
                parts.append(f"{k}: {_str_scalar(v, True)}")
            elif tv is int:
                parts.append(f"{k}: {v}")
            elif tv is list and not v:
                parts.append(f"{k}: []")
            else:
                parts.append(f"{k}: {_flow(v)}")
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + ", ".join([_str_scalar(v, True) if type(v) is str else _flow(v) for v in value]) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join([f"{k}: {_flow(v)}" for k, v in value.items()]) + "}"
    return _scalar(value, True)


# Keys whose value is written in flow style (sectors: [消防, 燃气]) wherever it appears: the layout of a
# rule file, in one place (the data written is plain lists and dicts).
FLOW_KEYS = frozenset({"sectors", "responsible", "source", "period", "counts", "dates", "applies_to"})


def styled(key: Any, value: Any) -> Any:
    """`value` marked for flow style when `key` is written that way."""
    if key in FLOW_KEYS:
        if type(value) is list:
            return Flow(value)
        if type(value) is dict:
            return FlowMap(value)
    return value


def block_lines(data: dict, indent: str = "") -> list[str]:
    """The lines of a mapping in block style at `indent`, as in a fresh file."""
    out: list[str] = []
    _block(data, indent, out)
    return out


def rule_text(rule: dict, lists: dict[tuple, str]) -> str:
    """One rule as a list item at column 0 (`- id: …`), as in a fresh file; no final newline."""
    out: list[str] = []
    _rule_lines(rule, out, lists)
    return "\n".join(out)


def _block(data: dict, indent: str, out: list[str], first_prefix: str | None = None) -> None:
    """A mapping in block style; `first_prefix` replaces the indent of the first key ("- " of a list item)."""
    for i, (key, value) in enumerate(data.items()):
        value = styled(key, value)
        lead = first_prefix if (i == 0 and first_prefix is not None) else indent
        if isinstance(value, (Flow, FlowMap)) or (isinstance(value, (dict, list)) and not value):
            out.append(f"{lead}{key}: {_flow(value)}")
        elif isinstance(value, dict):
            out.append(f"{lead}{key}:")
            _block(value, indent + "  ", out)
        elif isinstance(value, list):
            out.append(f"{lead}{key}:")
            for item in value:
                if isinstance(item, dict) and item and not isinstance(item, FlowMap):
                    _block(item, indent + "  ", out, first_prefix=indent + "- ")
                elif isinstance(item, (dict, list)):
                    out.append(f"{indent}- {_flow(item)}")
                else:
                    out.append(f"{indent}- {_scalar(item)}")
        else:
            out.append(f"{lead}{key}: {_scalar(value)}")


def _rule_lines(rule: dict, out: list[str], lists: dict[tuple, str]) -> None:
    """One rule as written by `_block`, with the common shape (scalars, flow lists and maps, empty lists,
    lists of words) written straight. A list of words (the heading path) is the same for the siblings of a
    document: its lines are kept in `lists` (one dict per file)."""
    lead = "- "
    for key, value in rule.items():
        t = type(value)
        if t is str:
            out.append(f"{lead}{key}: {_str_scalar(value, False)}")
        elif t is list:
            if not value:
                out.append(f"{lead}{key}: []")
            elif key in FLOW_KEYS:
                out.append(f"{lead}{key}: {_flow(value)}")
            elif all(type(v) is str for v in value):
                out.append(f"{lead}{key}:\n{_word_lines(value, lists)}")
            else:
                _block({key: value}, "  ", out, first_prefix=lead)
        elif t is dict and key in FLOW_KEYS:
            out.append(f"{lead}{key}: {_flow(value)}")
        elif value is None or t is bool or t is int:
            out.append(f"{lead}{key}: {_scalar(value)}")
        else:
            _block({key: value}, "  ", out, first_prefix=lead)
        lead = "  "


def _word_lines(words: list[str], lists: dict[tuple, str]) -> str:
    key = tuple(words)
    lines = lists.get(key)
    if lines is None:
        lines = lists[key] = "\n".join([f"  - {_str_scalar(v, False)}" for v in words])
    return lines


def dump_fresh(data: dict, header: str = "") -> str:
    """A new file (no person's edits to keep), written directly: block mappings, lists under their key
    (PyYAML's layout, which the round-trip writer keeps), flow style for FLOW_KEYS, strings plain where
    YAML reads them back as the same string and JSON-quoted otherwise."""
    out: list[str] = []
    rules = data.get("rules")
    if isinstance(rules, list) and rules:
        _block({k: v for k, v in data.items() if k != "rules"}, "", out)
        out.append("rules:")
        lists: dict[tuple, str] = {}
        for rule in rules:
            _rule_lines(rule, out, lists)
    else:
        _block(data, "", out)
    return header + "\n".join(out) + "\n"
