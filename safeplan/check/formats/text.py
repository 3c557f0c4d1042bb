"""Compiler-like lines: `plan.docx:57: error weaker-target …`, then a summary."""

from __future__ import annotations

from safeplan.check.findings import Finding
from safeplan.check.report import Report
from safeplan.printable import one_line


def _line(f: Finding, severity: str) -> str:
    where = f"{f.plan}:{f.line}" if f.line else f.plan
    rule = f" [{f.rule.key}]" if f.rule else ""
    return one_line(f"{where}: {severity} {f.code}{rule} {f.message}")


def render(report: Report) -> str:
    out = []
    for f in report.findings:
        severity = f.severity
        out.append(_line(f, severity))
    for s in report.suppressed:
        by = "行内" if s.source == "inline" else s.source
        extra = f", 批准人 {s.approver}" if s.approver else ""
        extra += f", 有效期至 {s.expires}" if s.expires else ""
        out.append(_line(s.finding, "suppressed") + one_line(f" (已豁免: {s.reason}; {by}{extra})"))
    sm = report.summary
    out.append(
        f"{len(report.plans)} plan(s): {sm['errors']} error(s), {sm['warnings']} warning(s), "
        f"{sm['suppressed']} suppressed; {sm['rules_covered']}/{sm['rules_checked']} upper rules covered"
        + (" (--strict: warnings fail)" if report.strict else "")
    )
    return "\n".join(out) + "\n"
