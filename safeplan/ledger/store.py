"""The store: where the ledger lives and how it is opened.

SQLite at `<workspace>/.safeplan/ledger.sqlite` by default (created on first use, WAL mode); PostgreSQL for a
district that shares one ledger (`--db postgresql://…` or `SAFEPLAN_DB`, driven by psycopg 3). Opening a
store brings its schema up to date with the Alembic migrations shipped in safeplan/ledger/migrations/.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import sessionmaker

from safeplan.ledger.errors import ConflictError, LedgerError
from safeplan.workspace import Workspace

ENV = "SAFEPLAN_DB"
DEFAULT_FILE = "ledger.sqlite"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD = "0003"     # the newest migration; opening a store at HEAD does not load Alembic at all


@dataclass
class Ledger:
    """An open ledger: the engine, a session factory and the workspace that keeps evidence files."""

    engine: Engine
    workspace: Workspace
    url: str
    _sessions: sessionmaker
    _writer: sessionmaker

    @contextlib.contextmanager
    def read(self):
        """A session for reading; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def write(self):
        """A session whose work is one transaction: committed when the block ends, rolled back when it raises.

        On SQLite the transaction starts with BEGIN IMMEDIATE, so two writers queue instead of failing on a
        stale read snapshot.
        """
        with self._writer() as session:
            try:
                with session.begin():
                    yield session
            except OperationalError as exc:
                if "locked" in str(exc).lower():
                    raise ConflictError("the ledger is busy (another writer held it for more than 30 s); "
                                        "try again") from None
                raise

    def close(self) -> None:
        self.engine.dispose()


def resolve_url(workspace: Workspace, db: str | None = None) -> str:
    """`--db`, else SAFEPLAN_DB, else the workspace's SQLite file. A bare path is a SQLite file."""
    chosen = db or os.environ.get(ENV) or ""
    if not chosen:
        return f"sqlite:///{workspace.state_dir / DEFAULT_FILE}"
    if "://" not in chosen:
        return f"sqlite:///{Path(chosen).resolve()}"
    if chosen.startswith(("postgresql://", "postgres://")):
        chosen = "postgresql+psycopg://" + chosen.split("://", 1)[1]
    return chosen


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        # the driver's own transaction handling is off: SQLAlchemy's begin event below says BEGIN itself
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):
        immediate = connection.get_execution_options().get("ledger_write")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise LedgerError(f"--db {url!r} is not a database URL (sqlite:///PATH or postgresql://USER@HOST/DB)") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        _sqlite_setup(engine)
        return engine
    if backend == "postgresql":
        try:
            return create_engine(url, pool_pre_ping=True)
        except ModuleNotFoundError:
            raise LedgerError("PostgreSQL needs psycopg 3: pip install 'psycopg[binary]'") from None
    raise LedgerError(f"--db {parsed.render_as_string()!r}: the ledger runs on SQLite or PostgreSQL only")


def _current_revision(connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest migration (Alembic, run on an open connection)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_ledger(workspace: Workspace | str | Path | None = None, db: str | None = None) -> Ledger:
    """Open (and on first use create) the ledger of a workspace, or the database `db` names."""
    ws = workspace if isinstance(workspace, Workspace) else Workspace.at(workspace)
    url = resolve_url(ws, db)
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            current = _current_revision(connection)
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise LedgerError(f"cannot open the ledger at {make_url(url).render_as_string()}: {reason}") from None
    if current != HEAD:
        migrate(engine)
    writer = engine.execution_options(ledger_write=True)
    return Ledger(engine=engine, workspace=ws, url=url,
                  _sessions=sessionmaker(engine, expire_on_commit=False),
                  _writer=sessionmaker(writer, expire_on_commit=False))
