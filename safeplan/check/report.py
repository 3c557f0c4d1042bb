"""The result of a check: findings, what was suppressed, and which upper rules were checked."""

from __future__ import annotations

from dataclasses import dataclass, field

from safeplan.check.findings import Finding, RuleRef, Suppressed


@dataclass
class Report:
    plans: list[str]
    rules: list[str]                       # rule files as given
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    checked: list[tuple[str, RuleRef]] = field(default_factory=list)   # (plan, upper rule) pairs that had to be covered
    covered: set[tuple[str, str]] = field(default_factory=set)         # (plan, DOC:ID) of those that were
    strict: bool = False
    skipped: list[tuple[str, str]] = field(default_factory=list)       # (file in a plan folder, why it was not read)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def summary(self) -> dict:
        return {
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "suppressed": len(self.suppressed),
            "rules_checked": len(self.checked),
            "rules_covered": sum(1 for plan, ref in self.checked if (plan, ref.key) in self.covered),
        }

    def failed(self, finding: Finding) -> bool:
        """Does this finding fail the check (an error, or a warning under --strict)?"""
        return finding.severity == "error" or self.strict

    @property
    def exit_code(self) -> int:
        """0 no errors; 1 errors (or warnings with --strict). 2 is the CLI's, for bad input."""
        return 1 if any(self.failed(f) for f in self.findings) else 0
