"""Cross-test with the generators: the plan generated for each profile (md and docx) passes `safeplan check`
against the very rules it was generated from — no error codes, every applicable upper rule covered."""

import pytest
from checkhelp import FIXTURES, ROOT, load_fixture_rules

from safeplan.check import check_plans
from safeplan.generators import generate_plan
from safeplan.profiles import load_profile
from safeplan.rules.rulefiles import load_rule_files

PROFILES = sorted((ROOT / "profiles").glob("*.yaml"))
RULES = ROOT / "rules/anwei-2024-2-zhiben-gongjian.yaml"


def errors_of(report):
    return [(f.plan, f.line, f.code, f.message) for f in report.findings if f.severity == "error"]


@pytest.mark.parametrize("profile_path", PROFILES, ids=[p.stem for p in PROFILES])
def test_generated_plan_passes_against_the_national_rules(tmp_path, profile_path):
    rules = load_rule_files([RULES])
    profile = load_profile(profile_path)
    written = generate_plan(rules, profile, ["md", "docx"], tmp_path / "out")
    plans = [p for p in written if p.suffix in (".md", ".docx")]
    assert len(plans) == 2
    report = check_plans(plans, rules, profile=profile, workspace=tmp_path)
    assert errors_of(report) == []
    assert report.summary["rules_covered"] == report.summary["rules_checked"] > 0


def test_generated_plan_passes_against_the_district_fixture(tmp_path):
    rules = load_fixture_rules("shiliqu-2024-3-fangan.yaml")
    profile = load_profile(FIXTURES / "chengdong.yaml")
    plans = [p for p in generate_plan(rules, profile, ["md", "docx"], tmp_path / "out") if p.suffix in (".md", ".docx")]
    report = check_plans(plans, rules, profile=profile, workspace=tmp_path)
    assert errors_of(report) == []
    assert report.summary["rules_covered"] == report.summary["rules_checked"] == 2 * 4
