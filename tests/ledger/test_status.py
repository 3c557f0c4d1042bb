"""Colours on chosen --as-of days against expectations worked out by hand from the plan's dates.

The plan (conftest.plan_items) starts 2024-01-01; the default policy: 黄 within 30 days of the deadline or
more than 20 points behind the straight line from the start (0%) to the deadline (100%); 红 overdue.
"""

from __future__ import annotations

import pytest

from safeplan.ledger import (
    close_task,
    import_register,
    report_progress,
    status,
)
from safeplan.ledger.sample import fill_register


@pytest.fixture
def history(loaded, tmp_path):
    ledger = loaded
    report = lambda unit, task, day, state, pct: report_progress(ledger, unit, task, day, state, pct, by="李四")  # noqa: E731
    report("城东街道", "doc:1", "2024-11-30", "推进中", 90)
    report("城东街道", "doc:1", "2024-12-20", "已完成", 100)
    report("城东街道", "doc:2", "2025-06-30", "推进中", 30)
    report("城东街道", "doc:3", "2024-06-30", "推进中", 10)
    report("东湖社区", "doc:2", "2025-06-30", "推进中", 60)
    proof = tmp_path / "验收.pdf"
    proof.write_bytes(b"%PDF")
    close_task(ledger, "东湖社区", "doc:4", "2025-05-20", proof, "王五", by="李四")
    folder = tmp_path / "东湖社区"
    folder.mkdir()
    fill_register(folder / "检查清单.xlsx", [
        {"seq": 1, "date": "2025-03-01", "inspector": "李四", "place": "东湖菜市场", "item": "消防通道",
         "result": "重大隐患", "description": "疏散通道封堵", "due": "2025-04-01", "owner": "王老板"},
        {"seq": 2, "date": "2025-06-01", "inspector": "李四", "place": "东湖小学", "item": "燃气",
         "result": "重大隐患", "description": "燃气报警器失效", "due": "2025-07-15", "owner": "陈校长"},
        {"seq": 3, "date": "2025-02-01", "inspector": "李四", "place": "东湖饭店", "item": "灭火器",
         "result": "一般隐患", "description": "灭火器过期", "due": "2025-03-01", "owner": "刘经理",
         "recheck_date": "2025-02-25", "recheck_result": "已整改销号"},
        {"seq": 4, "date": "2025-02-01", "inspector": "李四", "place": "东湖超市", "item": "灭火器", "result": "合格"},
    ])
    import_register(ledger, folder / "检查清单.xlsx", by="李四")
    return ledger


def _colours(result):
    return {(t.unit, t.key): (t.colour, t.reason) for t in result.tasks}


def test_colours_on_2025_07_01(history):
    result = status(history, as_of="2025-07-01")
    assert _colours(result) == {
        ("城东街道", "doc:1"): ("绿", "已完成"),
        # 547 of 730 days gone: 75% expected, 30% done
        ("城东街道", "doc:2"): ("黄", "进度30%，按期应达75%"),
        # 547 of 1095 days: 50% expected, 10% done
        ("城东街道", "doc:3"): ("黄", "进度10%，按期应达50%"),
        # 75% expected, 60% done: 15 points behind, within 20
        ("东湖社区", "doc:2"): ("绿", "按期推进"),
        ("东湖社区", "doc:4"): ("绿", "已销号"),
        # due 2025-03-31: April 30 + May 31 + June 30 + 1 days late
        ("新华社区", "doc:5"): ("红", "逾期92天"),
    }
    units = {f.unit: f for f in result.units}
    assert {name: f.colour for name, f in units.items()} == {"城东街道": "黄", "东湖社区": "红", "新华社区": "红"}
    donghu = units["东湖社区"]
    # 东湖's tasks are green, but 重大隐患 1 is open past its 整改时限 (2025-04-01); 2 is open, due 07-15; 3 closed
    assert (donghu.green, donghu.hazards_open, donghu.hazards_overdue, donghu.major_open, donghu.major_overdue) == (
        2, 2, 1, 2, 1)
    assert [(h.unit, h.seq, h.days_overdue, h.colour) for h in result.major_hazards] == [("东湖社区", 1, 91, "红")]
    assert [(t.unit, t.key) for t in result.overdue] == [("新华社区", "doc:5")]
    street = result.streets[0]
    assert (street.unit, street.colour, street.tasks, street.done, street.red, street.yellow) == (
        "城东街道", "红", 6, 2, 1, 2)


def test_colours_on_2024_12_15(history):
    result = status(history, as_of="2024-12-15")
    assert _colours(result) == {
        # the 已完成 of 12-20 is not yet: 90% on 11-30, 16 days to go
        ("城东街道", "doc:1"): ("黄", "16天后到期"),
        # 349 days gone: of 730 → 48%, of 1095 → 32% (10% done: 22 behind), of 546 → 64%, of 455 → 77%
        ("城东街道", "doc:2"): ("黄", "进度0%，按期应达48%"),
        ("城东街道", "doc:3"): ("黄", "进度10%，按期应达32%"),
        ("东湖社区", "doc:2"): ("黄", "进度0%，按期应达48%"),
        ("东湖社区", "doc:4"): ("黄", "进度0%，按期应达64%"),
        ("新华社区", "doc:5"): ("黄", "进度0%，按期应达77%"),
    }
    assert [t.percent for t in result.tasks if t.key == "doc:1"] == [90]


def test_colours_on_2024_02_01_everything_on_schedule(history):
    # 31 days gone: at most 31/365 = 8.5% expected, within 20 points of 0%
    result = status(history, as_of="2024-02-01")
    assert {t.colour for t in result.tasks} == {"绿"}
    assert {f.unit: f.colour for f in result.units} == {"城东街道": "绿", "东湖社区": "绿", "新华社区": "绿"}


def test_one_unit_and_a_street_with_its_communities(history):
    assert [t.key for t in status(history, unit="东湖社区", as_of="2025-07-01").tasks] == ["doc:2", "doc:4"]
    street = status(history, unit="城东街道", as_of="2025-07-01")
    assert [f.unit for f in street.units] == ["城东街道", "东湖社区", "新华社区"]


def test_a_hazard_before_its_deadline_and_the_policy_file(history):
    # 2025-03-15: 重大隐患 1 open, due 04-01 → 黄 by default; 隐患 3 was closed on 02-25
    donghu = next(f for f in status(history, as_of="2025-03-15").units if f.unit == "东湖社区")
    assert (donghu.colour, donghu.major_open, donghu.hazards_open) == ("黄", 1, 1)
    (history.workspace.root / "ledger-colours.yaml").write_text(
        "schema: safeplan.ledger-colours/v1\nhazards:\n  major_open: 红\n", encoding="utf-8")
    donghu = next(f for f in status(history, as_of="2025-03-15").units if f.unit == "东湖社区")
    assert donghu.colour == "红"
    # 2025-02-20: 一般隐患 3 open before its 整改时限: 绿 by default
    donghu = next(f for f in status(history, as_of="2025-02-20").units if f.unit == "东湖社区")
    assert (donghu.hazards_open, donghu.major_open) == (1, 0)
