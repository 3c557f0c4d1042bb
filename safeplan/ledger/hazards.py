"""Importing a filled 隐患排查台账 (the XLSX `generate checklist` hands out; columns in safeplan/register.py).

The 记录 sheet is read by its header row (columns found by header, never by position), and every cell is
checked before anything is written: one bad cell stops the import with its place in the file
(`东湖社区/检查清单.xlsx:记录!K12: 整改时限 '下周' is not a date`). The import is one transaction, so a crash
leaves the ledger as it was. A row is found again by its unit and 序号 (its position among the filled rows
when 序号 is blank): the same file twice adds nothing; a corrected file updates the rows it changes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, select, update

from safeplan.ledger import history
from safeplan.ledger.errors import ConflictError, LedgerError
from safeplan.ledger.models import Import, Record, Unit
from safeplan.ledger.store import Ledger
from safeplan.ledger.units import find_unit
from safeplan.register import RECORD_COLUMNS, RECORDS_SHEET, Column

LEVELS = {"一般隐患": "一般", "重大隐患": "重大"}
CLOSED = "已整改销号"
FIELDS = ("date", "inspector", "place", "address", "item_id", "item", "result", "level", "description", "measure",
          "due", "owner", "recheck_date", "recheck_result", "closed_on")
_DATE = re.compile(r"^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*$")
_HEADER_ROWS = 10


@dataclass(frozen=True)
class ImportSummary:
    path: str
    unit: str
    rows: int
    added: int
    updated: int
    unchanged: int


class _Problems:
    def __init__(self, where: str):
        self.where = where
        self.items: list[str] = []

    def add(self, cell: str, message: str) -> None:
        self.items.append(f"{self.where}!{cell}: {message}")

    def raise_if_any(self) -> None:
        if self.items:
            more = f" (and {len(self.items) - 1} more problem{'s' if len(self.items) > 2 else ''} in the file; " \
                   "nothing was imported)" if len(self.items) > 1 else ""
            raise LedgerError(self.items[0] + more)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _norm_header(value) -> str:
    return re.sub(r"\s+", "", str(value or ""))


def _find_header(rows: list[tuple], display: str) -> tuple[int, dict[str, int]]:
    wanted = {_norm_header(c.header): c.key for c in RECORD_COLUMNS}
    for number, row in enumerate(rows[:_HEADER_ROWS], 1):
        found = {wanted[_norm_header(v)]: i for i, v in enumerate(row) if _norm_header(v) in wanted}
        if len(found) >= 3:
            missing = [c.header for c in RECORD_COLUMNS if c.required and c.key not in found]
            if missing:
                raise LedgerError(f"{display}:{RECORDS_SHEET}!{number}: the header row has no column "
                                  f"{'、'.join(missing)}")
            return number, found
    raise LedgerError(f"{display}:{RECORDS_SHEET}: no header row (序号, 检查日期, 检查人, …) in the first "
                      f"{_HEADER_ROWS} rows")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()


def _date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _DATE.match(str(value))
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _cell(column: Column, value, problems: _Problems, cell: str):
    """The value of one cell as its column's kind, or None after noting the problem."""
    text = _text(value)
    if not text:
        return None
    if column.kind == "date":
        day = _date(value)
        if day is None:
            problems.add(cell, f"{column.header} {text!r} is not a date")
        return day
    if column.kind == "int":
        if isinstance(value, bool) or not re.fullmatch(r"\d+", text):
            problems.add(cell, f"{column.header} {text!r} is not a whole number")
            return None
        return int(text)
    if column.kind == "choice" and text not in column.choices:
        problems.add(cell, f"{column.header} {text!r} is not one of {'/'.join(column.choices)}")
        return None
    return text


def read_register(path, display: str | None = None, period: tuple[dt.date, dt.date] | None = None) -> list[dict]:
    """The filled rows of a 台账's 记录 sheet as dicts by column key (plus `seq` and `source`), every cell
    checked; any problem raises LedgerError naming file, sheet and cell."""
    from openpyxl import load_workbook

    display = display or str(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise LedgerError(f"{display}: no such file") from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise LedgerError(f"{display}: not an XLSX workbook ({type(exc).__name__}); save it as .xlsx") from None
    try:
        if RECORDS_SHEET not in workbook.sheetnames:
            raise LedgerError(f"{display}: no sheet {RECORDS_SHEET!r} (it has {'、'.join(workbook.sheetnames)}); "
                              "import the 隐患排查台账 that `safeplan generate checklist` wrote")
        rows = list(workbook[RECORDS_SHEET].iter_rows(values_only=True))
    finally:
        workbook.close()
    header_row, columns = _find_header(rows, display)
    problems = _Problems(f"{display}:{RECORDS_SHEET}")
    out: list[dict] = []
    seen: dict[int, str] = {}
    position = 0
    for number, row in enumerate(rows[header_row:], header_row + 1):
        if not any(_text(v) for v in row):
            continue
        position += 1
        def raw(key: str, row=row):          # (called in this iteration only)
            index = columns.get(key)
            return row[index] if index is not None and index < len(row) else None

        values: dict = {}
        for column in RECORD_COLUMNS:
            index = columns.get(column.key)
            cell = f"{_letter(index) if index is not None else '?'}{number}"
            values[column.key] = _cell(column, raw(column.key), problems, cell)
            if column.required and values[column.key] is None and not _text(raw(column.key)):
                problems.add(cell, f"{column.header} is empty")

        def where(key: str, number=number) -> str:
            return f"{_letter(columns[key]) if key in columns else '?'}{number}"

        seq = values["seq"] if values["seq"] is not None else position
        if seq in seen:
            problems.add(where("seq"), f"序号 {seq} is used twice (first at {seen[seq]})")
        seen[seq] = where("seq")
        level = LEVELS.get(values["result"] or "")
        found, due, recheck = values["date"], values["due"], values["recheck_date"]
        if level and due is None and not _text(raw("due")):
            problems.add(where("due"), f"整改时限 is empty for a {values['result']}")
        if found and period and not period[0] <= found <= period[1]:
            problems.add(where("date"), f"检查日期 {found.isoformat()} is outside the plan period "
                                        f"{period[0].isoformat()}—{period[1].isoformat()}")
        if found and due and due < found:
            problems.add(where("due"), f"整改时限 {due.isoformat()} is before 检查日期 {found.isoformat()}")
        if found and recheck and recheck < found:
            problems.add(where("recheck_date"), f"复查日期 {recheck.isoformat()} is before 检查日期 {found.isoformat()}")
        if values["recheck_result"] == CLOSED and recheck is None:
            problems.add(where("recheck_date"), f"复查日期 is empty for a row marked {CLOSED}")
        if values["recheck_result"] and not level:
            problems.add(where("recheck_result"), f"复查结果 {values['recheck_result']!r} on a row whose 检查结果 "
                                                  f"is {values['result'] or 'empty'} (only a 隐患 is rechecked)")
        out.append({
            "seq": seq, "source": f"{display}!{number}", "date": found, "inspector": values["inspector"] or "",
            "place": values["place"] or "", "address": values["address"] or "", "item_id": values["item_id"] or "",
            "item": values["item"] or "", "result": values["result"] or "", "level": level,
            "description": values["description"] or "", "measure": values["measure"] or "",
            "due": due if level else None, "owner": values["owner"] or "", "recheck_date": recheck,
            "recheck_result": values["recheck_result"] or "",
            "closed_on": recheck if values["recheck_result"] == CLOSED else None})
    problems.raise_if_any()
    return out


def _unit_for(session, path: Path, unit: str | None) -> Unit:
    if unit:
        return find_unit(session, unit)
    folder = path.resolve().parent.name
    try:
        return find_unit(session, folder)
    except LedgerError:
        raise LedgerError(f"{path}: say which unit this 台账 is for with --unit (its folder {folder!r} "
                          "is not a unit of the ledger)") from None


def import_register(ledger: Ledger, path, unit: str | None = None, by: str = "",
                    display: str | None = None) -> ImportSummary:
    """Import one filled 台账 for `unit` (default: the unit its folder is named after), all or nothing."""
    path = Path(path)
    display = display or str(path)
    if not by:
        raise LedgerError("an import needs who does it (--by NAME or SAFEPLAN_USER)")
    with ledger.read() as session:
        target = _unit_for(session, path, unit)
        unit_id, unit_name, period = target.id, target.name, (target.period_start, target.period_end)
    rows = read_register(path, display, period)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    added = updated = 0
    with ledger.write() as session:
        existing = {r.seq: r for r in session.execute(
            select(Record.id, Record.seq, Record.version, *[getattr(Record, f) for f in FIELDS])
            .where(Record.unit_id == unit_id)).all()}
        new, changed, entries = [], [], []
        for row in rows:
            old = existing.get(row["seq"])
            if old is None:
                new.append({"unit_id": unit_id, "version": 1, **row})
                continue
            before = {f: getattr(old, f) for f in FIELDS}
            after = {f: row[f] for f in FIELDS}
            if before != after:
                diff = [f for f in FIELDS if before[f] != after[f]]
                changed.append({"b_id": old.id, "b_version": old.version, "version": old.version + 1,
                                "source": row["source"], **after})
                entries.append({"who": by, "entity": "record", "entity_id": old.id, "action": "updated",
                                "before": {"unit": unit_name, "seq": row["seq"], **{f: before[f] for f in diff}},
                                "after": {"unit": unit_name, "seq": row["seq"], "source": row["source"],
                                          **{f: after[f] for f in diff}}})
        if new:
            session.execute(Record.__table__.insert(), new)
            ids = dict(session.execute(select(Record.seq, Record.id).where(Record.unit_id == unit_id)).all())
            entries.extend({"who": by, "entity": "record", "entity_id": ids[r["seq"]], "action": "added",
                            "after": {"unit": unit_name, **{k: r[k] for k in ("seq", "source", *FIELDS)}}}
                           for r in new)
        if changed:
            table = Record.__table__
            statement = (update(table).where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
                         .values({name: bindparam(name) for name in ("version", "source", *FIELDS)}))
            result = session.connection().execute(statement, changed)
            if result.rowcount not in (-1, len(changed)):
                raise ConflictError(f"{display}: some rows of {unit_name} were changed by someone else during the "
                                    "import; nothing was imported: import the file again")
        added, updated = len(new), len(changed)
        history.record_many(session, entries)
        session.add(Import(unit_id=unit_id, path=display, sha256=digest, rows=len(rows), added=added,
                           updated=updated, by=by, created_at=history.now()))
    return ImportSummary(path=display, unit=unit_name, rows=len(rows), added=added, updated=updated,
                         unchanged=len(rows) - added - updated)
