"""The store: made on first use, WAL on SQLite, schema from the migrations equal to the models, history
append-only, bad URLs one line."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from safeplan.ledger import LedgerError, load_tasks, open_ledger
from safeplan.ledger.models import Base
from safeplan.ledger.store import HEAD, resolve_url
from safeplan.workspace import Workspace

from .conftest import UNITS, plan_items


def test_the_default_store_is_sqlite_in_the_workspace_made_on_first_use_in_wal_mode(workspace, monkeypatch):
    monkeypatch.delenv("SAFEPLAN_DB", raising=False)
    ledger = open_ledger(workspace)
    try:
        assert (workspace / ".safeplan" / "ledger.sqlite").is_file()
        with ledger.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
    finally:
        ledger.close()


def test_safeplan_db_names_the_store_and_db_wins_over_it(workspace, monkeypatch, tmp_path):
    monkeypatch.setenv("SAFEPLAN_DB", "postgresql://someone@db.example/ledger")
    ws = Workspace.at(workspace)
    assert resolve_url(ws) == "postgresql+psycopg://someone@db.example/ledger"
    assert resolve_url(ws, str(tmp_path / "x.sqlite")) == f"sqlite:///{tmp_path / 'x.sqlite'}"


def test_the_migrated_schema_is_the_models_schema(ledger):
    with ledger.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert compare_metadata(context, Base.metadata) == []


def test_the_history_refuses_updates_and_deletes(ledger):
    load_tasks(ledger, UNITS, plan_items(), by="张三")
    for statement in ("UPDATE history SET who = 'x'", "DELETE FROM history"):
        with pytest.raises(DBAPIError, match="append-only"):
            with ledger.engine.begin() as connection:
                connection.execute(text(statement))
    with ledger.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM history WHERE who = '张三'")).scalar() > 0


@pytest.mark.parametrize("url, message", [
    ("mysql://x@y/z", "runs on SQLite or PostgreSQL only"),
    ("postgresql://nobody@/nothing?host=/nonexistent-socket-dir", "cannot open the ledger"),
], ids=["other-database", "no-server"])
def test_a_bad_database_is_one_line(workspace, url, message):
    with pytest.raises(LedgerError, match=message) as caught:
        open_ledger(workspace, url)
    assert "\n" not in str(caught.value)


def test_a_ledger_made_by_the_first_migration_is_brought_up_to_date(db, workspace):
    """A store at revision 0001 (as the first release made it) gets the later migrations when opened."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, inspect

    from safeplan.ledger.store import MIGRATIONS, resolve_url

    engine = create_engine(resolve_url(Workspace.at(workspace), db))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    ledger = open_ledger(workspace, db)
    try:
        with ledger.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            assert "ix_records_open" in {i["name"] for i in inspect(connection).get_indexes("records")}
    finally:
        ledger.close()
