"""Finding units and tasks by the names people type: `东湖社区`, `城东街道/东湖社区`, `anwei-…:3.3.6` or `3.3.6`."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from safeplan.ledger.errors import LedgerError
from safeplan.ledger.models import Task, Unit


def find_unit(session: Session, name: str) -> Unit:
    """The active unit called `name` (or `street/community`); an unknown or ambiguous name is an error."""
    name = name.strip()
    street_name, _, own = name.rpartition("/")
    query = select(Unit).where(Unit.name == own, Unit.active.is_(True))
    if street_name:
        street = aliased(Unit)
        query = query.join(street, Unit.street_id == street.id).where(street.name == street_name)
    found = list(session.scalars(query))
    if not found:
        known = session.scalars(select(Unit.name).where(Unit.active.is_(True)).order_by(Unit.id).limit(8)).all()
        hint = f" (known: {'、'.join(known)}{'…' if len(known) == 8 else ''})" if known else \
            " (the ledger has no units yet: run `safeplan ledger load` first)"
        raise LedgerError(f"unknown unit {name!r}{hint}")
    if len(found) > 1:
        raise LedgerError(f"unit {name!r} is in {len(found)} streets: write it as 街道/{own}")
    return found[0]


def street_of(session: Session, unit: Unit) -> Unit:
    return unit if unit.street_id is None else session.get(Unit, unit.street_id)


def find_task(session: Session, unit: Unit, task_id: str, for_update: bool = False) -> Task:
    """The unit's task with key `task_id`, or whose rule id (after the colon) is `task_id` when that is unique."""
    task_id = task_id.strip()
    query = select(Task).where(Task.unit_id == unit.id, Task.active.is_(True))
    if for_update:
        query = query.with_for_update()
    exact = session.scalars(query.where(Task.key == task_id)).first()
    if exact is not None:
        return exact
    found = list(session.scalars(query.where(Task.key.endswith(":" + task_id, autoescape=True))))
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise LedgerError(f"task {task_id!r} of {unit.name} is ambiguous: {', '.join(t.key for t in found)}")
    raise LedgerError(f"unknown task {task_id!r} of {unit.name} (`safeplan ledger status --unit {unit.name}` "
                      "lists its tasks)")


def check_in_period(unit: Unit, day: dt.date, what: str = "date") -> None:
    if not unit.period_start <= day <= unit.period_end:
        raise LedgerError(f"{what} {day.isoformat()} is outside the plan period "
                          f"{unit.period_start.isoformat()}—{unit.period_end.isoformat()} of {unit.name}")


def parse_day(value, what: str = "date") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise LedgerError(f"{what} {value!r} is not a date (write it as 2025-03-31)") from None
