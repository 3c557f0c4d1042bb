"""The ledger's tests run on SQLite and on PostgreSQL (`db` is parametrised over both).

PostgreSQL: the server .ci/run started (SAFEPLAN_TEST_PG, a URL to its `postgres` database), else a
throw-away cluster started here when the server binaries exist. Locally, without binaries, the PostgreSQL
cases skip and say why; under CI=true they fail instead.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os

import pytest

from safeplan.ledger import PlanUnits, TaskItem, load_tasks, open_ledger

from .pgcluster import Cluster, find_bindir

_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server():
    url = os.environ.get("SAFEPLAN_TEST_PG")
    if url:
        yield url
        return
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries are missing under CI (.ci/run installs postgresql)")
        pytest.skip("no PostgreSQL server binary (initdb) found: install Debian's postgresql to run these")
    cluster = Cluster(bindir)
    try:
        yield cluster.start()
    finally:
        cluster.stop()


def _admin(server_url: str):
    import psycopg

    return psycopg.connect(server_url, autocommit=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """A fresh, empty database URL: a SQLite file, or a new PostgreSQL database dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.sqlite'}"
        return
    server = request.getfixturevalue("pg_server")
    name = f"ledger_test_{os.getpid()}_{next(_counter)}"
    with _admin(server) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    base, _, query = server.partition("?")
    yield f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")
    with _admin(server) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def workspace(tmp_path):
    ws = tmp_path / "ws"
    ws.mkdir()
    return ws


@pytest.fixture
def ledger(db, workspace):
    opened = open_ledger(workspace, db)
    yield opened
    opened.close()


# A small plan written for the tests: its dates are chosen so that the colours can be worked out by hand.
UNITS = PlanUnits(street="城东街道", communities=("东湖社区", "新华社区"), start=dt.date(2024, 1, 1),
                  end=dt.date(2026, 12, 31))


def item(unit: str, key: str, number: int, due: str, text: str = "", role: str = "牵头") -> TaskItem:
    return TaskItem(unit=unit, key=key, number=number, text=text or f"任务{key}", role=role, lead="街道应急管理办公室",
                    support="", deadline_text=f"{due[:4]}年底前", due=dt.date.fromisoformat(due),
                    group="重大事故隐患动态清零行动", targets="", basis=f"安委〔2024〕2号 {key}")


def plan_items() -> list[TaskItem]:
    return [
        item("城东街道", "doc:1", 1, "2024-12-31", "建立重大事故隐患排查整治台账"),
        item("城东街道", "doc:2", 2, "2025-12-31", "完成燃气管道老化更新改造"),
        item("城东街道", "doc:3", 3, "2026-12-31", "开展全员安全生产培训"),
        item("东湖社区", "doc:2", 1, "2025-12-31", "完成燃气管道老化更新改造", role="配合"),
        item("东湖社区", "doc:4", 2, "2025-06-30", "九小场所消防设施全覆盖"),
        item("新华社区", "doc:5", 1, "2025-03-31", "有限空间作业专项检查"),
    ]


@pytest.fixture
def loaded(ledger):
    """The ledger with the test plan's tasks (plan_items) loaded by 张三."""
    load_tasks(ledger, UNITS, plan_items(), by="张三")
    return ledger
