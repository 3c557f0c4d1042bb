"""check_plans: read each plan, align its items to the upper rules, and collect findings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from safeplan.check.align import Alignment, RuleIndex, UpperRule
from safeplan.check.draft import DraftItem, PlanLines, draft_items
from safeplan.check.findings import Finding, RuleRef
from safeplan.check.marks import Ignore, find_citations, find_ignores
from safeplan.check.plans import expand_plan_paths
from safeplan.check.report import Report
from safeplan.check.scope import applicable_rules, profile_period, unit_checker
from safeplan.check.suppress import IGNORE_FILE, apply_suppressions, load_ignore_file
from safeplan.check.textscan import find_invalid_dates, find_placeholders
from safeplan.check.values import (
    NOT_WRITTEN,
    compare_deadlines,
    compare_frequencies,
    compare_targets,
)
from safeplan.corpus.model import Document
from safeplan.errors import SafeplanError
from safeplan.rules.kinds import TASK_KINDS
from safeplan.rules.model import RuleFile
from safeplan.rules.ruleset import distinct_rule_files
from safeplan.uppers import narrow_for_unit, select_uppers
from safeplan.workspace import Workspace

_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*[%％]")
_NO_FIELDS: tuple = ([], [], [])


def _ref(upper: UpperRule) -> RuleRef:
    r = upper.rule
    return RuleRef(upper.doc_id, r.id, r.text, r.title)


@dataclass
class _Findings:
    """The findings of one plan document as they are found, with the plan's lines to place them."""

    plan: str
    lines: PlanLines
    found: list[Finding] = field(default_factory=list)

    def add(self, code, line, message, upper=None, expected=None, found=None, candidates=()):
        self.found.append(Finding(code=code, plan=self.plan, line=line, message=message,
                                  rule=_ref(upper) if upper else None, expected=expected, found=found,
                                  candidates=tuple(_ref(c.upper) for c in candidates)))


@dataclass
class _Coverage:
    """Which upper rules the plan's items implement, and the values some of them leave unwritten."""

    covered: set[str] = field(default_factory=set)
    aligned_items: dict[str, int] = field(default_factory=dict)    # DOC:ID → how many items implement it
    unwritten: dict[tuple, list] = field(default_factory=dict)     # (DOC:ID, code, expected) → items not writing it
    cited_only: dict[str, int] = field(default_factory=dict)       # DOC:ID → line of a citation the text did not back


def _scan_text(doc: Document, years: tuple[int, ...], out: _Findings) -> None:
    """Placeholders and impossible dates, over the whole document."""
    for hit in find_placeholders(doc.text):
        out.add("placeholder", out.lines.at(hit.offset), f"占位符“{hit.text}”未填写", found=hit.text)
    for hit in find_invalid_dates(doc.text, years):
        out.add("invalid-date", out.lines.at(hit.offset), f"日期“{hit.text}”不存在", found=hit.text)


def _inline_ignores(items: list[DraftItem]) -> dict[int, list[Ignore]]:
    """〔safeplan: ignore …〕 comments, by every line of the item that holds them."""
    inline: dict[int, list[Ignore]] = {}
    for di in items:
        ignores = find_ignores(di.raw) + [ig for rl in di.item.responsible_lines for ig in find_ignores(rl)]
        for ln in di.lines if ignores else ():
            inline.setdefault(ln, []).extend(ignores)
    return inline


def _parse_fields(items: list[DraftItem], year_hint, out: _Findings) -> dict[int, tuple]:
    """Targets, deadlines and frequencies of every item, parsed once (keyed by id of the item)."""
    from safeplan.rules import fields

    parsed = {}
    for di in items:
        try:
            parsed[id(di)] = ((fields.parse_targets(di.text, year_hint=year_hint),
                               fields.parse_deadlines(di.text, year_hint=year_hint),
                               fields.parse_frequencies(di.text)) if di.text.strip() else _NO_FIELDS)
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            # a field parser tripping over one item must not hide the rest of the report: say it, go on
            parsed[id(di)] = _NO_FIELDS
            out.add("unparsed", di.line, f"条目的目标/期限/频次未能解析({type(exc).__name__}: {exc})")
    return parsed


def _report_alignment(di: DraftItem, alignment: Alignment, unknown: list[str], out: _Findings,
                      coverage: _Coverage) -> None:
    for text in unknown:
        out.add("unknown-reference", di.line, f"{text} 未对应到所加载的上级规则")
    for cand in alignment.unsupported:
        coverage.cited_only.setdefault(cand.upper.key, di.line)
        out.add("unsupported-citation", di.line,
                f"条目引用了上级规则 {cand.upper.key},但条目内容与该规则不符:仅有〔依据〕不算落实该任务",
                upper=cand.upper)
    if alignment.ambiguous:
        names = "、".join(f"{c.upper.key}({c.score:.2f})" for c in alignment.rules)
        out.add("ambiguous-alignment", di.line,
                f"条目与多条上级规则相近: {names};未比较目标、期限和频次,请加〔依据：文号 条目〕注明",
                upper=alignment.rules[0].upper, candidates=alignment.rules)


def _compare_values(di: DraftItem, alignment: Alignment, fields: tuple, plan_wide_targets, out: _Findings,
                    coverage: _Coverage) -> None:
    """Targets, deadlines and frequencies of the item against each rule it implements."""
    targets, deadlines, freqs = fields
    if not di.children:   # a heading speaks for its items, not for other rules it resembles
        coverage.covered.update(c.upper.key for c in alignment.also_covers)
    for cand in alignment.rules:
        upper = cand.upper
        coverage.covered.add(upper.key)
        if alignment.ambiguous:
            continue      # which rule is meant is unknown: warned already, values are not compared
        coverage.aligned_items[upper.key] = coverage.aligned_items.get(upper.key, 0) + 1
        rule = upper.rule
        gaps = (compare_targets(rule.targets, targets, plan_wide_targets, di.text)
                + compare_deadlines(rule.deadlines, rule.text, deadlines, di.text)
                + compare_frequencies(rule.frequencies, freqs, di.text))
        for gap in gaps:
            if gap.found is None:
                # "not written at all" needs a citation or a confident alignment, and counts only when no
                # item implementing the rule writes it (an upper rule split over several items is fine)
                coverage.unwritten.setdefault((upper.key, gap.code, gap.expected), []).append(
                    (di, gap, upper, alignment.strong))
                continue
            note = f"({gap.note})" if gap.note else ""
            out.add(gap.code, out.lines.of(di, gap.needle), f"上级要求“{gap.expected}”,方案为“{gap.found}”{note}",
                    upper=upper, expected=gap.expected, found=gap.found)


def _check_item_text(di: DraftItem, alignment: Alignment, fields: tuple, years, known_units,
                     out: _Findings) -> None:
    """What the item itself says: deadlines outside the period, unread percentages, its units."""
    targets, deadlines, _ = fields
    if years:   # a deadline outside the plan's period, unless the upper rule says the same
        upper_text = " ".join(c.upper.rule.text for c in alignment.rules)
        for d in deadlines:
            if d.year and not d.inferred and not d.placeholder and not (years[0] <= d.year <= years[-1]) \
                    and d.text not in upper_text:
                out.add("invalid-date", out.lines.of(di, d.text),
                        f"期限“{d.text}”不在方案期限 {years[0]}—{years[-1]} 年内", found=d.text)
    understood = "".join(t.text for t in targets).replace(" ", "")
    for m in _PERCENT.finditer(di.text):
        if m.group(0).replace(" ", "") not in understood:
            out.add("unparsed", out.lines.of(di, m.group(0)), f"“{_around(di.text, m)}”含百分数,未能读成目标")
    task = any(c.upper.rule.kind in TASK_KINDS for c in alignment.rules)
    under_goals = any("目标" in heading for heading in di.item.path)
    if task and not under_goals and not di.children and not (di.responsible.lead or di.responsible.support):
        out.add("missing-responsible", di.line, "任务条目未写明责任单位(牵头/责任单位)", upper=alignment.rules[0].upper)
    if known_units is not None:
        for unit in di.own_units:
            if not known_units(unit):
                out.add("unknown-unit", di.line, f"责任单位“{unit}”不在单位配置中", found=unit)


def _report_unwritten(coverage: _Coverage, out: _Findings) -> None:
    """A value no item implementing the rule writes, said once, where a confident alignment put it."""
    for (key, _code, _expected), entries in coverage.unwritten.items():
        if len(entries) == coverage.aligned_items[key] and any(strong for *_, strong in entries):
            di, gap, upper, _ = next(e for e in entries if e[3])
            note = f"({gap.note})" if gap.note else ""
            out.add(gap.code, out.lines.of(di, gap.needle), f"上级要求“{gap.expected}”,方案为“{NOT_WRITTEN}”{note}",
                    upper=upper, expected=gap.expected, found=NOT_WRITTEN)


def _section_line(upper: UpperRule, items: list[DraftItem]) -> int:
    """Where a missing task belongs: the plan heading most like the upper rule's own section heading
    ((三)开展重大事故隐患动态清零行动), else like an enclosing one (三、主要任务), else line 1 — a finding
    always has a line (SARIF consumers need a startLine)."""
    from safeplan.check.values import similarity

    headings = [di for di in items if di.children]
    for wanted in reversed([h for h in upper.rule.path if h]):
        best, best_sim = None, 0.5
        for di in headings:
            sim = similarity(wanted, f"{di.item.number}{di.item.title}{di.text}"[:len(wanted) + 10])
            if sim > best_sim:
                best, best_sim = di.line, sim
        if best is not None:
            return best
    return 1


def _report_missing(applicable: list[UpperRule], items: list[DraftItem], coverage: _Coverage,
                    out: _Findings) -> None:
    """A parent is covered when one of its children is (and the children of a covered parent are not)."""
    covered = coverage.covered
    covered |= {k.rsplit(".", n)[0] for k in covered for n in range(1, k.count(".") + 1)}
    for upper in applicable:
        if upper.key in covered:
            continue
        cited = coverage.cited_only.get(upper.key)
        note = f"(第 {cited} 行只有〔依据〕引用,内容不符)" if cited else ""
        out.add("missing-task", _section_line(upper, items),
                f"上级任务 {upper.key}“{_short(upper.rule.title or upper.rule.text)}”在方案中没有对应条目{note}",
                upper=upper, expected=_short(upper.rule.text, 60), found=None)


def check_document(doc: Document, plan: str, index: RuleIndex, applicable: list[UpperRule], profile=None,
                   vocabulary=None) -> tuple[list[Finding], dict[int, list[Ignore]], set[str]]:
    """Findings for one plan document; the inline ignores by line; the DOC:ID keys the plan covers."""
    out = _Findings(plan, PlanLines(doc))
    items = draft_items(doc, out.lines)
    period = profile_period(profile) or (doc.meta.period_start, doc.meta.period_end)
    years = tuple(range(period[0], period[1] + 1)) if period[0] and period[1] else ()
    year_hint = period[0] or (int(doc.meta.date[:4]) if doc.meta.date else None)

    _scan_text(doc, years, out)
    inline = _inline_ignores(items)
    if not any(it.id != "0" for it in doc.walk()):
        out.add("unparsed", 1, "未识别出编号条目(一、(一) 1. …),只做了占位符和日期检查")
    parsed = _parse_fields(items, year_hint, out)
    plan_wide_targets = [t for v in parsed.values() for t in v[0]]
    keys = list(index.doc_keys)
    coverage = _Coverage()
    known_units = unit_checker(profile) if profile is not None else None
    for di in items:
        sectors = vocabulary.match(di.text) if vocabulary is not None else []
        alignment, unknown = index.align(f"{di.item.title} {di.text}", find_citations(di.raw, keys), sectors,
                                         content=di.item.id != "0")
        _report_alignment(di, alignment, unknown, out, coverage)
        _compare_values(di, alignment, parsed[id(di)], plan_wide_targets, out, coverage)
        _check_item_text(di, alignment, parsed[id(di)], years, known_units, out)
    _report_unwritten(coverage, out)
    _report_missing(applicable, items, coverage, out)
    return out.found, inline, coverage.covered


def _short(s: str, n: int = 30) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n] + "…"


def _around(text: str, m: re.Match, width: int = 10) -> str:
    return text[max(0, m.start() - width):m.end() + 2]


def _nothing_to_check(index: RuleIndex, profile, label: str) -> SafeplanError:
    """Zero rules checked is not a pass: say why none of the upper rules binds this plan."""
    tasks = [u for u in index.uppers if u.rule.kind in TASK_KINDS]
    if not tasks:
        why = (f"none of the {len(index.uppers)} rules in the rule files given is a task, measure or duty "
               "(news, reports and background bind nobody): pass --rules with an upper plan's rule file")
    elif profile is not None:
        level = getattr(getattr(profile, "unit", None), "level", None)
        why = (f"none of the {len(tasks)} upper tasks binds the profile's unit (level {level}): the rule files "
               "are from its own level or below, or name other levels or sectors; pass the upper level's rules")
    else:
        why = (f"none of the {len(tasks)} upper tasks binds this plan's level (their applies_to names other "
               "levels); pass --profile or the upper level's rules")
    return SafeplanError(f"nothing to check: {why}", path=label)


def check_plans(plan_paths, rule_files: list[RuleFile], profile=None, workspace=None, strict: bool = False,
                rule_paths=None) -> Report:
    """Check drafted plans (.docx, .md, .txt, .html) against upper-level rules; see cli.md for the codes.

    `profile` (a safeplan.profiles Profile) narrows the rules to the unit's level and sectors and enables
    `unknown-unit`. Suppressions come from inline 〔safeplan: ignore CODE 理由〕 and the workspace's
    .safeplan-ignore.yaml. Bad input raises SafeplanError, and so does a plan that no upper rule binds
    (nothing checked is not a pass). Files a plan folder holds that are not plans are listed in
    `Report.skipped`.
    """
    from safeplan.corpus import read_documents

    ws = workspace if isinstance(workspace, Workspace) else Workspace.at(workspace)
    given = distinct_rule_files(rule_files)
    scopes: dict[str | None, tuple[RuleIndex, set[str]]] = {}

    def scope(level: str | None) -> tuple[RuleIndex, set[str]]:
        """The rules a plan of this unit level is checked against (safeplan.uppers): only the documents upper
        to the unit (not a peer's plan, a template, a law article or a news item), and for a street or town
        each rule cut to the part its level carries (safeplan.addressees), not the upper bodies' own work.
        Without a profile the plan's own level (read from its title) stands for the unit's, when known."""
        if level not in scopes:
            files, upper_only = given, set()
            if profile is not None or level in ("street", "community"):
                files = select_uppers(given, profile, level).binding or given
            if level in ("street", "community"):
                files, upper_only = narrow_for_unit(files)
            scopes[level] = (RuleIndex(files), upper_only)
        return scopes[level]

    profile_level = getattr(getattr(profile, "unit", None), "level", None)
    try:
        from safeplan.rules.sectors import load_vocabulary

        vocabulary = load_vocabulary(ws)
    except ImportError:
        vocabulary = None
    ignore_path = ws.root / IGNORE_FILE
    entries = load_ignore_file(ignore_path, _label(ignore_path, ws))
    report = Report(plans=[], rules=[str(p) for p in (rule_paths or [rf.path for rf in rule_files if rf.path])],
                    strict=strict)
    all_findings: list[Finding] = []
    inline_all: dict[tuple[str, int], list] = {}
    inputs = expand_plan_paths(plan_paths, label=lambda p: _label(p, ws))
    report.skipped = inputs.skipped
    for path in inputs.plans:
        label = _label(path, ws)
        report.plans.append(label)
        for doc in read_documents(path, workspace=ws):
            plan_level = None if (doc.meta.level in (None, "unknown")) else doc.meta.level
            index, upper_only = scope(profile_level if profile is not None else plan_level)
            applicable = [u for u in applicable_rules(index.uppers, profile, plan_level, TASK_KINDS)
                          if u.key not in upper_only]
            if not applicable:
                raise _nothing_to_check(index, profile, label)
            findings, inline, covered = check_document(doc, label, index, applicable, profile, vocabulary)
            all_findings += findings
            for ln, igs in inline.items():
                inline_all.setdefault((label, ln), []).extend(igs)
            for upper in applicable:
                report.checked.append((label, _ref(upper)))
                if upper.key in covered:
                    report.covered.add((label, upper.key))
    kept, suppressed = apply_suppressions(all_findings, inline_all, entries, _label(ignore_path, ws))
    report.findings = sorted(kept, key=lambda f: f.sort_key())
    report.suppressed = suppressed
    return report


def _label(path, ws: Workspace) -> str:
    p = Path(path)
    try:
        return p.resolve().relative_to(ws.root).as_posix()
    except ValueError:
        return str(path)
