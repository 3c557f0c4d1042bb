"""The progress ledger: every task of every unit tracked to 销号, the 隐患 of the 台账, colours 红黄绿.

A library over one store (SQLite by default, PostgreSQL for a shared district ledger); `safeplan ledger …`
is a thin face over it. Every function takes an open `Ledger` (from `open_ledger`) first.

    ledger = open_ledger(workspace)                       # or open_ledger(workspace, db="postgresql://…")
    load_tasks(ledger, *plan_items(rule_files, profile), by="张三")
    report_progress(ledger, "东湖社区", "3.3.6", "2025-03-31", "推进中", 40, by="李四")
    close_task(ledger, "东湖社区", "3.3.6", "2025-06-30", evidence="验收.pdf", approver="王五", by="李四")
    import_register(ledger, "out/东湖社区/检查清单.xlsx", by="李四")
    status(ledger, unit="城东街道", as_of="2025-06-30")  # colours and figures: LedgerStatus
"""

from safeplan.ledger.errors import ConflictError, LedgerError
from safeplan.ledger.hazards import ImportSummary, import_register, read_register
from safeplan.ledger.history import entries as history_entries
from safeplan.ledger.items import PlanUnits, TaskItem, plan_items
from safeplan.ledger.policy import Policy, load_policy
from safeplan.ledger.progress import (
                                    TaskChange,
                                    close_task,
                                    reopen_task,
                                    report_progress,
)
from safeplan.ledger.status import (
                                    HazardState,
                                    LedgerStatus,
                                    TaskState,
                                    UnitFigures,
                                    hazard_colour,
                                    status,
                                    task_colour,
)
from safeplan.ledger.store import Ledger, open_ledger
from safeplan.ledger.tasks import LoadSummary, load_tasks

__all__ = [
    "ConflictError", "LedgerError", "ImportSummary", "import_register", "read_register", "history_entries",
    "PlanUnits", "TaskItem", "plan_items", "Policy", "load_policy", "TaskChange", "close_task", "reopen_task",
    "report_progress", "HazardState", "LedgerStatus", "TaskState", "UnitFigures", "hazard_colour", "status",
    "task_colour", "Ledger", "open_ledger", "LoadSummary", "load_tasks",
]
