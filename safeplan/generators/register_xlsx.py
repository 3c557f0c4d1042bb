"""The XLSX 检查清单 as a 隐患排查台账 a community fills in over time (columns: safeplan.register).

Sheet 检查项目 lists the unit's inspection items once each (where they apply, how to check, the finding, 依据,
频次); sheet 记录 is the record a grid worker adds a row to per finding or visit: 检查日期 … 复查结果/销号, with
data validation on the choices (检查结果, 复查结果/销号), the dates and the item number (a list drawn from the
检查项目 sheet). Both print landscape, fit to width, with the header row repeated.
"""

from __future__ import annotations

import datetime as dt
import io
import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from safeplan.generators.inspection import InspectionView
from safeplan.generators.xlsx_writer import display_width, print_landscape
from safeplan.register import ITEMS_SHEET, RECORD_COLUMNS, RECORDS_SHEET

RECORD_ROWS = 1000           # rows of the 记录 sheet that carry the data validation
STYLED_ROWS = 100            # of those, the rows drawn with borders (and dates formatted) for printing
FIRST_ROW = 3                # row 1: title, row 2: header
LINE_HEIGHT = 15             # points per line of 11-point text
ITEM_HEADERS = (("检查项编号", 22), ("适用场所", 18), ("检查项目", 14), ("检查内容", 40), ("检查方法", 8),
                ("隐患等级", 10), ("判定依据", 22), ("依据", 30), ("频次", 22), ("时限", 12))
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEAD, BODY, DATE = "台账表头", "台账正文", "台账日期"
_TITLE_FONT = Font(name="方正小标宋简体", size=16)
DATE_FLOOR = dt.date(2000, 1, 1)
DATE_CEILING = dt.date(2099, 12, 31)


def _styles() -> list[NamedStyle]:
    """The three cell styles, new for each workbook (a named style belongs to the workbook it is added to)."""
    return [NamedStyle(HEAD, font=Font(name="黑体", size=11, bold=True), border=_BORDER,
                       alignment=Alignment(wrap_text=True, vertical="center", horizontal="center"),
                       fill=PatternFill("solid", fgColor="D9E1F2")),
            NamedStyle(BODY, font=Font(name="仿宋_GB2312", size=11), border=_BORDER,
                       alignment=Alignment(wrap_text=True, vertical="top")),
            NamedStyle(DATE, font=Font(name="仿宋_GB2312", size=11), border=_BORDER, number_format="yyyy-mm-dd",
                       alignment=Alignment(vertical="top", horizontal="center"))]


def _title(sheet, text: str, columns: int) -> None:
    sheet.append([text])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    sheet["A1"].font = _TITLE_FONT
    sheet["A1"].alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 30


def _printable(sheet, columns: int, last_row: int) -> None:
    last = get_column_letter(columns)
    sheet.freeze_panes = f"A{FIRST_ROW}"
    sheet.auto_filter.ref = f"A2:{last}{last_row}"
    print_landscape(sheet)
    sheet.page_margins.left = sheet.page_margins.right = 0.4


def _items(view: InspectionView) -> list[list[str]]:
    """One row per item (the first form it appears in decides the order), with every place type it applies to."""
    rows: dict[str, list] = {}
    places: dict[str, list[str]] = {}
    for form in view.forms:
        for row in form.rows:
            item = row.item
            places.setdefault(item.id, [])
            if form.place_type not in places[item.id]:
                places[item.id].append(form.place_type)
            if item.id in rows:
                continue
            frequency = f"{row.frequency}（{row.frequency_basis}）"
            rows[item.id] = [item.id, "", item.item, item.question, item.method, item.finding, row.judged_by,
                             "；".join(row.basis), frequency, row.deadline]
    for item_id, row in rows.items():
        row[1] = "、".join(places[item_id])
    return list(rows.values())


def _items_sheet(workbook: Workbook, view: InspectionView) -> int:
    sheet = workbook.active
    sheet.title = ITEMS_SHEET
    headers = [h for h, _ in ITEM_HEADERS]
    rows = _items(view)
    _title(sheet, f"{view.unit}隐患排查台账·检查项目（{len(rows)}项）", len(headers))
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    for cell in sheet[2]:
        cell.style = HEAD
    for row in sheet.iter_rows(min_row=FIRST_ROW, max_row=len(rows) + 2):
        for cell in row:
            cell.style = BODY
    widths = []
    for i, (header, cap) in enumerate(ITEM_HEADERS, 1):
        longest = max([display_width(header)] + [display_width(str(r[i - 1] or "")) for r in rows])
        widths.append(min(max(longest + 2, 6), max(cap, display_width(header) + 2)))
        sheet.column_dimensions[get_column_letter(i)].width = widths[-1]
    for number, row in enumerate(rows, FIRST_ROW):
        # LibreOffice keeps an imported row one line high: give each row the lines its longest wrapped cell needs
        lines = max(math.ceil(display_width(str(v or "")) / max(w - 1.5, 1)) for v, w in zip(row, widths, strict=False))
        sheet.row_dimensions[number].height = LINE_HEIGHT * max(lines, 1)
    _printable(sheet, len(headers), len(rows) + 2)
    return len(rows)


def _records_sheet(workbook: Workbook, view: InspectionView, item_count: int) -> None:
    sheet = workbook.create_sheet(RECORDS_SHEET)
    _title(sheet, f"{view.unit}隐患排查台账·检查记录", len(RECORD_COLUMNS))
    sheet.append([c.header for c in RECORD_COLUMNS])
    for cell in sheet[2]:
        cell.style = HEAD
    last_row = FIRST_ROW + RECORD_ROWS - 1
    for index, column in enumerate(RECORD_COLUMNS, 1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(column.width, display_width(column.header) + 2)
        style = DATE if column.kind == "date" else BODY
        for row in range(FIRST_ROW, FIRST_ROW + STYLED_ROWS):
            sheet.cell(row=row, column=index).style = style
        cells = f"{letter}{FIRST_ROW}:{letter}{last_row}"
        validation = _validation(column, item_count)
        if validation is not None:
            sheet.add_data_validation(validation)
            validation.add(cells)
    _printable(sheet, len(RECORD_COLUMNS), FIRST_ROW + STYLED_ROWS - 1)
    for row in range(FIRST_ROW, FIRST_ROW + STYLED_ROWS):
        sheet.row_dimensions[row].height = LINE_HEIGHT * 2        # room to write by hand on the printed register
    # the ruled rows print as a blank paper register (an empty cell is otherwise left off the page)
    sheet.print_area = f"A1:{get_column_letter(len(RECORD_COLUMNS))}{FIRST_ROW + STYLED_ROWS - 1}"


def _validation(column, item_count: int) -> DataValidation | None:
    if column.kind == "choice":
        return DataValidation(type="list", formula1='"' + ",".join(column.choices) + '"', allow_blank=True,
                              showErrorMessage=True, errorTitle=column.header,
                              error="请选择：" + "、".join(column.choices))
    if column.kind == "date":
        return DataValidation(type="date", operator="between", formula1=_excel_date(DATE_FLOOR),
                              formula2=_excel_date(DATE_CEILING), allow_blank=True, showErrorMessage=True,
                              errorTitle=column.header, error="请填写日期，如 2024-03-15")
    if column.kind == "int":
        return DataValidation(type="whole", operator="greaterThan", formula1="0", allow_blank=True,
                              showErrorMessage=True, errorTitle=column.header, error="请填写正整数")
    if column.key == "item_id" and item_count:
        return DataValidation(type="list", formula1=f"'{ITEMS_SHEET}'!$A${FIRST_ROW}:$A${FIRST_ROW + item_count - 1}",
                              allow_blank=True, showErrorMessage=True, errorTitle=column.header,
                              error="请从“检查项目”表的检查项编号中选择")
    return None


def _excel_date(day: dt.date) -> str:
    return str((day - dt.date(1899, 12, 30)).days)


def write_register(view: InspectionView) -> bytes:
    """The XLSX bytes of a unit's 隐患排查台账: sheet 检查项目 and sheet 记录."""
    workbook = Workbook()
    for style in _styles():
        workbook.add_named_style(style)
    count = _items_sheet(workbook, view)
    _records_sheet(workbook, view, count)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
