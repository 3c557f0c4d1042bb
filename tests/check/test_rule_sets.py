"""Duplicate rule ids (issue 20 #21): every rule is known by DOC_ID:RULE_ID, so `check` and `generate` refuse a
set of rule files in which one key names two rules — exit 2 with file:line — and count a file named twice once."""

from pathlib import Path

import pytest
from checkhelp import FIXTURES
from click.testing import CliRunner

from safeplan.cli import cli

RULES = FIXTURES / "shiliqu-2024-3-fangan.yaml"
TEXT = RULES.read_text(encoding="utf-8")
PLAN = str(FIXTURES / "chengdong-plan.md")
PROFILE = str(FIXTURES / "chengdong.yaml")


def line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


def run(command: str, *rules: Path, out: Path):
    args = ["check", PLAN] if command == "check" else ["generate", "plan", "--profile", PROFILE, "-o", str(out)]
    for path in rules:
        args += ["--rules", str(path)]
    if command == "check":
        args += ["--profile", PROFILE]
    return CliRunner().invoke(cli, args)


@pytest.mark.parametrize("command", ["check", "generate"])
def test_two_rules_of_one_id_in_a_file(tmp_path, command):
    dup = tmp_path / "dup.yaml"
    text = TEXT.replace('  - id: "2.2.4"', '  - id: "2.2.3"')
    dup.write_text(text, encoding="utf-8")
    result = run(command, dup, out=tmp_path / "out")
    second = line_of(text, '  - id: "2.2.3"\n    path: ["二、主要任务", "(二)开展消防安全整治。"]\n    number: "4."')
    first = line_of(text, '  - id: "2.2.3"')
    assert result.exit_code == 2
    assert result.stderr.startswith(f"safeplan: error: {dup}:{second}: duplicate rule id '2.2.3' (first on line {first})")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["check", "generate"])
def test_two_files_of_one_document_are_refused(tmp_path, command):
    """A copy of a rule file beside it: each upper task was counted twice (8/8 covered for 4 tasks)."""
    copy = tmp_path / "copy.yaml"
    copy.write_text(TEXT, encoding="utf-8")
    result = run(command, copy, RULES, out=tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr == (f"safeplan: error: {RULES}:{line_of(TEXT, '  id: shiliqu-2024-3-fangan')}: document id "
                             f"'shiliqu-2024-3-fangan' is also the id of {copy}: two rule files of one document "
                             "would give their rules the same DOC:ID; pass one of them, or give this one another "
                             "document id\n")
    assert not (tmp_path / "out").exists()


def test_a_file_named_twice_counts_once(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "shiliqu.yaml").write_text(TEXT, encoding="utf-8")
    result = run("check", rules, rules / "shiliqu.yaml", out=tmp_path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith("; 4/4 upper rules covered\n")     # the fixture's four tasks, once each
