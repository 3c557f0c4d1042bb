"""`--help` is the reference: every command of cli.md answers it; bad input is one line and exit 2."""

import pytest
from click.testing import CliRunner

from safeplan.cli import COMMANDS, cli

CONTRACT = ["init", "extract", "rules validate", "corpus show", "rules show", "index", "search",
            "generate plan", "generate checklist", "check", "serve", "demo"]


@pytest.mark.parametrize("command", CONTRACT)
def test_every_command_of_the_contract_has_help(command):
    result = CliRunner().invoke(cli, command.split() + ["--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: ")


def test_the_top_level_help_lists_every_command():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"  {name} " in result.output


def _run(*args):
    return CliRunner().invoke(cli, list(args))


def test_a_missing_file_is_one_line_and_exit_2(tmp_path):
    result = _run("corpus", "show", str(tmp_path / "没有这个文件.txt"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "没有这个文件.txt" in result.stderr


def test_an_unknown_format_says_how_to_convert(tmp_path):
    plan = tmp_path / "方案.wps"
    plan.write_bytes(b"\xd0\xcf\x11\xe0 old office file")
    result = _run("corpus", "show", str(plan))
    assert result.exit_code == 2
    assert "libreoffice --headless --convert-to docx" in result.stderr
    assert "Traceback" not in result.stderr
