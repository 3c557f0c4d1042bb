"""The colour policy (红黄绿): defaults here, a workspace may override them in `ledger-colours.yaml`.

    schema: safeplan.ledger-colours/v1
    tasks:
      due_soon_days: 30          # 黄: not done and due within this many days
      behind_schedule: 20        # 黄: percent more than this many points behind a straight line from the
                                 #     plan's start (0%) to the deadline (100%); 0 turns the check off
    hazards:
      major_open: 黄             # a 重大隐患 not yet rectified, before its 整改时限
      major_overdue: 红          # … past its 整改时限
      general_open: 绿           # a 一般隐患 not yet rectified, before its 整改时限
      general_overdue: 黄        # … past its 整改时限

A task is 绿 when it is done (销号, or its latest report says 已完成) or on schedule, 红 when it is past its
deadline and not done. A unit takes the worst colour of its tasks and 隐患, a street the worst of its own and its
communities'. `safeplan ledger policy` prints the policy in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from safeplan.ledger.errors import LedgerError

FILE = "ledger-colours.yaml"
SCHEMA = "safeplan.ledger-colours/v1"
GREEN, YELLOW, RED = "绿", "黄", "红"
COLOURS = (GREEN, YELLOW, RED)
RANK = {GREEN: 0, YELLOW: 1, RED: 2}


@dataclass(frozen=True)
class Policy:
    due_soon_days: int = 30
    behind_schedule: int = 20
    major_open: str = YELLOW
    major_overdue: str = RED
    general_open: str = GREEN
    general_overdue: str = YELLOW
    path: str | None = None

    def to_yaml(self) -> str:
        return (f"schema: {SCHEMA}\n"
                "tasks:\n"
                f"  due_soon_days: {self.due_soon_days}\n"
                f"  behind_schedule: {self.behind_schedule}\n"
                "hazards:\n"
                f"  major_open: {self.major_open}\n"
                f"  major_overdue: {self.major_overdue}\n"
                f"  general_open: {self.general_open}\n"
                f"  general_overdue: {self.general_overdue}\n")


_SECTIONS = {"tasks": ("due_soon_days", "behind_schedule"),
             "hazards": ("major_open", "major_overdue", "general_open", "general_overdue")}


def worst(*colours: str) -> str:
    return max(colours, key=RANK.__getitem__, default=GREEN)


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


def _mapping(node, where: str, path: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise LedgerError(f"{where} must be a mapping", path=path, line=_line(node))
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in node.value:
        if key.value in out:
            raise LedgerError(f"duplicate key {key.value!r}", path=path, line=_line(key))
        out[key.value] = (key, value)
    return out


def parse_policy(text: str, path: str) -> Policy:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise LedgerError(f"not valid YAML: {getattr(exc, 'problem', None) or exc}", path=path,
                          line=mark.line + 1 if mark else None) from None
    if root is None:
        return Policy(path=path)
    top = _mapping(root, "the colour policy", path)
    values: dict = {}
    for key, (key_node, value_node) in top.items():
        if key == "schema":
            if value_node.value != SCHEMA:
                raise LedgerError(f"schema must be {SCHEMA!r}", path=path, line=_line(value_node))
            continue
        if key not in _SECTIONS:
            raise LedgerError(f"unknown key {key!r} (known: schema, {', '.join(_SECTIONS)})", path=path,
                              line=_line(key_node))
        for name, (name_node, node) in _mapping(value_node, key, path).items():
            if name not in _SECTIONS[key]:
                raise LedgerError(f"unknown key {key}.{name} (known: {', '.join(_SECTIONS[key])})", path=path,
                                  line=_line(name_node))
            value = node.value if isinstance(node, yaml.ScalarNode) else None
            if key == "tasks":
                if value is None or not value.isdigit() or int(value) > 3650:
                    raise LedgerError(f"{key}.{name} must be a whole number of {'days' if name == 'due_soon_days' else 'percentage points'} (0–3650)",
                                      path=path, line=_line(node))
                values[name] = int(value)
            else:
                if value not in COLOURS:
                    raise LedgerError(f"{key}.{name} must be one of {'/'.join(COLOURS)}", path=path, line=_line(node))
                values[name] = value
    return Policy(path=path, **values)


def load_policy(workspace_root: str | Path) -> Policy:
    """The workspace's `ledger-colours.yaml` over the defaults (the defaults alone when there is none)."""
    path = Path(workspace_root) / FILE
    if not path.is_file():
        return Policy()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise LedgerError("the colour policy must be UTF-8 text", path=str(path)) from None
    return parse_policy(text, str(path))
