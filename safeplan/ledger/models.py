"""The ledger's tables (SQLAlchemy 2 declarative models). The schema itself is made by the Alembic migrations
in migrations/versions/; a test checks that the two agree.

Names: a *unit* is the street (街道) or one of its communities (社区); a *task* is one plan item as one unit
tracks it (a community tracks the items it leads or supports, the street every item); a *record* is one row of
a unit's 隐患排查台账 (the 记录 sheet), a *hazard* a record whose 检查结果 is 一般隐患 or 重大隐患.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {"ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
          "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s", "pk": "pk_%(table_name)s"}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Unit(Base):
    """A street or a community. A street's `street_id` is None; a community's names its street."""

    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("street_id", "name", name="uq_units_street_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))            # street | community
    street_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    period_start: Mapped[dt.date] = mapped_column(Date)      # the plan's period, first and last day
    period_end: Mapped[dt.date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Task(Base):
    """One plan item as one unit tracks it; `key` (the 依据 rule, doc_id:rule_id) stays the same across
    regenerated plans. A task the new plan no longer has is withdrawn (active False), never deleted."""

    __tablename__ = "tasks"
    __table_args__ = (UniqueConstraint("unit_id", "key", name="uq_tasks_unit_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    key: Mapped[str] = mapped_column(String(300))
    number: Mapped[int] = mapped_column(Integer)             # 序号 in the unit's 任务清单
    group: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(10))            # 牵头 | 配合
    lead: Mapped[str] = mapped_column(Text, default="")
    support: Mapped[str] = mapped_column(Text, default="")
    deadline_text: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[dt.date] = mapped_column(Date)
    due: Mapped[dt.date] = mapped_column(Date)
    targets: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")     # 〔依据：…〕 as the plan cites it
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # the latest report and the 销号 state, kept with the task so that a writer's row version covers them
    status: Mapped[str] = mapped_column(String(10), default="未开始")
    percent: Mapped[int] = mapped_column(Integer, default=0)
    reported_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class Report(Base):
    """A progress report: one unit's word on one task on one day."""

    __tablename__ = "reports"
    __table_args__ = (Index("ix_reports_task_date", "task_id", "date", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))          # 未开始 | 推进中 | 已完成
    percent: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str | None] = mapped_column(Text)       # path inside the workspace
    evidence_sha256: Mapped[str | None] = mapped_column(String(64))
    reporter: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Closure(Base):
    """A 销号 (action 销号: evidence and approver) or its reopening (action 重新打开: a reason). Never edited."""

    __tablename__ = "closures"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"), index=True)
    action: Mapped[str] = mapped_column(String(10))
    date: Mapped[dt.date] = mapped_column(Date)
    approver: Mapped[str | None] = mapped_column(String(200))
    evidence: Mapped[str | None] = mapped_column(Text)
    evidence_sha256: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Record(Base):
    """One row of a unit's 隐患排查台账 (sheet 记录), found again by its 序号 when a corrected file comes in."""

    __tablename__ = "records"
    __table_args__ = (UniqueConstraint("unit_id", "seq", name="uq_records_unit_seq"),
                      Index("ix_records_open", "unit_id", "level", "due", "date", "closed_on"))

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    seq: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text)                # file!row it was last read from
    date: Mapped[dt.date] = mapped_column(Date)
    inspector: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(Text, default="")
    item_id: Mapped[str] = mapped_column(Text, default="")
    item: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(String(10))          # 合格 | 一般隐患 | 重大隐患
    level: Mapped[str | None] = mapped_column(String(4))     # 一般 | 重大 (None for 合格)
    description: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[dt.date | None] = mapped_column(Date)
    owner: Mapped[str] = mapped_column(Text, default="")
    recheck_date: Mapped[dt.date | None] = mapped_column(Date)
    recheck_result: Mapped[str] = mapped_column(String(10), default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)  # 复查日期 of a 已整改销号
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class Import(Base):
    """One import of a 台账 file: what it added and updated."""

    __tablename__ = "imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    added: Mapped[int] = mapped_column(Integer)
    updated: Mapped[int] = mapped_column(Integer)
    by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class History(Base):
    """Every change, append-only (triggers refuse UPDATE and DELETE): who, when, what, before → after (JSON)."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(20))          # unit | task | report | closure | record
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class BriefIssue(Base):
    """One 期 of a 简报 series: its number, the period it reports on and the day it was last written for.
    A series numbers its 期 1, 2, 3 …; writing the same period again reissues its number (brief_numbers.py)."""

    __tablename__ = "brief_issues"
    __table_args__ = (UniqueConstraint("series", "number", name="uq_brief_issues_series_number"),
                      UniqueConstraint("series", "period_kind", "period_start", name="uq_brief_issues_series_period"))

    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(300))          # the 简报's title
    number: Mapped[int] = mapped_column(Integer)
    period_kind: Mapped[str] = mapped_column(String(20))      # week | half-month | month | quarter | half-year
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    as_of: Mapped[dt.date] = mapped_column(Date)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
