"""The rule files of one run, as a set: every rule is known by `DOC_ID:RULE_ID`, so each key must name
one rule. A file named twice (`--rules rules/ --rules rules/x.yaml`) counts once; two files of one
document id would give their rules the same keys (each upper task counted twice, one rule hiding the
other) and are refused, naming the second file and its line. Two rules of one id inside a file are refused
by the loader (rulefiles.py)."""

from __future__ import annotations

from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.rules.model import RuleFile


def _line_of_id(path: str | None) -> int | None:
    from safeplan.rules.yamlio import line_of

    try:
        return line_of(Path(path).read_text(encoding="utf-8"), ["document", "id"]) if path else None
    except (OSError, UnicodeDecodeError):
        return None


def distinct_rule_files(rule_files: list[RuleFile]) -> list[RuleFile]:
    """`rule_files` without repeats of one file; SafeplanError when two files share a document id."""
    out: list[RuleFile] = []
    by_path: set[str] = set()
    by_doc: dict[str, RuleFile] = {}
    for rf in rule_files:
        if rf.path:
            key = str(Path(rf.path).resolve())
            if key in by_path:
                continue
            by_path.add(key)
        first = by_doc.get(rf.document.id)
        if first is not None:
            raise SafeplanError(f"document id {rf.document.id!r} is also the id of {first.path or 'another rule file'}: "
                                "two rule files of one document would give their rules the same DOC:ID; pass one "
                                "of them, or give this one another document id", path=rf.path,
                                line=_line_of_id(rf.path))
        by_doc[rf.document.id] = rf
        out.append(rf)
    return out
