"""Progress reports, 销号 (evidence + approver) and reopening (a reason): all of it kept."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from safeplan.ledger import (
    LedgerError,
    close_task,
    reopen_task,
    report_progress,
    status,
)
from safeplan.ledger.history import entries
from safeplan.ledger.models import Closure, Report


def test_a_report_is_kept_with_its_evidence_and_sha256(loaded, tmp_path):
    photo = tmp_path / "整改照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo bytes")
    change = report_progress(loaded, "东湖社区", "doc:4", "2024-09-30", "推进中", 40, note="完成摸排",
                             evidence=photo, by="李四")
    assert (change.status, change.percent, change.version) == ("推进中", 40, 2)
    with loaded.read() as session:
        report = session.scalars(select(Report)).one()
    digest = hashlib.sha256(b"\xff\xd8\xff photo bytes").hexdigest()
    assert (report.date, report.status, report.percent, report.note, report.reporter) == (
        dt.date(2024, 9, 30), "推进中", 40, "完成摸排", "李四")
    assert report.evidence_sha256 == digest
    assert report.evidence == f".safeplan/evidence/{digest[:2]}/{digest}/整改照片.jpg"
    assert (loaded.workspace.root / report.evidence).read_bytes() == b"\xff\xd8\xff photo bytes"


def test_an_earlier_report_entered_late_does_not_replace_the_latest(loaded):
    report_progress(loaded, "东湖社区", "doc:4", "2024-09-30", "推进中", 40, by="李四")
    report_progress(loaded, "东湖社区", "doc:4", "2024-06-30", "推进中", 20, by="李四")
    task = status(loaded, unit="东湖社区", as_of="2024-12-31").tasks[1]
    assert (task.percent, task.reported_on) == (40, dt.date(2024, 9, 30))
    assert status(loaded, unit="东湖社区", as_of="2024-07-01").tasks[1].percent == 20


@pytest.mark.parametrize("unit, task, date, state, percent, message", [
    ("西湖社区", "doc:4", "2024-09-30", "推进中", 40, "unknown unit '西湖社区'"),
    ("东湖社区", "doc:9", "2024-09-30", "推进中", 40, "unknown task 'doc:9' of 东湖社区"),
    ("东湖社区", "doc:4", "2027-01-05", "推进中", 40,
     "report date 2027-01-05 is outside the plan period 2024-01-01—2026-12-31 of 东湖社区"),
    ("东湖社区", "doc:4", "下周", "推进中", 40, "date '下周' is not a date"),
    ("东湖社区", "doc:4", "2024-09-30", "完成了", 40, "status '完成了' is not one of 未开始/推进中/已完成"),
    ("东湖社区", "doc:4", "2024-09-30", "已完成", 80, "a task 已完成 is at 100%, not 80%"),
    ("东湖社区", "doc:4", "2024-09-30", "推进中", 120, "percent 120 must be a whole number from 0 to 100"),
], ids=["unknown-unit", "unknown-task", "outside-period", "not-a-date", "bad-status", "done-not-100", "over-100"])
def test_bad_reports_are_refused_and_nothing_is_written(loaded, unit, task, date, state, percent, message):
    with pytest.raises(LedgerError, match=message):
        report_progress(loaded, unit, task, date, state, percent, by="李四")
    with loaded.read() as session:
        assert session.scalars(select(Report)).all() == []


def test_a_rule_id_alone_finds_the_task_when_it_is_unique_in_the_unit(loaded):
    assert report_progress(loaded, "城东街道", "3", "2024-03-01", "推进中", 5, by="李四").key == "doc:3"


def test_close_needs_evidence_and_an_approver(loaded, tmp_path):
    proof = tmp_path / "验收.pdf"
    proof.write_bytes(b"%PDF-1.4 acceptance")
    with pytest.raises(LedgerError, match="销号 needs evidence"):
        close_task(loaded, "东湖社区", "doc:4", "2025-05-20", None, "王五", by="李四")
    with pytest.raises(LedgerError, match="销号 needs an approver"):
        close_task(loaded, "东湖社区", "doc:4", "2025-05-20", proof, " ", by="李四")
    with pytest.raises(LedgerError, match="evidence file .*没有.pdf' does not exist"):
        close_task(loaded, "东湖社区", "doc:4", "2025-05-20", tmp_path / "没有.pdf", "王五", by="李四")
    with loaded.read() as session:
        assert session.scalars(select(Closure)).all() == []


def test_close_reopen_and_close_again_keep_every_step(loaded, tmp_path):
    proof = tmp_path / "验收.pdf"
    proof.write_bytes(b"%PDF-1.4 acceptance")
    close_task(loaded, "东湖社区", "doc:4", "2025-05-20", proof, "王五", note="现场验收", by="李四")
    with pytest.raises(LedgerError, match="already closed"):
        close_task(loaded, "东湖社区", "doc:4", "2025-05-21", proof, "王五", by="李四")
    with pytest.raises(LedgerError, match="closed .销号. on 2025-05-20; reopen it"):
        report_progress(loaded, "东湖社区", "doc:4", "2025-05-22", "推进中", 90, by="李四")
    with pytest.raises(LedgerError, match="needs a reason"):
        reopen_task(loaded, "东湖社区", "doc:4", "2025-06-10", "", by="王五")
    reopen_task(loaded, "东湖社区", "doc:4", "2025-06-10", "复查发现灭火器过期", by="王五")
    with pytest.raises(LedgerError, match="is not closed"):
        reopen_task(loaded, "东湖社区", "doc:4", "2025-06-11", "再次", by="王五")
    close_task(loaded, "东湖社区", "doc:4", "2025-06-25", proof, "王五", by="李四")

    with loaded.read() as session:
        steps = [(c.action, c.date.isoformat(), c.approver, c.reason) for c in
                 session.scalars(select(Closure).order_by(Closure.id))]
        log = [(e.entity, e.action) for e in entries(session) if e.entity in ("closure", "task")][-6:]
    assert steps == [("销号", "2025-05-20", "王五", "现场验收"), ("重新打开", "2025-06-10", None, "复查发现灭火器过期"),
                     ("销号", "2025-06-25", "王五", "")]
    assert log == [("closure", "销号"), ("task", "销号"), ("closure", "重新打开"), ("task", "重新打开"),
                   ("closure", "销号"), ("task", "销号")]
    # the 销号 state on a day is the last step dated on or before it
    closed_on = {day: status(loaded, unit="东湖社区", as_of=day).tasks[1].closed_on
                 for day in ("2025-05-19", "2025-05-20", "2025-06-10", "2025-06-24", "2025-06-25")}
    assert closed_on == {"2025-05-19": None, "2025-05-20": dt.date(2025, 5, 20), "2025-06-10": None,
                         "2025-06-24": None, "2025-06-25": dt.date(2025, 6, 25)}
