"""Benchmark the progress ledger on a district: 20 streets × 15 communities × 60 tasks, three years of weekly
progress reports (≈ 2.8 M rows), 200,000 隐患; SQLite and PostgreSQL side by side.

    nice -n 10 .venv/bin/python bench/bench_ledger.py [--db sqlite,postgresql] [--streets 20] [--hazards 200000]

Measures `status()` (what `safeplan ledger status --json` runs, JSON included) for one street and for the
district, on a day in the middle of the plan (every task has reports after it: the look-back path) and on
its last day (the latest report is the task's own: the fast path); and `import_register` of a 5,000-row
台账 (new rows, the same file again, a corrected file with 500 rows changed). Targets (issue 16): one street
≤ 0.3 s, the district ≤ 2 s, the import ≤ 3 s. The tasks are loaded through `load_tasks` (the real path);
reports and 隐患 are bulk-inserted by the benchmark itself (executemany on SQLite, COPY on PostgreSQL; their
history is not written). PostgreSQL runs in a throw-away cluster (tests/ledger/pgcluster.py) with fsync on.
Where the time goes: status(timings=…) times each of its steps (a query with its fetching, the colouring).
Not part of `make test`.

    nice -n 10 .venv/bin/python bench/bench_ledger.py --dashboard [--communities 15] [--dashboard-tasks 20]

`--dashboard` measures the workbench instead (issue 17): one street of 15 communities × 20 tasks (the district
generator's street, its weekly reports and its share of the 隐患, 200,000 / 20 streets) in the workspace's
default ledger, and the /ledger page (the 挂图作战 grid) of that street served in-process through Starlette's
TestClient, logged in as the street's 安办 account: median and p95 of 20 requests, on the middle and the last
day of the plan, against `status()` alone for the same street and day (the baseline, same run). Target: the
page ≤ 300 ms. A task page (/ledger/task) is timed beside it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ledger"))

from sqlalchemy import text  # noqa: E402

from safeplan.ledger import (  # noqa: E402
    PlanUnits,
    TaskItem,
    import_register,
    load_tasks,
    open_ledger,
    status,
)
from safeplan.ledger.hazards import read_register  # noqa: E402
from safeplan.ledger.sample import fill_register  # noqa: E402

START, END = dt.date(2024, 1, 1), dt.date(2026, 12, 31)
DUES = [dt.date(2024, 12, 31), dt.date(2025, 6, 30), dt.date(2025, 12, 31), dt.date(2026, 6, 30), END]
MIDDLE, LAST = dt.date(2025, 6, 30), END
WEEKS = [START + dt.timedelta(days=4 + 7 * w) for w in range(156)]          # Fridays, 2024-01-05 … 2026-12-25


def district(streets: int, communities: int, tasks: int):
    for s in range(streets):
        units = PlanUnits(street=f"第{s + 1:02d}街道", communities=tuple(f"第{s + 1:02d}街道第{c + 1:02d}社区"
                                                                          for c in range(communities)),
                          start=START, end=END)
        items = [TaskItem(unit=unit, key=f"anwei-2024-2:3.{t // 10 + 1}.{t + 1}", number=t + 1,
                          text=f"重点任务{t + 1}：排查整治重大事故隐患并建立台账", role="牵头" if t % 3 else "配合",
                          lead="街道应急管理办公室", support="各社区", deadline_text=f"{DUES[t % 5].year}年底前",
                          due=DUES[t % 5], group="重大事故隐患动态清零行动", targets="整改率100%", basis=f"安委〔2024〕2号 三(三){t + 1}")
                 for unit in units.communities for t in range(tasks)]
        yield units, items


def seed_sqlite(ledger, rng):
    raw = ledger.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("BEGIN")
        tasks = cursor.execute("SELECT id, due FROM tasks ORDER BY id").fetchall()
        latest, rows = {}, []
        for task_id, _due in tasks:
            speed = rng.uniform(0.5, 1.6)
            for week, day in enumerate(WEEKS, 1):
                percent = min(100, int(week / 156 * 100 * speed))
                state = "已完成" if percent == 100 else ("推进中" if percent else "未开始")
                rows.append((task_id, day.isoformat(), state, percent, "", "网格员", "2026-12-06 00:00:00.000000"))
                latest[task_id] = (state, percent, day.isoformat())
            if len(rows) >= 200_000:
                cursor.executemany("INSERT INTO reports (task_id, date, status, percent, note, reporter, created_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                rows.clear()
        cursor.executemany("INSERT INTO reports (task_id, date, status, percent, note, reporter, created_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        cursor.executemany("UPDATE tasks SET status = ?, percent = ?, reported_on = ? WHERE id = ?",
                           [(*v, k) for k, v in latest.items()])
        cursor.executemany("INSERT INTO records (unit_id, seq, source, date, inspector, place, address, item_id, "
                           "item, result, level, description, measure, due, owner, recheck_date, recheck_result, "
                           "closed_on, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)", hazards(ledger, rng))
        cursor.execute("COMMIT")
        count = cursor.execute("SELECT count(*) FROM reports").fetchone()[0]
    finally:
        raw.close()
    return count


def hazards(ledger, rng, total=None):
    total = total or ARGS.hazards
    with ledger.engine.connect() as connection:
        units = [r[0] for r in connection.execute(text("SELECT id FROM units WHERE kind = 'community'"))]
    for n in range(total):
        unit = units[n % len(units)]
        found = START + dt.timedelta(days=rng.randrange(0, 1090))
        major = rng.random() < 0.15
        due = found + dt.timedelta(days=rng.choice((7, 15, 30, 60, 90)))
        closed = rng.random() < 0.75
        recheck = due - dt.timedelta(days=rng.randrange(0, 7)) if closed else None
        yield (unit, n // len(units) + 1, "bench", found.isoformat(), "网格员", f"场所{n}", "", "", "消防通道",
               "重大隐患" if major else "一般隐患", "重大" if major else "一般", "疏散通道堆放杂物", "清理",
               due.isoformat(), "负责人", recheck.isoformat() if recheck else None, "已整改销号" if closed else "",
               recheck.isoformat() if recheck else None)


def seed_postgresql(ledger, rng):
    raw = ledger.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("SELECT id, due FROM tasks ORDER BY id")
        tasks = cursor.fetchall()
        latest = {}
        with cursor.copy("COPY reports (task_id, date, status, percent, note, reporter, created_at) FROM STDIN") as copy:
            for task_id, _due in tasks:
                speed = rng.uniform(0.5, 1.6)
                for week, day in enumerate(WEEKS, 1):
                    percent = min(100, int(week / 156 * 100 * speed))
                    state = "已完成" if percent == 100 else ("推进中" if percent else "未开始")
                    copy.write_row((task_id, day, state, percent, "", "网格员", "2026-12-06 00:00:00+00"))
                    latest[task_id] = (state, percent, day)
        cursor.executemany("UPDATE tasks SET status = %s, percent = %s, reported_on = %s WHERE id = %s",
                           [(*v, k) for k, v in latest.items()])
        with cursor.copy("COPY records (unit_id, seq, source, date, inspector, place, address, item_id, item, result, "
                         "level, description, measure, due, owner, recheck_date, recheck_result, closed_on, version) "
                         "FROM STDIN") as copy:
            for row in hazards(ledger, rng):
                copy.write_row((*row, 1))
        raw.commit()
        raw.driver_connection.autocommit = True
        cursor = raw.driver_connection.cursor()
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("SELECT count(*) FROM reports")
        count = cursor.fetchone()[0]
    finally:
        raw.close()
    return count


def timed(func, repeat=3):
    """(wall seconds, CPU seconds of this process) of the fastest of `repeat` calls, and its result."""
    best, result = None, None
    for _ in range(repeat):
        began, cpu = time.perf_counter(), time.process_time()
        result = func()
        spent = (time.perf_counter() - began, time.process_time() - cpu)
        best = spent if best is None or spent[0] < best[0] else best
    return best, result


def once(func):
    return timed(func, repeat=1)


def status_json(ledger, unit, day, timings=None):
    result = status(ledger, unit=unit, as_of=day, timings=timings)
    began = time.perf_counter()
    out = json.dumps(result.to_dict(), ensure_ascii=False, default=str)
    if timings is not None:
        timings["JSON"] = timings.get("JSON", 0.0) + time.perf_counter() - began
    return out


def register_rows(first_seq, count, rng, changed=0):
    rows = []
    for i in range(count):
        found = START + dt.timedelta(days=rng.randrange(0, 1000))
        major = i % 7 == 0
        row = {"seq": first_seq + i, "date": found, "inspector": "李网格员", "place": f"东湖路{i}号商铺",
               "address": f"东湖路{i}号", "item_id": f"XF-{i % 40:02d}", "item": "消防通道",
               "result": "重大隐患" if major else ("一般隐患" if i % 3 else "合格")}
        if row["result"] != "合格":
            row.update(description="疏散通道堆放杂物", measure="清理杂物", due=found + dt.timedelta(days=30),
                       owner="店主")
        if i < changed and row["result"] != "合格":
            row.update(recheck_date=found + dt.timedelta(days=20), recheck_result="已整改销号")
        rows.append(row)
    return rows


def run(db_name: str, url: str, workdir: Path) -> dict:
    rng = random.Random(42)
    figures: dict = {"db": db_name}
    ledger = open_ledger(workdir, url)
    began = time.perf_counter()
    tasks = 0
    for units, items in district(ARGS.streets, ARGS.communities, ARGS.tasks):
        load_tasks(ledger, units, items, by="bench")
        tasks += len(items)
    figures["load_tasks"] = (time.perf_counter() - began, None)
    figures["tasks"] = tasks
    figures["seed"], figures["reports"] = once(
        lambda: (seed_sqlite if db_name == "sqlite" else seed_postgresql)(ledger, rng))
    figures["hazards"] = ARGS.hazards
    street = "第01街道"
    for label, unit in (("street", street), ("district", None)):
        for day_label, day in (("middle", MIDDLE), ("last", LAST)):
            figures[f"status_{label}_{day_label}_first"], _ = once(lambda unit=unit, day=day: status_json(ledger, unit, day))
            steps: dict[str, float] = {}
            spent, _ = timed(lambda unit=unit, day=day, steps=steps: status_json(ledger, unit, day, steps))
            figures[f"status_{label}_{day_label}"] = spent
            figures[f"status_{label}_{day_label}_steps"] = {k: v / 3 for k, v in steps.items()}
    # import: a 5,000-row 台账 for one community (new rows), the same file again, then corrected
    folder = workdir / "第01街道第01社区"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "检查清单.xlsx"
    fill_register(path, register_rows(100_001, ARGS.import_rows, random.Random(7)))
    figures["import_read_only"], _ = once(lambda: read_register(path, period=(START, END)))
    for label in ("import_new", "import_same"):
        figures[label], summary = once(lambda: import_register(ledger, path, by="bench"))
        figures[label + "_counts"] = (summary.added, summary.updated)
    path.unlink()
    fill_register(path, register_rows(100_001, ARGS.import_rows, random.Random(7), changed=700))
    figures["import_corrected"], summary = once(lambda: import_register(ledger, path, by="bench"))
    figures["import_corrected_counts"] = (summary.added, summary.updated)
    ledger.close()
    return figures


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def dashboard() -> None:
    """The /ledger page of one street against status() of the same street (see the module's docstring)."""
    import re

    from starlette.testclient import TestClient

    from safeplan.accounts import add_account
    from safeplan.web import create_app

    rng = random.Random(42)
    with tempfile.TemporaryDirectory(prefix="safeplan-bench-dashboard-") as tmp:
        ws = Path(tmp)
        ledger = open_ledger(ws)            # the workspace's default ledger: the one `safeplan serve` shows
        for units, items in district(1, ARGS.communities, ARGS.dashboard_tasks):
            load_tasks(ledger, units, items, by="bench")
            street, community = units.street, units.communities[0]
        ARGS.hazards = ARGS.hazards // ARGS.streets
        reports = seed_sqlite(ledger, rng)
        tasks = ARGS.communities * ARGS.dashboard_tasks
        add_account(ws, "安办", "安办", street, "bench-password")
        print(f"\nOne street: {ARGS.communities} communities × {ARGS.dashboard_tasks} tasks = {tasks} tasks, "
              f"{reports:,} weekly reports, {ARGS.hazards:,} 隐患 (SQLite, the workspace's ledger)\n")
        rows = []
        with TestClient(create_app(ws, check_workers=0), base_url="http://127.0.0.1") as client:
            page = client.get("/login")
            csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
            client.post("/login", data={"csrf": csrf, "user": "安办", "password": "bench-password"})
            client.get("/ledger")                                       # opens the ledger once
            for label, day in (("mid-plan (look-back)", MIDDLE), ("last day", LAST)):
                base, page_times, task_times = [], [], []
                for _ in range(ARGS.requests):
                    began = time.perf_counter()
                    status(ledger, unit=street, as_of=day)
                    base.append(time.perf_counter() - began)
                    began = time.perf_counter()
                    answer = client.get("/ledger", params={"street": street, "as_of": day.isoformat()})
                    page_times.append(time.perf_counter() - began)
                    assert answer.status_code == 200 and answer.text.count('class="cell c-') == tasks, answer.text[:300]
                    began = time.perf_counter()
                    answer = client.get("/ledger/task", params={"unit": f"{street}/{community}",
                                                                "task": "anwei-2024-2:3.1.1", "as_of": day.isoformat()})
                    task_times.append(time.perf_counter() - began)
                    assert answer.status_code == 200, answer.text[:300]
                rows.append((f"status() of the street, {label} (baseline)", base, None))
                rows.append((f"/ledger page of the street, {label}", page_times, 0.3))
                rows.append((f"/ledger/task page, {label}", task_times, None))
        ledger.close()
    print(f"Milliseconds, {ARGS.requests} requests each, in-process (TestClient: the request's whole server time)\n")
    print("| measure | median | p95 | target |")
    print("|---|---|---|---|")
    for label, samples, target in rows:
        median, p95 = _percentiles(samples)
        print(f"| {label} | {median * 1000:.0f} | {p95 * 1000:.0f} | {f'≤ {target * 1000:.0f} ms' if target else ''} |")


def main() -> None:
    if ARGS.dashboard:
        dashboard()
        return
    results = []
    with tempfile.TemporaryDirectory(prefix="safeplan-bench-ledger-") as tmp:
        for db_name in ARGS.db.split(","):
            workdir = Path(tmp) / db_name
            workdir.mkdir()
            if db_name == "sqlite":
                results.append(run(db_name, f"sqlite:///{workdir / 'ledger.sqlite'}", workdir))
                size = (workdir / "ledger.sqlite").stat().st_size
                results[-1]["size_mb"] = size / 1e6
                continue
            from pgcluster import Cluster, find_bindir

            bindir = find_bindir()
            if bindir is None:
                print("postgresql: no server binaries (install Debian's postgresql); skipped", file=sys.stderr)
                continue
            cluster = Cluster(bindir, durable=True)
            try:
                server = cluster.start()
                import psycopg

                with psycopg.connect(server, autocommit=True) as admin:
                    admin.execute("CREATE DATABASE bench")
                    base, _, query = server.partition("?")
                    results.append(run(db_name, f"{base.rsplit('/', 1)[0]}/bench?{query}", workdir))
                    results[-1]["size_mb"] = admin.execute(
                        "SELECT pg_database_size('bench')").fetchone()[0] / 1e6
            finally:
                cluster.stop()
    report(results)


def report(results: list[dict]) -> None:
    if not results:
        return
    names = [r["db"] for r in results]
    print(f"\nDistrict: {ARGS.streets} streets × {ARGS.communities} communities × {ARGS.tasks} tasks = "
          f"{results[0]['tasks']:,} tasks; {results[0]['reports']:,} weekly reports; {ARGS.hazards:,} 隐患\n")
    rows = [
        ("load_tasks, 20 streets one by one (through the library)", "load_tasks", "s", None),
        ("seed reports + 隐患 (bulk)", "seed", "s", None),
        ("database size", "size_mb", "MB", None),
        ("status one street, mid-plan (look-back)", "status_street_middle", "s", 0.3),
        ("status one street, last day", "status_street_last", "s", 0.3),
        ("status district, mid-plan (look-back)", "status_district_middle", "s", 2.0),
        ("status district, last day", "status_district_last", "s", 2.0),
        ("status district, mid-plan, first call", "status_district_middle_first", "s", None),
        (f"import {ARGS.import_rows:,}-row 台账: reading + checking cells only", "import_read_only", "s", None),
        (f"import {ARGS.import_rows:,}-row 台账, new rows", "import_new", "s", 3.0),
        ("import the same file again", "import_same", "s", 3.0),
        ("import a corrected file", "import_corrected", "s", 3.0),
    ]
    print("Seconds: wall (CPU of this process; on SQLite all the work, on PostgreSQL the client's share)\n")
    print("| measure | " + " | ".join(names) + " | target |")
    print("|---|" + "---|" * len(names) + "---|")

    def cell(value, unit):
        if unit == "MB":
            return f"{value:.0f} MB"
        wall, cpu = value
        return f"{wall:.3f}" + (f" ({cpu:.3f})" if cpu is not None else "")
    for label, key, unit, target in rows:
        cells = " | ".join(cell(r[key], unit) for r in results)
        print(f"| {label} | {cells} | {('≤ ' + str(target) + ' s') if target else ''} |")
    for r in results:
        print(f"\n{r['db']}: import counts (added, updated): new {r['import_new_counts']}, same "
              f"{r['import_same_counts']}, corrected {r['import_corrected_counts']}")
        for key in ("status_street_middle", "status_street_last", "status_district_middle", "status_district_last"):
            steps = r[key + "_steps"]
            parts = ", ".join(f"{k} {v:.3f}" for k, v in sorted(steps.items(), key=lambda kv: -kv[1]) if v >= 0.001)
            print(f"  {key} {r[key][0]:.3f} s: {parts}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="sqlite,postgresql", help="sqlite, postgresql or both (comma-separated)")
    parser.add_argument("--streets", type=int, default=20)
    parser.add_argument("--communities", type=int, default=15)
    parser.add_argument("--tasks", type=int, default=60)
    parser.add_argument("--hazards", type=int, default=200_000)
    parser.add_argument("--import-rows", type=int, default=5_000)
    parser.add_argument("--dashboard", action="store_true", help="time the workbench's /ledger page of one street")
    parser.add_argument("--dashboard-tasks", type=int, default=20, help="tasks per community for --dashboard")
    parser.add_argument("--requests", type=int, default=20, help="requests per measure for --dashboard")
    ARGS = parser.parse_args()
    main()
