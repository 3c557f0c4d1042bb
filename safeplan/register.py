"""The 隐患排查台账: the one definition of its sheets and columns.

`generate checklist` writes it (XLSX, one sheet of inspection items and one of records a community fills in over
time) and `ledger import` reads it back. Both refer to a column by its `key`, never by its position or header, so
a column can be reworded or moved here alone.
"""

from __future__ import annotations

from dataclasses import dataclass

ITEMS_SHEET = "检查项目"
RECORDS_SHEET = "记录"

RESULTS = ("合格", "一般隐患", "重大隐患")
RECHECK_RESULTS = ("已整改销号", "未完成整改")


@dataclass(frozen=True)
class Column:
    key: str            # identifier used in code (ledger import, writer)
    header: str         # the header cell, as a grid worker reads it
    kind: str           # "text" | "date" | "choice" | "int"
    choices: tuple[str, ...] = ()
    required: bool = False
    width: int = 12     # in characters of width 1 (a CJK character counts two)


RECORD_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", "int", width=6),
    Column("date", "检查日期", "date", required=True, width=12),
    Column("inspector", "检查人", "text", required=True, width=10),
    Column("place", "被检查单位/场所", "text", required=True, width=20),
    Column("address", "地址", "text", width=20),
    Column("item_id", "检查项编号", "text", width=12),
    Column("item", "检查项目", "text", required=True, width=20),
    Column("result", "检查结果", "choice", RESULTS, required=True, width=10),
    Column("description", "隐患描述", "text", width=28),
    Column("measure", "整改措施", "text", width=24),
    Column("due", "整改时限", "date", width=12),
    Column("owner", "整改责任人", "text", width=10),
    Column("recheck_date", "复查日期", "date", width=12),
    Column("recheck_result", "复查结果/销号", "choice", RECHECK_RESULTS, width=12),
)

COLUMN_BY_KEY = {column.key: column for column in RECORD_COLUMNS}
