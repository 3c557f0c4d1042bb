"""Two people updating the same task: the second writer gets a clear conflict, never a silent overwrite."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from safeplan.ledger import ConflictError, report_progress, status
from safeplan.ledger.models import Report


def test_a_writer_holding_an_old_version_gets_a_conflict_and_writes_nothing(loaded):
    seen = status(loaded, unit="东湖社区", as_of="2024-09-30").tasks[1]          # both read version 1
    assert (seen.key, seen.version) == ("doc:4", 1)
    report_progress(loaded, "东湖社区", "doc:4", "2024-09-30", "推进中", 40, by="李四",
                    expected_version=seen.version)
    with pytest.raises(ConflictError, match="task doc:4 of 东湖社区 was changed by someone else since you read it "
                                            r"\(version 1, now 2\); nothing was written"):
        report_progress(loaded, "东湖社区", "doc:4", "2024-09-30", "推进中", 35, by="赵六",
                        expected_version=seen.version)
    with loaded.read() as session:
        assert [(r.reporter, r.percent) for r in session.scalars(select(Report))] == [("李四", 40)]


def test_two_writers_at_the_same_moment_one_wins_one_conflicts(loaded, db, workspace):
    from safeplan.ledger import open_ledger

    second = open_ledger(workspace, db)          # another process's connection pool
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def write(ledger, who, percent):
        barrier.wait()
        try:
            report_progress(ledger, "东湖社区", "doc:4", "2024-09-30", "推进中", percent, by=who, expected_version=1)
            outcomes[who] = "ok"
        except ConflictError:
            outcomes[who] = "conflict"

    threads = [threading.Thread(target=write, args=(loaded, "李四", 40)),
               threading.Thread(target=write, args=(second, "赵六", 35))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    second.close()
    assert sorted(outcomes.values()) == ["conflict", "ok"]
    winner = next(who for who, outcome in outcomes.items() if outcome == "ok")
    with loaded.read() as session:
        assert [r.reporter for r in session.scalars(select(Report))] == [winner]
    assert status(loaded, unit="东湖社区", as_of="2024-09-30").tasks[1].version == 2
