"""Helpers for the checker's tests (imported as `checkhelp`: a module named `conftest` clashes between test folders)."""

from __future__ import annotations

from pathlib import Path

import yaml

from safeplan.rules.model import rule_file_from_dict

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
FIXTURES = HERE / "fixtures"


def load_fixture_rules(name: str):
    path = FIXTURES / name
    return [rule_file_from_dict(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))]


def line_of(text: str, needle: str, nth: int = 0) -> int:
    """The 1-based line of the nth occurrence of `needle` in `text` — read off the plan itself."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return text.count("\n", 0, pos) + 1


def mutate(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, f"{old!r} is not in the text"
    return text.replace(old, new, 1)


def codes_at(report, *codes):
    """(code, line) of the findings with one of `codes`, in report order."""
    return [(f.code, f.line) for f in report.findings if f.code in codes]
