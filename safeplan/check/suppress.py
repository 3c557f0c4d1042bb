"""Suppression the way linters do it, never silent: inline 〔safeplan: ignore CODE 理由〕 and .safeplan-ignore.yaml.

The ignore file at the workspace root holds a list of entries:

    - code: weaker-target              # required
      plan: plans/城东街道实施方案.docx  # optional: a path, a file name or a glob (default: every plan)
      rule: anwei-2024-2-zhiben-gongjian:3.3.4   # optional: DOC:ID or a bare ID (default: every rule)
      reason: 区安委会已批准按季度检查      # required
      approver: 张三                      # optional
      expires: 2025-12-31                 # optional; from the day after, the entry no longer suppresses

An expired entry is reported as an `expired-ignore` warning and the findings it covered come back.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from safeplan.check.findings import SEVERITY, Finding, Suppressed
from safeplan.errors import SafeplanError
from safeplan.yamlfiles import check_keys, load_yaml_file

IGNORE_FILE = ".safeplan-ignore.yaml"


@dataclass(frozen=True)
class IgnoreEntry:
    code: str
    reason: str
    plan: str | None = None
    rule: str | None = None
    approver: str | None = None
    expires: str | None = None
    line: int | None = None       # where it is in the ignore file

    def expired(self, today: _dt.date) -> bool:
        return bool(self.expires) and _dt.date.fromisoformat(self.expires) < today

    def matches(self, f: Finding) -> bool:
        if f.code != self.code:
            return False
        if self.plan:
            plan = PurePosixPath(f.plan.replace("\\", "/"))
            pattern = self.plan.replace("\\", "/")
            if not (fnmatch.fnmatch(str(plan), pattern) or fnmatch.fnmatch(plan.name, pattern)
                    or str(plan).endswith("/" + pattern.lstrip("./"))):
                return False
        if self.rule:
            if f.rule is None:
                return False
            if self.rule not in (f.rule.key, f.rule.id):
                return False
        return True


# The keys of an entry of .safeplan-ignore.yaml
IGNORE_KEYS = ("code", "plan", "rule", "reason", "approver", "expires")


def load_ignore_file(path: Path, shown: str | None = None) -> list[IgnoreEntry]:
    """The entries of .safeplan-ignore.yaml; [] when there is none. Bad entries are bad input (SafeplanError).

    `shown` is the path as error messages name it (relative to the workspace).
    """
    if not path.is_file():
        return []
    shown = shown or str(path)
    data = load_yaml_file(path, shown, lines=True)   # (duplicate keys, aliases, impossible dates: file:line)
    if data is None:
        return []
    if not isinstance(data, list):
        raise SafeplanError("expected a list of {code, plan, rule, reason, approver, expires} entries", path=shown, line=1)
    entries = []
    for raw in data:
        if not isinstance(raw, dict):
            raise SafeplanError("each entry must be a mapping", path=shown)
        line = raw.line
        check_keys(raw, IGNORE_KEYS, shown)
        code = str(raw.get("code") or "")
        if code not in SEVERITY:
            raise SafeplanError(f"unknown finding code {code!r}", path=shown, line=line)
        reason = str(raw.get("reason") or "").strip()
        if not reason:
            raise SafeplanError(f"entry for {code} has no reason: every suppression says why", path=shown, line=line)
        expires = raw.get("expires")
        if expires is not None:
            expires = expires.isoformat() if hasattr(expires, "isoformat") else str(expires)
            try:
                _dt.date.fromisoformat(expires)
            except ValueError:
                raise SafeplanError(f"expires {expires!r} is not a date (YYYY-MM-DD)", path=shown, line=line) from None
        entries.append(IgnoreEntry(
            code=code, reason=reason, line=line, expires=expires,
            plan=str(raw["plan"]) if raw.get("plan") else None,
            rule=str(raw["rule"]) if raw.get("rule") else None,
            approver=str(raw["approver"]) if raw.get("approver") else None,
        ))
    return entries


def apply_suppressions(findings: list[Finding], inline: dict[tuple[str, int], list], entries: list[IgnoreEntry],
                       ignore_path: str, today: _dt.date | None = None) -> tuple[list[Finding], list[Suppressed]]:
    """Split findings into those that stand and those suppressed; expired entries add an `expired-ignore`.

    `inline` maps (plan, line) to the inline ignores that cover that line.
    """
    today = today or _dt.date.today()
    kept, suppressed = [], []
    live = [e for e in entries if not e.expired(today)]
    for f in findings:
        hit = next((ig for ig in inline.get((f.plan, f.line), []) if ig.code == f.code), None) if f.line else None
        if hit is not None:
            suppressed.append(Suppressed(f, reason=hit.reason or "(未写理由)", source="inline"))
            continue
        entry = next((e for e in live if e.matches(f)), None)
        if entry is not None:
            suppressed.append(Suppressed(f, reason=entry.reason, source=ignore_path,
                                         approver=entry.approver, expires=entry.expires))
            continue
        kept.append(f)
    for e in entries:
        if e.expired(today):
            kept.append(Finding(
                code="expired-ignore", plan=ignore_path, line=e.line,
                message=f"豁免已于 {e.expires} 过期,不再生效: {e.code}"
                        + (f" {e.plan}" if e.plan else "") + (f" {e.rule}" if e.rule else "") + f"(理由: {e.reason})",
            ))
    return kept, suppressed
