"""The ledger part of `safeplan demo`: the sample street's plan in a fresh ledger, a 台账 filled for the
demo, progress, one 销号, and the status on a fixed day (so that the output is the same every run); then the
street's monthly 简报 and its 作战图 on that day.

The ledger lives in OUT/ledger/ (its own workspace: .safeplan/ledger.sqlite, evidence, default colours); the
简报 is written to OUT/ledger/简报/, the 作战图 to OUT/ledger/作战图.png (and .pdf, A4 pages, for printing).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from safeplan.ledger.hazards import ImportSummary, import_register
from safeplan.ledger.items import plan_items
from safeplan.ledger.progress import close_task, report_progress
from safeplan.ledger.sample import fill_register
from safeplan.ledger.status import LedgerStatus, status
from safeplan.ledger.store import DEFAULT_FILE, open_ledger
from safeplan.ledger.tasks import LoadSummary, load_tasks

AS_OF = dt.date(2025, 6, 30)
COMMUNITY = "东湖社区"
WHO = "东湖社区 李网格员"

# a community's 记录 as an inspector fills it in over a spring: checked places, 隐患 found, rectified or not
RECORDS = [
    {"seq": 1, "date": "2025-03-05", "inspector": "李网格员", "place": "东湖菜市场", "address": "东湖路12号",
     "item": "消防车通道", "result": "重大隐患", "description": "消防车通道被违章搭建的雨棚占用",
     "measure": "拆除雨棚，恢复通道", "due": "2025-04-05", "owner": "王经理"},
    {"seq": 2, "date": "2025-03-05", "inspector": "李网格员", "place": "东湖菜市场", "address": "东湖路12号",
     "item": "灭火器", "result": "一般隐患", "description": "3具灭火器压力不足", "measure": "更换灭火器",
     "due": "2025-03-20", "owner": "王经理", "recheck_date": "2025-03-18", "recheck_result": "已整改销号"},
    {"seq": 3, "date": "2025-04-10", "inspector": "李网格员", "place": "东湖小区3栋", "item": "电动自行车",
     "result": "一般隐患", "description": "楼道内电动自行车充电", "measure": "劝离并设置集中充电点",
     "due": "2025-05-10", "owner": "物业张经理"},
    {"seq": 4, "date": "2025-05-08", "inspector": "李网格员", "place": "东湖饭店", "address": "东湖路30号",
     "item": "燃气", "result": "重大隐患", "description": "燃气管道穿越地下室未设报警装置",
     "measure": "安装可燃气体报警装置", "due": "2025-08-08", "owner": "刘老板"},
    {"seq": 5, "date": "2025-05-08", "inspector": "李网格员", "place": "东湖超市", "item": "疏散通道", "result": "合格"},
]


BRIEF_PERIOD = "month"


def write_demo_briefing(out_dir, profile) -> list[Path]:
    """The sample street's 简报 for June 2025 (第1期: the ledger is fresh) in DOCX, HTML and Markdown, and its
    作战图 as PNG and PDF: the files written."""
    from safeplan.ledger.brief import build_briefing, write_briefing
    from safeplan.ledger.charts import write_chart

    root = Path(out_dir) / "ledger"
    ledger = open_ledger(root, f"sqlite:///{(root / '.safeplan' / DEFAULT_FILE).resolve()}")
    try:
        district = next((u.name for u in profile.upper if u.level == "district"), "")
        briefing = build_briefing(ledger, BRIEF_PERIOD, as_of=AS_OF, unit=profile.unit.name,
                                  issuer=f"{profile.unit.issuer}办公室",
                                  report_to=f"{district}安委办" if district else "")
        written = write_briefing(ledger, briefing, root / "简报", ["docx", "html", "md"])
        return written + write_chart(ledger, "gantt", root, ["png", "pdf"], unit=profile.unit.name,
                                     as_of=AS_OF)
    finally:
        ledger.close()


def run_demo(rule_files, profile, out_dir, checklist: Path | None = None
             ) -> tuple[LoadSummary, ImportSummary, LedgerStatus, LedgerStatus]:
    """Load, fill, import, report, close: returns what `safeplan demo` prints (the street's status with its
    communities, and 东湖社区's alone)."""
    root = Path(out_dir) / "ledger"
    for stale in root.glob(f".safeplan/{DEFAULT_FILE}*"):      # a fresh ledger every run
        stale.unlink()
    ledger = open_ledger(root, f"sqlite:///{(root / '.safeplan' / DEFAULT_FILE).resolve()}")
    try:
        units, items = plan_items(rule_files, profile)
        loaded = load_tasks(ledger, units, items, by="街道安办")
        register = root / COMMUNITY / "检查清单.xlsx"
        register.parent.mkdir(parents=True, exist_ok=True)
        if checklist is not None and checklist.is_file():
            shutil.copyfile(checklist, register)     # the community's own 检查清单, its 记录 filled below
        elif register.exists():
            register.unlink()
        fill_register(register, RECORDS)
        imported = import_register(ledger, register, by=WHO, display=f"{COMMUNITY}/检查清单.xlsx")
        mine = [i for i in items if i.unit == COMMUNITY]
        street = [i for i in items if i.unit == units.street and i.due <= AS_OF]
        # 东湖社区: one task under way on schedule, one done and closed by 销号
        report_progress(ledger, COMMUNITY, mine[0].key, "2025-06-20", "推进中", 60, note="完成辖区摸排", by=WHO)
        report_progress(ledger, COMMUNITY, mine[1].key, "2025-05-31", "已完成", note="改造完成", by=WHO)
        proof = root / "证明材料" / "验收记录.txt"
        proof.parent.mkdir(parents=True, exist_ok=True)
        proof.write_text("东湖社区老旧场所消防设施改造验收记录：2025年6月15日现场验收合格。\n", encoding="utf-8")
        close_task(ledger, COMMUNITY, mine[1].key, "2025-06-15", proof, approver="街道安办 赵主任",
                   note="现场验收合格", by="街道安办")
        # the street: its first task due by now is done on time; the others due by now are not
        if street:
            report_progress(ledger, units.street, street[0].key, "2024-12-20", "已完成", by="街道安办")
        return (loaded, imported, status(ledger, unit=units.street, as_of=AS_OF),
                status(ledger, unit=COMMUNITY, as_of=AS_OF))
    finally:
        ledger.close()
