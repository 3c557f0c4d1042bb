"""Loading a plan and reloading a regenerated one: tasks updated in place, progress never lost."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from safeplan.ledger import LedgerError, load_tasks, report_progress, status
from safeplan.ledger.history import entries
from safeplan.ledger.models import Report, Task, Unit

from .conftest import UNITS, item, plan_items


def _tasks(ledger):
    with ledger.read() as session:
        return {(session.get(Unit, t.unit_id).name, t.key): t for t in session.scalars(select(Task))}


def test_a_plan_loads_its_units_and_every_task_of_each(ledger):
    summary = load_tasks(ledger, UNITS, plan_items(), by="张三")
    assert (summary.units, summary.added, summary.updated, summary.withdrawn) == (3, 6, 0, 0)
    tasks = _tasks(ledger)
    assert sorted(tasks) == [("东湖社区", "doc:2"), ("东湖社区", "doc:4"), ("城东街道", "doc:1"),
                             ("城东街道", "doc:2"), ("城东街道", "doc:3"), ("新华社区", "doc:5")]
    assert tasks[("东湖社区", "doc:4")].due == dt.date(2025, 6, 30)
    assert tasks[("东湖社区", "doc:2")].role == "配合"


def test_loading_the_same_plan_again_changes_nothing(ledger):
    load_tasks(ledger, UNITS, plan_items(), by="张三")
    summary = load_tasks(ledger, UNITS, plan_items(), by="张三")
    assert (summary.added, summary.updated, summary.unchanged, summary.withdrawn) == (0, 0, 6, 0)


def test_a_regenerated_plan_updates_tasks_in_place_and_keeps_their_progress(ledger):
    load_tasks(ledger, UNITS, plan_items(), by="张三")
    report_progress(ledger, "东湖社区", "doc:4", "2024-06-30", "推进中", 30, by="李四")
    report_progress(ledger, "新华社区", "doc:5", "2024-07-31", "推进中", 50, by="赵六")
    before = _tasks(ledger)
    regenerated = [i for i in plan_items() if i.key != "doc:5"]           # doc:5 left the plan
    regenerated = [dataclasses.replace(i, text="九小场所消防设施和早期火灾报警全覆盖", due=dt.date(2025, 9, 30))
                   if (i.unit, i.key) == ("东湖社区", "doc:4") else i for i in regenerated]
    regenerated.append(item("新华社区", "doc:6", 1, "2026-06-30", "电动自行车集中充电设施建设"))

    summary = load_tasks(ledger, UNITS, regenerated, by="张三")

    assert (summary.added, summary.updated, summary.unchanged, summary.withdrawn) == (1, 1, 4, 1)
    after = _tasks(ledger)
    changed = after[("东湖社区", "doc:4")]
    assert changed.id == before[("东湖社区", "doc:4")].id
    assert (changed.text, changed.due) == ("九小场所消防设施和早期火灾报警全覆盖", dt.date(2025, 9, 30))
    assert (changed.status, changed.percent, changed.reported_on) == ("推进中", 30, dt.date(2024, 6, 30))
    gone = after[("新华社区", "doc:5")]
    assert gone.active is False and gone.percent == 50
    with ledger.read() as session:
        assert session.scalar(select(func.count()).select_from(Report)) == 2
        log = entries(session, "task", [changed.id])
    assert log[-1].action == "updated"
    assert log[-1].before == {"text": "九小场所消防设施全覆盖", "due": "2025-06-30"}
    assert log[-1].after == {"text": "九小场所消防设施和早期火灾报警全覆盖", "due": "2025-09-30"}
    # a withdrawn task is not counted, and comes back with its progress when the plan has it again
    assert [t.key for t in status(ledger, unit="新华社区", as_of="2024-08-01").tasks] == ["doc:6"]
    summary = load_tasks(ledger, UNITS, plan_items(), by="张三")
    assert (summary.restored, summary.withdrawn) == (1, 1)
    back = status(ledger, unit="新华社区", as_of="2024-08-01").tasks
    assert [(t.key, t.percent) for t in back] == [("doc:5", 50)]


def test_a_task_for_a_unit_outside_the_plan_is_refused(ledger):
    with pytest.raises(LedgerError, match="'西湖社区', which is neither 城东街道 nor one of its communities"):
        load_tasks(ledger, UNITS, plan_items() + [item("西湖社区", "doc:9", 1, "2025-12-31")], by="张三")
    assert _tasks(ledger) == {}


def test_the_sample_plan_loads_from_the_same_cascade_as_the_task_list(ledger):
    """The sample street's plan: every item for the street; 东湖社区 the items it leads or supports, numbered
    as its 任务清单 numbers them."""
    from safeplan.generators import build_cascade
    from safeplan.generators.content import task_list
    from safeplan.ledger import plan_items as from_plan
    from safeplan.profiles import load_profile
    from safeplan.rules.rulefiles import load_rule_files
    from safeplan.workspace import defaults_root

    root = defaults_root()
    profile = load_profile(root / "profiles" / "chengdong.yaml")
    rules = load_rule_files([root / "rules" / "anwei-2024-2-zhiben-gongjian.yaml"])
    units, items = from_plan(rules, profile)
    cascade = build_cascade(rules, profile)
    donghu = next(c for c in profile.communities if c.name == "东湖社区")
    listed = task_list(cascade, donghu, "x").rows
    mine = [i for i in items if i.unit == "东湖社区"]
    assert [(i.number, i.deadline_text) for i in mine] == [(r.number, r.deadline) for r in listed]
    rules_of_the_plan = {(i.rule_file.document.id, i.rule.id) for i in cascade.items}
    assert len([i for i in items if i.unit == "城东街道"]) == len(rules_of_the_plan)
    assert load_tasks(ledger, units, items, by="张三").added == len(items)
