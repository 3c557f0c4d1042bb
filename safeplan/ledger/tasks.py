"""Loading a plan's task items into the ledger, and reloading a regenerated plan in place.

A task is found again by its unit and key (the 依据 rule): its text, deadline, units and number are updated,
its reports and 销号 untouched. A task the new plan no longer has is withdrawn (kept, with its progress, and
no longer counted); one that comes back is active again. Every change goes to the history.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from safeplan.ledger import history
from safeplan.ledger.errors import LedgerError
from safeplan.ledger.items import PlanUnits, TaskItem
from safeplan.ledger.models import Task, Unit
from safeplan.ledger.store import Ledger

_FIELDS = ("number", "group", "text", "role", "lead", "support", "deadline_text", "start", "due", "targets", "basis")


@dataclass(frozen=True)
class LoadSummary:
    street: str
    units: int
    added: int
    updated: int
    unchanged: int
    withdrawn: int
    restored: int


def _snapshot(task: Task) -> dict:
    return {name: getattr(task, name) for name in _FIELDS}


def _unit(session, who: str, name: str, kind: str, street: Unit | None, units: PlanUnits) -> Unit:
    query = select(Unit).where(Unit.name == name, Unit.kind == kind)
    query = query.where(Unit.street_id.is_(None)) if street is None else query.where(Unit.street_id == street.id)
    unit = session.scalars(query).first()
    if unit is None:
        unit = Unit(name=name, kind=kind, street_id=street.id if street else None, period_start=units.start,
                    period_end=units.end, active=True)
        session.add(unit)
        session.flush()
        history.record(session, who, "unit", unit.id, "added",
                       after={"name": name, "kind": kind, "period": [units.start, units.end]})
        return unit
    before = {"active": unit.active, "period": [unit.period_start, unit.period_end]}
    unit.active, unit.period_start, unit.period_end = True, units.start, units.end
    after = {"active": unit.active, "period": [unit.period_start, unit.period_end]}
    if before != after:
        history.record(session, who, "unit", unit.id, "updated", before=before, after=after)
    return unit


def load_tasks(ledger: Ledger, units: PlanUnits, items: list[TaskItem], by: str) -> LoadSummary:
    """Load (or reload) one street's plan: its units and their task items, in one transaction."""
    names = {units.street, *units.communities}
    seen: set[tuple[str, str]] = set()
    for item in items:
        if item.unit not in names:
            raise LedgerError(f"task {item.key} is for {item.unit!r}, which is neither {units.street} "
                              "nor one of its communities")
        if (item.unit, item.key) in seen:
            raise LedgerError(f"task {item.key} of {item.unit} is given twice")
        seen.add((item.unit, item.key))
    added = updated = unchanged = withdrawn = restored = 0
    with ledger.write() as session:
        street = _unit(session, by, units.street, "street", None, units)
        by_name = {units.street: street}
        for name in units.communities:
            by_name[name] = _unit(session, by, name, "community", street, units)
        for old in session.scalars(select(Unit).where(Unit.street_id == street.id, Unit.active.is_(True))):
            if old.name not in by_name:
                old.active = False
                history.record(session, by, "unit", old.id, "withdrawn", before={"active": True},
                               after={"active": False})
        unit_ids = [u.id for u in session.scalars(select(Unit).where(
            (Unit.id == street.id) | (Unit.street_id == street.id)))]
        existing = {(t.unit_id, t.key): t for t in session.scalars(select(Task).where(Task.unit_id.in_(unit_ids)))}
        kept: set[int] = set()
        new: list[tuple[Task, dict]] = []
        for item in items:
            unit = by_name[item.unit]
            fields = {"number": item.number, "group": item.group, "text": item.text, "role": item.role,
                      "lead": item.lead, "support": item.support, "deadline_text": item.deadline_text,
                      "start": units.start, "due": item.due, "targets": item.targets, "basis": item.basis}
            task = existing.get((unit.id, item.key))
            if task is None:
                new.append((Task(unit_id=unit.id, key=item.key, active=True, status="未开始", percent=0, **fields),
                            {"unit": unit.name, "key": item.key, **fields}))
                continue
            kept.add(task.id)
            before = _snapshot(task)
            was_active = task.active
            for name, value in fields.items():
                setattr(task, name, value)
            task.active = True
            after = _snapshot(task)
            if not was_active:
                restored += 1
                history.record(session, by, "task", task.id, "restored", before={"active": False, **before},
                               after={"active": True, **after})
            elif before != after:
                updated += 1
                changed = [k for k in _FIELDS if before[k] != after[k]]
                history.record(session, by, "task", task.id, "updated", before={k: before[k] for k in changed},
                               after={k: after[k] for k in changed})
            else:
                unchanged += 1
        session.add_all([task for task, _ in new])
        session.flush()
        for task, after in new:
            history.record(session, by, "task", task.id, "added", after=after)
        added = len(new)
        for task in existing.values():
            if task.id not in kept and task.active:
                task.active = False
                withdrawn += 1
                history.record(session, by, "task", task.id, "withdrawn", before={"active": True},
                               after={"active": False})
    return LoadSummary(street=units.street, units=len(by_name), added=added, updated=updated, unchanged=unchanged,
                       withdrawn=withdrawn, restored=restored)
