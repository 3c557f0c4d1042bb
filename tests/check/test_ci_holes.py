"""Holes a CI run could fall through (issue 20 #4–#7): each test failed on the checker before the fix."""

import json
from xml.etree import ElementTree as ET

import pytest
from checkhelp import FIXTURES, ROOT, load_fixture_rules
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from safeplan.cli import cli

NATIONAL = str(ROOT / "rules/anwei-2024-2-zhiben-gongjian.yaml")
DISTRICT = str(FIXTURES / "shiliqu-2024-3-fangan.yaml")
PLAN = (FIXTURES / "chengdong-plan.md").read_text(encoding="utf-8")
# the numbered tasks of 安委〔2024〕2号 (corpus/national/anwei-2024-2-zhiben-gongjian.md: 二、任务分工 and
# 三、主要任务 (一)1 … (八)20, 19 being a heading's own item)
NATIONAL_TASKS = ["2", "3.1.1", "3.2.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.4.7", "3.4.8", "3.4.9", "3.5.10",
                  "3.5.11", "3.5.12", "3.6.13", "3.6.14", "3.7.15", "3.7.16", "3.7.17", "3.7.18", "3.8.20"]


def check(*args):
    result = CliRunner().invoke(cli, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


def test_a_plan_of_nothing_but_citations_covers_nothing(tmp_path):
    """#4: 〔依据：安委〔2024〕2号 2、3.1.1、…〕 alone reported "20/20 upper rules covered", exit 0."""
    plan = tmp_path / "plan.md"
    plan.write_text(f"〔依据：安委〔2024〕2号 {'、'.join(NATIONAL_TASKS)}〕\n", encoding="utf-8")
    code, out, err = check(str(plan), "--rules", NATIONAL, "--workspace", str(tmp_path), "--format", "json")
    data = json.loads(out)
    assert code == 1, err
    assert data["summary"]["rules_checked"] == len(NATIONAL_TASKS) and data["summary"]["rules_covered"] == 0
    missing = sorted(f["rule"]["id"] for f in data["findings"] if f["code"] == "missing-task")
    assert missing == sorted(NATIONAL_TASKS)
    assert sorted(f["rule"]["id"] for f in data["findings"] if f["code"] == "unsupported-citation") == \
        sorted(NATIONAL_TASKS)


def test_a_cited_item_whose_text_matches_still_covers(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text("一、主要任务\n1.街道消防工作站每月至少开展1次九小场所巡查,巡查覆盖率达100%。"
                    "〔依据：示区安委〔2024〕3号 二(二)4〕\n", encoding="utf-8")
    code, out, err = check(str(plan), "--rules", DISTRICT, "--format", "json")
    assert [f["rule"]["id"] for f in json.loads(out)["findings"] if f["code"] == "missing-task"] == \
        ["2.1.1", "2.1.2", "2.2.3"]     # the fixture's four tasks but the one the item implements


@pytest.fixture
def street_plan(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text("一、主要任务\n1.开展隐患排查。\n", encoding="utf-8")
    return plan


def test_rule_files_without_tasks_leave_nothing_to_check(street_plan):
    """#5: a news piece's rules bind nobody: "0/0 upper rules covered", exit 0 before."""
    code, out, err = check(str(street_plan), "--rules", str(ROOT / "rules/shenzhen-2024-345-moshi.yaml"))
    assert (code, out) == (2, "")
    assert err.startswith(f"safeplan: error: {street_plan}: nothing to check: none of the ")
    assert "is a task, measure or duty" in err and len(err.splitlines()) == 1


def test_a_profile_whose_level_excludes_every_rule_leaves_nothing_to_check(street_plan, tmp_path):
    """#5: a district profile against the district's own rules: none of them is upper."""
    profile = tmp_path / "district.yaml"
    profile.write_text((FIXTURES / "chengdong.yaml").read_text(encoding="utf-8").replace("level: street",
                                                                                          "level: district"),
                       encoding="utf-8")
    for strict in ([], ["--strict"]):
        code, out, err = check(str(street_plan), "--rules", DISTRICT, "--profile", str(profile), *strict)
        assert (code, out) == (2, "")
        assert "nothing to check: none of the 4 upper tasks binds the profile's unit (level district)" in err


def test_a_folder_lists_what_it_skipped_and_fails_on_what_it_cannot_read(tmp_path, monkeypatch):
    """#6: .markdown was skipped silently, and .doc, .pdf and sub-folders too."""
    monkeypatch.chdir(tmp_path)
    plans = tmp_path / "plans"
    (plans / "old").mkdir(parents=True)
    (plans / "a.md").write_text(PLAN, encoding="utf-8")
    (plans / "b.markdown").write_text(PLAN, encoding="utf-8")
    (plans / "notes.yaml").write_text("x: 1\n", encoding="utf-8")
    code, out, err = check("plans", "--rules", DISTRICT, "--format", "json")
    assert (code, json.loads(out)["plans"]) == (0, ["plans/a.md", "plans/b.markdown"])
    assert err == ("safeplan: skipped plans/notes.yaml: not a plan (.docx .md .txt .html)\n"
                   "safeplan: skipped plans/old/: a sub-folder: its plans are not checked (name it to check them)\n")
    (plans / "c.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    code, out, err = check("plans", "--rules", DISTRICT)
    assert (code, out) == (2, "")
    assert err == ("safeplan: error: plans/c.doc: Word 97-2003 (.doc) files are not read yet: convert it first "
                   "with `libreoffice --headless --convert-to docx c.doc`\n")


UNSAFE = [chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), 0x7f, 0x85, 0x9b, 0x202e, 0x2066, 0xfffe, 0xffff]]


def _render_all(report):
    from safeplan.check.formats import render

    return {fmt: render(report, fmt) for fmt in ("text", "json", "junit", "sarif")}


def _assert_safe(outputs):
    for fmt, text in outputs.items():
        assert not any(ch in text for ch in UNSAFE), fmt
    ET.fromstring(outputs["junit"].encode("utf-8"))          # well-formed XML
    json.loads(outputs["json"]), json.loads(outputs["sarif"])


def test_control_characters_are_escaped_in_every_format(tmp_path):
    """#7: an ESC sequence and a form feed in a plan went raw to the terminal and made the JUnit XML unreadable."""
    from safeplan.check import check_plans

    plan = tmp_path / "plan\x1b[31m.md"
    plan.write_text("一、主要任务\n1.开展XX\x1b[2J检查\x0c,每年至少1次。责任单位:街道安办\x07。\n", encoding="utf-8")
    report = check_plans([plan], load_fixture_rules("shiliqu-2024-3-fangan.yaml"), workspace=tmp_path)
    outputs = _render_all(report)
    _assert_safe(outputs)
    shown = "plan\\x1b[31m.md"                  # the file name, written as it is
    assert shown in outputs["text"] and shown in outputs["junit"]
    assert json.loads(outputs["json"])["plans"] == [shown]
    assert json.loads(outputs["sarif"])["runs"][0]["artifacts"] == [{"location": {"uri": shown}}]


TOKENS = UNSAFE[1:] + ["一、", "（一）", "1.", "检查", "XX", "每年至少1次", "覆盖率达50%", "责任单位:安办", "\n",
                      "〔依据：示区安委〔2024〕3号 二(二)4〕", "〔safeplan: ignore placeholder 理由\x1b〕"]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(UNSAFE[1:]), min_size=1, max_size=3),
       st.lists(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12), min_size=1, max_size=4))
def test_fuzzed_plans_give_safe_output_in_every_format(tmp_path_factory, name, lines):
    """Plans (and plan file names) of random text with control characters: every format stays safe and
    well-formed. (NUL is left out: the reader refuses a file holding one, as a binary file.)"""
    from safeplan.check import check_plans

    tmp = tmp_path_factory.mktemp("fuzz")
    plan = tmp / f"plan{name}.md"
    # a real plan around the fuzzed items: mostly control characters, a file is refused as binary
    plan.write_text(PLAN + "\n".join(f"{i + 6}.{''.join(line)}" for i, line in enumerate(lines)) + "\n",
                    encoding="utf-8", errors="surrogatepass")
    report = check_plans([plan], load_fixture_rules("shiliqu-2024-3-fangan.yaml"), workspace=tmp)
    _assert_safe(_render_all(report))
