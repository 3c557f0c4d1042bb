"""Filling a 隐患排查台账 by program: the demo's filled 台账 and the tests' fixtures.

`fill_register` writes rows (dicts by column key, register.RECORD_COLUMNS) into the 记录 sheet of an XLSX: of
the 检查清单.xlsx `generate checklist` wrote when it has that sheet (below its header row), else of a new sheet
with the title and header rows a community's sheet has.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from safeplan.fileio import atomic_write_bytes
from safeplan.register import RECORD_COLUMNS, RECORDS_SHEET


def _header_row(sheet) -> int | None:
    headers = {c.header for c in RECORD_COLUMNS}
    for number, row in enumerate(sheet.iter_rows(min_row=1, max_row=10, values_only=True), 1):
        if len(headers & {str(v).strip() for v in row if v is not None}) >= 3:
            return number
    return None


def fill_register(path, rows: list[dict], title: str = "隐患排查治理台账", columns=None) -> Path:
    """Append `rows` to the 记录 sheet of `path` (made when missing); `columns` (keys) orders a new sheet's
    columns (default: register order). Returns the path."""
    import io

    from openpyxl import Workbook, load_workbook

    path = Path(path)
    workbook = load_workbook(path) if path.exists() else None
    if workbook is None:
        workbook = Workbook()
        workbook.active.title = RECORDS_SHEET
    if RECORDS_SHEET not in workbook.sheetnames:
        workbook.create_sheet(RECORDS_SHEET)
    sheet = workbook[RECORDS_SHEET]
    header = _header_row(sheet)
    by_key = {c.key: c for c in RECORD_COLUMNS}
    if header is None:
        order = [by_key[k] for k in (columns or [c.key for c in RECORD_COLUMNS])]
        sheet.cell(row=1, column=1, value=title)
        for index, column in enumerate(order, 1):
            sheet.cell(row=2, column=index, value=column.header)
        header = 2
    headers = [str(v).strip() if v is not None else "" for v in next(sheet.iter_rows(
        min_row=header, max_row=header, values_only=True))]
    where = {c.key: headers.index(c.header) for c in RECORD_COLUMNS if c.header in headers}
    last = max(header, *(cell.row for row in sheet.iter_rows(min_row=header + 1) for cell in row
                         if cell.value not in (None, "")), header)
    for offset, values in enumerate(rows, 1):
        for key, value in values.items():
            if isinstance(value, str) and by_key[key].kind == "date":
                try:
                    value = dt.date.fromisoformat(value)
                except ValueError:
                    pass     # a bad date stays text: the tests fill some on purpose
            cell = sheet.cell(row=last + offset, column=where[key] + 1, value=value)
            if isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write_bytes(path, buffer.getvalue())
    return path
