"""SARIF 2.1.0 for code-scanning UIs: one result per finding; suppressed ones carry `suppressions`.

`missing-task` has no line, so its result names the plan file without a region.
"""

from __future__ import annotations

import json

from safeplan import __version__
from safeplan.check.findings import DESCRIPTION, SEVERITY, Finding
from safeplan.check.report import Report
from safeplan.printable import scrub

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _result(f: Finding, report: Report, suppression: dict | None = None) -> dict:
    location: dict = {"physicalLocation": {"artifactLocation": {"uri": f.plan}}}
    if f.line:
        location["physicalLocation"]["region"] = {"startLine": f.line}
    text = f.message
    if f.rule:
        text += f" [上级规则 {f.rule.key}]"
    result = {
        "ruleId": f.code,
        "ruleIndex": list(SEVERITY).index(f.code),
        "level": "error" if report.failed(f) else "warning",
        "message": {"text": text},
        "locations": [location],
    }
    props = {}
    if f.rule:
        props["upperRule"] = {"doc_id": f.rule.doc_id, "id": f.rule.id, "text": f.rule.text}
    if f.expected is not None:
        props["expected"] = f.expected
    if f.found is not None:
        props["found"] = f.found
    if props:
        result["properties"] = props
    if suppression:
        result["suppressions"] = [suppression]
    return result


def render(report: Report) -> str:
    rules = [
        {
            "id": code,
            "name": code,
            "shortDescription": {"text": DESCRIPTION[code]},
            "defaultConfiguration": {"level": severity},
        }
        for code, severity in SEVERITY.items()
    ]
    results = [_result(f, report) for f in report.findings]
    for s in report.suppressed:
        suppression = {"kind": "inSource" if s.source == "inline" else "external", "justification": s.reason}
        if s.approver or s.expires:
            suppression["properties"] = {k: v for k, v in (("approver", s.approver), ("expires", s.expires)) if v}
        results.append(_result(s.finding, report, suppression))
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "safeplan", "version": __version__, "rules": rules}},
            "artifacts": [{"location": {"uri": p}} for p in report.plans],
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }
    return json.dumps(scrub(log), ensure_ascii=False, indent=2) + "\n"
