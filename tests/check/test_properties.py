"""Properties over many generated plans: a plan made of any selection of the national plan's own paragraphs
raises no weaker-target/later-deadline/lower-frequency/placeholder/invalid-date, and reports as missing exactly
the numbered tasks it left out."""

import re

from checkhelp import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from safeplan.rules.rulefiles import load_rule_files

TEXT = (ROOT / "corpus/national/anwei-2024-2-zhiben-gongjian.md").read_text(encoding="utf-8")
LINES = TEXT.split("\n")
TASK_LINE = re.compile(r"^&emsp;&emsp;(\d+)\.")
TASKS = [i for i, line in enumerate(LINES) if TASK_LINE.match(line)]
NATIONAL = load_rule_files([ROOT / "rules/anwei-2024-2-zhiben-gongjian.yaml"])
TASK_IDS = {r.id for r in NATIONAL[0].rules if r.kind in ("task", "measure", "duty")}


@settings(max_examples=8, deadline=None, derandomize=True)
@given(st.sets(st.sampled_from(TASKS), max_size=6))
def test_dropping_numbered_tasks_reports_exactly_those(tmp_path_factory, dropped):
    from safeplan.check import check_plans

    tmp = tmp_path_factory.mktemp("plan")
    plan = tmp / "plan.md"
    plan.write_text("\n".join("" if i in dropped else line for i, line in enumerate(LINES)), encoding="utf-8")
    report = check_plans([plan], NATIONAL, workspace=tmp)
    numbers = {TASK_LINE.match(LINES[i]).group(1) for i in dropped}
    expected = {r.id for r in NATIONAL[0].rules if r.id.split(".")[-1] in numbers and r.id.count(".") == 2} & TASK_IDS
    missing = {f.rule.id for f in report.findings if f.code == "missing-task"}
    assert missing == expected
    assert [f.code for f in report.findings if f.severity == "error" and f.code != "missing-task"] == []
