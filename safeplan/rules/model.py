"""The rule model of `safeplan.rules/v1` (../shared/spec/rules-format.md) as dataclasses: the one shape of a
rule in the library, whether it was extracted, read from a file, merged or edited by a reviewer.

`rule_file_from_dict` reads the YAML mapping into the objects; `rule_file_to_dict` (one rule: `rule_to_dict`)
is the one writer back. Unknown keys of a rule and of its entries are kept in `unknown` so a person's
hand-added fields survive. Given `like`, the mapping the object was read from, the writer keeps that
mapping's layout where the object did not change: its key order, the optional keys it writes (`inferred:
false`) and leaves out (a hand-written rule without `targets:`), so rewriting a file changes only what
changed.
"""

from __future__ import annotations

import copy
from dataclasses import MISSING, dataclass, field, fields
from typing import Any

from safeplan.corpus.model import Metadata

SCHEMA = "safeplan.rules/v1"
LEVELS = ("national", "province", "city", "district", "street", "community", "enterprise", "unknown")
GENRES = ("plan", "work_points", "law", "notice", "report", "news", "checklist", "other")
KINDS = ("goal", "task", "measure", "duty", "requirement", "principle", "background")
OBLIGATIONS = ("must", "should", "may", "prohibited", "aspire")
PERIODS = ("day", "week", "half_month", "month", "quarter", "half_year", "year")


@dataclass(slots=True)
class Deadline:
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    date: str | None = None          # ISO, the last day that still satisfies it
    placeholder: bool = False
    inferred: bool = False           # the year came from the document's period/date
    relative: bool = False           # 三年内, 即日起, 5个工作日内: date stays null
    unknown: dict[str, Any] = field(default_factory=dict)   # hand-added keys of the entry


@dataclass(slots=True)
class Target:
    text: str
    metric: str
    op: str                          # >= > <= < ==
    value: float | int | None
    unit: str | None = None
    direction: str | None = None     # increase|decrease for change targets
    baseline: str | None = None
    due: Deadline | None = None
    unknown: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Frequency:
    text: str
    period: str                      # day|week|half_month|month|quarter|half_year|year
    every: int = 1
    min_count: int = 1
    scope: str | None = None
    activity: str | None = None
    dates: list[str] = field(default_factory=list)   # fixed dates of a recurring deadline: ["06-10", "12-10"]
    unknown: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Responsible:
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Source:
    path: str
    line: int
    start: int
    end: int
    raw_start: int | None = None     # offsets into the raw text, when given
    raw_end: int | None = None


@dataclass(slots=True)
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
    reviewed_by: str | None = None
    reviewed_at: str | None = None   # ISO date
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
    extra: dict[str, Any] | None = None   # the extractor's version and counts; anything a person adds


@dataclass
class RuleFile:
    document: DocumentInfo
    rules: list[Rule]
    path: str | None = None          # the YAML file it was read from
    extra: dict[str, Any] | None = None

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


# ----------------------------------------------------------------------------------------------- reading

def _names(cls) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls)) - {"unknown"}


_KNOWN = {cls: _names(cls) for cls in (Deadline, Target, Frequency, Responsible, Source, Rule, DocumentInfo)}


def _split(cls, data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The keys of `data` that are fields of `cls`, and the others (their values copied: a record shares no
    list or mapping with the data it was read from)."""
    known = _KNOWN[cls]
    if known.issuperset(data):
        return dict(data), {}
    return ({k: v for k, v in data.items() if k in known},
            {k: copy.deepcopy(v) for k, v in data.items() if k not in known})


def _iso(value: Any) -> Any:
    """Readers accept an unquoted YAML date too."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def deadline_from_dict(data: dict[str, Any]) -> Deadline:
    d, unknown = _split(Deadline, data)
    d["date"] = _iso(d.get("date"))
    return Deadline(**d, unknown=unknown)


def target_from_dict(data: dict[str, Any]) -> Target:
    d, unknown = _split(Target, data)
    if d.get("due"):
        d["due"] = deadline_from_dict(d["due"])
    return Target(**d, unknown=unknown)


def frequency_from_dict(data: dict[str, Any]) -> Frequency:
    d, unknown = _split(Frequency, data)
    if "dates" in d:
        d["dates"] = list(d["dates"] or [])
    return Frequency(**d, unknown=unknown)


def rule_from_dict(data: dict[str, Any]) -> Rule:
    """A rule as read (no list or mapping of `data` is shared with it)."""
    d, unknown = _split(Rule, data)
    d["id"] = str(d["id"])
    d["number"] = str(d.get("number", ""))
    d["source"] = Source(**_split(Source, data["source"])[0])
    targets, deadlines, frequencies = d.get("targets"), d.get("deadlines"), d.get("frequencies")
    d["targets"] = [target_from_dict(t) for t in targets] if targets else []
    d["deadlines"] = [deadline_from_dict(x) for x in deadlines] if deadlines else []
    d["frequencies"] = [frequency_from_dict(x) for x in frequencies] if frequencies else []
    responsible = d.get("responsible") or {}
    d["responsible"] = Responsible(lead=list(responsible.get("lead") or ()),
                                   support=list(responsible.get("support") or ()))
    d["sectors"] = list(d.get("sectors") or ())
    d["path"] = list(d.get("path") or ())
    if d.get("applies_to") is not None:
        d["applies_to"] = list(d["applies_to"])
    if "reviewed_at" in d:
        d["reviewed_at"] = _iso(d["reviewed_at"])
    if d.get("extra") is not None:
        d["extra"] = copy.deepcopy(d["extra"])
    return Rule(**d, unknown=unknown)


def document_from_dict(data: dict[str, Any]) -> DocumentInfo:
    d = dict(data)
    d["date"] = _iso(d.get("date"))
    period = d.pop("period", None) or {}
    d["period_start"], d["period_end"] = period.get("start_year"), period.get("end_year")
    d.pop("original_name", None)
    for key in ("source", "extra"):
        if key in d:
            d[key] = copy.deepcopy(d[key])
    return DocumentInfo(**_split(DocumentInfo, d)[0])


def rule_file_from_dict(data: dict[str, Any], path: str | None = None) -> RuleFile:
    """The objects of a rule file's data, sharing no list or mapping with it: read_rule_file builds every
    caller's objects from the one validated copy it keeps."""
    return RuleFile(
        document=document_from_dict(data["document"]),
        rules=[rule_from_dict(r) for r in data.get("rules") or []],
        path=path,
        extra=copy.deepcopy(data.get("extra")),
    )


# ----------------------------------------------------------------------------------------------- writing
# Each record as a fresh file has it: the keys always written, in their order, then those written only when
# they are set (a rule's `stale`, a deadline's `inferred`), then the hand-added ones. (Written out key by
# key: extraction writes a third of a million of them.)

def _deadline(d: Deadline) -> dict[str, Any]:
    out = {"text": d.text, "year": d.year, "month": d.month, "day": d.day, "date": d.date,
           "placeholder": d.placeholder}
    if d.inferred:
        out["inferred"] = d.inferred
    if d.relative:
        out["relative"] = d.relative
    if d.unknown:
        out.update(d.unknown)
    return out


def _target(t: Target) -> dict[str, Any]:
    out = {"text": t.text, "metric": t.metric, "op": t.op, "value": t.value, "unit": t.unit,
           "direction": t.direction, "baseline": t.baseline, "due": _deadline(t.due) if t.due is not None else None}
    if t.unknown:
        out.update(t.unknown)
    return out


def _frequency(f: Frequency) -> dict[str, Any]:
    out = {"text": f.text, "period": f.period, "every": f.every, "min_count": f.min_count, "scope": f.scope,
           "activity": f.activity}
    if f.dates:
        out["dates"] = list(f.dates)
    if f.unknown:
        out.update(f.unknown)
    return out


def _responsible(r: Responsible) -> dict[str, Any]:
    return {"lead": list(r.lead), "support": list(r.support)}


def _source(s: Source) -> dict[str, Any]:
    out = {"path": s.path, "line": s.line, "start": s.start, "end": s.end}
    if s.raw_start is not None:
        out["raw_start"] = s.raw_start
    if s.raw_end is not None:
        out["raw_end"] = s.raw_end
    return out


def _rule(r: Rule) -> dict[str, Any]:
    out = {"id": r.id, "path": list(r.path), "number": r.number, "title": r.title, "text": r.text, "kind": r.kind,
           "obligation": r.obligation, "sectors": list(r.sectors), "targets": [_target(t) for t in r.targets],
           "deadlines": [_deadline(d) for d in r.deadlines], "frequencies": [_frequency(f) for f in r.frequencies],
           "responsible": _responsible(r.responsible), "source": _source(r.source), "reviewed": r.reviewed}
    if r.reviewed_by is not None:
        out["reviewed_by"] = r.reviewed_by
    if r.reviewed_at is not None:
        out["reviewed_at"] = r.reviewed_at
    if r.applies_to is not None:
        out["applies_to"] = list(r.applies_to)
    if r.stale:
        out["stale"] = r.stale
    if r.source_text is not None:
        out["source_text"] = r.source_text
    if r.previous_text is not None:
        out["previous_text"] = r.previous_text
    if r.extra is not None:
        out["extra"] = r.extra
    if r.unknown:
        out.update(r.unknown)
    return out


_FRESH = {Deadline: _deadline, Target: _target, Frequency: _frequency, Responsible: _responsible, Source: _source,
          Rule: _rule}


def _defaults(cls) -> dict[str, Any]:
    out = {}
    for f in fields(cls):
        if f.default is not MISSING:
            out[f.name] = f.default
        elif f.default_factory is not MISSING:
            out[f.name] = f.default_factory()
    return out


_DEFAULTS = {cls: _defaults(cls) for cls in _FRESH}
_NO_DEFAULT = object()


def _is_default(cls, name: str, value: Any) -> bool:
    default = _DEFAULTS[cls].get(name, _NO_DEFAULT)
    return type(value) is type(default) and value == default


def _written_default(cls, name: str) -> Any:
    default = _DEFAULTS[cls][name]
    return _FRESH[type(default)](default) if type(default) in _FRESH else default


def _like(obj: Any, like: dict[str, Any]) -> dict[str, Any]:
    """`obj` in the layout of `like`, the mapping it was read from: like's keys in like's order (an
    optional key the file writes out at its default stays; one whose value went back to the default goes),
    then the keys it did not have — leaving out those whose absence reads as the same value."""
    cls = type(obj)
    fresh = _FRESH[cls](obj)
    if fresh == like:                           # (most rules of a file: as extracted, unchanged)
        return fresh
    known = _KNOWN[cls]
    out: dict[str, Any] = {}
    for key, before in like.items():
        if key in fresh:
            value = getattr(obj, key) if key in known else None
            if type(value) in _FRESH and isinstance(before, dict):
                out[key] = _like(value, before)
            elif type(value) is list and value and type(value[0]) in _FRESH and isinstance(before, list):
                out[key] = [_like(v, before[i]) if i < len(before) and isinstance(before[i], dict) else fresh[key][i]
                            for i, v in enumerate(value)]
            else:
                out[key] = fresh[key]
        elif key in known and _written_default(cls, key) == before:
            out[key] = before                   # `inferred: false`, `stale: false` as the file wrote them
    for key, value in fresh.items():
        if key not in like and not (key in known and _is_default(cls, key, getattr(obj, key))):
            out[key] = value
    return out


def rule_to_dict(rule: Rule, like: dict[str, Any] | None = None) -> dict[str, Any]:
    """The mapping a rule file holds for `rule`; `like`: the mapping it was read from, whose layout stays
    where the rule did not change (the one writer of a rule)."""
    return _like(rule, like) if like is not None else _rule(rule)


def document_to_dict(info: DocumentInfo, like: dict[str, Any] | None = None) -> dict[str, Any]:
    period = {"start_year": info.period_start, "end_year": info.period_end}
    before = (like or {}).get("period")
    if isinstance(before, dict) and before.get("start_year") == info.period_start and \
            before.get("end_year") == info.period_end:
        period = before
    out = {"id": info.id, "title": info.title, "issuer": info.issuer, "doc_number": info.doc_number,
           "index_number": info.index_number, "date": info.date, "level": info.level, "region": info.region,
           "genre": info.genre, "period": period, "template": info.template, "source": dict(info.source)}
    if info.extra is not None or (like is not None and "extra" in like):
        out["extra"] = info.extra
    return out


def rule_file_to_dict(rule_file: RuleFile, like: dict[str, Any] | None = None) -> dict[str, Any]:
    """The mapping written for `rule_file`; `like`: the mapping read from the file it came from (its rules
    are matched by id)."""
    likes: dict[str, dict] = {}
    if like is not None:
        likes = {str(r.get("id")): r for r in like.get("rules") or [] if isinstance(r, dict)}
    out = {"schema": SCHEMA,
           "document": document_to_dict(rule_file.document, like.get("document") if like is not None else None),
           "rules": [rule_to_dict(r, likes.get(r.id)) for r in rule_file.rules]}
    if rule_file.extra is not None or (like is not None and "extra" in like):
        out["extra"] = rule_file.extra
    return out
