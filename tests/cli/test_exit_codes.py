"""The exit-code contract (cli.md) lives in the click group: CliRunner sees exactly what users see.

0 ok, 1 findings (check) / a broken rule file (rules validate), 2 bad input or an internal error, never a
traceback unless --debug.
"""

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from safeplan.cli import cli


def test_bad_input_exits_2_with_one_line_through_clirunner(tmp_path):
    result = CliRunner().invoke(cli, ["corpus", "show", str(tmp_path / "没有这个文件.txt")])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == f"safeplan: error: {tmp_path / '没有这个文件.txt'}: no such file\n"


def test_a_crash_exits_2_not_1_and_shows_no_traceback(tmp_path, monkeypatch):
    import safeplan.commands.corpus

    def crash(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(safeplan.commands.corpus, "document_lines", crash)
    plan = tmp_path / "plan.txt"
    plan.write_text("一、总体要求\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["corpus", "show", str(plan)])
    assert result.exit_code == 2
    assert result.stderr == "safeplan: internal error: RuntimeError: boom (run with --debug for the traceback)\n"
    result = CliRunner().invoke(cli, ["--debug", "corpus", "show", str(plan)])
    assert isinstance(result.exception, RuntimeError) and result.exit_code == 1


def test_an_error_line_escapes_control_characters(tmp_path):
    """A file name is untrusted too: an ESC sequence in it reached the terminal raw (issue 20 #7)."""
    rules = Path(__file__).resolve().parents[2] / "rules" / "anwei-2024-2-zhiben-gongjian.yaml"
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "plan\x1b[2J.md"), "--rules", str(rules)])
    assert result.exit_code == 2
    assert result.stderr == f"safeplan: error: {tmp_path}/plan\\x1b[2J.md: no such file\n"


def test_a_usage_error_is_exit_2():
    result = CliRunner().invoke(cli, ["check", "plan.md", "--format", "yaml"])
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


@pytest.mark.parametrize("args, code", [(["--version"], 0), (["corpus", "show", "没有这个文件.txt"], 2)],
                         ids=["version", "missing-file"])
def test_the_console_script_keeps_the_contract(tmp_path, args, code):
    """A real process: the console entry point gives the same codes as CliRunner."""
    result = subprocess.run([sys.executable, "-m", "safeplan", *args], capture_output=True, text=True,
                            encoding="utf-8", cwd=tmp_path)
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
