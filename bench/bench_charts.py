"""Benchmark the ledger's charts (safeplan.ledger.charts) on bench_ledger's district: 20 streets × 15 communities
× 60 tasks, 200,000 隐患 (its generators; no progress reports: the charts read status(), timed apart).

    nice -n 10 .venv/bin/python bench/bench_charts.py [--streets 20] [--hazards 200000] [--out DIR]

Times, on SQLite, what a district 简报 draws: completion per street (20 bars), 隐患 found against rectified over
the plan (36 months) and the 作战图 of the red tasks on the day; then one street's full 作战图 (900 tasks)
as a multi-page PDF and as A3 pages. Target (issue 17): the three 简报 charts well under 2 s together (the
简报 with its queries ≤ 5 s). Not part of `make test`. --out keeps the PNGs to look at.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_ledger  # noqa: E402
from sqlalchemy import text  # noqa: E402

from safeplan.ledger import load_tasks, open_ledger, status  # noqa: E402
from safeplan.ledger.charts import (  # noqa: E402
    completion_chart,
    gantt_chart,
    gantt_pages,
    hazard_chart,
    hazard_series,
)

DAY = bench_ledger.MIDDLE


def build(workdir: Path, streets: int, hazards: int):
    ledger = open_ledger(workdir, f"sqlite:///{workdir / 'ledger.sqlite'}")
    for units, items in bench_ledger.district(streets, 15, 60):
        load_tasks(ledger, units, items, by="bench")
    rng = random.Random(42)
    bench_ledger.ARGS = argparse.Namespace(hazards=hazards)
    rows = list(bench_ledger.hazards(ledger, rng))
    with ledger.engine.begin() as connection:
        ids = [r[0] for r in connection.execute(text("SELECT id FROM tasks"))]
        connection.execute(text("UPDATE tasks SET status = :s, percent = :p, reported_on = :d WHERE id = :i"),
                           [{"s": "已完成" if p == 100 else "推进中", "p": p, "d": dt.date(2025, 6, 27), "i": i}
                            for i in ids for p in [rng.choice((10, 40, 60, 80, 100))]])
        connection.execute(text(
            "INSERT INTO records (unit_id, seq, source, date, inspector, place, address, item_id, item, result, level, "
            "description, measure, due, owner, recheck_date, recheck_result, closed_on, version) VALUES (:a, :b, :c, "
            ":d, :e, :f, :g, :h, :i, :j, :k, :l, :m, :n, :o, :p, :q, :r, 1)"),
            [dict(zip("abcdefghijklmnopqr", row, strict=True)) for row in rows])
    return ledger


def timed(label, func, figures):
    began, cpu = time.perf_counter(), time.process_time()
    result = func()
    figures.append((label, time.perf_counter() - began, time.process_time() - cpu))
    return result


def main(args) -> None:
    figures: list[tuple[str, float, float]] = []
    out = Path(args.out) if args.out else None
    with tempfile.TemporaryDirectory(prefix="safeplan-bench-charts-") as tmp:
        ledger = build(Path(tmp), args.streets, args.hazards)
        result = timed("status(district) (the 简报's query, not a chart)", lambda: status(ledger, as_of=DAY), figures)
        red = [t for t in result.tasks if t.colour == "红"]
        timed("warm-up: the font and matplotlib's first draw", lambda: completion_chart(result.streets[:1], "png"),
              [])
        charts = {}
        began, cpu = time.perf_counter(), time.process_time()
        charts["completion"] = timed(f"completion per street ({len(result.streets)} bars), PNG",
                                     lambda: completion_chart(result.streets, "png"), figures)
        points = timed("hazard_series(district, plan start → day) (query)",
                       lambda: hazard_series(ledger, None, bench_ledger.START, DAY), figures)
        charts["hazards"] = timed(f"隐患 chart ({len(points)} months), PNG", lambda: hazard_chart(points, "png"), figures)
        charts["gantt"] = timed(f"作战图 of the {len(red)} red tasks, page 1 of {gantt_pages(red)}, PNG",
                                lambda: gantt_chart(red, DAY, "png", page=1), figures)
        figures.append(("the three 简报 charts together (target well under 2 s)", time.perf_counter() - began,
                        time.process_time() - cpu))
        street = [t for t in result.tasks if t.street == "第01街道"]
        timed(f"作战图 one street ({len(street)} tasks, {gantt_pages(street, a3=True)} A3 pages), PDF",
              lambda: gantt_chart(street, DAY, "pdf", a3=True), figures)
        timed("作战图 one street, A3 page 1, PNG", lambda: gantt_chart(street, DAY, "png", a3=True, page=1), figures)
        timed("作战图 one street, A3 page 1, SVG", lambda: gantt_chart(street, DAY, "svg", a3=True, page=1), figures)
        ledger.close()
    if out:
        out.mkdir(parents=True, exist_ok=True)
        for name, data in charts.items():
            (out / f"{name}.png").write_bytes(data)
    print(f"\nDistrict: {args.streets} streets × 15 communities × 60 tasks, {args.hazards:,} 隐患; day {DAY}\n")
    print("| measure | wall s | CPU s |\n|---|---|---|")
    for label, seconds, cpu in figures:
        print(f"| {label} | {seconds:.3f} | {cpu:.3f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--streets", type=int, default=20)
    parser.add_argument("--hazards", type=int, default=200_000)
    parser.add_argument("--out", default=None, help="a folder to keep the 简报 charts' PNGs in")
    main(parser.parse_args())
