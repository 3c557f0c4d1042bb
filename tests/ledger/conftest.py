"""The ledger's tests run on SQLite and on PostgreSQL (`db` is parametrised over both).

PostgreSQL: the server .ci/run started (SAFEPLAN_TEST_PG, a URL to its `postgres` database), else a
throw-away cluster started here when the server binaries exist. Locally, without binaries, the PostgreSQL
cases skip and say why; under CI=true they fail instead.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
from pathlib import Path

import pytest

from safeplan.ledger import PlanUnits, TaskItem, load_tasks, open_ledger

from .pgcluster import RUN_FOLDER, find_bindir, run_cluster

_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server():
    """.ci/run's server, else the run's one throw-away cluster (started by the first xdist worker that needs it,
    ~2.3 s CPU for initdb and start; the process that started the run stops it: tests/conftest.py)."""
    url = os.environ.get("SAFEPLAN_TEST_PG")
    if url:
        return url
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries are missing under CI (.ci/run installs postgresql)")
        pytest.skip("no PostgreSQL server binary (initdb) found: install Debian's postgresql to run these")
    return run_cluster(Path(os.environ[RUN_FOLDER]), bindir)


def _admin(server_url: str):
    import psycopg

    return psycopg.connect(server_url, autocommit=True)


def _database_url(server: str, name: str) -> str:
    base, _, query = server.partition("?")
    return f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


@pytest.fixture(scope="session")
def migrated(tmp_path_factory):
    """migrated(backend) → a database the ledger's migrations made, once per run and backend: the template
    each test's `ledger` starts from (running the migrations took ~20 ms CPU per test, Alembic loading its
    scripts each time). Its SQLite file, or the name of its PostgreSQL database."""
    made: dict[str, str] = {}
    servers: list[str] = []               # the PostgreSQL server the template is on

    def get(request, backend: str) -> str:
        if backend not in made:
            folder = tmp_path_factory.mktemp("ledger-template")
            if backend == "sqlite":
                path = folder / "ledger.sqlite"
                open_ledger(folder, f"sqlite:///{path}").close()
                assert not path.with_name(path.name + "-wal").exists(), "closed: its WAL is checkpointed"
                made[backend] = str(path)
            else:
                server = request.getfixturevalue("pg_server")
                servers.append(server)
                name = f"ledger_template_{os.getpid()}"
                with _admin(server) as admin:
                    admin.execute(f"DROP DATABASE IF EXISTS {name}")
                    admin.execute(f"CREATE DATABASE {name}")
                open_ledger(folder, _database_url(server, name)).close()
                made[backend] = name
        return made[backend]

    yield get
    if "postgresql" in made:
        import psycopg

        try:                                # on .ci/run's server; a throw-away cluster may be gone already
            with _admin(servers[0]) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {made['postgresql']} WITH (FORCE)")
        except psycopg.OperationalError:
            pass


@pytest.fixture(scope="session")
def emptied_pg():
    """emptied_pg(request, template) → the URL of this process's migrated PostgreSQL database with every table emptied
    (TRUNCATE … RESTART IDENTITY: ~7 ms, against ~90-200 ms for a CREATE DATABASE from the template per test).
    A test that left its schema or migration version different from the template's gets a fresh copy."""
    import psycopg

    state: dict = {}

    def fingerprint(connection) -> tuple:
        tables = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        return (tuple(r[0] for r in tables), connection.execute("SELECT version_num FROM alembic_version").fetchall())

    def fresh(server: str, template: str) -> None:
        name = f"ledger_reused_{os.getpid()}"
        with _admin(server) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            admin.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        state.update(server=server, name=name, url=_database_url(server, name))
        with psycopg.connect(state["url"], autocommit=True) as connection:
            state["fingerprint"] = fingerprint(connection)

    def get(request, template: str) -> str:
        if not state:
            fresh(request.getfixturevalue("pg_server"), template)
        with psycopg.connect(state["url"], autocommit=True) as connection:
            if fingerprint(connection) != state["fingerprint"]:
                connection.close()
                fresh(state["server"], template)
                return state["url"]
            connection.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = current_database() AND pid <> pg_backend_pid()")
            tables = ", ".join(f'"{t}"' for t in state["fingerprint"][0] if t != "alembic_version")
            connection.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        return state["url"]

    yield get
    if state:
        try:                                # on .ci/run's server; a throw-away cluster may be gone already
            with _admin(state["server"]) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {state['name']} WITH (FORCE)")
        except psycopg.OperationalError:
            pass


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path, migrated):
    """A database URL of the test's own: a SQLite file, or a PostgreSQL database.
    Empty, unless the test also takes `ledger`: then a copy of the migrated template (`migrated`), which
    `ledger` opens as it would a database it made (the migrations' own tests take `db` alone). On PostgreSQL
    that copy is this process's one database emptied for the test (`emptied_pg`); an empty one is made and
    dropped afterwards."""
    template = migrated(request, request.param) if "ledger" in request.fixturenames else None
    if request.param == "sqlite":
        path = tmp_path / "ledger.sqlite"
        if template:
            shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    if template:
        yield request.getfixturevalue("emptied_pg")(request, template)
        return
    server = request.getfixturevalue("pg_server")
    name = f"ledger_test_{os.getpid()}_{next(_counter)}"
    with _admin(server) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield _database_url(server, name)
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
