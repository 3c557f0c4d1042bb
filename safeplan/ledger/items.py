"""What `ledger load` takes: the plan's task items as data (`TaskItem`, one per unit and item).

`plan_items` builds them from the same cascade that writes the plan and the 任务清单 (one source of truth): the
street tracks every item of its plan, a community the items it leads or supports, in the 任务清单's order.
Only this module knows the generators' item type; everything else in the ledger sees `TaskItem`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from safeplan.profiles import Profile
from safeplan.rules.model import RuleFile


@dataclass(frozen=True)
class PlanUnits:
    """The street a plan is for, its communities and its period."""

    street: str
    communities: tuple[str, ...]
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class TaskItem:
    unit: str               # the street or one of its communities
    key: str                # stable task id: the 依据 rule, "<doc_id>:<rule_id>"
    number: int             # 序号 in the unit's 任务清单
    text: str
    role: str               # 牵头 | 配合
    lead: str
    support: str
    deadline_text: str      # 2024年底前, 长期坚持 …
    due: dt.date            # the last day a deadline allows; the period's end for 长期坚持
    group: str = ""
    targets: str = ""
    basis: str = ""         # 〔依据：…〕 as the plan cites it
    extra: dict = field(default_factory=dict, compare=False, hash=False)


def _due(item, units: PlanUnits) -> dt.date:
    dates = []
    for deadline in item.deadlines:
        if deadline.date and not deadline.relative:
            try:
                dates.append(dt.date.fromisoformat(deadline.date))
            except ValueError:
                continue
    return min(max(dates), units.end) if dates else units.end


def plan_units(profile: Profile) -> PlanUnits:
    return PlanUnits(street=profile.unit.name, communities=tuple(c.name for c in profile.communities),
                     start=dt.date(profile.start_year, 1, 1), end=dt.date(profile.end_year, 12, 31))


def plan_items(rule_files: list[RuleFile], profile: Profile) -> tuple[PlanUnits, list[TaskItem]]:
    """The task items of the profile's plan, for the street and each community (see the module docstring)."""
    from safeplan.generators import build_cascade
    from safeplan.generators.cascade import merge_parts

    cascade = build_cascade(rule_files, profile)
    units = plan_units(profile)
    items: list[TaskItem] = []
    who = [(units.street, None)] + [(c.name, c) for c in profile.communities]
    for name, community in who:
        number = 0
        for item in merge_parts(cascade.items):
            role = "lead" if community is None else item.involves(community.name, community=True)
            if not role:
                continue
            number += 1
            items.append(TaskItem(
                unit=name, key=f"{item.rule_file.document.id}:{item.rule.id}", number=number,
                text=item.text, role="牵头" if role == "lead" else "配合", lead=item.lead_text(),
                support=item.support_text(), deadline_text=item.deadline_text(profile), due=_due(item, units),
                group=item.group, targets=item.standard_text(), basis=item.ref))
    return units, items
