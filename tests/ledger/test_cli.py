"""`safeplan ledger …` on the sample street: load, report, 销号, import, status --json; bad input exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from clirun import safeplan

from safeplan.cli import cli
from safeplan.ledger.sample import fill_register
from safeplan.workspace import defaults_root

ROOT = defaults_root()
LOAD = ["ledger", "load", "--rules", str(ROOT / "rules" / "anwei-2024-2-zhiben-gongjian.yaml"),
        "--profile", str(ROOT / "profiles" / "chengdong.yaml")]


def run(workspace: Path, db: str, *args: str):
    result = CliRunner().invoke(cli, [*args[:2], *args[2:], "--workspace", str(workspace), "--db", db, "--by", "李四"]
                                if args[1] in ("load", "report", "close", "reopen", "import")
                                else [*args, "--workspace", str(workspace), "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_the_sample_street_through_the_command_line(db, workspace, tmp_path):
    # the street's 16 upper tasks (the street's and its communities' part of one rule tracked once), 东湖社区's 6
    # (it leads 3.4.8/3.7.15/3.8.19 and supports three for 自建房/燃气), 新华社区's and 光明社区's 3 each
    assert run(workspace, db, *LOAD).output == (
        "城东街道: 4 units; tasks added 28, updated 0, unchanged 0, withdrawn 0, restored 0\n")
    out = run(workspace, db, "ledger", "report", "--unit", "东湖社区", "--task", "3.4.8", "--date", "2025-03-31",
              "--status", "推进中", "--percent", "40").output
    assert out == "东湖社区 anwei-2024-2-zhiben-gongjian:3.4.8: 推进中 40% (version 2)\n"
    proof = tmp_path / "验收.pdf"
    proof.write_bytes(b"%PDF")
    run(workspace, db, "ledger", "close", "--unit", "东湖社区", "--task", "3.4.9", "--date", "2025-04-30",
        "--evidence", str(proof), "--approver", "王五")
    fill_register(tmp_path / "东湖社区" / "检查清单.xlsx", [
        {"seq": 1, "date": "2025-03-01", "inspector": "李四", "place": "东湖菜市场", "item": "消防通道",
         "result": "重大隐患", "due": "2025-04-01"}])
    assert run(workspace, db, "ledger", "import", str(tmp_path / "东湖社区" / "检查清单.xlsx")).output.endswith(
        "→ 东湖社区: 1 rows; added 1, updated 0, unchanged 0\n")

    data = json.loads(run(workspace, db, "ledger", "status", "--unit", "东湖社区", "--as-of", "2025-05-01",
                          "--json").output)
    assert data["as_of"] == "2025-05-01"
    assert [(t["key"].split(":")[1], t["status"], t["percent"], t["closed_on"]) for t in data["tasks"]] == [
        ("3.4.7", "未开始", 0, None), ("3.4.8", "推进中", 40, None), ("3.4.9", "未开始", 0, "2025-04-30"),
        ("3.5.10", "未开始", 0, None), ("3.7.15", "未开始", 0, None), ("3.8.19", "未开始", 0, None)]
    assert [(h["seq"], h["days_overdue"]) for h in data["major_hazards"]] == [(1, 30)]
    assert data["units"][0]["colour"] == "红"
    table = run(workspace, db, "ledger", "status", "--unit", "东湖社区", "--as-of", "2025-05-01").output
    assert "逾期未整改的重大隐患 1" in table and "东湖菜市场" in table
    log = run(workspace, db, "ledger", "history", "--unit", "东湖社区", "--task", "3.4.9").output
    assert "销号" in log and "王五" in log


@pytest.mark.parametrize("args, message", [
    (["ledger", "report", "--unit", "西湖社区", "--task", "3.4.8", "--date", "2025-03-31", "--status", "推进中",
      "--percent", "40"], "safeplan: error: unknown unit '西湖社区' (known: 城东街道、东湖社区、新华社区、光明社区)\n"),
    (["ledger", "status", "--as-of", "下周"], "safeplan: error: --as-of '下周' is not a date (write it as 2025-03-31)\n"),
    (["ledger", "report", "--unit", "东湖社区", "--task", "3.4.8", "--date", "2028-01-01", "--status", "推进中",
      "--percent", "40"],
     "safeplan: error: report date 2028-01-01 is outside the plan period 2024-01-01—2026-12-31 of 东湖社区\n"),
], ids=["unknown-unit", "bad-as-of", "outside-period"])
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    assert safeplan(*LOAD, "--by", "李四", cwd=tmp_path).returncode == 0
    result = safeplan(*args, "--by", "李四", cwd=tmp_path) if args[1] == "report" else safeplan(*args, cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message)


def test_a_conflict_is_exit_2_and_says_so(tmp_path):
    safeplan(*LOAD, "--by", "李四", cwd=tmp_path)
    report = ["ledger", "report", "--unit", "东湖社区", "--task", "3.4.8", "--date", "2025-03-31", "--status", "推进中",
              "--by", "李四", "--if-version", "1"]
    assert safeplan(*report, "--percent", "40", cwd=tmp_path).returncode == 0
    result = safeplan(*report, "--percent", "30", cwd=tmp_path)
    assert result.returncode == 2
    assert "was changed by someone else since you read it (version 1, now 2); nothing was written" in result.stderr


def test_the_policy_command_prints_the_defaults(tmp_path):
    result = CliRunner().invoke(cli, ["ledger", "policy", "--workspace", str(tmp_path)])
    assert result.output.startswith("schema: safeplan.ledger-colours/v1\ntasks:\n  due_soon_days: 30\n")


@pytest.mark.parametrize("command", ["load", "report", "close", "reopen", "import", "status", "history", "policy"])
def test_every_ledger_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, ["ledger", command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output
