"""第N期: the numbering of a 简报 series, kept in the ledger (table brief_issues, migration 0003).

A series is the 简报's title (城东街道安全生产治本攻坚三年行动工作简报). Its first 期 is 第1期; a new period
takes the next number; writing a period that already has a number again (a corrected re-run) reissues that
same number. `number` sets it by hand (a series that started on paper): refused when another period of the
series already has it. Two writers at once never get one number: the numbers are unique per series in the
database, and a writer that loses the race reads again and takes the next one (or its period's number).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from safeplan.ledger import history
from safeplan.ledger.errors import ConflictError, LedgerError
from safeplan.ledger.models import BriefIssue
from safeplan.ledger.periods import Period
from safeplan.ledger.store import Ledger

_ATTEMPTS = 5


def _assign(session, series: str, period: Period, as_of: dt.date, number: int | None) -> int:
    mine = session.scalars(select(BriefIssue).where(
        BriefIssue.series == series, BriefIssue.period_kind == period.kind,
        BriefIssue.period_start == period.start)).first()
    if number is not None:
        holder = session.scalars(select(BriefIssue).where(BriefIssue.series == series,
                                                          BriefIssue.number == number)).first()
        if holder is not None and holder is not mine:
            raise LedgerError(f"--number {number}: 第{number}期 of {series} is already the 简报 of "
                              f"{holder.period_start.isoformat()}—{holder.period_end.isoformat()}")
    if mine is not None:
        mine.as_of, mine.issued_at = as_of, history.now()
        if number is not None:
            mine.number = number
        return mine.number
    if number is None:
        number = (session.scalar(select(func.max(BriefIssue.number)).where(BriefIssue.series == series)) or 0) + 1
    session.add(BriefIssue(series=series, number=number, period_kind=period.kind, period_start=period.start,
                           period_end=period.end, as_of=as_of, issued_at=history.now()))
    session.flush()
    return number


def issue_number(ledger: Ledger, series: str, period: Period, as_of: dt.date, number: int | None = None) -> int:
    """The 期 number of `period` in `series` (assigned and kept on first use)."""
    if number is not None and number < 1:
        raise LedgerError(f"--number {number}: a 期 number is 1 or more")
    for _ in range(_ATTEMPTS):
        try:
            with ledger.write() as session:
                assigned = _assign(session, series, period, as_of, number)
            return assigned
        except IntegrityError:
            continue      # another writer took the number (or the period) first: read again
    raise ConflictError(f"could not number the 简报 {series}: {_ATTEMPTS} writers raced for it; try again")


def issued(ledger: Ledger, series: str) -> list[BriefIssue]:
    """The series' 期 so far, by number."""
    with ledger.read() as session:
        return list(session.scalars(select(BriefIssue).where(BriefIssue.series == series)
                                    .order_by(BriefIssue.number)))
