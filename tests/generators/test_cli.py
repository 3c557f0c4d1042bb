"""The generate commands, end to end through the CLI (the library is tested in the other modules)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from safeplan.cli import cli, main

pytest.importorskip("safeplan.rules.rulefiles", reason="the rule-file loader (engineer rules) has not landed")

FIXTURES = "tests/generators/fixtures"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _at_the_checkout(monkeypatch):
    """Paths below are written as a user in the checkout writes them."""
    monkeypatch.chdir(ROOT)


def test_generate_plan_writes_one_folder_for_the_street(tmp_path):
    result = CliRunner().invoke(cli, [
        "generate", "plan", "--rules", f"{FIXTURES}/national-mini.yaml", "--rules", f"{FIXTURES}/district-mini.yaml",
        "--profile", "profiles/chengdong.yaml", "--format", "md,docx", "-o", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [str(tmp_path / "城东街道" / "实施方案.md"),
                                          str(tmp_path / "城东街道" / "实施方案.docx")]
    # stderr says which documents were used (and which set aside), then the count
    assert result.stderr.splitlines()[-1] == "wrote 2 files"
    assert any(line.startswith("上级文件: ") for line in result.stderr.splitlines())


def test_generate_checklist_for_one_community(tmp_path):
    result = CliRunner().invoke(cli, [
        "generate", "checklist", "--kind", "inspection", "--rules", f"{FIXTURES}/national-mini.yaml",
        "--rules", f"{FIXTURES}/xiaofang-mini.yaml", "--profile", "chengdong.yaml", "--unit", "东湖社区",
        "--format", "xlsx,md", "-o", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "东湖社区").iterdir()) == ["检查清单.md", "检查清单.xlsx"]
    assert [p.name for p in tmp_path.iterdir()] == ["东湖社区"]


@pytest.mark.parametrize("args, message", [
    (["--format", "pdf"], "safeplan: error: plan formats are md, html, docx; got pdf\n"),
    (["--unit", "西湖社区"], "safeplan: error: profiles/chengdong.yaml: a plan is written for the profile's unit "
                             "'城东街道' only; --unit 西湖社区 is not it\n"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, args, message):
    with pytest.raises(SystemExit) as exit_:
        main(["generate", "plan", "--rules", f"{FIXTURES}/national-mini.yaml", "--profile", "profiles/chengdong.yaml",
              "-o", str(tmp_path), *args])
    assert exit_.value.code == 2
    assert capsys.readouterr().err == message
    assert list(tmp_path.iterdir()) == []
