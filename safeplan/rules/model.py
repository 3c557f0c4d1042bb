"""The rule model of `safeplan.rules/v1` (../shared/spec/rules-format.md) as dataclasses.

`from_dict`/`to_dict` translate to and from the YAML mapping; unknown keys of a rule are kept in
`Rule.unknown` so a person's hand-added fields survive a load/save round trip.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from safeplan.corpus.model import Metadata

SCHEMA = "safeplan.rules/v1"
LEVELS = ("national", "province", "city", "district", "street", "community", "enterprise", "unknown")
GENRES = ("plan", "work_points", "law", "notice", "report", "news", "checklist", "other")
KINDS = ("goal", "task", "measure", "duty", "requirement", "principle", "background")
OBLIGATIONS = ("must", "should", "may", "prohibited", "aspire")
PERIODS = ("day", "week", "half_month", "month", "quarter", "half_year", "year")


@dataclass
class Deadline:
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    date: str | None = None          # ISO, the last day that still satisfies it
    placeholder: bool = False
    inferred: bool = False           # the year came from the document's period/date
    relative: bool = False           # 三年内, 即日起, 5个工作日内: date stays null


@dataclass
class Target:
    text: str
    metric: str
    op: str                          # >= > <= < ==
    value: float | int | None
    unit: str | None = None
    direction: str | None = None     # increase|decrease for change targets
    baseline: str | None = None
    due: Deadline | None = None


@dataclass
class Frequency:
    text: str
    period: str                      # day|week|half_month|month|quarter|half_year|year
    every: int = 1
    min_count: int = 1
    scope: str | None = None
    activity: str | None = None
    dates: list[str] = field(default_factory=list)   # fixed dates of a recurring deadline: ["06-10", "12-10"]


@dataclass
class Responsible:
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)


@dataclass
class Source:
    path: str
    line: int
    start: int
    end: int


@dataclass
class Rule:
    id: str
    path: list[str]
    number: str
    title: str
    text: str
    kind: str
    obligation: str
    sectors: list[str]
    source: Source
    targets: list[Target] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    frequencies: list[Frequency] = field(default_factory=list)
    responsible: Responsible = field(default_factory=Responsible)
    reviewed: bool = False
    applies_to: list[str] | None = None
    stale: bool = False
    source_text: str | None = None   # the source passage as it now reads, beside a stale reviewed text
    previous_text: str | None = None  # (files merged before source_text: the reviewed text)
    extra: dict[str, Any] | None = None
    unknown: dict[str, Any] = field(default_factory=dict)   # hand-added keys outside the format


@dataclass(kw_only=True)
class DocumentInfo(Metadata):
    """A rule file's `document:` block: the document's metadata — the reader's `corpus.Metadata`, one shape
    for both (the file's `period: {start_year, end_year}` is its period_start/period_end) — and the
    document it was extracted from. (`original_name` is the reader's: rule files do not carry it.)"""

    id: str
    source: dict[str, Any]           # {path, sha256, part}


@dataclass
class RuleFile:
    document: DocumentInfo
    rules: list[Rule]
    path: str | None = None          # the YAML file it was read from

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def _build(cls, data: dict[str, Any]):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def _iso(value: Any) -> Any:
    """Readers accept an unquoted YAML date too."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def deadline_from_dict(data: dict[str, Any]) -> Deadline:
    d = dict(data)
    d["date"] = _iso(d.get("date"))
    return _build(Deadline, d)


def target_from_dict(data: dict[str, Any]) -> Target:
    d = dict(data)
    if d.get("due"):
        d["due"] = deadline_from_dict(d["due"])
    return _build(Target, d)


def rule_from_dict(data: dict[str, Any]) -> Rule:
    known = {f.name for f in fields(Rule)} - {"unknown"}
    d = {k: v for k, v in data.items() if k in known}
    d["id"] = str(d["id"])
    d["number"] = str(d.get("number", ""))
    d["source"] = _build(Source, data["source"])
    d["targets"] = [target_from_dict(t) for t in data.get("targets") or []]
    d["deadlines"] = [deadline_from_dict(x) for x in data.get("deadlines") or []]
    d["frequencies"] = [_build(Frequency, x) for x in data.get("frequencies") or []]
    d["responsible"] = _build(Responsible, data.get("responsible") or {})
    d["sectors"] = list(data.get("sectors") or [])
    d["path"] = list(data.get("path") or [])
    rule = Rule(**d)
    rule.unknown = {k: v for k, v in data.items() if k not in known}
    return rule


def document_from_dict(data: dict[str, Any]) -> DocumentInfo:
    d = dict(data)
    d["date"] = _iso(d.get("date"))
    period = d.pop("period", None) or {}
    d["period_start"], d["period_end"] = period.get("start_year"), period.get("end_year")
    d.pop("original_name", None)
    return _build(DocumentInfo, d)


def rule_file_from_dict(data: dict[str, Any], path: str | None = None) -> RuleFile:
    return RuleFile(
        document=document_from_dict(data["document"]),
        rules=[rule_from_dict(r) for r in data.get("rules") or []],
        path=path,
    )
