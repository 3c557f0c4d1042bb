"""Importing a filled 隐患排查台账: cell-precise errors, all-or-nothing, idempotent, corrections update rows."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from safeplan.ledger import LedgerError, import_register
from safeplan.ledger.history import entries
from safeplan.ledger.models import History, Import, Record
from safeplan.ledger.sample import fill_register

# not the register's order: the import must find columns by their header (整改时限 lands in column F)
ORDER = ["seq", "date", "place", "item", "result", "due", "description", "owner", "inspector", "recheck_date",
         "recheck_result"]


def rows(n: int = 10) -> list[dict]:
    out = []
    for i in range(1, n + 1):
        result = ("合格", "一般隐患", "重大隐患")[i % 3]
        row = {"seq": i, "date": f"2025-03-{i:02d}", "place": f"东湖菜市场{i}号铺", "item": "消防通道",
               "result": result, "inspector": "李四"}
        if result != "合格":
            row.update(description="疏散通道堆放杂物", due=f"2025-04-{i:02d}", owner="王老板")
        out.append(row)
    return out


@pytest.fixture
def loaded(loaded, tmp_path, monkeypatch):
    """The loaded ledger, run from tmp_path with a folder for 东湖社区's register."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "东湖社区").mkdir()
    return loaded


def _count(ledger, table=Record) -> int:
    with ledger.read() as session:
        return session.scalar(select(func.count()).select_from(table))


FILE = "东湖社区/检查清单.xlsx"


def test_a_filled_register_is_imported_for_the_unit_its_folder_names(loaded):
    fill_register(FILE, rows(), columns=ORDER)
    summary = import_register(loaded, FILE, by="李四")
    assert (summary.unit, summary.rows, summary.added, summary.updated) == ("东湖社区", 10, 10, 0)
    with loaded.read() as session:
        record = session.scalars(select(Record).where(Record.seq == 2)).one()
    # row 2 of the data is sheet row 4 (title, header, then the rows)
    assert (record.result, record.level, record.due, record.owner, record.source) == (
        "重大隐患", "重大", dt.date(2025, 4, 2), "王老板", "东湖社区/检查清单.xlsx!4")


def test_the_same_file_twice_adds_nothing(loaded):
    fill_register(FILE, rows(), columns=ORDER)
    import_register(loaded, FILE, by="李四")
    history_before = _count(loaded, History)
    summary = import_register(loaded, FILE, by="李四")
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 10)
    assert _count(loaded) == 10
    assert _count(loaded, History) == history_before
    assert _count(loaded, Import) == 2


def test_a_corrected_file_updates_its_rows_and_the_history_says_how(loaded, tmp_path):
    fill_register(FILE, rows(), columns=ORDER)
    import_register(loaded, FILE, by="李四")
    corrected = rows()
    corrected[1].update(due="2025-04-20", recheck_date="2025-04-18", recheck_result="已整改销号")
    (tmp_path / FILE).unlink()
    fill_register(FILE, corrected, columns=ORDER)

    summary = import_register(loaded, FILE, by="王五")

    assert (summary.added, summary.updated, summary.unchanged) == (0, 1, 9)
    with loaded.read() as session:
        record = session.scalars(select(Record).where(Record.seq == 2)).one()
        log = entries(session, "record", [record.id])
    assert (record.due, record.closed_on, record.version) == (dt.date(2025, 4, 20), dt.date(2025, 4, 18), 2)
    assert (log[-1].who, log[-1].action) == ("王五", "updated")
    assert log[-1].before == {"unit": "东湖社区", "seq": 2, "due": "2025-04-02", "recheck_date": None,
                              "recheck_result": "", "closed_on": None}
    assert log[-1].after["due"] == "2025-04-20" and log[-1].after["recheck_result"] == "已整改销号"


@pytest.mark.parametrize("change, message", [
    ({10: {"due": "下周"}}, "东湖社区/检查清单.xlsx:记录!F12: 整改时限 '下周' is not a date"),
    ({3: {"result": "有隐患"}}, "东湖社区/检查清单.xlsx:记录!E5: 检查结果 '有隐患' is not one of 合格/一般隐患/重大隐患"),
    ({5: {"place": ""}}, "东湖社区/检查清单.xlsx:记录!C7: 被检查单位/场所 is empty"),
    ({2: {"due": ""}}, "东湖社区/检查清单.xlsx:记录!F4: 整改时限 is empty for a 重大隐患"),
    ({4: {"date": "2023-12-30", "due": "2024-01-10"}},
     "东湖社区/检查清单.xlsx:记录!B6: 检查日期 2023-12-30 is outside the plan period 2024-01-01—2026-12-31"),
    ({7: {"seq": 3}}, "东湖社区/检查清单.xlsx:记录!A9: 序号 3 is used twice (first at A5)"),
    ({8: {"recheck_result": "已整改销号"}}, "东湖社区/检查清单.xlsx:记录!J10: 复查日期 is empty for a row marked 已整改销号"),
], ids=["not-a-date", "bad-choice", "required-empty", "hazard-without-due", "outside-period", "duplicate-seq",
        "closed-without-recheck-date"])
def test_a_bad_cell_is_named_and_nothing_is_imported(loaded, change, message):
    data = rows()
    for seq, values in change.items():
        data[seq - 1].update(values)
    fill_register(FILE, data, columns=ORDER)
    with pytest.raises(LedgerError) as caught:
        import_register(loaded, FILE, by="李四")
    assert str(caught.value) == message
    assert _count(loaded) == 0 and _count(loaded, Import) == 0


def test_several_bad_cells_name_the_first_and_count_the_rest(loaded):
    data = rows()
    data[2]["due"] = "下周"
    data[5]["due"] = "尽快"
    fill_register(FILE, data, columns=ORDER)
    with pytest.raises(LedgerError, match=r"^东湖社区/检查清单.xlsx:记录!F5: 整改时限 '下周' is not a date "
                                          r"\(and 1 more problem in the file; nothing was imported\)$"):
        import_register(loaded, FILE, by="李四")


def test_a_workbook_without_the_records_sheet_is_refused(loaded, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "任务清单"
    book.save(tmp_path / FILE)
    with pytest.raises(LedgerError, match="^东湖社区/检查清单.xlsx: no sheet '记录' .it has 任务清单.; import the 隐患排查台账"):
        import_register(loaded, FILE, by="李四")


def test_a_file_outside_a_unit_folder_needs_unit(loaded, tmp_path):
    fill_register("台账.xlsx", rows(3), columns=ORDER)
    with pytest.raises(LedgerError, match="say which unit this 台账 is for with --unit"):
        import_register(loaded, "台账.xlsx", by="李四")
    assert import_register(loaded, "台账.xlsx", unit="新华社区", by="李四").added == 3


def _import_then_correct(ledger, tmp_path):
    """The register's 10 rows imported, then the file rewritten with 12 rows and row 1's place corrected: what
    a second import would change."""
    fill_register(FILE, rows(), columns=ORDER)
    import_register(ledger, FILE, by="李四")
    corrected = rows(12)
    corrected[0]["place"] = "东湖菜市场一号铺"
    (tmp_path / FILE).unlink()
    fill_register(FILE, corrected, columns=ORDER)


def test_a_crash_during_the_import_leaves_the_ledger_as_it_was(loaded, tmp_path, monkeypatch):
    _import_then_correct(loaded, tmp_path)
    history_before = _count(loaded, History)

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    # the rows are already inserted and updated when the history is written: then the process dies
    monkeypatch.setattr("safeplan.ledger.hazards.history.record_many", crash)
    with pytest.raises(RuntimeError, match="power cut"):
        import_register(loaded, FILE, by="李四")

    assert _count(loaded) == 10 and _count(loaded, History) == history_before and _count(loaded, Import) == 1
    with loaded.read() as session:
        assert session.scalars(select(Record.place).where(Record.seq == 1)).one() == "东湖菜市场1号铺"


KILLED_IMPORT = """
import os, signal, sys
from safeplan.ledger import hazards, open_ledger

def die(*args, **kwargs):           # the rows are written, the transaction still open: the process is killed
    os.kill(os.getpid(), signal.SIGKILL)

hazards.history.record_many = die
hazards.import_register(open_ledger(sys.argv[1], sys.argv[2]), sys.argv[3], by="李四")
"""


def test_a_process_killed_during_the_import_leaves_the_ledger_as_it_was(loaded, db, workspace, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    _import_then_correct(loaded, tmp_path)
    loaded.close()

    result = subprocess.run([sys.executable, "-c", KILLED_IMPORT, str(workspace), db, FILE], cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}, capture_output=True,
                            text=True, timeout=120)

    assert result.returncode == -signal.SIGKILL, result.stderr
    from safeplan.ledger import open_ledger

    again = open_ledger(workspace, db)
    try:
        assert _count(again) == 10 and _count(again, Import) == 1
        with again.read() as session:
            assert session.scalars(select(Record.place).where(Record.seq == 1)).one() == "东湖菜市场1号铺"
        assert import_register(again, FILE, by="李四").added == 2        # and it imports normally afterwards
    finally:
        again.close()
