"""The plan checker: does a drafted plan honour the upper level's rules? (cli.md `safeplan check`)"""

from safeplan.check.engine import check_plans
from safeplan.check.findings import SEVERITY, Finding, RuleRef, Suppressed
from safeplan.check.report import Report

__all__ = ["check_plans", "Finding", "Report", "RuleRef", "Suppressed", "SEVERITY"]
