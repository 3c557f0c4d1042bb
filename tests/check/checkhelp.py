"""Helpers for the checker's tests (imported as `checkhelp`: a module named `conftest` clashes between test folders)."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

from safeplan.rules.model import rule_file_from_dict

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
FIXTURES = HERE / "fixtures"


def load_fixture_rules(name: str):
    """[the RuleFile of fixtures/NAME], objects of the caller's own (rule_file_from_dict copies what it reads)."""
    return [rule_file_from_dict(_fixture_data(name), str(FIXTURES / name))]


@functools.cache
def _fixture_data(name: str):
    """A fixture file's YAML, parsed once per process (49 loads of a few files took ~0.6 s CPU)."""
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))


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
