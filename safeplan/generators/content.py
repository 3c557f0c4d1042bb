"""What the templates and the XLSX writer are given: the plan's parts and the rows of the three lists."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from safeplan.generators.cascade import Cascade, PlanItem, merge_parts, sentence_end
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


# ---- the three lists --------------------------------------------------------------------------------


@dataclass
class TaskRow:
    """A row of a task table: the 任务清单 and the plan's 附件 任务分解表 (plan_view.PlanView.rows)."""

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
class ListView:
    kind: str
    title: str
    unit: str
    rows: list = field(default_factory=list)
    sections: list[DutySection] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)


def _unit_items(c: Cascade, unit: Unit | None) -> list[PlanItem]:
    """All plan items for the street (unit None), else the items a community leads or supports."""
    items = merge_parts(c.items)
    if unit is None:
        return items
    return [i for i in items if i.involves(unit.name, community=True)]


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
        for item in merge_parts(c.items):
            role = item.involves(who.name, community=is_community)
            if role:
                v = item_view(item, profile)
                rows.append(DutyRow(len(rows) + 1, who.name, "牵头" if role == "lead" else "配合", v.group,
                                    v.sentence, v.deadline, v.citation))
        sections.append(DutySection(who.name, rows))
    return ListView("duties", f"{name}{subject}责任清单", name, sections=sections)
