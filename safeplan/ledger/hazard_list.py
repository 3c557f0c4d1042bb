"""The open 隐患 on a day: every 一般/重大隐患 not yet rectified (its 复查 has not said 已整改销号 by then), with
its colour under the policy. For the workbench's 隐患 list; `status()` keeps only the 重大 ones past 整改时限.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from safeplan.ledger.models import Record, Unit
from safeplan.ledger.policy import Policy, load_policy
from safeplan.ledger.status import HAZARD_COLUMNS, HazardState, hazard_state, open_on, units_of
from safeplan.ledger.store import Ledger
from safeplan.ledger.units import parse_day


def open_hazards(ledger: Ledger, unit: str | None = None, as_of=None, policy: Policy | None = None,
                 level: str | None = None) -> list[HazardState]:
    """The 隐患 open on `as_of` (default today) of every unit or of `unit` (a street: with its communities),
    重大 first, then by 整改时限 (none last), unit and 序号; `level` 一般 or 重大 keeps one level."""
    day = parse_day(as_of, "--as-of") if as_of is not None else dt.date.today()
    policy = policy or load_policy(ledger.workspace.root)
    with ledger.read() as session:
        units = units_of(session, unit)
        names = {u.id: u.name for u in session.scalars(select(Unit))}
        street = {u.id: names[u.street_id] if u.street_id else u.name for u in units}
        query = select(*HAZARD_COLUMNS).where(open_on(day))
        if unit is not None:
            query = query.where(Record.unit_id.in_([u.id for u in units]))
        if level:
            query = query.where(Record.level == level)
        rows = session.execute(query).all()
    found = [hazard_state(r, names, street, day, policy) for r in rows]
    return sorted(found, key=lambda h: (h.level != "重大", h.due or dt.date.max, h.unit, h.seq))
