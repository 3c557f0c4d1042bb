"""JUnit XML for CI dashboards: a test suite per plan, a test case per upper rule.

Errors fail the rule's test case (warnings too under --strict); findings that belong to no upper rule
(placeholder, invalid-date, unparsed …) go to a `plan` test case. Warnings that do not fail, and suppressed
findings, are written to the test case's system-out so nothing is silent. Shaped after the Jenkins xUnit
plugin's junit-10.xsd (tests/check/ validates against a schema of that shape).
"""

from __future__ import annotations

from collections import OrderedDict
from xml.etree import ElementTree as ET

from safeplan.check.findings import Finding
from safeplan.check.report import Report
from safeplan.printable import printable

PLAN_CASE = "plan"


def _detail(f: Finding) -> str:
    parts = [f"{f.plan}:{f.line}" if f.line else f.plan, f"{f.severity} {f.code}", f.message]
    if f.rule:
        parts.append(f"上级规则 {f.rule.key}: {f.rule.text}")
    if f.expected is not None:
        parts.append(f"expected: {f.expected}")
    if f.found is not None:
        parts.append(f"found: {f.found}")
    return "\n".join(parts)


def render(report: Report) -> str:
    root = ET.Element("testsuites", name="safeplan check")
    total_tests = total_failures = 0
    for plan in report.plans:
        cases: "OrderedDict[str, dict]" = OrderedDict()
        for p, ref in report.checked:
            if p == plan and ref.key not in cases:
                cases[ref.key] = {"ref": ref, "findings": [], "suppressed": []}
        cases.setdefault(PLAN_CASE, {"ref": None, "findings": [], "suppressed": []})
        for f in report.findings:
            if f.plan != plan:
                continue
            key = f.rule.key if f.rule else PLAN_CASE
            cases.setdefault(key, {"ref": f.rule, "findings": [], "suppressed": []})["findings"].append(f)
        for s in report.suppressed:
            if s.finding.plan == plan:
                key = s.finding.rule.key if s.finding.rule else PLAN_CASE
                cases.setdefault(key, {"ref": s.finding.rule, "findings": [], "suppressed": []})["suppressed"].append(s)
        suite = ET.SubElement(root, "testsuite", name=plan, tests="0", failures="0", errors="0", skipped="0")
        failures = 0
        for case in cases.values():
            ref = case["ref"]
            name = f"{ref.id} {ref.title}".strip() if ref else "plan-wide checks (placeholders, dates, reading)"
            tc = ET.SubElement(suite, "testcase", classname=ref.doc_id if ref else "safeplan.plan", name=name)
            failed = [f for f in case["findings"] if report.failed(f)]
            for f in failed:
                el = ET.SubElement(tc, "failure", type=f.code, message=f.message)
                el.text = _detail(f)
            notes = [_detail(f) for f in case["findings"] if not report.failed(f)]
            notes += [f"suppressed ({s.reason}): " + _detail(s.finding) for s in case["suppressed"]]
            if notes:
                ET.SubElement(tc, "system-out").text = "\n\n".join(notes)
            failures += bool(failed)
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(failures))
        total_tests += len(cases)
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    for el in root.iter():           # plan text may hold characters XML 1.0 cannot carry (ESC, NUL …)
        if el.text:
            el.text = printable(el.text)
        for key, value in el.attrib.items():
            el.set(key, printable(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
