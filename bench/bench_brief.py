"""Benchmark the 简报 on a district: 20 streets × 15 communities × 60 tasks with three years of weekly reports
and 200,000 隐患 (bench_ledger.py's district, SQLite), against `status()` of the same district in the same run.

    nice -n 10 .venv/bin/python bench/bench_brief.py [--streets 20] [--hazards 200000] [--repeat 3]

Measures, on a day in the middle of the plan (2025-06-30, the look-back path) and best of --repeat:
- baseline: `status()` of the district (what `safeplan ledger status` computes);
- build_briefing of the district (two status() calls, the 重大隐患, 销号 and due-next queries, the sentences);
- the district's 简报 written as DOCX + HTML + Markdown without charts, and with charts (completion bars, 隐患
  found vs rectified, the 作战图) — the target: ≤ 5 s with charts (issue 17);
- one street's 简报 with charts.
Not part of `make test`.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "ledger"))

import bench_ledger  # noqa: E402

from safeplan.ledger import load_tasks, open_ledger, status  # noqa: E402
from safeplan.ledger.brief import build_briefing, write_briefing  # noqa: E402

DAY = bench_ledger.MIDDLE
TARGET = 5.0


def timed(func, repeat):
    """(best wall seconds, its CPU seconds) of `repeat` calls."""
    best = None
    for _ in range(repeat):
        began, cpu = time.perf_counter(), time.process_time()
        func()
        spent = (time.perf_counter() - began, time.process_time() - cpu)
        best = spent if best is None or spent[0] < best[0] else best
    return best


def main(args) -> None:
    bench_ledger.ARGS = args          # its hazards() reads the count from there
    with tempfile.TemporaryDirectory(prefix="safeplan-bench-brief-") as tmp:
        workdir = Path(tmp)
        ledger = open_ledger(workdir, f"sqlite:///{workdir / 'ledger.sqlite'}")
        began = time.perf_counter()
        tasks = 0
        for units, items in bench_ledger.district(args.streets, args.communities, args.tasks):
            load_tasks(ledger, units, items, by="bench")
            tasks += len(items)
        reports = bench_ledger.seed_sqlite(ledger, random.Random(42))
        print(f"district: {args.streets} streets × {args.communities} communities × {args.tasks} tasks = {tasks:,} "
              f"tasks, {reports:,} reports, {args.hazards:,} 隐患 (set up in {time.perf_counter() - began:.0f} s)")
        out = workdir / "简报"

        def brief(unit, charts, formats=("docx", "html", "md")):
            b = build_briefing(ledger, "half-month", as_of=DAY, unit=unit)
            write_briefing(ledger, b, out, list(formats), charts=charts)
            return b

        b = brief(None, True)             # first call: warms imports, matplotlib's font cache
        rows = [
            ("baseline: status() of the district", timed(lambda: status(ledger, as_of=DAY), args.repeat), None),
            ("build_briefing, district", timed(lambda: build_briefing(ledger, "half-month", as_of=DAY),
                                               args.repeat), None),
            ("简报 district, DOCX+HTML+MD, no charts", timed(lambda: brief(None, False), args.repeat), None),
            ("简报 district, DOCX+HTML+MD with charts", timed(lambda: brief(None, True), args.repeat), TARGET),
            ("简报 one street (第01街道), with charts", timed(lambda: brief("第01街道", True), args.repeat), None),
        ]
        ledger.close()
    print(f"\nthe district's 简报 on {DAY}: {b.overall.tasks:,} tasks, {b.overall.red:,} overdue, "
          f"{len(b.ranking)} streets ranked, 作战图 of {len(b.gantt)} tasks\n")
    print("Seconds: wall (CPU), best of", args.repeat)
    print("\n| measure | seconds | × baseline | target |")
    print("|---|---|---|---|")
    base = rows[0][1][0]
    for label, (wall, cpu), target in rows:
        verdict = "" if target is None else f"≤ {target} s {'met' if wall <= target else 'MISSED'}"
        print(f"| {label} | {wall:.3f} ({cpu:.3f}) | {wall / base:.1f} | {verdict} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--streets", type=int, default=20)
    parser.add_argument("--communities", type=int, default=15)
    parser.add_argument("--tasks", type=int, default=60)
    parser.add_argument("--hazards", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    main(parser.parse_args())
