"""What the 台账 pages show, built from the ledger library: the workbench's ledger, the 挂图作战 grid of a street
(units × tasks in 红黄绿) with its filters, one task with its history, and who may change a unit's tasks.

Plain functions that run in the threadpool; the handlers (pages_ledger, api_ledger) only parse and render.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from safeplan.accounts import Account, authorise
from safeplan.errors import SafeplanError
from safeplan.ledger.errors import LedgerError
from safeplan.ledger.models import Unit
from safeplan.ledger.policy import COLOURS
from safeplan.ledger.status import LedgerStatus, TaskState, UnitFigures, status
from safeplan.ledger.store import Ledger, open_ledger
from safeplan.ledger.units import find_unit, parse_day, street_of

COLOUR_CLASS = {"绿": "green", "黄": "yellow", "红": "red"}


def ledger_of(state) -> Ledger:
    """The workbench's ledger (opened, and migrated, on first use; kept open until the server stops)."""
    with state.ledger_lock:
        if state.ledger_handle is None:
            state.ledger_handle = open_ledger(state.workspace, state.ledger_db)
        return state.ledger_handle


def unit_ref(unit: str, street: str) -> str:
    """How a unit is named in links and forms: `街道/社区` for a community (names repeat across streets)."""
    return unit if unit == street else f"{street}/{unit}"


def place_of(ledger: Ledger, unit: str) -> tuple[str, str]:
    """(unit name, street name) of the unit `unit` names; LedgerError for an unknown one."""
    with ledger.read() as session:
        row = find_unit(session, unit)
        return row.name, street_of(session, row).name


def may(user: Account | None, action: str, unit: str, street: str) -> bool:
    if user is None:
        return False
    try:
        authorise(user, action, unit, street)
    except SafeplanError:
        return False
    return True


def check_allowed(ledger: Ledger, user: Account | None, action: str, unit: str) -> tuple[str, str]:
    """(unit, street) when `user` may do `action` on `unit`'s tasks; accounts.Forbidden otherwise."""
    from safeplan.accounts import Forbidden

    if user is None:
        raise Forbidden("请先登录")
    name, street = place_of(ledger, unit)
    authorise(user, action, name, street)
    return name, street


@dataclass
class Filters:
    street: str = ""
    unit: str = ""
    colour: str = ""
    due_before: dt.date | None = None
    as_of: dt.date | None = None

    @classmethod
    def parse(cls, params) -> "Filters":
        colour = (params.get("colour") or "").strip()
        if colour and colour not in COLOURS:
            raise LedgerError(f"颜色 {colour!r} 不是 {'/'.join(COLOURS)} 之一")
        due = (params.get("due_before") or "").strip()
        as_of = (params.get("as_of") or "").strip()
        return cls(street=(params.get("street") or "").strip(), unit=(params.get("unit") or "").strip(),
                   colour=colour, due_before=parse_day(due, "期限早于") if due else None,
                   as_of=parse_day(as_of, "日期") if as_of else None)


@dataclass
class Column:
    key: str
    label: str          # the street's 序号 of the task (or its rule id when the street lacks it)
    text: str
    due: dt.date


@dataclass
class Row:
    figures: UnitFigures
    ref: str                                    # the unit as links name it
    cells: dict = field(default_factory=dict)  # key → TaskState (filtered)


@dataclass
class Grid:
    as_of: dt.date
    streets: list[str]
    street: str
    units: list[str]           # every unit of the street (for the unit filter)
    columns: list[Column]
    rows: list[Row]
    totals: UnitFigures | None
    shown: int                 # tasks shown after the filters
    overdue: list[TaskState]


def streets(ledger: Ledger) -> list[str]:
    with ledger.read() as session:
        return list(session.scalars(select(Unit.name).where(Unit.kind == "street", Unit.active.is_(True))
                                    .order_by(Unit.id)))


def default_street(ledger: Ledger, user: Account | None, known: list[str]) -> str:
    """The user's own street (of its unit), else the first."""
    if user is not None and user.unit:
        try:
            return place_of(ledger, user.unit)[1]
        except LedgerError:
            pass
    return known[0] if known else ""


def _matches(t: TaskState, filters: Filters) -> bool:
    return (not filters.colour or t.colour == filters.colour) and \
           (filters.due_before is None or t.due <= filters.due_before)


def build_grid(ledger: Ledger, filters: Filters, user: Account | None = None) -> Grid:
    """The 挂图作战 grid of one street on `filters.as_of` (default today): a row per unit (the street, then its
    communities), a column per task of the street's plan, each cell the task's colour; filtered by unit,
    colour and deadline (a unit row or a task column with nothing left is dropped)."""
    known = streets(ledger)
    street = filters.street or default_street(ledger, user, known)
    if not street:
        return Grid(as_of=filters.as_of or dt.date.today(), streets=[], street="", units=[], columns=[], rows=[],
                    totals=None, shown=0, overdue=[])
    if street not in known:
        raise LedgerError(f"没有街道 {street!r}（台账中的街道：{'、'.join(known) or '无'}）")
    result: LedgerStatus = status(ledger, unit=street, as_of=filters.as_of)
    return grid_from_status(result, known, street, filters)


def grid_from_status(result: LedgerStatus, known: list[str], street: str, filters: Filters) -> Grid:
    by_unit: dict[str, dict[str, TaskState]] = {}
    columns: dict[str, Column] = {}
    for t in result.tasks:
        by_unit.setdefault(t.unit, {})[t.key] = t
        if t.unit == street:
            columns[t.key] = Column(key=t.key, label=str(t.number), text=t.text, due=t.due)
    for t in result.tasks:                      # a task the street itself does not track: its rule id
        if t.key not in columns:
            columns[t.key] = Column(key=t.key, label=t.key.rsplit(":", 1)[-1], text=t.text, due=t.due)
    order = {key: n for n, key in enumerate(columns)}
    units = [f.unit for f in result.units]
    rows, used, shown = [], set(), 0
    for f in result.units:
        ref = unit_ref(f.unit, f.street)
        if filters.unit and filters.unit not in (f.unit, ref):
            continue
        cells = {k: t for k, t in by_unit.get(f.unit, {}).items() if _matches(t, filters)}
        if (filters.colour or filters.due_before) and not cells:
            continue
        used.update(cells)
        shown += len(cells)
        rows.append(Row(figures=f, ref=ref, cells=cells))
    kept = [c for c in columns.values() if c.key in used or not (filters.unit or filters.colour or filters.due_before)]
    kept.sort(key=lambda c: order[c.key])
    totals = next((s for s in result.streets if s.unit == street), None)
    return Grid(as_of=result.as_of, streets=known, street=street, units=units, columns=kept, rows=rows,
                totals=totals, shown=shown, overdue=result.overdue)


@dataclass
class TaskView:
    task: TaskState
    ref: str
    history: list        # history.Entry, oldest first


def task_view(ledger: Ledger, unit: str, key: str, as_of=None) -> TaskView:
    """One task of one unit on `as_of`, with its history."""
    from safeplan.ledger.history import unit_entries
    from safeplan.ledger.units import find_task

    with ledger.read() as session:
        row = find_unit(session, unit)
        street = street_of(session, row).name
        task_key = find_task(session, row, key).key
    ref = unit_ref(row.name, street)
    result = status(ledger, unit=ref, as_of=as_of)
    found = next((t for t in result.tasks if t.unit == row.name and t.key == task_key), None)
    if found is None:
        raise LedgerError(f"unknown task {key!r} of {row.name}")
    return TaskView(task=found, ref=ref, history=unit_entries(ledger, unit=ref, task=task_key, limit=200))


def _int(value, what: str) -> int | None:
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise LedgerError(f"{what} {text!r} 不是整数") from None


def _who(user: Account, fields, name: str) -> str:
    """Who the history records: the account; the token holder or local user may name someone (`by`)."""
    if user.password_hash:
        return user.name
    return str(fields.get(name) or "").strip() or user.name


def _with_evidence(upload, action):
    """Run `action(path)` with the uploaded evidence written to a temporary file (None without one)."""
    from safeplan.web.uploads import upload_folder

    if upload is None:
        return action(None)
    with upload_folder([upload]) as (_folder, paths):
        return action(paths[0])


def apply_report(ledger: Ledger, user: Account | None, fields, evidence=None):
    """A progress report from a form or the API: authorised, then `report_progress` (the row version the form
    showed is checked: a task changed since is a ConflictError, nothing written)."""
    from safeplan.accounts import REPORT
    from safeplan.ledger.progress import report_progress

    unit = str(fields.get("unit") or "")
    check_allowed(ledger, user, REPORT, unit)
    return _with_evidence(evidence, lambda path: report_progress(
        ledger, unit, str(fields.get("task") or ""), str(fields.get("date") or ""), str(fields.get("status") or ""),
        _int(fields.get("percent"), "进度"), note=str(fields.get("note") or ""), evidence=path,
        by=_who(user, fields, "by"), expected_version=_int(fields.get("version"), "version")))


def apply_close(ledger: Ledger, user: Account | None, fields, evidence=None):
    """销号 from a form or the API: only a 安办 of the unit's street approves it; the approver is the account."""
    from safeplan.accounts import CLOSE
    from safeplan.ledger.progress import close_task

    unit = str(fields.get("unit") or "")
    check_allowed(ledger, user, CLOSE, unit)
    if evidence is None:
        raise LedgerError("销号需要上传证明材料 (evidence)")
    return _with_evidence(evidence, lambda path: close_task(
        ledger, unit, str(fields.get("task") or ""), str(fields.get("date") or ""), path,
        approver=_who(user, fields, "approver"), note=str(fields.get("note") or ""), by=_who(user, fields, "by"),
        expected_version=_int(fields.get("version"), "version")))


def apply_reopen(ledger: Ledger, user: Account | None, fields):
    from safeplan.accounts import REOPEN
    from safeplan.ledger.progress import reopen_task

    unit = str(fields.get("unit") or "")
    check_allowed(ledger, user, REOPEN, unit)
    return reopen_task(ledger, unit, str(fields.get("task") or ""), str(fields.get("date") or ""),
                       str(fields.get("reason") or ""), by=_who(user, fields, "by"),
                       expected_version=_int(fields.get("version"), "version"))


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def make_briefing(ledger: Ledger, user: Account | None, street: str, period: str, as_of=None) -> tuple[bytes, str]:
    """The 简报 of `street` for the `period` containing `as_of` as DOCX (bytes, file name), written by the brief
    library (which assigns its 第N期, reissued when the same period is written again). 安办 only."""
    import tempfile

    from safeplan.accounts import BRIEF
    from safeplan.ledger.brief import build_briefing, write_briefing

    check_allowed(ledger, user, BRIEF, street)
    briefing = build_briefing(ledger, period, as_of=as_of, unit=street)
    with tempfile.TemporaryDirectory(prefix="safeplan-brief-") as folder:
        path = write_briefing(ledger, briefing, folder, ["docx"])[0]
        return path.read_bytes(), path.name
