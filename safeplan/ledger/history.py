"""The append-only history: every change the ledger makes, with who, when and before → after.

`record` adds one entry to the session (it is written in the same transaction as the change it describes);
`entries` reads them back. Nothing updates or deletes an entry: the migration puts triggers on the table that
refuse both.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeplan.ledger.models import History


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _json(value) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def record(session: Session, who: str, entity: str, entity_id: int, action: str, before=None, after=None,
           at: dt.datetime | None = None) -> None:
    session.add(History(at=at or now(), who=who, entity=entity, entity_id=entity_id, action=action,
                        before=_json(before), after=_json(after)))


def record_many(session: Session, rows: list[dict]) -> None:
    """Many entries at once (an import): each a dict of record()'s arguments."""
    if not rows:
        return
    at = now()
    session.execute(History.__table__.insert(), [
        {"at": row.get("at") or at, "who": row["who"], "entity": row["entity"], "entity_id": row["entity_id"],
         "action": row["action"], "before": _json(row.get("before")), "after": _json(row.get("after"))}
        for row in rows])


@dataclass(frozen=True)
class Entry:
    at: str
    who: str
    entity: str
    entity_id: int
    action: str
    before: dict | None
    after: dict | None


def entries(session: Session, entity: str | None = None, entity_ids=None, limit: int | None = None) -> list[Entry]:
    """History entries, oldest first, optionally of one kind of entity and some of its ids."""
    query = select(History).order_by(History.id)
    if entity:
        query = query.where(History.entity == entity)
    if entity_ids is not None:
        query = query.where(History.entity_id.in_(list(entity_ids)))
    if limit:
        query = query.limit(limit)
    return [Entry(at=h.at.isoformat(timespec="seconds"), who=h.who, entity=h.entity, entity_id=h.entity_id,
                  action=h.action, before=json.loads(h.before) if h.before else None,
                  after=json.loads(h.after) if h.after else None)
            for h in session.scalars(query)]


def unit_entries(ledger, unit: str | None = None, task: str | None = None, limit: int | None = 200) -> list[Entry]:
    """The newest `limit` entries (oldest first) about a unit (its tasks, their reports and 销号, its 台账 rows)
    or one of its tasks; every entry when `unit` is None."""
    from sqlalchemy import and_, or_

    from safeplan.ledger.errors import LedgerError
    from safeplan.ledger.models import Closure, Record, Report, Task
    from safeplan.ledger.units import find_task, find_unit

    if task and not unit:
        raise LedgerError("--task needs --unit")
    with ledger.read() as session:
        query = select(History)
        if unit:
            row = find_unit(session, unit)
            if task:
                task_ids = select(Task.id).where(Task.id == find_task(session, row, task).id)
            else:
                task_ids = select(Task.id).where(Task.unit_id == row.id)
            about = [and_(History.entity == "task", History.entity_id.in_(task_ids)),
                     and_(History.entity == "report",
                          History.entity_id.in_(select(Report.id).where(Report.task_id.in_(task_ids)))),
                     and_(History.entity == "closure",
                          History.entity_id.in_(select(Closure.id).where(Closure.task_id.in_(task_ids))))]
            if not task:
                about += [and_(History.entity == "unit", History.entity_id == row.id),
                          and_(History.entity == "record",
                               History.entity_id.in_(select(Record.id).where(Record.unit_id == row.id)))]
            query = query.where(or_(*about))
        query = query.order_by(History.id.desc())
        if limit:
            query = query.limit(limit)
        found = list(session.scalars(query))
    found.reverse()
    return [Entry(at=h.at.isoformat(timespec="seconds"), who=h.who, entity=h.entity, entity_id=h.entity_id,
                  action=h.action, before=json.loads(h.before) if h.before else None,
                  after=json.loads(h.after) if h.after else None) for h in found]
