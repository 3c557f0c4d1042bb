"""`safeplan check` as CI runs it: exit codes 0/1/2, data on stdout, one-line errors on stderr."""

import json

import pytest
from checkhelp import FIXTURES, mutate
from click.testing import CliRunner

from safeplan.cli import cli

RULES = str(FIXTURES / "shiliqu-2024-3-fangan.yaml")
PROFILE = str(FIXTURES / "chengdong.yaml")
PLAN = (FIXTURES / "chengdong-plan.md").read_text(encoding="utf-8")


def run(*args):
    result = CliRunner().invoke(cli, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def plans(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.md").write_text(PLAN, encoding="utf-8")
    (tmp_path / "bad.md").write_text(mutate(PLAN, "每季度至少带队", "每年至少带队"), encoding="utf-8")
    (tmp_path / "warn.md").write_text(mutate(PLAN, "全覆盖。责任单位:街道消防工作站。", "全覆盖。"), encoding="utf-8")
    return tmp_path


def test_clean_plan_exits_0(plans):
    code, out, err = run("good.md", "--rules", RULES, "--profile", PROFILE, "--workspace", str(plans))
    assert (code, out) == (0, "1 plan(s): 0 error(s), 0 warning(s), 0 suppressed; 4/4 upper rules covered\n")


def test_errors_exit_1_with_compiler_like_lines(plans):
    code, out, err = run("bad.md", "--rules", RULES, "--profile", PROFILE)
    assert code == 1
    assert out.splitlines()[0] == (
        "bad.md:9: error lower-frequency [shiliqu-2024-3-fangan:2.1.1] 上级要求“每季度至少带队开展1次”,方案为“每年至少带队开展1次”")
    assert out.splitlines()[-1] == "1 plan(s): 1 error(s), 0 warning(s), 0 suppressed; 4/4 upper rules covered"


def test_warnings_pass_unless_strict(plans):
    assert run("warn.md", "--rules", RULES, "--profile", PROFILE)[0] == 0
    code, out, _ = run("warn.md", "--rules", RULES, "--profile", PROFILE, "--strict")
    assert code == 1
    assert out.splitlines()[0].startswith("warn.md:13: warning missing-responsible ")


def test_json_on_stdout(plans):
    code, out, err = run("good.md", "bad.md", "--rules", RULES, "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert data["plans"] == ["good.md", "bad.md"]
    assert data["rules"] == [RULES]
    assert [(f["plan"], f["code"], f["line"]) for f in data["findings"]] == [("bad.md", "lower-frequency", 9)]


@pytest.mark.parametrize("fmt, start", [("junit", "<?xml"), ("sarif", "{")])
def test_other_formats(plans, fmt, start):
    code, out, err = run("bad.md", "--rules", RULES, "--format", fmt)
    assert code == 1 and out.startswith(start)


@pytest.mark.parametrize(
    "files, message",
    [
        (["missing.md"], "safeplan: error: missing.md: no such file\n"),
        (["scan.pdf"], "safeplan: error: scan.pdf: PDF files are not read yet: convert it first with "
                       "`libreoffice --headless --convert-to docx scan.pdf`\n"),
    ],
    ids=["missing-file", "pdf"],
)
def test_bad_plan_is_exit_2_one_line(plans, files, message):
    (plans / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    code, out, err = run(*files, "--rules", RULES)
    assert (code, out, err) == (2, "", message)


def test_no_rules_is_exit_2(plans):
    code, out, err = run("good.md")
    assert (code, err) == (2, "safeplan: error: no upper rules given: pass --rules FILE_OR_FOLDER (repeatable)\n")


def test_bad_ignore_file_is_exit_2(plans):
    (plans / ".safeplan-ignore.yaml").write_text("- code: placeholder\n", encoding="utf-8")
    code, out, err = run("good.md", "--rules", RULES)
    assert (code, err) == (2, "safeplan: error: .safeplan-ignore.yaml:1: entry for placeholder has no reason: "
                               "every suppression says why\n")


def test_readme_example_is_real(tmp_path, monkeypatch):
    """README.md shows this run of the draft plan (tests/check/fixtures/readme-draft.md) verbatim."""
    from checkhelp import ROOT

    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans/城东街道方案-草稿.md").write_text((FIXTURES / "readme-draft.md").read_text(encoding="utf-8"),
                                                   encoding="utf-8")
    code, out, err = run("plans/城东街道方案-草稿.md", "--rules",
                         str(ROOT / "rules/anwei-2024-2-zhiben-gongjian.yaml"), "--profile", str(ROOT / "profiles/chengdong.yaml"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = out.splitlines()
    assert code == 1
    for line in lines[:2] + lines[-8:]:
        assert line.replace(str(ROOT) + "/", "") in readme, line


def test_a_folder_stands_for_the_plans_in_it(plans):
    (plans / "plans").mkdir()
    (plans / "plans" / "a.md").write_text(PLAN, encoding="utf-8")
    (plans / "plans" / "notes.yaml").write_text("x: 1\n", encoding="utf-8")
    code, out, err = run("plans", "--rules", RULES, "--format", "json")
    assert (code, json.loads(out)["plans"]) == (0, ["plans/a.md"])
    (plans / "empty").mkdir()
    code, out, err = run("empty", "--rules", RULES)
    assert (code, err) == (2, "safeplan: error: empty: no plans (.docx .md .txt .html) in this folder\n")
