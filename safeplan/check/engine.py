"""check_plans: read each plan, align its items to the upper rules, and collect findings."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

from safeplan.check.align import RuleIndex, UpperRule
from safeplan.check.findings import Finding, RuleRef
from safeplan.check.marks import Ignore, find_citations, find_ignores, strip_marks
from safeplan.check.report import Report
from safeplan.check.scope import applicable_rules, profile_period, unit_checker
from safeplan.check.suppress import IGNORE_FILE, apply_suppressions, load_ignore_file
from safeplan.check.textscan import find_invalid_dates, find_placeholders
from safeplan.check.values import NOT_WRITTEN, compare_deadlines, compare_frequencies, compare_targets
from safeplan.corpus.model import Document, Item
from safeplan.errors import SafeplanError
from safeplan.rules.model import Responsible, RuleFile
from safeplan.workspace import Workspace

TASK_KINDS = ("task", "measure", "duty")
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*[%％]")


@dataclass
class PlanItem:
    item: Item
    text: str                        # own text, citations and ignore comments removed
    raw: str                         # own text as the reader gave it
    line: int
    lines: range                     # the plan lines the item spans
    responsible: Responsible         # own + inherited
    own_units: list[str]
    start: int                       # offset of the item's text in the document text
    children: list["PlanItem"] = field(default_factory=list)


class _Lines:
    """Offsets in a document's cleaned text → 1-based plan lines (DOCX: paragraph index)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.raw_starts = None
        if doc.raw_text and doc.raw_offsets and len(doc.raw_offsets) == len(doc.text) + 1:
            self.raw_starts = [0] + [m.end() for m in re.finditer("\n", doc.raw_text)]
        self.items = sorted(((it.start, it.line) for it in doc.walk()), key=lambda x: x[0])
        self.item_starts = [s for s, _ in self.items]

    def at(self, offset: int) -> int:
        if self.raw_starts is not None:
            raw = self.doc.raw_offsets[max(0, min(offset, len(self.doc.raw_offsets) - 1))]
            return bisect.bisect_right(self.raw_starts, raw)
        i = bisect.bisect_right(self.item_starts, offset) - 1
        return self.items[i][1] if i >= 0 else 1


def _parse(text: str, year_hint):
    from safeplan.rules import fields

    return (fields.parse_targets(text, year_hint=year_hint), fields.parse_deadlines(text, year_hint=year_hint),
            fields.parse_frequencies(text))


def _responsible(lines: list[str], text: str) -> Responsible:
    from safeplan.rules.fields import parse_responsible

    lead, support = [], []
    for chunk in list(lines) + [text]:
        r = parse_responsible(chunk)
        lead += [u for u in r.lead if u not in lead]
        support += [u for u in r.support if u not in support]
    return Responsible(lead, support)


EMPTY_CELL = re.compile(r"^[-—–/\s无]+$")   # an empty table cell: —, -, /, 无, or a Markdown rule row
LEAD_COLUMNS = ("责任单位", "牵头单位", "责任部门", "牵头部门", "责任主体")
SUPPORT_COLUMNS = ("配合单位", "协助单位", "配合部门")


def _cell_units(cells: dict[str, str], columns) -> list[str]:
    units = []
    for col in columns:
        units += [u.strip() for u in re.split(r"[、,，;；\s]+", cells.get(col) or "")
                  if u.strip() and not EMPTY_CELL.match(u.strip())]
    return units


def _plan_items(doc: Document, lines: _Lines) -> list[PlanItem]:
    out: list[PlanItem] = []

    def visit(item: Item, inherited: Responsible, parent: PlanItem | None):
        own = _responsible(item.responsible_lines, strip_marks(item.text))
        if item.cells:   # a task-list table row names its units in columns
            own = Responsible(own.lead or _cell_units(item.cells, LEAD_COLUMNS),
                              own.support or _cell_units(item.cells, SUPPORT_COLUMNS))
        resp = Responsible(own.lead or inherited.lead, own.support or inherited.support)
        first = item.line
        last = max(first, lines.at(max(item.end - 1, item.start)))
        pi = PlanItem(item=item, text=strip_marks(item.text), raw=item.text, line=first, lines=range(first, last + 1),
                      responsible=resp, own_units=own.lead + own.support, start=item.start)
        out.append(pi)
        if parent is not None:
            parent.children.append(pi)
        for child in item.children:
            visit(child, resp, pi)

    for top in doc.items:
        visit(top, Responsible(), None)
    return out


def _ref(upper: UpperRule) -> RuleRef:
    r = upper.rule
    return RuleRef(upper.doc_id, r.id, r.text, r.title)


def check_document(doc: Document, plan: str, index: RuleIndex, applicable: list[UpperRule], profile=None,
                   vocabulary=None) -> tuple[list[Finding], dict[int, list[Ignore]], set[str]]:
    """Findings for one plan document; the inline ignores by line; the DOC:ID keys the plan covers."""
    findings: list[Finding] = []
    lines = _Lines(doc)
    items = _plan_items(doc, lines)
    period = profile_period(profile) or (doc.meta.period_start, doc.meta.period_end)
    years = tuple(range(period[0], period[1] + 1)) if period[0] and period[1] else ()
    year_hint = period[0] or (int(doc.meta.date[:4]) if doc.meta.date else None)

    def add(code, line, message, upper=None, expected=None, found=None, candidates=()):
        findings.append(Finding(code=code, plan=plan, line=line, message=message,
                                rule=_ref(upper) if upper else None, expected=expected, found=found,
                                candidates=tuple(_ref(c.upper) for c in candidates)))

    def line_of(pi: PlanItem, needle: str | None) -> int:
        if needle:
            pos = pi.raw.find(needle)
            if pos >= 0:
                return lines.at(pi.start + pos)
        return pi.line

    # 1. text scans over the whole document: placeholders and impossible dates
    for hit in find_placeholders(doc.text):
        add("placeholder", lines.at(hit.offset), f"占位符“{hit.text}”未填写", found=hit.text)
    for hit in find_invalid_dates(doc.text, years):
        add("invalid-date", lines.at(hit.offset), f"日期“{hit.text}”不存在", found=hit.text)

    # 2. inline ignores, by line
    inline: dict[int, list[Ignore]] = {}
    for pi in items:
        ignores = find_ignores(pi.raw) + [ig for rl in pi.item.responsible_lines for ig in find_ignores(rl)]
        for ln in pi.lines if ignores else ():
            inline.setdefault(ln, []).extend(ignores)

    if not any(it.id != "0" for it in doc.walk()):
        add("unparsed", 1, "未识别出编号条目(一、(一) 1. …),只做了占位符和日期检查")

    # 3. parse every item once; align it
    parsed = {}
    for pi in items:
        try:
            parsed[id(pi)] = _parse(pi.text, year_hint) if pi.text.strip() else ([], [], [])
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            # a field parser tripping over one item must not hide the rest of the report: say it, go on
            parsed[id(pi)] = ([], [], [])
            add("unparsed", pi.line, f"条目的目标/期限/频次未能解析({type(exc).__name__}: {exc})")
    plan_wide_targets = [t for v in parsed.values() for t in v[0]]
    keys = list(index.doc_keys)
    covered: set[str] = set()
    aligned_items: dict[str, int] = {}                 # DOC:ID → how many plan items implement it
    unwritten: dict[tuple, list] = {}                  # (DOC:ID, code, expected) → items that do not write it
    known_units = unit_checker(profile) if profile is not None else None
    for pi in items:
        citations = find_citations(pi.raw, keys)
        sectors = vocabulary.match(pi.text) if vocabulary is not None else []
        alignment, unknown = index.align(f"{pi.item.title} {pi.text}", citations, sectors,
                                         content=pi.item.id != "0")
        for text in unknown:
            add("unknown-reference", pi.line, f"{text} 未对应到所加载的上级规则")
        if alignment.ambiguous:
            names = "、".join(f"{c.upper.key}({c.score:.2f})" for c in alignment.rules)
            add("ambiguous-alignment", pi.line,
                f"条目与多条上级规则相近: {names};未比较目标、期限和频次,请加〔依据：文号 条目〕注明",
                upper=alignment.rules[0].upper, candidates=alignment.rules)
        targets, deadlines, freqs = parsed[id(pi)]
        if not pi.children:   # a heading speaks for its items, not for other rules it resembles
            covered.update(c.upper.key for c in alignment.also_covers)
        for cand in alignment.rules:
            upper = cand.upper
            covered.add(upper.key)
            if alignment.ambiguous:
                continue      # which rule is meant is unknown: warned above, values are not compared
            aligned_items[upper.key] = aligned_items.get(upper.key, 0) + 1
            rule = upper.rule
            gaps = (compare_targets(rule.targets, targets, plan_wide_targets, pi.text)
                    + compare_deadlines(rule.deadlines, rule.text, deadlines, pi.text)
                    + compare_frequencies(rule.frequencies, freqs, pi.text))
            for gap in gaps:
                if gap.found is None:
                    # "not written at all" needs a citation or a confident alignment, and counts only when no
                    # item implementing the rule writes it (an upper rule split over several items is fine)
                    unwritten.setdefault((upper.key, gap.code, gap.expected), []).append(
                        (pi, gap, upper, alignment.strong))
                    continue
                note = f"({gap.note})" if gap.note else ""
                add(gap.code, line_of(pi, gap.needle), f"上级要求“{gap.expected}”,方案为“{gap.found}”{note}",
                    upper=upper, expected=gap.expected, found=gap.found)
        # a deadline outside the plan's period, unless the upper rule says the same
        if years:
            upper_text = " ".join(c.upper.rule.text for c in alignment.rules)
            for d in deadlines:
                if d.year and not d.inferred and not d.placeholder and not (years[0] <= d.year <= years[-1]) \
                        and d.text not in upper_text:
                    add("invalid-date", line_of(pi, d.text),
                        f"期限“{d.text}”不在方案期限 {years[0]}—{years[-1]} 年内", found=d.text)
        understood = "".join(t.text for t in targets).replace(" ", "")
        for m in _PERCENT.finditer(pi.text):
            if m.group(0).replace(" ", "") not in understood:
                add("unparsed", line_of(pi, m.group(0)), f"“{_around(pi.text, m)}”含百分数,未能读成目标")
        task = any(c.upper.rule.kind in TASK_KINDS for c in alignment.rules)
        under_goals = any("目标" in heading for heading in pi.item.path)
        if task and not under_goals and not pi.children and not (pi.responsible.lead or pi.responsible.support):
            add("missing-responsible", pi.line, "任务条目未写明责任单位(牵头/责任单位)", upper=alignment.rules[0].upper)
        if known_units is not None:
            for unit in pi.own_units:
                if not known_units(unit):
                    add("unknown-unit", pi.line, f"责任单位“{unit}”不在单位配置中", found=unit)

    for (key, _code, _expected), entries in unwritten.items():
        if len(entries) == aligned_items[key] and any(strong for *_, strong in entries):
            pi, gap, upper, _ = next(e for e in entries if e[3])
            note = f"({gap.note})" if gap.note else ""
            add(gap.code, line_of(pi, gap.needle), f"上级要求“{gap.expected}”,方案为“{NOT_WRITTEN}”{note}",
                upper=upper, expected=gap.expected, found=NOT_WRITTEN)

    # 4. a parent is covered when one of its children is (and the children of a covered parent are not)
    ancestors = {k.rsplit(".", n)[0] for k in covered for n in range(1, k.count(".") + 1)}
    covered |= ancestors
    for upper in applicable:
        if upper.key not in covered:
            add("missing-task", _section_line(upper, items), f"上级任务 {upper.key}“{_short(upper.rule.title or upper.rule.text)}”在方案中没有对应条目",
                upper=upper, expected=_short(upper.rule.text, 60), found=None)
    inline_by_line = inline
    return findings, inline_by_line, covered


def _section_line(upper: UpperRule, items: list[PlanItem]) -> int:
    """Where a missing task belongs: the plan heading most like the upper rule's own section heading
    ((三)开展重大事故隐患动态清零行动), else like an enclosing one (三、主要任务), else line 1 — a finding
    always has a line (SARIF consumers need a startLine)."""
    from safeplan.check.values import similarity

    headings = [pi for pi in items if pi.children]
    for wanted in reversed([h for h in upper.rule.path if h]):
        best, best_sim = None, 0.5
        for pi in headings:
            sim = similarity(wanted, f"{pi.item.number}{pi.item.title}{pi.text}"[:len(wanted) + 10])
            if sim > best_sim:
                best, best_sim = pi.line, sim
        if best is not None:
            return best
    return 1


def _short(s: str, n: int = 30) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n] + "…"


def _around(text: str, m: re.Match, width: int = 10) -> str:
    return text[max(0, m.start() - width):m.end() + 2]


def check_plans(plan_paths, rule_files: list[RuleFile], profile=None, workspace=None, strict: bool = False,
                rule_paths=None) -> Report:
    """Check drafted plans (.docx, .md, .txt, .html) against upper-level rules; see cli.md for the codes.

    `profile` (a safeplan.profiles Profile) narrows the rules to the unit's level and sectors and enables
    `unknown-unit`. Suppressions come from inline 〔safeplan: ignore CODE 理由〕 and the workspace's
    .safeplan-ignore.yaml. Bad input raises SafeplanError.
    """
    from safeplan.corpus import read_documents

    ws = workspace if isinstance(workspace, Workspace) else Workspace.at(workspace)
    index = RuleIndex(rule_files)
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
    for path in expand_plan_paths(plan_paths):
        label = _label(path, ws)
        report.plans.append(label)
        for doc in read_documents(path, workspace=ws):
            plan_level = None if (doc.meta.level in (None, "unknown")) else doc.meta.level
            applicable = applicable_rules(index.uppers, profile, plan_level, TASK_KINDS)
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


PLAN_SUFFIXES = (".docx", ".md", ".txt", ".html", ".htm")


def expand_plan_paths(paths) -> list[Path]:
    """Plan files as given; a folder stands for the plans in it (.docx .md .txt .html, sorted, not recursive)."""
    out = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in PLAN_SUFFIXES
                           and not f.name.startswith((".", "~$")))
            if not found:
                raise SafeplanError("no plans (.docx .md .txt .html) in this folder", path=str(path))
            out += found
        else:
            out.append(p)
    return out


def _label(path, ws: Workspace) -> str:
    p = Path(path)
    try:
        return p.resolve().relative_to(ws.root).as_posix()
    except ValueError:
        return str(path)
