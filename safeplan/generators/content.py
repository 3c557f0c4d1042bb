"""What the templates and the XLSX writer are given: the plan's parts and the rows of the three lists."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from safeplan.corpus.numerals import int_to_cn
from safeplan.generators.cascade import Cascade, PlanItem, doc_label, law_article, rule_ref, sentence_end
from safeplan.profiles import Profile, Unit
from safeplan.rules.model import RuleFile

_TITLE_TAIL = re.compile(r"[(（][^()（）]*\d{4}[^()（）]*[)）]\s*$")
_TITLE_SUFFIX = re.compile(r"(实施方案|工作方案|行动方案|方案|工作要点|的通知|通知)$")


def theme(rule_files: list[RuleFile]) -> str:
    """The plan's subject from the first upper document's title: 安全生产治本攻坚三年行动方案(2024—2026年) →
    安全生产治本攻坚三年行动."""
    for rule_file in rule_files:
        title = (rule_file.document.title or "").strip()
        if not title:
            continue
        title = _TITLE_TAIL.sub("", title).strip()
        region = rule_file.document.region or ""
        for cut in range(len(region)):
            if region[cut:] and title.startswith(region[cut:]):
                title = title[len(region) - cut:]
                break
        title = _TITLE_SUFFIX.sub("", title)
        if title.endswith("三年"):
            title += "行动"
        if title:
            return title
    return "安全生产工作"


sentence = sentence_end


@dataclass
class ItemView:
    """A plan item as the templates print it."""

    group: str
    title: str
    sentence: str
    body: str               # the sentence without the title it opens with (under a heading of that title)
    lead: str
    support: str
    deadline: str
    standard: str
    citation: str
    unmapped: str


def _body(text: str, title: str) -> str:
    if title and text.startswith(title):
        rest = text[len(title):].lstrip("。．.，, ")
        return rest or text
    return text


def item_view(item: PlanItem, profile: Profile) -> ItemView:
    return ItemView(group=item.group, title=item.title, sentence=sentence(item.text),
                    body=sentence(_body(item.text, item.title)), lead=item.lead_text(),
                    support=item.support_text(), deadline=item.deadline_text(profile),
                    standard=item.standard_text() or "按要求完成", citation=item.citation,
                    unmapped="、".join(item.unmapped))


@dataclass
class GroupView:
    number: str
    title: str
    items: list[ItemView]


@dataclass
class GoalView:
    text: str
    citation: str


@dataclass
class PlanView:
    title: str
    theme: str
    period_text: str
    uppers: list[str]
    goals: list[GoalView]
    groups: list[GroupView]
    safeguards: list[ItemView]
    annex: list[ItemView]
    items: list[ItemView]
    item_count: int
    organisation: list[str]
    office: str
    annex_titles: list[str]


def plan_view(c: Cascade) -> PlanView:
    profile = c.profile
    subject = theme(c.rule_files)
    if profile.start_year == profile.end_year:
        title = f"{profile.unit.name}{profile.start_year}年{subject}实施方案"
        period_text = f"{profile.start_year}年内"
    else:
        title = f"{profile.unit.name}{subject}实施方案（{profile.start_year}—{profile.end_year}年）"
        period_text = f"到{profile.end_year}年底"
    goals, seen = [], set()
    for goal in c.goals:
        if goal.text not in seen:
            seen.add(goal.text)
            goals.append(GoalView(sentence(goal.text), goal.citation))
    groups = [GroupView(int_to_cn(i + 1), g.title, [item_view(x, profile) for x in g.items])
              for i, g in enumerate(c.tasks)]
    office = profile.office_department()
    annex_titles = [f"{profile.unit.name}{subject}任务分解表"]
    if c.annex:
        annex_titles.append("待明确责任事项清单")
    return PlanView(
        title=title, theme=subject, period_text=period_text, uppers=c.upper_labels(), goals=goals,
        groups=groups, safeguards=[item_view(x, profile) for x in c.safeguards],
        annex=[item_view(x, profile) for x in c.annex], items=[item_view(x, profile) for x in c.items],
        item_count=len(c.items),
        organisation=[d.name for d in profile.departments] + (["各社区"] if profile.communities else []),
        office=office.name if office else (profile.unit.office or profile.unit.name),
        annex_titles=annex_titles,
    )


# ---- the three lists --------------------------------------------------------------------------------


@dataclass
class TaskRow:
    number: int
    group: str
    measure: str
    lead: str
    support: str
    deadline: str
    standard: str
    citation: str


@dataclass
class DutyRow:
    number: int
    unit: str
    role: str
    group: str
    measure: str
    deadline: str
    citation: str


@dataclass
class DutySection:
    unit: str
    rows: list[DutyRow]


@dataclass
class InspectionRow:
    number: int
    item: str
    content: str
    basis: str
    frequency: str
    note: str = ""


@dataclass
class ListView:
    kind: str
    title: str
    unit: str
    rows: list = field(default_factory=list)
    sections: list[DutySection] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)


def _unit_items(c: Cascade, unit: Unit | None) -> list[PlanItem]:
    """All plan items for the street (unit None), else the items a community leads or supports."""
    if unit is None:
        return c.items
    return [i for i in c.items if i.involves(unit.name, community=True)]


def task_list(c: Cascade, unit: Unit | None, subject: str) -> ListView:
    name = unit.name if unit else c.profile.unit.name
    rows = []
    for n, item in enumerate(_unit_items(c, unit), 1):
        v = item_view(item, c.profile)
        rows.append(TaskRow(n, v.group, v.sentence, v.lead, v.support, v.deadline, v.standard, v.citation))
    return ListView("tasks", f"{name}{subject}任务清单", name, rows=rows)


def duty_list(c: Cascade, unit: Unit | None, subject: str) -> ListView:
    profile = c.profile
    name = unit.name if unit else profile.unit.name
    units = [(u, False) for u in profile.departments] + [(u, True) for u in profile.communities]
    if unit is not None:
        units = [(unit, True)]
    sections = []
    for who, is_community in units:
        rows = []
        for item in c.items:
            role = item.involves(who.name, community=is_community)
            if role:
                v = item_view(item, profile)
                rows.append(DutyRow(len(rows) + 1, who.name, "牵头" if role == "lead" else "配合", v.group,
                                    v.sentence, v.deadline, v.citation))
        sections.append(DutySection(who.name, rows))
    return ListView("duties", f"{name}{subject}责任清单", name, sections=sections)


def _law_name(rule_file: RuleFile) -> str:
    title = rule_file.document.title or rule_file.document.id
    return f"《{title.removeprefix('中华人民共和国')}》"


def _basis(rule_file: RuleFile, rule) -> str:
    if rule_file.document.genre == "law":
        return f"{_law_name(rule_file)}{law_article(rule.id)}"
    return f"{doc_label(rule_file)} {rule_ref(rule_file, rule)}"


def _inspection_sectors(unit_sectors: list[str], related: dict[str, list[str]]) -> list[str]:
    out = list(unit_sectors)
    for sector in unit_sectors:
        out.extend(related.get(sector, []))
    return list(dict.fromkeys(out))


def inspection_list(rule_files: list[RuleFile], profile: Profile, unit: Unit | None, subject: str,
                    settings: dict) -> ListView:
    """检查清单: per sector of the unit, the items of the rules and laws that bind the places it inspects."""
    name = unit.name if unit else profile.unit.name
    if unit is None:
        own = [s for u in (*profile.communities, *profile.departments) for s in u.sectors]
    else:
        own = unit.sectors
    own = list(dict.fromkeys(own))
    sectors = _inspection_sectors(own, settings.get("related_sectors") or {})
    cap = int(settings.get("max_items_per_document") or 12)
    default_frequency = settings.get("default_frequency") or "每月至少1次"
    rows: list[InspectionRow] = []
    seen: set[tuple[str, str]] = set()
    for sector in sectors:
        for rule_file in rule_files:
            taken = 0
            for rule in rule_file.rules:
                if taken >= cap:
                    break
                key = (rule_file.document.id, rule.id)
                if sector not in rule.sectors or key in seen or not _inspectable(rule_file, rule):
                    continue
                seen.add(key)
                frequency = "；".join(f.text for f in rule.frequencies) or default_frequency
                rows.append(InspectionRow(len(rows) + 1, sector, sentence(rule.text), _basis(rule_file, rule),
                                          frequency))
                taken += 1
    return ListView("inspection", f"{name}安全生产检查清单", name, rows=rows, sectors=own)


_DUTY_WORD = re.compile(r"应当|必须|不得|禁止|严禁")
# whose duty a clause states, read from the words before 应当/不得…: governments and their departments are
# not what a community inspects (各级人民政府应当…, 消防救援机构应当…)
_PUBLIC_BODY = re.compile(r"人民政府|部门|机关|机构|国家|国务院|委员会|团体|新闻|工会|县级以上|主管|监督管理")


def _binds_a_business(text: str) -> bool:
    """A clause an inspector can check at a business or place: its subject is not a public body."""
    duty = _DUTY_WORD.search(text)
    if duty is None or text.startswith("对") or text.rstrip().endswith(("：", ":")):   # 下列职责： leads a list
        return False
    return not _PUBLIC_BODY.search(text[:duty.start()])


def _inspectable(rule_file: RuleFile, rule) -> bool:
    if "__" in rule.text:          # a template's blank: nothing an inspector could check as written
        return False
    if rule_file.document.genre == "law":
        return (rule.obligation in ("must", "prohibited") and rule.kind in ("duty", "requirement", "measure", "task")
                and _binds_a_business(rule.text))
    return bool(rule.frequencies) and rule.kind in ("task", "measure", "duty", "requirement")

