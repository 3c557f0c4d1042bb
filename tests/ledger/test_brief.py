"""The 简报 of a small fixture ledger against figures worked out by hand (fixtures/brief-expected.yaml), its
第N期 numbering across runs, and the three formats agreeing with the Briefing they are written from."""

from __future__ import annotations

import datetime as dt
import io
import threading
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from safeplan.ledger import (
    PlanUnits,
    TaskItem,
    close_task,
    import_register,
    load_tasks,
    open_ledger,
    report_progress,
)
from safeplan.ledger.brief import build_briefing, write_briefing
from safeplan.ledger.brief_numbers import issue_number, issued
from safeplan.ledger.errors import LedgerError
from safeplan.ledger.periods import period_of
from safeplan.ledger.sample import fill_register

EXPECTED = yaml.safe_load((Path(__file__).parent / "fixtures" / "brief-expected.yaml").read_text(encoding="utf-8"))
UNITS = PlanUnits(street="城南街道", communities=("东湖社区", "西湖社区", "南湖社区"), start=dt.date(2024, 1, 1),
                  end=dt.date(2026, 12, 31))
POLICY = "schema: safeplan.ledger-colours/v1\ntasks:\n  due_soon_days: 30\n  behind_schedule: 0\n"


def task(unit: str, key: str, number: int, due: str, lead: str = "街道应急管理办公室") -> TaskItem:
    return TaskItem(unit=unit, key=f"doc:{key}", number=number, text=f"任务{key}：排查整治<重点>场所&隐患",
                    role="牵头", lead=lead, support="", deadline_text="", due=dt.date.fromisoformat(due))


FIXTURE = [
    task("城南街道", "S1", 1, "2024-12-31"), task("城南街道", "S2", 2, "2025-06-20"),
    task("城南街道", "S3", 3, "2025-12-31"), task("城南街道", "S4", 4, "2025-06-10", lead="街道城市建设办公室"),
    task("东湖社区", "D1", 1, "2025-03-31"), task("东湖社区", "D2", 2, "2025-07-10"),
    task("东湖社区", "D3", 3, "2025-05-31", lead="东湖社区居委会"),
    task("西湖社区", "X1", 1, "2025-06-30"), task("西湖社区", "X2", 2, "2025-04-30"),
    task("西湖社区", "X3", 3, "2025-07-15"),
    task("南湖社区", "N1", 1, "2025-01-31", lead="街道消防工作站"), task("南湖社区", "N2", 2, "2025-08-31"),
    task("南湖社区", "N3", 3, "2024-12-31"),
]


def _hazard(seq, found, result, due=None, closed=None):
    row = {"seq": seq, "date": found, "inspector": "李四", "place": f"场所{seq}", "item": "消防通道",
           "result": result, "description": f"隐患{seq}", "owner": "王五"}
    if due:
        row["due"] = due
    if closed:
        row.update(recheck_date=closed, recheck_result="已整改销号")
    return row

# What is written from a Briefing (its files, its charts) does not depend on the database: those tests run on SQLite
# only. The queries under them run on both backends: build_briefing (test_the_figures_match_the_hand_computed_fixture),
# the 期 numbers (test_issue_numbers_continue_across_runs), the 隐患 series (test_charts.py's hazard tests).
ON_SQLITE_ONLY = pytest.mark.parametrize("db", ["sqlite"], indirect=True)


@pytest.fixture
def fixture_ledger(ledger, workspace, tmp_path):
    (workspace / "ledger-colours.yaml").write_text(POLICY, encoding="utf-8")
    load_tasks(ledger, UNITS, FIXTURE, by="张三")

    def report(unit, key, day, state, pct=None):
        report_progress(ledger, unit, key, day, state, pct, by="李四")

    report("城南街道", "S1", "2024-12-20", "已完成")
    report("城南街道", "S2", "2025-05-31", "推进中", 50)
    report("城南街道", "S2", "2025-06-25", "已完成")
    report("城南街道", "S3", "2025-06-10", "推进中", 40)
    report("东湖社区", "D2", "2025-06-28", "推进中", 70)
    report("西湖社区", "X2", "2025-06-05", "已完成")
    report("南湖社区", "N2", "2025-06-01", "推进中", 10)
    report("南湖社区", "N3", "2025-01-10", "已完成")
    proof = tmp_path / "验收.pdf"
    proof.write_bytes(b"%PDF")
    close_task(ledger, "东湖社区", "D1", "2025-06-20", proof, "钱主任", by="李四")
    close_task(ledger, "西湖社区", "X1", "2025-06-18", proof, "赵主任", by="李四")
    registers = {
        "东湖社区": [_hazard(1, "2025-06-01", "重大隐患", "2025-06-20"), _hazard(2, "2025-06-18", "重大隐患", "2025-07-31"),
                 _hazard(3, "2025-05-10", "重大隐患", "2025-06-10", "2025-06-25"),
                 _hazard(4, "2025-06-20", "一般隐患", "2025-07-20"), _hazard(5, "2025-06-20", "合格")],
        "西湖社区": [_hazard(1, "2025-06-17", "重大隐患", "2025-06-27", "2025-06-26"),
                 _hazard(2, "2025-04-01", "一般隐患", "2025-04-15", "2025-06-16"),
                 _hazard(3, "2025-06-10", "一般隐患", "2025-06-12")],
    }
    for unit, rows in registers.items():
        folder = tmp_path / unit
        folder.mkdir()
        fill_register(folder / "检查清单.xlsx", rows)
        import_register(ledger, folder / "检查清单.xlsx", by="李四")
    return ledger


def _dec(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def test_the_figures_match_the_hand_computed_fixture(fixture_ledger):
    b = build_briefing(fixture_ledger, "half-month", as_of="2025-06-30", unit="城南街道")
    e = EXPECTED
    assert (b.period.kind, b.period.start, b.period.end, b.period.label) == (
        e["period"]["kind"], e["period"]["start"], e["period"]["end"], e["period"]["label"])
    assert b.previous.end == e["previous_end"]
    assert (b.next.start, b.next.end) == (e["next"]["start"], e["next"]["end"])
    o, eo = b.overall, e["overall"]
    assert (o.tasks, o.done, o.rate, o.previous_done, o.previous_rate, o.change, o.red, o.yellow, o.green,
            o.closed_in_period) == (eo["tasks"], eo["done"], _dec(eo["rate"]), eo["previous_done"],
                                    _dec(eo["previous_rate"]), _dec(eo["change"]), eo["red"], eo["yellow"],
                                    eo["green"], eo["closed_in_period"])
    assert [(r.rank, r.unit, r.tasks, r.done, r.rate, r.change, r.red, r.yellow, r.major_open, r.colour)
            for r in b.ranking] == [
        (r["rank"], r["unit"], r["tasks"], r["done"], _dec(r["rate"]), _dec(r["change"]), r["red"], r["yellow"],
         r["major_open"], r["colour"]) for r in e["ranking"]]
    assert [(t.unit, t.number, t.days_overdue, t.lead) for t in b.red] == [
        (r["unit"], r["number"], r["days_overdue"], r["lead"]) for r in e["red"]]
    assert [[h.unit, h.seq] for h in b.majors_opened] == e["majors_opened"]
    assert [[h.unit, h.seq] for h in b.majors_closed] == e["majors_closed"]
    assert [[h.unit, h.seq, h.days_overdue] for h in b.majors_open] == e["majors_open"]
    assert (b.hazards_found, b.hazards_closed) == (e["hazards_found"], e["hazards_closed"])
    assert [[c.unit, c.number, c.closed_on, c.approver] for c in b.closed] == e["closed"]
    assert [[d.unit, d.number, d.due, d.days_left] for d in b.due_next] == e["due_next"]
    assert b.lead == e["lead"]
    sentences = [p for s in b.sections for p in s.paragraphs]
    assert sentences[0] == e["lead"]
    for sentence in e["sentences"]:
        assert sentence in sentences


def test_the_tables_carry_the_same_figures_as_the_sentences(fixture_ledger):
    b = build_briefing(fixture_ledger, "half-month", as_of="2025-06-30", unit="城南街道")
    tables = {s.table.number: s.table for s in b.sections if s.table}
    assert sorted(tables) == [1, 2, 3, 4, 5]
    assert [row[:5] for row in tables[1].rows] == [
        [str(r["rank"]), r["unit"], str(r["tasks"]), str(r["done"]), r["rate"] + "%"] for r in EXPECTED["ranking"]]
    assert [row[4] for row in tables[2].rows] == ["150", "30", "20"]
    # still open (longest overdue first), then closed in the period; X1, opened and closed in it, listed once
    assert [(row[1], row[2], row[6]) for row in tables[3].rows] == [
        ("东湖社区", "场所1", "未整改，逾期10天"), ("东湖社区", "场所2", "整改中"), ("东湖社区", "场所3", "6月25日已整改销号"),
        ("西湖社区", "场所1", "6月26日已整改销号")]
    assert [row[3] for row in tables[4].rows] == ["2025年6月18日", "2025年6月20日"]
    assert [row[4] for row in tables[5].rows] == ["10", "15"]


@ON_SQLITE_ONLY
def test_the_three_formats_say_what_the_briefing_says(fixture_ledger, tmp_path):
    from docx import Document

    b = build_briefing(fixture_ledger, "half-month", as_of="2025-06-30", unit="城南街道")
    paths = write_briefing(fixture_ledger, b, tmp_path / "简报", ["docx", "html", "md"])
    assert [p.name for p in paths] == [f"城南街道安全生产治本攻坚三年行动工作简报第1期.{f}" for f in ("docx", "html", "md")]
    document = Document(io.BytesIO(paths[0].read_bytes()))
    text = [p.text for p in document.paragraphs]
    assert "第1期" in text and EXPECTED["lead"] in text
    assert any(t.startswith("城南街道安全生产委员会办公室") and t.endswith("2025年6月30日") for t in text)
    ranking = document.tables[0]
    assert [c.text for c in ranking.rows[1].cells][:5] == ["1", "西湖社区", "3", "2", "66.7%"]
    # the charts: completion bars, 隐患 found vs rectified, the 作战图 (13 tasks: one page), each at the text width
    assert len(document.inline_shapes) == 3
    assert {round(shape.width.mm) for shape in document.inline_shapes} == {156}
    html = paths[1].read_text(encoding="utf-8")
    assert EXPECTED["lead"] in html and "第1期" in html
    assert html.count('src="data:image/svg+xml;base64,') == 3
    assert "&lt;重点&gt;场所&amp;隐患" in html and "<重点>" not in html       # ledger text is escaped
    markdown = paths[2].read_text(encoding="utf-8")
    assert EXPECTED["lead"] in markdown and "| 1 | 西湖社区 | 3 | 2 | 66.7% |" in markdown


@ON_SQLITE_ONLY
def test_the_hazard_chart_starts_at_the_first_hazard_not_the_plan_start(fixture_ledger, tmp_path, monkeypatch):
    # the fixture's first 隐患 is 西湖社区's of 2025-04-01; the plan starts 2024-01-01: 15 empty months before
    from safeplan.ledger import charts

    drawn = []
    real = charts.hazard_chart

    def spy(points, *args, **kwargs):
        drawn.append(points)
        return real(points, *args, **kwargs)

    monkeypatch.setattr(charts, "hazard_chart", spy)
    b = build_briefing(fixture_ledger, "half-month", as_of="2025-06-30", unit="城南街道")
    write_briefing(fixture_ledger, b, tmp_path, ["html"])
    assert drawn and drawn[0][0].start <= dt.date(2025, 4, 1) < drawn[0][0].end
    assert sum(p.found for p in drawn[0]) == 7


def test_issue_numbers_continue_across_runs(fixture_ledger, tmp_path):
    def write(as_of):
        b = build_briefing(fixture_ledger, "half-month", as_of=as_of, unit="城南街道")
        write_briefing(fixture_ledger, b, tmp_path, ["md"])
        return b.number

    assert write("2025-06-30") == 1
    assert write("2025-07-15") == 2            # the next period: the next number
    assert write("2025-06-30") == 1            # the same period again: its number again
    assert write("2025-06-20") == 1            # another day of that period: still its number
    assert write("2025-07-31") == 3
    series = "城南街道安全生产治本攻坚三年行动工作简报"
    assert [(i.number, i.period_start.isoformat()) for i in issued(fixture_ledger, series)] == [
        (1, "2025-06-16"), (2, "2025-07-01"), (3, "2025-07-16")]
    # a number set by hand: refused when another period has it; later periods follow it
    with pytest.raises(LedgerError, match="第2期"):
        issue_number(fixture_ledger, series, period_of("half-month", dt.date(2025, 8, 1)), dt.date(2025, 8, 1), 2)
    assert issue_number(fixture_ledger, series, period_of("half-month", dt.date(2025, 8, 1)), dt.date(2025, 8, 1),
                        10) == 10
    assert write("2025-08-31") == 11


def test_two_writers_at_once_never_share_a_number(db, workspace):
    ledgers = [open_ledger(workspace, db) for _ in range(4)]
    start = threading.Barrier(len(ledgers))
    numbers, errors = [], []

    def writer(ledger, month):
        try:
            start.wait()
            day = dt.date(2025, month, 1)
            numbers.append(issue_number(ledger, "并发简报", period_of("month", day), day))
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(ledger, n + 1)) for n, ledger in enumerate(ledgers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for ledger in ledgers:
        ledger.close()
    assert errors == [] and sorted(numbers) == [1, 2, 3, 4]


def test_zero_counts_are_said_in_words(ledger):
    """No 红 task, no 隐患, no 销号: 无逾期任务 and friends, never '0项'."""
    load_tasks(ledger, UNITS, [task("城南街道", "S1", 1, "2026-12-31"), task("东湖社区", "D1", 1, "2026-12-31")],
               by="张三")
    b = build_briefing(ledger, "month", as_of="2025-06-30")
    text = "".join(p for s in b.sections for p in s.paragraphs)
    assert b.lead == "截至6月30日，全街道2项任务已完成0项，完成率0.0%，与上期持平；无逾期任务。"
    assert "无逾期任务。" in text and "本期（2025年6月）未新发现隐患；无隐患整改销号。" in text
    assert "截至6月30日，无未整改的重大隐患。" in text and "本期（2025年6月）无销号任务。" in text
    assert "7月1日至7月31日，无到期任务。" in text
    assert "0项任务逾期" not in text and "0处" not in text


@pytest.mark.parametrize(("kind", "day", "expected", "before"), [
    ("week", "2025-06-30", ("2025-06-30", "2025-07-06"), "2025-06-29"),       # a Monday
    ("week", "2025-01-01", ("2024-12-30", "2025-01-05"), "2024-12-29"),
    ("half-month", "2024-02-16", ("2024-02-16", "2024-02-29"), "2024-02-15"),  # leap year
    ("half-month", "2025-03-15", ("2025-03-01", "2025-03-15"), "2025-02-28"),
    ("month", "2025-12-31", ("2025-12-01", "2025-12-31"), "2025-11-30"),
    ("quarter", "2025-02-10", ("2025-01-01", "2025-03-31"), "2024-12-31"),
    ("half-year", "2025-07-01", ("2025-07-01", "2025-12-31"), "2025-06-30"),
])
def test_period_boundaries(kind, day, expected, before):
    from safeplan.ledger.periods import previous

    period = period_of(kind, dt.date.fromisoformat(day))
    assert (period.start.isoformat(), period.end.isoformat()) == expected
    assert previous(period).end.isoformat() == before


def test_period_labels():
    labels = [period_of(k, dt.date(2025, 6, 30)).label for k in ("week", "half-month", "month", "quarter", "half-year")]
    assert labels == ["2025年6月30日—7月6日", "2025年6月下半月", "2025年6月", "2025年第二季度", "2025年上半年"]


def test_a_rate_is_rounded_half_up_alike_in_the_tables_and_the_chart():
    """1 of 16 is 6.25%: the tables said 6.3% and the completion chart 6.2% (float formatting rounds to even)."""
    from safeplan.ledger.charts import completion_figure
    from safeplan.ledger.status import UnitFigures, completion_rate

    assert completion_rate(1, 16) == Decimal("6.3") and completion_rate(0, 0) is None
    figure = completion_figure([UnitFigures(unit="城东街道本级", street="城东街道", kind="street", tasks=16, done=1,
                                            colour="红")])
    assert "6.3%（1/16）红" in [t.get_text() for t in figure.axes[0].texts]


def test_a_brief_over_several_streets_ranks_the_streets(ledger):
    """Two streets: the 晾晒 rows are the streets with their communities (城南街道 13 tasks, not 城南街道本级)."""
    load_tasks(ledger, UNITS, FIXTURE, by="张三")
    west = PlanUnits(street="城西街道", communities=("西山社区",), start=dt.date(2024, 1, 1), end=dt.date(2026, 12, 31))
    load_tasks(ledger, west, [task("城西街道", "W1", 1, "2024-12-31"), task("西山社区", "W2", 1, "2025-12-31")],
               by="张三")
    report_progress(ledger, "城西街道", "W1", "2024-12-01", "已完成", by="李四")
    b = build_briefing(ledger, "month", as_of="2025-06-30")
    # 城西街道: 1 of 2 done (50.0%), no 红; 城南街道: nothing reported, 13 tasks, 8 past their deadline on 06-30
    # (S1 S2 S4 D1 D3 X2 N1 N3; X1 is due that very day)
    assert [(r.rank, r.unit, r.tasks, r.done, r.red) for r in b.ranking] == [(1, "城西街道", 2, 1, 0),
                                                                            (2, "城南街道", 13, 0, 8)]
    assert b.area == "辖区2个街道" and b.lead.startswith("截至6月30日，辖区2个街道15项任务已完成1项，完成率6.7%")
    assert b.lead.endswith("；城南街道8项任务逾期。")
