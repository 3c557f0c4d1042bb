"""Rewriting a rule file a person may have edited: only the values that changed are written again.

`rewrite(text, node, old, new)` takes the file's text, its composed YAML tree (positions of every value),
the data read from it and the data it should hold; it replaces the text of each changed value, deletes the
lines of removed keys, adds new keys after a mapping's last key and new rules in their place. Everything
else — comments, quoting, a person's own fields (`meeting: 12:30`, `approved: no`, `code: 0755`), long
lines, `null`s — stays byte for byte, so a one-character source change is a one-rule diff. New values are
written by the same emitter as a fresh file (yamlio), so a rewritten file reads as a fresh one would.
"""

from __future__ import annotations

from typing import Any

import yaml

from safeplan.rules.yamlio import Flow, FlowMap, block_lines, rule_text, styled


class _Whole(Exception):
    """A value this rewriter does not edit piecewise (a flow mapping, a key on a `- ` line …): the caller
    writes the whole value again."""


def same(a: Any, b: Any) -> bool:
    """Equal as YAML data: a bool is not a number, 80 is not 80.0; key order does not matter. (Most values
    compared are equal: `==` and `repr` settle those at C speed — `==` alone takes True for 1 — and only
    values equal up to such a difference or to key order are walked.)"""
    if a is b:
        return True
    if a != b:
        return False
    return repr(a) == repr(b) or _same(a, b)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, (bool, int, float)) or isinstance(b, (bool, int, float)):
        return type(a) is type(b) and a == b
    return a == b


def rewrite(text: str, node: yaml.Node | None, old: Any, new: dict) -> str | None:
    """The text of `new`, changing only what differs from `old` (the data `node` was read as). None when
    the file is not a block mapping (the caller writes it afresh)."""
    if not isinstance(node, yaml.MappingNode) or node.flow_style or not isinstance(old, dict) or not node.value:
        return None
    edits: list[tuple[int, int, str]] = []
    try:
        _mapping(text, node, old, new, edits, top=True)
    except _Whole:
        return None
    out, at = [], 0
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1])):
        out.append(text[at:start])
        out.append(replacement)
        at = end
    out.append(text[at:])
    return "".join(out)


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def _value_end(text: str, node: yaml.Node) -> int:
    """Where the text of a value ends: its last scalar or flow collection (a block collection's own end
    runs on over the comments and blank lines that follow it)."""
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    end = node.end_mark.index
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        while end > node.start_mark.index and text[end - 1] in "\n ":
            end -= 1
    return end


def _own_line(text: str, key: yaml.Node) -> bool:
    """The key starts its line (only indentation before it)."""
    start = _line_start(text, key.start_mark.index)
    return not text[start:key.start_mark.index].strip()


def _render(key: Any, value: Any, indent: str, like: yaml.Node | None) -> str:
    """`key: value` as the fresh writer writes it at `indent`, without the first line's indentation."""
    if isinstance(like, (yaml.SequenceNode, yaml.MappingNode)) and like.flow_style:
        if isinstance(value, list) and not isinstance(value, Flow):
            value = Flow(value)
        elif isinstance(value, dict) and not isinstance(value, FlowMap):
            value = FlowMap(value)
    elif like is None or not isinstance(like, (yaml.SequenceNode, yaml.MappingNode)):
        value = styled(key, value)
    lines = block_lines({key: value}, indent)
    lines[0] = lines[0][len(indent):]
    return "\n".join(lines)


def _mapping(text: str, node: yaml.MappingNode, old: dict, new: dict, edits: list, top: bool = False) -> None:
    pairs = node.value
    if len(pairs) != len(old):
        raise _Whole
    indent = " " * pairs[0][0].start_mark.column
    kept_end = None
    for (key_node, value_node), key in zip(pairs, old, strict=True):
        if key not in new:
            if not _own_line(text, key_node):
                raise _Whole
            start = _line_start(text, key_node.start_mark.index)
            end = _line_end(text, _value_end(text, value_node))
            edits.append((start, min(end + 1, len(text)), ""))
            continue
        kept_end = _value_end(text, value_node)
        if same(old[key], new[key]):
            continue
        try:
            if top and key == "rules":
                _rules(text, value_node, old[key], new[key], edits)
                continue
            if (isinstance(old[key], dict) and isinstance(new[key], dict) and isinstance(value_node, yaml.MappingNode)
                    and not value_node.flow_style and value_node.value):
                sub: list = []
                _mapping(text, value_node, old[key], new[key], sub)
                edits += sub
                continue
        except _Whole:
            pass
        edits.append((key_node.start_mark.index, kept_end, _render(key, new[key], indent, value_node)))
    added = [k for k in new if k not in old]
    if added:
        if kept_end is None:
            raise _Whole
        at = _line_end(text, kept_end)
        edits.append((at, at, "".join("\n" + indent + _render(k, new[k], indent, None) for k in added)))


def _rules(text: str, node: yaml.Node, old: list, new: list, edits: list) -> None:
    """The rules list: a changed rule is edited in place, new rules are written where they belong, a
    rule that is gone loses its lines; a rule that stays keeps its text (and the comments after it)."""
    if not (isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value and new
            and all(isinstance(r, dict) for r in (*old, *new))):
        raise _Whole
    items = node.value
    if len(items) != len(old) or not all(isinstance(i, yaml.MappingNode) and not i.flow_style for i in items):
        raise _Whole
    old_ids = [str(r.get("id")) for r in old]
    if len(set(old_ids)) != len(old_ids) or len({str(r.get("id")) for r in new}) != len(new):
        raise _Whole
    starts = [_line_start(text, item.start_mark.index) for item in items]
    for start, item in zip(starts, items, strict=True):
        if text[start:item.start_mark.index].strip() != "-":
            raise _Whole
    end = _line_end(text, _value_end(text, node))
    end = min(end + 1, len(text))
    new_ids = [str(r.get("id")) for r in new]
    if new_ids == old_ids:
        for item, before, after in zip(items, old, new, strict=True):
            if not same(before, after):
                _mapping(text, item, before, after, edits)
        return
    lead = text[starts[0]:items[0].start_mark.index]
    dash = " " * (len(lead) - len(lead.lstrip()))
    bounds = {rid: (start, nxt) for rid, start, nxt in zip(old_ids, starts, [*starts[1:], end], strict=True)}
    index = {rid: i for i, rid in enumerate(old_ids)}
    lists: dict = {}
    pieces = []
    for rule in new:
        rid = str(rule.get("id"))
        if rid not in index:
            fresh = rule_text(rule, lists)
            pieces.append("".join(dash + line + "\n" for line in fresh.split("\n")))
            continue
        start, stop = bounds[rid]
        i = index[rid]
        sub: list = []
        if not same(old[i], rule):
            _mapping(text, items[i], old[i], rule, sub)
        chunk, at = [], start
        for a, b, replacement in sorted(sub, key=lambda e: (e[0], e[1])):
            chunk.append(text[at:a])
            chunk.append(replacement)
            at = b
        chunk.append(text[at:stop])
        piece = "".join(chunk)
        pieces.append(piece if piece.endswith("\n") else piece + "\n")
    edits.append((starts[0], end, "".join(pieces)))
