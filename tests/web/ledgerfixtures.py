"""A small ledger and three accounts for the 台账 pages' tests (HTTP and browser).

The plan (dates chosen so the colours can be worked out by hand, as tests/ledger does): 城东街道 tracks
doc:1–3, 东湖社区 doc:2 and doc:4, 新华社区 doc:5; the plan runs 2024-01-01 … 2026-12-31.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from safeplan.ledger import PlanUnits, TaskItem, load_tasks, open_ledger

UNITS = PlanUnits(street="城东街道", communities=("东湖社区", "新华社区"), start=dt.date(2024, 1, 1),
                  end=dt.date(2026, 12, 31))
PASSWORDS = {"赵主任": "anban-pass-1", "李网格员": "shequ-pass-1", "钱科员": "reader-pass-1"}
ROLES = {"赵主任": ("安办", "城东街道"), "李网格员": ("社区", "东湖社区"), "钱科员": ("只读", "")}
XSS = "<script>alert(1)</script>"


def _item(unit, key, number, due, text, role="牵头") -> TaskItem:
    return TaskItem(unit=unit, key=key, number=number, text=text, role=role, lead="街道应急管理办公室", support="",
                    deadline_text=f"{due[:4]}年底前", due=dt.date.fromisoformat(due), group="重大事故隐患动态清零行动",
                    targets="", basis=f"安委〔2024〕2号 {key}")


def plan_items() -> list[TaskItem]:
    return [
        _item("城东街道", "doc:1", 1, "2024-12-31", "建立重大事故隐患排查整治台账"),
        _item("城东街道", "doc:2", 2, "2025-12-31", "完成燃气管道老化更新改造"),
        _item("城东街道", "doc:3", 3, "2026-12-31", f"开展全员安全生产培训{XSS}"),
        _item("东湖社区", "doc:2", 1, "2025-12-31", "完成燃气管道老化更新改造", role="配合"),
        _item("东湖社区", "doc:4", 2, "2025-06-30", "九小场所消防设施全覆盖"),
        _item("新华社区", "doc:5", 1, "2025-03-31", "有限空间作业专项检查"),
    ]


def make_ledger(ws: Path) -> None:
    ledger = open_ledger(ws)
    try:
        load_tasks(ledger, UNITS, plan_items(), by="张三")
    finally:
        ledger.close()


_ACCOUNTS: list[bytes] = []


def accounts_yaml() -> bytes:
    """accounts.yaml of the three accounts, hashed once per test session with argon2id at its lowest cost: a
    hash carries its parameters and the workbench verifies it by them, so every login takes the same path
    as with `safeplan accounts add`'s hashes (tests/cli/test_accounts.py) at ~1 ms instead of ~150 ms CPU."""
    if not _ACCOUNTS:
        import tempfile
        from unittest import mock

        from argon2 import PasswordHasher

        from safeplan import accounts

        cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        with tempfile.TemporaryDirectory() as folder, mock.patch.object(accounts, "_hasher", lambda: cheap):
            for name, (role, unit) in ROLES.items():
                accounts.add_account(folder, name, role, unit, PASSWORDS[name])
            _ACCOUNTS.append((Path(folder) / accounts.FILE).read_bytes())
    return _ACCOUNTS[0]


def write_accounts(ws: Path) -> None:
    ws.mkdir(parents=True, exist_ok=True)
    (ws / "accounts.yaml").write_bytes(accounts_yaml())
