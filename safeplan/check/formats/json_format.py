"""The JSON object of cli.md, exactly: plans, rules, summary, findings, suppressed."""

from __future__ import annotations

import json

from safeplan.check.findings import Finding
from safeplan.check.report import Report
from safeplan.printable import scrub


def finding_dict(f: Finding) -> dict:
    d = {
        "code": f.code,
        "severity": f.severity,
        "plan": f.plan,
        "line": f.line,
        "rule": {"doc_id": f.rule.doc_id, "id": f.rule.id, "text": f.rule.text} if f.rule else None,
        "expected": f.expected,
        "found": f.found,
        "message": f.message,
    }
    if f.candidates:
        d["candidates"] = [{"doc_id": c.doc_id, "id": c.id, "text": c.text} for c in f.candidates]
    return d


def report_dict(report: Report) -> dict:
    return {
        "plans": report.plans,
        "rules": report.rules,
        "summary": report.summary,
        "findings": [finding_dict(f) for f in report.findings],
        "suppressed": [
            {
                "code": s.finding.code,
                "plan": s.finding.plan,
                "line": s.finding.line,
                "rule": {"doc_id": s.finding.rule.doc_id, "id": s.finding.rule.id} if s.finding.rule else None,
                "reason": s.reason,
                "approver": s.approver,
                "expires": s.expires,
                "source": s.source,
                "message": s.finding.message,
            }
            for s in report.suppressed
        ],
    }


def render(report: Report) -> str:
    return json.dumps(scrub(report_dict(report)), ensure_ascii=False, indent=2) + "\n"
