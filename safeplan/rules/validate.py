"""`safeplan rules validate`: schema (rules/schema.json) and consistency — unique ids, offsets inside the
source, real dates, numeric values. Problems are (file, line, message); parse errors are SafeplanError."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.rules.rulefiles import (
    consistency_problems,
    expand_paths,
    is_other_schema,
    parse_rule_text,
    schema_problems,
)
from safeplan.rules.yamlio import line_of, parse_yaml, read_text


@dataclass
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line or 1}: {self.message}"


def consistency(data: dict, text: str, label: str, workspace=None) -> list[Problem]:
    """Unique ids and real dates (as every loader checks them), and offsets inside the source text."""
    out = [Problem(label, line, message) for line, message in consistency_problems(data, text)]
    source_len = _source_length(data, workspace)
    for i, rule in enumerate(data.get("rules") or []):
        src = rule.get("source") or {}
        start, end = src.get("start"), src.get("end")
        if isinstance(start, int) and isinstance(end, int):
            if start > end or (source_len is not None and end > source_len):
                out.append(Problem(label, line_of(text, ["rules", i, "source"]),
                                   f"rule {rule.get('id')}: offsets {start}–{end} outside the source text"))
    return sorted(out, key=lambda p: p.line or 0)


def _source_length(data: dict, workspace) -> int | None:
    """The cleaned text length of the rule file's source document, when it can be read."""
    from safeplan.workspace import Workspace

    src = (data.get("document") or {}).get("source") or {}
    if not src.get("path"):
        return None
    ws = workspace if isinstance(workspace, Workspace) else Workspace.at(workspace)
    from safeplan.corpus.locate import pick_part, source_documents

    try:
        doc = pick_part(source_documents(ws, src["path"], anywhere=True), src.get("part"))
    except SafeplanError:           # a missing or unreadable source only skips this check
        return None
    return len(doc.text) if doc is not None else None


def validate_paths(paths, workspace=None, label=str) -> tuple[list[Problem], int]:
    """(problems, files checked). Raises SafeplanError for a file that does not parse or has an unknown
    schema (exit 2). `label` names a file in messages (default: the path as given)."""
    label_of = label
    problems: list[Problem] = []
    checked = 0
    for raw in paths:
        p = Path(raw)
        for path in expand_paths([p], workspace):
            label = label_of(path)
            text = read_text(path, label)
            raw_data = parse_yaml(text, label)
            if p.is_dir() and is_other_schema(raw_data):
                continue
            data = parse_rule_text(text, label, raw_data)
            checked += 1
            found = [Problem(label, line, msg) for line, msg in schema_problems(data, text, workspace)]
            problems += found or consistency(data, text, label, workspace)
    return problems, checked
