"""XLSX of the 任务清单 and 责任清单 (openpyxl): title row, frozen header, widths that fit Chinese text, wrapped
cells, an autofilter, a 状态 column (未开始/推进中/已完成) with data validation, printed landscape fit to width.
The 检查清单 is a 隐患排查台账 (generators/register_xlsx.py); both print through `print_landscape`."""

from __future__ import annotations

import io
import unicodedata

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from safeplan.generators.content import ListView

STATES = ("未开始", "推进中", "已完成")
MAX_WIDTH = 60
# the widest a column grows (in characters of width 1); wrapped text fills the rest of the row height
_WIDTH_CAPS = {"序号": 6, "重点任务": 24, "责任单位": 24, "配合单位": 20, "完成时限": 16, "目标/完成标准": 36,
               "依据": 30, "责任主体": 20, "职责": 8, "状态": 10}
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
_HEAD_FONT = Font(name="黑体", size=11, bold=True)
_BODY_FONT = Font(name="仿宋_GB2312", size=11)
_TITLE_FONT = Font(name="方正小标宋简体", size=16)
_HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


def display_width(text: str) -> float:
    """Columns a text needs: a wide (CJK) character takes two, others a little over one."""
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


def _table(view: ListView) -> tuple[list[str], list[list[str]]]:
    if view.kind == "tasks":
        header = ["序号", "重点任务", "具体措施", "责任单位", "配合单位", "完成时限", "目标/完成标准", "依据", "状态"]
        rows = [[r.number, r.group, r.measure, r.lead, r.support or "—", r.deadline, r.standard, r.citation, "未开始"]
                for r in view.rows]
    else:
        header = ["序号", "责任主体", "职责", "重点任务", "具体措施", "完成时限", "依据", "状态"]
        rows = []
        for section in view.sections:
            for r in section.rows:
                rows.append([len(rows) + 1, r.unit, r.role, r.group, r.measure, r.deadline, r.citation, "未开始"])
    return header, rows


def write_xlsx(view: ListView) -> bytes:
    header, rows = _table(view)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = {"tasks": "任务清单", "duties": "责任清单"}[view.kind]
    sheet.append([view.title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet["A1"].font = _TITLE_FONT
    sheet["A1"].alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 30
    sheet.append(header)
    # one named style per kind of cell: assigning font, border and alignment one by one costs 4× more
    styles = {"head": NamedStyle("清单表头", font=_HEAD_FONT, alignment=_CENTER, border=_BORDER, fill=_HEAD_FILL),
              "body": NamedStyle("清单正文", font=_BODY_FONT, alignment=_WRAP, border=_BORDER),
              "center": NamedStyle("清单居中", font=_BODY_FONT, alignment=_CENTER, border=_BORDER)}
    for style in styles.values():
        workbook.add_named_style(style)
    for cell in sheet[2]:
        cell.style = "清单表头"
    for row in rows:
        sheet.append(row)
    centered = {i for i, h in enumerate(header) if h in ("序号", "职责", "状态")}
    for row in sheet.iter_rows(min_row=3, max_row=len(rows) + 2):
        for i, cell in enumerate(row):
            cell.style = "清单居中" if i in centered else "清单正文"
    for i, name in enumerate(header, 1):
        longest = max([display_width(name)] + [display_width(str(r[i - 1])) for r in rows])
        cap = max(_WIDTH_CAPS.get(name, MAX_WIDTH), display_width(name) + 2)
        sheet.column_dimensions[get_column_letter(i)].width = min(max(longest + 2, 6), cap)
    last = get_column_letter(len(header))
    end_row = max(len(rows) + 2, 3)
    sheet.freeze_panes = "A3"
    sheet.auto_filter.ref = f"A2:{last}{len(rows) + 2}"
    state = DataValidation(type="list", formula1='"' + ",".join(STATES) + '"', allow_blank=False,
                           showErrorMessage=True, errorTitle="状态", error="请选择：未开始、推进中、已完成")
    sheet.add_data_validation(state)
    state.add(f"{last}3:{last}{end_row}")
    print_landscape(sheet)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def print_landscape(sheet) -> None:
    """A4 landscape, one page wide, the header row (row 2) repeated on every page, centred."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "2:2"
    sheet.print_options.horizontalCentered = True
