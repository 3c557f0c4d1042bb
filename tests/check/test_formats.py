"""The four report formats, on a hand-made report: exact text, the JSON shape of cli.md, JUnit against
a junit-10.xsd-shaped schema, SARIF against the SARIF 2.1.0 subset schema kept beside this file."""

import json
from pathlib import Path

import jsonschema
import pytest
from lxml import etree

from safeplan.check.findings import Finding, RuleRef, Suppressed
from safeplan.check.formats import render
from safeplan.check.report import Report

HERE = Path(__file__).parent
R4 = RuleRef("anwei-2024-2-zhiben-gongjian", "3.3.4", "健全完善生产经营单位重大事故隐患自查自改常态化机制…", "")
R12 = RuleRef("anwei-2024-2-zhiben-gongjian", "3.5.12", "聚焦从业人员疏散逃生避险意识能力提升…", "")


def make_report(strict=False):
    report = Report(plans=["plans/x.md"], rules=["rules/anwei-2024-2-zhiben-gongjian.yaml"], strict=strict)
    report.checked = [("plans/x.md", R4), ("plans/x.md", R12)]
    report.covered = {("plans/x.md", R4.key)}
    report.findings = [
        Finding("lower-frequency", "plans/x.md", 12, "上级要求“每季度…至少开展1次检查”,方案为“每年…至少开展1次检查”",
                rule=R4, expected="每季度…至少开展1次检查", found="每年…至少开展1次检查"),
        Finding("placeholder", "plans/x.md", 3, "占位符“20__”未填写", found="20__"),
        Finding("missing-task", "plans/x.md", None, "上级任务 anwei-2024-2-zhiben-gongjian:3.5.12 在方案中没有对应条目",
                rule=R12, expected="聚焦从业人员疏散逃生避险意识能力提升…"),
        Finding("missing-responsible", "plans/x.md", 12, "任务条目未写明责任单位(牵头/责任单位)", rule=R4),
    ]
    report.suppressed = [
        Suppressed(Finding("weaker-target", "plans/x.md", 20, "上级要求“95%”,方案为“90%”", rule=R4,
                           expected="95%", found="90%"),
                   reason="区安委会已批准", source=".safeplan-ignore.yaml", approver="张三", expires="2026-12-31"),
    ]
    return report


def test_text_is_compiler_like():
    assert render(make_report(), "text") == (
        "plans/x.md:12: error lower-frequency [anwei-2024-2-zhiben-gongjian:3.3.4] 上级要求“每季度…至少开展1次检查”,方案为“每年…至少开展1次检查”\n"
        "plans/x.md:3: error placeholder 占位符“20__”未填写\n"
        "plans/x.md: error missing-task [anwei-2024-2-zhiben-gongjian:3.5.12] 上级任务 anwei-2024-2-zhiben-gongjian:3.5.12 在方案中没有对应条目\n"
        "plans/x.md:12: warning missing-responsible [anwei-2024-2-zhiben-gongjian:3.3.4] 任务条目未写明责任单位(牵头/责任单位)\n"
        "plans/x.md:20: suppressed weaker-target [anwei-2024-2-zhiben-gongjian:3.3.4] 上级要求“95%”,方案为“90%” "
        "(已豁免: 区安委会已批准; .safeplan-ignore.yaml, 批准人 张三, 有效期至 2026-12-31)\n"
        "1 plan(s): 3 error(s), 1 warning(s), 1 suppressed; 1/2 upper rules covered\n"
    )


def test_json_has_the_shape_of_cli_md():
    data = json.loads(render(make_report(), "json"))
    assert list(data) == ["plans", "rules", "summary", "findings", "suppressed"]
    assert data["summary"] == {"errors": 3, "warnings": 1, "suppressed": 1, "rules_checked": 2, "rules_covered": 1}
    assert data["findings"][0] == {
        "code": "lower-frequency", "severity": "error", "plan": "plans/x.md", "line": 12,
        "rule": {"doc_id": "anwei-2024-2-zhiben-gongjian", "id": "3.3.4", "text": R4.text},
        "expected": "每季度…至少开展1次检查", "found": "每年…至少开展1次检查",
        "message": "上级要求“每季度…至少开展1次检查”,方案为“每年…至少开展1次检查”",
    }
    missing = data["findings"][2]
    assert (missing["code"], missing["line"]) == ("missing-task", None)
    assert data["suppressed"][0] | {"message": None} == {
        "code": "weaker-target", "plan": "plans/x.md", "line": 20,
        "rule": {"doc_id": "anwei-2024-2-zhiben-gongjian", "id": "3.3.4"}, "reason": "区安委会已批准",
        "approver": "张三", "expires": "2026-12-31", "source": ".safeplan-ignore.yaml", "message": None,
    }


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
def test_junit_validates_and_has_a_case_per_upper_rule(strict):
    xml = render(make_report(strict), "junit").encode("utf-8")
    schema = etree.XMLSchema(etree.parse(str(HERE / "junit-10.xsd")))
    doc = etree.fromstring(xml)
    schema.assertValid(doc)
    cases = doc.findall("testsuite/testcase")
    assert [(c.get("classname"), c.get("name")) for c in cases] == [
        ("anwei-2024-2-zhiben-gongjian", "3.3.4"),
        ("anwei-2024-2-zhiben-gongjian", "3.5.12"),
        ("safeplan.plan", "plan-wide checks (placeholders, dates, reading)"),
    ]
    assert [f.get("type") for f in cases[0].findall("failure")] == (
        ["lower-frequency", "missing-responsible"] if strict else ["lower-frequency"])
    assert [f.get("type") for f in cases[1].findall("failure")] == ["missing-task"]
    assert doc.get("failures") == "3"


def test_junit_schema_rejects_a_testsuite_without_counts():
    """The schema is not a rubber stamp: a suite missing its required `tests` count fails."""
    schema = etree.XMLSchema(etree.parse(str(HERE / "junit-10.xsd")))
    bad = etree.fromstring(b'<testsuites><testsuite name="x" failures="0" errors="0"/></testsuites>')
    assert not schema.validate(bad)


def test_sarif_validates_and_missing_task_has_no_region():
    log = json.loads(render(make_report(), "sarif"))
    schema = json.loads((HERE / "sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(log, schema, format_checker=jsonschema.FormatChecker())
    results = log["runs"][0]["results"]
    by_code = {r["ruleId"]: r for r in results}
    assert by_code["lower-frequency"]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "plans/x.md"}, "region": {"startLine": 12}}
    assert by_code["missing-task"]["locations"][0]["physicalLocation"] == {"artifactLocation": {"uri": "plans/x.md"}}
    assert by_code["missing-responsible"]["level"] == "warning"
    assert by_code["weaker-target"]["suppressions"] == [
        {"kind": "external", "justification": "区安委会已批准", "properties": {"approver": "张三", "expires": "2026-12-31"}}]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_sarif_schema_rejects_an_invented_property():
    schema = json.loads((HERE / "sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8"))
    log = json.loads(render(make_report(), "sarif"))
    log["runs"][0]["results"][0]["line"] = 12
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, schema)


def test_exit_code_follows_errors_and_strict():
    assert make_report().exit_code == 1
    only_warning = Report(plans=["p"], rules=[], findings=[Finding("unparsed", "p", 1, "…")])
    assert only_warning.exit_code == 0
    only_warning.strict = True
    assert only_warning.exit_code == 1
