"""Benchmark: a district of 20 streets × 15 communities — every plan and list in every format.

    .venv/bin/python bench/bench_generate.py [--streets 20] [--communities 15] [--workers 2]

Builds the street profiles itself (the sample profile's departments, generated communities with rotating
sectors), cascades the national plan's rule file (rules/anwei-2024-2-zhiben-gongjian.yaml, with the laws'
rule files rules/*-fa-*.yaml, *-tiaoli-*.yaml for the 检查清单; the test fixtures when those are not there
yet — the table says which), and writes per street: 实施方案 (md, html, docx) and 任务清单/责任清单/检查清单
(md, html, docx, xlsx) for the street and each community. Baseline (decisions.md): one unit's files × N —
one street's own files and one community's files timed alone, multiplied by the counts. Prints seconds,
files, peak memory (RSS), and how the time splits between DOCX, XLSX and the rest. Target ≤ 30 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import safeplan.generators as gen  # noqa: E402
from safeplan.profiles import PlanUnit, Profile, Unit  # noqa: E402

SECTOR_SETS = [["九小场所", "自建房", "燃气"], ["工贸", "有限空间", "电动自行车"], ["人员密集场所", "养老机构"],
               ["建设施工", "消防"], ["危险化学品", "粉尘涉爆"], ["校园", "医疗机构", "道路交通"]]
KINDS = ["tasks", "duties", "inspection"]
PLAN_FORMATS = ["md", "html", "docx"]
LIST_FORMATS = ["md", "html", "docx", "xlsx"]
DEPARTMENTS = [
    Unit("街道应急管理办公室", ["街道安办", "应急办"], []),
    Unit("街道城市建设办公室", ["城建办"], ["建设施工", "燃气", "自建房"]),
    Unit("街道经济发展办公室", ["经发办"], ["工贸", "危险化学品", "有限空间", "粉尘涉爆"]),
    Unit("街道综合行政执法队", ["综合执法队"], ["道路交通"]),
    Unit("街道消防工作站", ["消防站"], ["消防", "九小场所", "人员密集场所", "电动自行车"]),
    Unit("街道社会事务办公室", ["社会事务办"], ["养老机构", "校园", "医疗机构"]),
]


def street_profile(i: int, communities: int) -> Profile:
    name = f"第{i + 1}街道"
    return Profile(
        path=f"<bench {name}>", unit=PlanUnit(name, "street", "示例市示例区", f"{name}安全生产委员会", "街道安办"),
        start_year=2024, end_year=2026, date="2024-03-15", doc_number=None, recipients="各社区、街道各部门",
        departments=[dataclasses.replace(d) for d in DEPARTMENTS],
        communities=[Unit(f"{name}第{j + 1}社区", [], SECTOR_SETS[(i + j) % len(SECTOR_SETS)]) for j in range(communities)],
        external_units=[], overrides=[])


def load_rules():
    rules_dir = ROOT / "rules"
    national = rules_dir / "anwei-2024-2-zhiben-gongjian.yaml"
    if national.exists():
        from safeplan.rules.rulefiles import load_rule_files

        laws = sorted(rules_dir.glob("*-fa-*.yaml")) + sorted(rules_dir.glob("*-tiaoli-*.yaml"))
        return load_rule_files([national, *laws]), f"rules/{national.name} + {len(laws)} laws"
    import yaml

    from safeplan.rules.model import rule_file_from_dict

    fixtures = ROOT / "tests" / "generators" / "fixtures"
    names = ["national-mini.yaml", "xiaofang-mini.yaml"]
    files = [rule_file_from_dict(yaml.safe_load((fixtures / n).read_text(encoding="utf-8")), str(fixtures / n))
             for n in names]
    return files, "test fixtures (national-mini + xiaofang-mini: rules/ has no national rule file yet)"


class _Clock:
    """CPU time spent inside the DOCX and XLSX writers (the rest is cascade, templates, HTML, MD, writes).
    CPU time, not the wall clock: on a shared machine the wall clock also counts other processes' turns."""

    def __init__(self):
        self.docx = self.xlsx = 0.0
        self._docx, self._xlsx = gen.write_docx, gen.write_xlsx

        def docx(*a, **k):
            t = time.process_time()
            try:
                return self._docx(*a, **k)
            finally:
                self.docx += time.process_time() - t

        def xlsx(*a, **k):
            t = time.process_time()
            try:
                return self._xlsx(*a, **k)
            finally:
                self.xlsx += time.process_time() - t

        gen.write_docx, gen.write_xlsx = docx, xlsx


_RULES = None
_CLOCK = None


def _street_job(args) -> tuple[int, float, float, float, float]:
    """One street: its plan, and the lists of the street and its communities.
    Returns files, seconds, seconds in the DOCX writer, in the XLSX writer, and CPU seconds."""
    global _RULES, _CLOCK
    i, communities, out, units = args
    if _RULES is None:
        _RULES = load_rules()[0]
        _CLOCK = _Clock()
    profile = street_profile(i, communities)
    docx0, xlsx0 = _CLOCK.docx, _CLOCK.xlsx
    t, cpu = time.perf_counter(), time.process_time()
    files = []
    if units is None or profile.unit.name in units(profile):
        files += gen.generate_plan(_RULES, profile, PLAN_FORMATS, out)
    files += gen.generate_checklists(_RULES, profile, KINDS, LIST_FORMATS, out,
                                     units=units(profile) if units else None)
    return (len(files), time.perf_counter() - t, _CLOCK.docx - docx0, _CLOCK.xlsx - xlsx0,
            time.process_time() - cpu)


def _street_only(profile):
    return [profile.unit.name]


def _first_community(profile):
    return [profile.communities[0].name]


def _run(streets, communities, workers, out) -> dict:
    jobs = [(i, communities, out, None) for i in range(streets)]
    t = time.perf_counter()
    if workers == 1:
        results = [_street_job(job) for job in jobs]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_street_job, jobs))
    wall = time.perf_counter() - t
    return {"wall": wall, "files": sum(r[0] for r in results), "docx": sum(r[2] for r in results),
            "xlsx": sum(r[3] for r in results),
            "cpu": sum(r[4] for r in results)}


def _best_of(n, job) -> tuple[int, float, float]:
    """Files, wall seconds and CPU seconds of one unit's files (the best of n runs)."""
    wall = cpu = None
    for _ in range(n):
        with tempfile.TemporaryDirectory() as out:
            files, seconds, _docx, _xlsx, used = _street_job((0, 15, out, job))
        wall = seconds if wall is None else min(wall, seconds)
        cpu = used if cpu is None else min(cpu, used)
    return files, wall, cpu


def _peak_mb(who) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streets", type=int, default=20)
    parser.add_argument("--communities", type=int, default=15)
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args(argv)

    rules, source = load_rules()
    units = args.streets * (1 + args.communities)
    print(f"rules: {source}; {args.streets} streets × {args.communities} communities = {units} units", flush=True)

    # baseline: one unit's files × N
    street_files, street_s, street_cpu = _best_of(3, _street_only)
    community_files, community_s, community_cpu = _best_of(3, _first_community)
    baseline = street_s * args.streets + community_s * args.streets * args.communities
    baseline_cpu = street_cpu * args.streets + community_cpu * args.streets * args.communities
    baseline_files = street_files * args.streets + community_files * args.streets * args.communities

    with tempfile.TemporaryDirectory() as out:
        one = _run(args.streets, args.communities, 1, out)
    peak_one = _peak_mb(resource.RUSAGE_SELF)
    with tempfile.TemporaryDirectory() as out:
        many = _run(args.streets, args.communities, args.workers, out)
    peak_workers = _peak_mb(resource.RUSAGE_CHILDREN)

    rest = one["cpu"] - one["docx"] - one["xlsx"]
    load = os.getloadavg()[0]
    rows = [
        ("baseline: one unit's files × N", baseline, baseline_files, "—",
         f"CPU {baseline_cpu:.1f} s; street {street_s * 1000:.0f} ms ({street_files} files), "
         f"community {community_s * 1000:.0f} ms ({community_files} files)"),
        ("all units, 1 process", one["wall"], one["files"], f"{peak_one:.0f}",
         f"CPU {one['cpu']:.1f} s = DOCX {one['docx']:.1f} + XLSX {one['xlsx']:.1f} + rest {rest:.1f}"),
        (f"all units, {args.workers} processes", many["wall"], many["files"], f"{peak_workers:.0f} per worker",
         f"CPU {many['cpu']:.1f} s; target ≤ 30 s: " + ("met" if many["wall"] <= 30 else "MISSED")),
    ]
    print(f"load average when done: {load:.2f} on {os.cpu_count()} cores (other work on the machine slows the wall clock)")
    print("\n| run | seconds | files | peak RSS MB | notes |\n|---|---:|---:|---:|---|")
    for name, seconds, files, peak, note in rows:
        print(f"| {name} | {seconds:.1f} | {files} | {peak} | {note} |")


if __name__ == "__main__":
    main()
