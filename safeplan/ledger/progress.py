"""Progress reports, 销号 and reopening: what happens to a task after the plan is loaded.

Each call is one transaction. A caller that read the task before (a form, a second terminal) passes the row
version it saw as `expected_version`: if someone else changed the task since, nothing is written and a
ConflictError says so. Without it, the task row is locked while the change is made, and the row version
still catches a concurrent writer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm.exc import StaleDataError

from safeplan.fileio import atomic_write_bytes
from safeplan.ledger import history
from safeplan.ledger.errors import ConflictError, LedgerError
from safeplan.ledger.models import Closure, Report, Task
from safeplan.ledger.store import Ledger
from safeplan.ledger.units import check_in_period, find_task, find_unit, parse_day

STATES = ("未开始", "推进中", "已完成")
CLOSE, REOPEN = "销号", "重新打开"
EVIDENCE_DIR = "evidence"


@dataclass(frozen=True)
class Evidence:
    path: str        # relative to the workspace
    sha256: str


@dataclass(frozen=True)
class TaskChange:
    unit: str
    key: str
    version: int     # the task's row version after the change
    status: str
    percent: int
    closed_on: dt.date | None


def store_evidence(ledger: Ledger, source) -> Evidence:
    """Copy an evidence file into <workspace>/.safeplan/evidence/<sha256>/<name>; the same file is kept once."""
    path = Path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise LedgerError(f"evidence file {str(source)!r} does not exist") from None
    except IsADirectoryError:
        raise LedgerError(f"evidence {str(source)!r} is a folder; give one file (zip several)") from None
    digest = hashlib.sha256(data).hexdigest()
    target = ledger.workspace.state_dir / EVIDENCE_DIR / digest[:2] / digest / path.name
    if not target.exists():
        atomic_write_bytes(target, data)
    return Evidence(path=target.relative_to(ledger.workspace.root).as_posix(), sha256=digest)


def _conflict(task: Task, unit_name: str, expected: int | None) -> ConflictError:
    seen = f"version {expected}" if expected is not None else "the version you read"
    return ConflictError(f"task {task.key} of {unit_name} was changed by someone else since you read it "
                         f"({seen}, now {task.version}); nothing was written: read it again and retry")


def _task(session, unit_name: str, task_id: str, expected_version: int | None):
    unit = find_unit(session, unit_name)
    task = find_task(session, unit, task_id, for_update=True)
    if expected_version is not None and task.version != expected_version:
        raise _conflict(task, unit.name, expected_version)
    return unit, task


def _flush(session, task: Task, unit_name: str, expected: int | None) -> None:
    try:
        session.flush()
    except StaleDataError:
        raise _conflict(task, unit_name, expected) from None


def _change(unit_name: str, task: Task) -> TaskChange:
    return TaskChange(unit=unit_name, key=task.key, version=task.version, status=task.status, percent=task.percent,
                      closed_on=task.closed_on)


def _check_report(status: str, percent: int | None) -> int:
    if status not in STATES:
        raise LedgerError(f"status {status!r} is not one of {'/'.join(STATES)}")
    if percent is None:
        percent = {"未开始": 0, "已完成": 100}.get(status)
        if percent is None:
            raise LedgerError("a report 推进中 needs --percent (1–99)")
    if isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= 100:
        raise LedgerError(f"percent {percent!r} must be a whole number from 0 to 100")
    if status == "未开始" and percent != 0:
        raise LedgerError(f"a task 未开始 is at 0%, not {percent}%")
    if status == "已完成" and percent != 100:
        raise LedgerError(f"a task 已完成 is at 100%, not {percent}%")
    if status == "推进中" and not 0 < percent < 100:
        raise LedgerError(f"a task 推进中 is between 1% and 99%, not {percent}%")
    return percent


def report_progress(ledger: Ledger, unit: str, task: str, date, status: str, percent: int | None = None,
                    note: str = "", evidence=None, by: str = "", expected_version: int | None = None) -> TaskChange:
    """Record a progress report on a unit's task. The task's current status follows its latest report."""
    day = parse_day(date)
    percent = _check_report(status, percent)
    if not by:
        raise LedgerError("a report needs its reporter (--by NAME or SAFEPLAN_USER)")
    stored = store_evidence(ledger, evidence) if evidence else None
    with ledger.write() as session:
        unit_row, row = _task(session, unit, task, expected_version)
        check_in_period(unit_row, day, "report date")
        if row.closed_on is not None:
            raise LedgerError(f"task {row.key} of {unit_row.name} was closed (销号) on {row.closed_on.isoformat()}; "
                              "reopen it before reporting on it")
        report = Report(task_id=row.id, date=day, status=status, percent=percent, note=note or "",
                        evidence=stored.path if stored else None, evidence_sha256=stored.sha256 if stored else None,
                        reporter=by, created_at=history.now())
        session.add(report)
        before = {"status": row.status, "percent": row.percent, "reported_on": row.reported_on}
        if row.reported_on is None or day >= row.reported_on:
            row.status, row.percent, row.reported_on = status, percent, day
        _flush(session, row, unit_row.name, expected_version)
        history.record(session, by, "report", report.id, "added", after={
            "task": row.key, "unit": unit_row.name, "date": day, "status": status, "percent": percent,
            "note": note or "", "evidence": stored.path if stored else None,
            "sha256": stored.sha256 if stored else None})
        after = {"status": row.status, "percent": row.percent, "reported_on": row.reported_on}
        if before != after:
            history.record(session, by, "task", row.id, "reported", before=before, after=after)
        return _change(unit_row.name, row)


def close_task(ledger: Ledger, unit: str, task: str, date, evidence, approver: str, note: str = "",
               by: str = "", expected_version: int | None = None) -> TaskChange:
    """销号: close a task, with the evidence it was done and the person who approved the closing."""
    day = parse_day(date)
    if not evidence:
        raise LedgerError("销号 needs evidence (--evidence FILE): the file that shows the task is done")
    if not (approver or "").strip():
        raise LedgerError("销号 needs an approver (--approver NAME)")
    if not by:
        raise LedgerError("销号 needs who records it (--by NAME or SAFEPLAN_USER)")
    stored = store_evidence(ledger, evidence)
    with ledger.write() as session:
        unit_row, row = _task(session, unit, task, expected_version)
        check_in_period(unit_row, day, "销号 date")
        if row.closed_on is not None:
            raise LedgerError(f"task {row.key} of {unit_row.name} is already closed (销号 on "
                              f"{row.closed_on.isoformat()})")
        closure = Closure(task_id=row.id, action=CLOSE, date=day, approver=approver.strip(), evidence=stored.path,
                          evidence_sha256=stored.sha256, reason=note or "", by=by, created_at=history.now())
        session.add(closure)
        row.closed_on = day
        _flush(session, row, unit_row.name, expected_version)
        history.record(session, by, "closure", closure.id, CLOSE, after={
            "task": row.key, "unit": unit_row.name, "date": day, "approver": approver.strip(),
            "evidence": stored.path, "sha256": stored.sha256, "note": note or ""})
        history.record(session, by, "task", row.id, CLOSE, before={"closed_on": None}, after={"closed_on": day})
        return _change(unit_row.name, row)


def reopen_task(ledger: Ledger, unit: str, task: str, date, reason: str, by: str = "",
                expected_version: int | None = None) -> TaskChange:
    """Reopen a closed task, saying why; the 销号 it undoes stays in the ledger."""
    day = parse_day(date)
    if not (reason or "").strip():
        raise LedgerError("reopening a task needs a reason (--reason TEXT)")
    if not by:
        raise LedgerError("reopening needs who does it (--by NAME or SAFEPLAN_USER)")
    with ledger.write() as session:
        unit_row, row = _task(session, unit, task, expected_version)
        check_in_period(unit_row, day, "reopening date")
        if row.closed_on is None:
            raise LedgerError(f"task {row.key} of {unit_row.name} is not closed; there is nothing to reopen")
        if day < row.closed_on:
            raise LedgerError(f"task {row.key} was closed on {row.closed_on.isoformat()}; it cannot be reopened "
                              f"before that ({day.isoformat()})")
        closure = Closure(task_id=row.id, action=REOPEN, date=day, reason=reason.strip(), by=by,
                          created_at=history.now())
        session.add(closure)
        before = row.closed_on
        row.closed_on = None
        _flush(session, row, unit_row.name, expected_version)
        history.record(session, by, "closure", closure.id, REOPEN, after={
            "task": row.key, "unit": unit_row.name, "date": day, "reason": reason.strip()})
        history.record(session, by, "task", row.id, REOPEN, before={"closed_on": before}, after={"closed_on": None})
        return _change(unit_row.name, row)
