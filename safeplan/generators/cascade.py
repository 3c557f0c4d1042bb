"""The cascade: upper-level rules → the items of one street's plan.

Every rule of kind task/measure/duty that binds a street becomes a `PlanItem` with the street's own
units as 责任单位/配合单位. Upper wording is mapped onto the profile: 各镇(街道)/属地 → the street (its
sector departments, else its lead office), 各村(居)/各社区 → every community, 行业主管部门/负有监管职责的
部门 → the departments whose sectors match the rule's; where the rule names no community, those whose
sectors match the rule's support it (配合). A rule that names units of which none maps goes
to the "待明确责任" annex — never dropped. Targets are inherited or tightened by the profile's overrides,
deadlines inherited (a deadline after the profile's period is pulled in to its last year, never pushed
out), frequencies inherited as written; placeholder years (20__) are resolved from the profile's period
or the cascade stops with an error naming the rule.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field, replace

from safeplan.addressees import COMMUNITY, STREET, UPPER, clause_addressees, localise
from safeplan.corpus.numerals import int_to_cn
from safeplan.errors import SafeplanError
from safeplan.generators.phrasing import for_unit, gongwen_text
from safeplan.profiles import Profile
from safeplan.rules.kinds import TASK_KINDS
from safeplan.rules.model import Deadline, Frequency, Rule, RuleFile, Target

UPPER_LEVELS = ("national", "province", "city", "district", "unknown")
ALL_COMMUNITIES = "各社区"

_STREET_WORDS = ("各镇(街道)", "各乡镇(街道)", "乡镇(街道)", "镇(街道)", "各街道", "各乡镇", "各镇", "属地",
                 "各地区", "各地", "地方各级", "各级党委政府", "各级党委和政府", "地方政府", "地方党委和政府",
                 "地方党委政府", "街道", "街道办事处", "我街", "全街")
_COMMUNITY_WORDS = ("各村(居)", "各村(社区)", "村(居)", "村(社区)", "各社区", "各村", "各行政村", "各居委会",
                    "社区", "村(居)委会", "各村(居)委会", "各社区居委会")
_SECTOR_DEPT_MARKS = ("行业主管部门", "行业领域主管部门", "负有", "有关部门", "相关部门", "各部门", "成员单位",
                      "行业领域各部门", "行业部门", "监管部门")
_SAFETY_OFFICE_WORDS = ("安委办", "安委会办公室", "街道安办", "安办", "应急管理部门", "应急管理局", "应急局")
_GOAL_KINDS = ("goal",)
_SUPPORT_SECTIONS = re.compile(r"保障|组织实施|工作要求|组织领导")
_DIVISION_SECTIONS = re.compile(r"任务分工|职责分工")
_ENFORCEMENT = re.compile(r"执法")
_COORDINATION = re.compile(r"^[^，。]{0,4}(?:综合统筹|统筹)")
_QUOTED = re.compile(r"“[^”]*”")
MAX_SECTOR_LEADS = 2     # more sector offices than this share a task: the lead office leads, they support
_TASK_SECTIONS = re.compile(r"任务|行动|工作重点|重点工作")

_NUMBER = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇两]+[条章节款项]"
    r"|[一二三四五六七八九十]+[、.．]"
    r"|[(（][一二三四五六七八九十]+[)）]"
    r"|\d+[.、．]?"
    r"|[(（]\d+[)）]"
    r"|[①②③④⑤⑥⑦⑧⑨⑩])")
_PLACEHOLDER_YEAR = "20__"
_PLACEHOLDER_NAME = re.compile(r"_{2,}(?=(?:街道|镇|乡))")
_LEFTOVER = re.compile(r"_{2,}|20__")


def _norm(name: str) -> str:
    return name.replace("（", "(").replace("）", ")").replace(" ", "").strip()


def number_as_written(text: str) -> str:
    """The numbering a heading or item starts with, as a citation writes it: 三、→ 三, （三）→ (三), 6. → 6."""
    match = _NUMBER.match(text or "")
    if not match:
        return ""
    number = _norm(match.group(0))
    return number.rstrip("、.．")


def strip_number(text: str) -> str:
    match = _NUMBER.match(text or "")
    return (text[match.end():] if match else text or "").strip().rstrip("。.")


def doc_label(rule_file: RuleFile) -> str:
    """DOC of a 〔依据：DOC REF〕 citation: the upper document's 文号 (its year in 〔〕), else its id."""
    return gongwen_text(rule_file.document.doc_number) if rule_file.document.doc_number else rule_file.document.id


def rule_ref(rule_file: RuleFile, rule: Rule) -> str:
    """REF of a citation: the number path as written (三(三)6), the article of a law (第十六条), else the rule id."""
    if rule_file.document.genre == "law":
        return law_article(rule.id)
    numbers = [number_as_written(p) for p in rule.path] + [number_as_written(rule.number)]
    if all(numbers) and numbers:
        return "".join(numbers)
    return rule.id


@functools.lru_cache(maxsize=4096)
def law_article(rule_id: str) -> str:
    parts = [p for p in rule_id.split(".") if p.isdigit()]
    if not parts:
        return rule_id
    words = ("条", "款", "项")
    return "".join(f"第{int_to_cn(int(p))}{words[i]}" if i < 2 else f"({int_to_cn(int(p))})"
                   for i, p in enumerate(parts[:3]))


@dataclass
class PlanItem:
    rule_file: RuleFile
    rule: Rule
    group: str                   # the upper plan's group heading without its number
    text: str                    # the unit's part of the rule, said by the unit, years resolved, targets tightened
    lead: list[str]
    support: list[str]
    deadlines: list[Deadline]
    targets: list[Target]
    frequencies: list[Frequency]
    sectors: list[str]
    communities_lead: bool = False
    communities_support: bool = False
    unmapped: list[str] = field(default_factory=list)
    level: str = STREET          # 街道/乡镇: the unit's offices carry it; 村/社区: its communities do

    @property
    def ref(self) -> str:
        return f"{doc_label(self.rule_file)} {rule_ref(self.rule_file, self.rule)}"

    @property
    def citation(self) -> str:
        return gongwen_text(f"〔依据：{self.ref}〕")

    @property
    def title(self) -> str:
        title = strip_number(self.rule.title) if self.rule.title else ""
        return title or _first_clause(self.text)

    def lead_text(self) -> str:
        return "、".join(self.lead + ([ALL_COMMUNITIES] if self.communities_lead else []))

    def support_text(self) -> str:
        return "、".join(self.support + ([ALL_COMMUNITIES] if self.communities_support else []))

    def deadline_text(self, profile: Profile) -> str:
        """完成时限 as one date: the first deadline the item carries, 长期坚持 for recurring work, else
        the end of the plan's period."""
        dated = [d for d in self.deadlines if d.date]
        if dated:
            # the first date the item binds: a later milestone is written in the item's text, and a 完成时限
            # after an upper deadline would read as a later deadline for the part due first
            return one_date(min(dated, key=lambda d: d.date))
        if self.deadlines:
            return _with_year(self.deadlines[-1])
        if self.frequencies:
            return "长期坚持"
        return f"{profile.end_year}年底前"

    def standard_text(self) -> str:
        parts = [t.text for t in self.targets] + [f.text for f in self.frequencies]
        return "；".join(dict.fromkeys(parts))

    def involves(self, name: str, community: bool) -> str | None:
        """'lead', 'support' or None: the part a unit (a community when `community`) has in this item."""
        if name in self.lead or (community and self.communities_lead):
            return "lead"
        if name in self.support or (community and self.communities_support):
            return "support"
        return None


def merge_parts(items: list[PlanItem]) -> list[PlanItem]:
    """The items with the street's part and the communities' part of one upper rule (adjacent in the plan)
    joined into one: what a 任务清单 row or a ledger task tracks, once per rule."""
    out: list[PlanItem] = []
    for item in items:
        previous = out[-1] if out else None
        if previous is not None and previous.rule is item.rule and previous.rule_file is item.rule_file:
            lead = list(dict.fromkeys(previous.lead + item.lead))
            out[-1] = replace(previous, text=previous.text + item.text, lead=lead,
                              support=[u for u in dict.fromkeys(previous.support + item.support) if u not in lead],
                              deadlines=previous.deadlines + item.deadlines, targets=previous.targets + item.targets,
                              frequencies=previous.frequencies + item.frequencies,
                              communities_lead=previous.communities_lead or item.communities_lead,
                              communities_support=previous.communities_support or item.communities_support)
        else:
            out.append(item)
    return out


def one_date(d: Deadline) -> str:
    """2025-12-31 → 2025年底前, 2024-09-30 → 2024年9月底前, 2025-06-15 → 2025年6月15日前."""
    year, month, day = (int(p) for p in d.date.split("-"))
    if (month, day) == (12, 31):
        return f"{year}年底前"
    if day == calendar.monthrange(year, month)[1]:
        return f"{year}年{month}月底前"
    return f"{year}年{month}月{day}日前"


@dataclass
class Goal:
    """A line of 主要目标: a clause of an upper goal with its deadline or target, a target of a task (the
    unit's sectors only), or one of the profile's stricter overrides."""

    text: str
    citation: str
    targets: list[Target]


@dataclass
class Group:
    title: str
    items: list[PlanItem] = field(default_factory=list)


@dataclass
class Section:
    """An upper 任务分工/保障措施 paragraph: its heading and where it comes from. The plan writes its own
    text for the unit under such a heading; the upper paragraph is never a task."""

    title: str
    citation: str
    rule: Rule


@dataclass
class Cascade:
    profile: Profile
    rule_files: list[RuleFile]   # the upper documents, nearest first
    goals: list[Goal]
    tasks: list[Group]           # 主要任务, grouped as the upper plans group them, nearest plan first
    safeguards: list[Section]    # upper 保障措施/组织实施 headings, for the unit's own 保障措施
    annex: list[PlanItem]        # 待明确责任: no name maps onto the profile
    division: list[Section] = field(default_factory=list)   # upper 任务分工, for the unit's own 职责分工
    upper_only: list[PlanItem] = field(default_factory=list)  # nothing of it falls to the unit

    @property
    def items(self) -> list[PlanItem]:
        return [i for g in self.tasks for i in g.items]

    def upper_labels(self) -> list[str]:
        """《title》（文号） of the nearest upper plan: the plan states its basis as that one document."""
        return [upper_label(rf) for rf in self.rule_files[:1] if rf.document.title]


def upper_label(rule_file: RuleFile) -> str:
    doc = rule_file.document
    title = gongwen_text(doc.title or doc.id)
    return f"《{title}》（{gongwen_text(doc.doc_number)}）" if doc.doc_number else f"《{title}》"


def _with_year(d: Deadline) -> str:
    """3月底前 whose year was inferred prints as 2024年3月底前: a 完成时限 names its year."""
    if d.year and str(d.year) not in d.text and not d.relative:
        return f"{d.year}年{d.text.removeprefix('在').removeprefix('于')}"
    return d.text


def _first_clause(text: str) -> str:
    clause = re.split(r"[，,。；;：:]", text, maxsplit=1)[0]
    return clause[:30]


class _Mapper:
    """Maps the names an upper rule writes onto the profile's units."""

    def __init__(self, profile: Profile):
        self.profile = profile
        office = profile.office_department()
        self.office = office.name if office else (profile.unit.office or profile.unit.name)

    def sector_departments(self, sectors: list[str]) -> list[str]:
        wanted = set(sectors)
        return [d.name for d in self.profile.departments if wanted & set(d.sectors)]

    def sector_communities(self, sectors: list[str]) -> list[str]:
        wanted = set(sectors)
        return [c.name for c in self.profile.communities if wanted & set(c.sectors)]

    def street(self, sectors: list[str]) -> list[str]:
        """The unit itself for work of these sectors: the sector offices when one or two answer for them,
        else the lead office (three offices sharing one task is the lead office's to coordinate)."""
        departments = self.sector_departments(sectors)
        return departments if 0 < len(departments) <= MAX_SECTOR_LEADS else [self.office]

    def enforcement(self) -> str | None:
        return next((d.name for d in self.profile.departments if "执法" in d.name), None)

    def communities(self) -> list[str]:
        return [c.name for c in self.profile.communities]

    def map(self, name: str, sectors: list[str]) -> tuple[list[str], bool] | None:
        """(unit names, every community?) for one written name, or None when it maps onto nothing."""
        n = _norm(name)
        own = clause_addressees(n)
        if own & set(UPPER) and not own & {STREET, COMMUNITY}:
            return [], False            # an upper body doing its own part (国务院安委会有关成员单位): no one here
        unit = self.profile.find(name) or self.profile.find(n)
        if unit is not None:
            return [unit.name], False
        if n in (self.profile.unit.name, self.profile.unit.office):
            return [self.office] if n == self.profile.unit.office else self.street(sectors), False
        if n in _COMMUNITY_WORDS or n.startswith(("各村", "各社区")):
            return [], True
        if n in _STREET_WORDS or n.startswith(("各镇(街道)", "各乡镇(街道)", "各街道", "各乡镇", "各镇")):
            return self.street(sectors), False
        if any(w in n for w in _SAFETY_OFFICE_WORDS):
            return [self.office], False
        if any(w in n for w in _SECTOR_DEPT_MARKS):
            departments = self.sector_departments(sectors)
            return (departments, False) if departments else None
        core = re.sub(r"(部门|主管部门|局|委员会|委|厅|部|办公室|办)$", "", n)
        if len(core) >= 2:
            found = [d.name for d in self.profile.departments if core in d.name or any(core in a for a in d.aliases)]
            if found:
                return found, False
        return None


def sentence_end(text: str) -> str:
    text = text.strip()
    return text if text.endswith(("。", "！", "？", "；", "：")) else text + "。"


def _headings(rule: Rule) -> list[str]:
    """The rule's section headings and, for a rule with no path, its own heading — without numbers."""
    headings = [strip_number(p) for p in rule.path]
    return headings or [strip_number(f"{rule.number}{rule.title}")]


def _role(rule_file: RuleFile, rule: Rule, parents: set[str]) -> str | None:
    """What a rule becomes in the plan: 'goal' (主要目标), 'task' (an item), 'safeguard' (a heading of the
    unit's own 保障措施), 'division' (its 职责分工) or None.

    A rule with rules under it (三、主要任务, (三)…行动) is a heading: its children are the items. An item
    of a task section is a task whatever its kind says (extraction calls 三(四)9 a goal for its targets).
    """
    if rule.id in parents or not _binds_street(rule_file, rule):
        return None
    headings = _headings(rule)
    if _DIVISION_SECTIONS.search(headings[0]):
        return "division"
    if _SUPPORT_SECTIONS.search(headings[0]):
        return "safeguard" if rule.kind in TASK_KINDS + ("requirement",) else None
    if rule.kind in TASK_KINDS or (rule.kind in _GOAL_KINDS and any(_TASK_SECTIONS.search(h) for h in headings)):
        return "task"
    if rule.kind in _GOAL_KINDS or (rule.kind == "principle" and (rule.targets or rule.deadlines)
                                    and "目标" in (rule.title + "".join(rule.path))):
        return "goal"
    return None


def _parents(rule_file: RuleFile) -> set[str]:
    ids = [r.id for r in rule_file.rules]
    return {i for i in ids if any(o.startswith(i + ".") for o in ids)}


def _binds_street(rule_file: RuleFile, rule: Rule) -> bool:
    if rule.applies_to is not None:
        return bool({"street", "community"} & set(rule.applies_to))
    return rule_file.document.level in UPPER_LEVELS


def _resolve_years(text: str, rule_file: RuleFile, rule: Rule, profile: Profile) -> tuple[str, dict[int, int]]:
    """Replace 20__ by years of the profile's period; returns the text and {occurrence: year}."""
    count = text.count(_PLACEHOLDER_YEAR)
    if not count:
        return text, {}
    years = list(range(profile.start_year, profile.end_year + 1))
    if len(years) == 1:
        chosen = years * count
    elif count == len(years):
        chosen = years
    else:
        raise SafeplanError(
            f"{rule_file.document.id}:{rule.id} has {count} placeholder year(s) 20__ that the profile's period "
            f"{profile.start_year}—{profile.end_year} does not settle; write the years in the rule file",
            path=rule_file.path, line=None)
    out = text
    for year in chosen:
        out = out.replace(_PLACEHOLDER_YEAR, str(year), 1)
    return out, dict(enumerate(chosen))


def _resolve_deadline(d: Deadline, year: int | None) -> Deadline:
    if _PLACEHOLDER_YEAR not in d.text or year is None:
        return d
    month, day = d.month or 12, d.day or 31
    return replace(d, text=d.text.replace(_PLACEHOLDER_YEAR, str(year)), year=year,
                   date=f"{year:04d}-{month:02d}-{day:02d}", placeholder=False)


def _pull_in(d: Deadline, profile: Profile) -> Deadline:
    """A deadline after the profile's period is brought forward to the period's last year-end."""
    if d.year is None or d.year <= profile.end_year:
        return d
    year = profile.end_year
    return replace(d, text=f"{year}年底前", year=year, month=12, day=31, date=f"{year}-12-31", inferred=False)


def _tighten(target: Target, profile: Profile) -> Target:
    override = next((o for o in profile.overrides if o.metric == target.metric), None)
    if override is None or override.value == target.value:
        return target
    old = _number(target.value)
    new = _number(override.value)
    text = target.text.replace(old, new, 1) if old in target.text else override.target().text
    return replace(target, text=text, op=override.op, value=override.value, unit=override.unit or target.unit)


def _number(value) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _clean_name_placeholders(text: str, profile: Profile) -> str:
    return _PLACEHOLDER_NAME.sub(lambda _m: profile.unit.name.removesuffix("街道").removesuffix("镇").removesuffix("乡"),
                                 text)


def _resolved_text(rule_file: RuleFile, rule: Rule, profile: Profile) -> tuple[str, list[Deadline], list[Target]]:
    """The rule text with its 20__ years filled, its late deadlines pulled into the period and its targets
    tightened by the profile's overrides; with the deadlines and targets as they now read."""
    text, chosen = _resolve_years(rule.text, rule_file, rule, profile)
    text = _clean_name_placeholders(text, profile)
    if _LEFTOVER.search(text):
        raise SafeplanError(f"{rule_file.document.id}:{rule.id} has a placeholder "
                            f"({_LEFTOVER.search(text).group(0)}) the profile cannot fill; edit the rule file",
                            path=rule_file.path)
    # the n-th 20__ of the source text became chosen[n]: give each placeholder deadline its year
    deadlines = []
    position = 0
    for d in rule.deadlines:
        year = None
        at = rule.text.find(d.text, position) if _PLACEHOLDER_YEAR in d.text else -1
        if at >= 0:
            year = chosen.get(rule.text.count(_PLACEHOLDER_YEAR, 0, at))
            position = at + len(d.text)
        resolved = _resolve_deadline(d, year)
        if _PLACEHOLDER_YEAR in resolved.text:
            raise SafeplanError(f"{rule_file.document.id}:{rule.id}: cannot resolve the year of {d.text!r}",
                                path=rule_file.path)
        pulled = _pull_in(resolved, profile)
        if pulled.text != resolved.text:
            text = text.replace(resolved.text, pulled.text, 1)
        deadlines.append(pulled)
    targets = []
    for t in rule.targets:
        tightened = _tighten(t, profile)
        if tightened.text != t.text and t.text in text:
            text = text.replace(t.text, tightened.text, 1)
        targets.append(tightened)
    return text, deadlines, targets


def _unquoted(text: str) -> str:
    return _QUOTED.sub("", text)


def _street_lead(rule: Rule, text: str, sectors: list[str], mapper: _Mapper,
                 first_sectors: list[str]) -> tuple[list[str], list[str], list[str], bool]:
    """(lead, support, unmapped, communities named) of the unit's own part of a rule."""
    lead, support, unmapped = [], [], []
    communities = False
    for role, names in (("lead", rule.responsible.lead), ("support", rule.responsible.support)):
        for name in names:
            mapped = mapper.map(name, sectors)
            if mapped is None:
                unmapped.append(name)
                continue
            units, every_community = mapped
            (lead if role == "lead" else support).extend(units)
            communities = communities or every_community
    if not lead:
        lead, support = support, []
    departments = mapper.sector_departments(sectors)
    enforcement = mapper.enforcement()
    topic = mapper.sector_departments(first_sectors)
    if not lead and 0 < len(topic) <= MAX_SECTOR_LEADS:
        lead = topic             # the offices of the sectors the item opens with lead; the others support
    if _COORDINATION.search(text):
        lead = [mapper.office]
    elif enforcement and _ENFORCEMENT.search(_unquoted(text)) and not any(u in lead for u in departments):
        lead = [enforcement]
    if not lead and not unmapped:
        lead = mapper.street(sectors)
    support += [d for d in departments if d not in lead]
    lead = list(dict.fromkeys(lead))
    support = [u for u in dict.fromkeys(support) if u not in lead]
    return lead, support, unmapped, communities


def _items_of(rule_file: RuleFile, rule: Rule, profile: Profile, mapper: _Mapper, vocabulary) -> list[PlanItem]:
    """The unit's items from one upper task: its own part (街道/乡镇) and its communities' part (村/社区),
    each said by the unit; none when the whole task is an upper body's own work."""
    text, deadlines, targets = _resolved_text(rule_file, rule, profile)
    local = localise(replace(rule, text=text))
    headings = _headings(rule)
    group = headings[1] if len(headings) > 1 else headings[0]
    kind, below = profile.unit.kind, profile.unit.below
    named = [mapper.map(n, list(rule.sectors)) for n in rule.responsible.lead]
    if named and all(m is not None and m[1] and not m[0] for m in named):
        # the upper rule names the communities (各村(居)/各社区) to lead it: it is theirs as a whole
        local = replace(local, street="", community=local.street + local.community)
    items = []
    for level, part in ((STREET, local.street), (COMMUNITY, local.community)):
        if not part:
            continue
        sectors = vocabulary.match(part) if vocabulary is not None else list(rule.sectors)
        mine = dict(deadlines=[d for d in deadlines if d.text in part],
                    targets=[t for t in targets if t.text in part],
                    frequencies=[f for f in rule.frequencies if f.text in part])
        said = for_unit(part, kind, below)
        if level == COMMUNITY:
            support = [u for n in rule.responsible.support if (m := mapper.map(n, sectors)) for u in m[0]]
            support = support or mapper.street(sectors)
            items.append(PlanItem(rule_file=rule_file, rule=rule, group=group, text=said,
                                  lead=mapper.communities(), support=support, sectors=sectors, level=level,
                                  **mine))
            continue
        first = re.split(r"[。；]", part, maxsplit=1)[0]
        lead, support, unmapped, communities = _street_lead(
            rule, part, sectors, mapper, vocabulary.match(first) if vocabulary is not None else sectors)
        if not communities and not local.community:
            # the communities where such places are support the street's work on them (属地, 网格化)
            local_ones = mapper.sector_communities(sectors)
            if local_ones and len(local_ones) == len(profile.communities):
                communities = True
            else:
                support += [c for c in local_ones if c not in support]
        items.append(PlanItem(rule_file=rule_file, rule=rule, group=group, text=said, lead=lead, support=support,
                              sectors=sectors, unmapped=unmapped if not lead else [], level=level,
                              communities_support=communities, **mine))
    return items


_ENUMERATION = re.compile(r"^(?P<head>[^、，。]*?)(?P<list>[^，。]*、[^，。]*?)等(?P<tail>[^，。]*)$")


def _local_target(text: str, sectors: set[str], vocabulary) -> str | None:
    """A target as the unit's goal: an enumeration of industries (危化品重大危险源、煤矿、钢铁…等企业…) keeps
    only those the unit has; None when it has none of them."""
    m = _ENUMERATION.match(text)
    if vocabulary is None or not m:
        return text
    entries = m.group("list").split("、")
    kept = [e for e in entries if (found := vocabulary.match(e)) and set(found) <= sectors]
    if not kept:
        return None
    return f"{m.group('head')}{'、'.join(kept)}等{m.group('tail')}" if len(kept) < len(entries) else text


def _goal_clauses(text: str) -> list[str]:
    """The clauses of an upper goal that carry a date or a number (2024年底前基本消除…存量)."""
    local = localise(Rule(id="goal", path=[], number="", title="", text=text, kind="goal", obligation="must",
                          sectors=[], source=None))
    kept = local.street + local.community
    out = []
    for clause in re.split(r"[；;。]", kept):
        # 2024年底前…，2025年底前…，2026年底前…: one goal per dated part
        parts = [p for p in re.split(r"[，,](?=(?:到|在)?\d{4}年)", clause)]
        out += [p.strip("，,；;。 ") for p in parts if re.search(r"\d{4}年|\d+(?:\.\d+)?%|全覆盖|清零", p)]
    return out


def _override_note(target: Target, profile: Profile, uppers: list[Target]) -> str:
    """（本镇目标，上级要求95%以上） after a goal whose target the profile tightened."""
    upper = next((t for t in uppers if t.metric == target.metric), None)
    if upper is None or upper.value == target.value:
        return ""
    return f"（本{profile.unit.kind}目标，上级要求{upper.text.replace(upper.metric, '')}）"


def _override_goal(override, unit_kind: str, uppers: list[Target]) -> str:
    words = {">=": "达到{v}以上" if override.value != 100 else "达到{v}", ">": "超过{v}", "<=": "控制在{v}以内", "<": "低于{v}", "==": "为{v}"}
    value = f"{_number(override.value)}{override.unit or ''}"
    text = override.metric + words[override.op].format(v=value)
    upper = next((t for t in uppers if t.metric == override.metric), None)
    if upper is not None and upper.value != override.value:
        text += f"（本{unit_kind}目标，上级要求{upper.text.replace(upper.metric, '')}）"
    else:
        text += f"（本{unit_kind}目标）"
    return text


def cascade(rule_files: list[RuleFile], profile: Profile) -> Cascade:
    """Cascade the upper rule files (nearest first) onto the profile's unit (see the module docstring)."""
    from safeplan.rules.sectors import load_vocabulary

    try:
        vocabulary = load_vocabulary()
    except SafeplanError:
        vocabulary = None
    mapper = _Mapper(profile)
    uppers = list(rule_files)
    groups: dict[str, Group] = {}
    safeguards: list[Section] = []
    division: list[Section] = []
    annex: list[PlanItem] = []
    upper_only: list[PlanItem] = []
    goals: list[Goal] = []
    task_targets: list[Target] = []
    have = {s for u in (*profile.departments, *profile.communities) for s in u.sectors}
    for rule_file in uppers:
        parents = _parents(rule_file)
        for rule in rule_file.rules:
            role = _role(rule_file, rule, parents)
            if role is None:
                continue
            citation = gongwen_text(f"〔依据：{doc_label(rule_file)} {rule_ref(rule_file, rule)}〕")
            if role in ("safeguard", "division"):
                title = strip_number(rule.title) if rule.title else _first_clause(strip_number(rule.text))
                (safeguards if role == "safeguard" else division).append(Section(title, citation, rule))
                continue
            if role == "goal":
                text, _, targets = _resolved_text(rule_file, rule, profile)
                # one goal line per upper goal: its dated or numeric clauses, joined (a checker compares the
                # line's deadlines with the goal's, so they stay together)
                clauses = []
                for clause in _goal_clauses(text):
                    mine = [t for t in targets if t.text in clause]
                    said = for_unit(clause, profile.unit.kind, profile.unit.below)
                    clauses.append(said + "".join(_override_note(t, profile, rule.targets) for t in mine))
                if clauses:
                    goals.append(Goal("；".join(clauses), citation, [t for t in targets if t.text in text]))
                continue
            items = _items_of(rule_file, rule, profile, mapper, vocabulary)
            if not items:
                upper_only.append(PlanItem(rule_file=rule_file, rule=rule, group="", text=rule.text, lead=[],
                                           support=[], deadlines=[], targets=[], frequencies=[], sectors=[]))
                continue
            for item in items:
                task_targets.extend(item.targets)
                if not item.lead and not item.communities_lead:
                    annex.append(item)
                else:
                    groups.setdefault(item.group, Group(item.group)).items.append(item)
    written = " ".join(g.text for g in goals)
    for target in task_targets:
        local = _local_target(gongwen_text(target.text), have, vocabulary)
        if local and local not in written and target.metric not in {o.metric for o in profile.overrides}:
            goals.append(Goal(local, "", [target]))
            written += " " + local
    for override in profile.overrides:
        if any(t.metric == override.metric for g in goals for t in g.targets):
            continue
        goals.append(Goal(_override_goal(override, profile.unit.kind, [t for rf in uppers for r in rf.rules
                                                                       for t in r.targets]), "", [override.target()]))
    return Cascade(profile=profile, rule_files=uppers, goals=goals, tasks=list(groups.values()),
                   safeguards=safeguards, annex=annex, division=division, upper_only=upper_only)
