"""Benchmark `safeplan check`: 100 plans against the national plan's rules plus a district's.

    .venv/bin/python bench/bench_check.py [--plans 100]

Prints seconds per plan and in total beside the baseline of decisions.md ("checker vs reading the plan
alone"), then how the time per plan grows with the number of upper rules (national + district, then
adding the 12 laws' rule files). Plans are seeded mutations of the national plan (.md), so every plan
has findings to report. Not part of `make test`.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safeplan.check import check_plans  # noqa: E402
from safeplan.check.align import RuleIndex  # noqa: E402
from safeplan.corpus import read_documents  # noqa: E402
from safeplan.rules.rulefiles import load_rule_files  # noqa: E402
from safeplan.workspace import Workspace  # noqa: E402

NATIONAL = ROOT / "corpus/national/anwei-2024-2-zhiben-gongjian.md"
MUTATIONS = [
    ("2024年底前建设完善", "2025年底前建设完善"),
    ("每季度带队", "每年带队"),
    ("(高危行业领域每月至少1次)", ""),
    ("每年至少组织开展1次疏散逃生演练", "每两年至少组织开展1次疏散逃生演练"),
    ("2025年底前推动变型拖拉机", "2026年底前推动变型拖拉机"),
    ("2024年底前基本消除", "20__年底前基本消除"),
]


def make_plans(n: int, out: Path) -> list[Path]:
    rng = random.Random(42)
    text = NATIONAL.read_text(encoding="utf-8")
    paras = text.split("\n")
    numbered = [i for i, p in enumerate(paras) if re.match(r"&emsp;&emsp;\d+\.", p)]
    plans = []
    for k in range(n):
        t = text
        for old, new in rng.sample(MUTATIONS, 2):
            t = t.replace(old, new, 1)
        lines = t.split("\n")
        drop = rng.choice(numbered)
        lines[drop] = ""                       # drop one task
        p = out / f"plan-{k:03d}.md"
        p.write_text("\n".join(lines), encoding="utf-8")
        plans.append(p)
    return plans


def rule_files(names: list[str], ws: Workspace, tmp: Path):
    """The committed rules/<name>.yaml, else extracted here from the corpus into `tmp` (not timed)."""
    from safeplan.rules.extract import extract_document
    from safeplan.rules.model import rule_file_to_dict
    from safeplan.rules.rulefiles import write_rule_file

    out = []
    for name in names:
        committed = ROOT / "rules" / f"{name}.yaml"
        if committed.exists():
            out += load_rule_files([committed], workspace=ws)
            continue
        source = next(ROOT.glob(f"corpus/*/{name}.*"))
        for doc in read_documents(source, workspace=ws):
            rule_file = extract_document(doc)
            rule_file.path = str(tmp / f"{doc.id}.yaml")
            write_rule_file(Path(rule_file.path), rule_file_to_dict(rule_file))
            out.append(rule_file)
    return out


CPU = {}


def timed(fn):
    """Wall seconds and the result; the CPU seconds of the same call go to CPU[fn] (the machine may be shared)."""
    t, c = time.perf_counter(), time.process_time()
    result = fn()
    CPU["last"] = time.process_time() - c
    return time.perf_counter() - t, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--plans", type=int, default=100)
    args = ap.parse_args()
    ws = Workspace.at(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        national = rule_files(["anwei-2024-2-zhiben-gongjian"], ws, Path(tmp))
        district = rule_files(["nanxun-2021-yjgl-gzyd"], ws, Path(tmp))
        laws = rule_files(sorted(p.stem for p in (ROOT / "corpus/laws").glob("*.md")), ws, Path(tmp))
        plans = make_plans(args.plans, Path(tmp))
        startup, _ = timed(lambda: check_plans(plans[:1], national + district, workspace=ws))   # jieba, imports
        read_s, _ = timed(lambda: [read_documents(p, workspace=ws) for p in plans])
        read_cpu = CPU["last"]
        rules = national + district
        check_s, report = timed(lambda: check_plans(plans, rules, workspace=ws))
        check_cpu = CPU["last"]
        n_rules = sum(len(rf.rules) for rf in rules)
        print(f"{len(plans)} plans (seeded mutations of the national plan, .md), {n_rules} upper rules "
              f"(national + district); start-up (first check, jieba load) {startup:.2f} s")
        print()
        n = len(plans)
        print("| step | total s (wall) | s per plan (wall) | s per plan (CPU) |")
        print("|---|---:|---:|---:|")
        print(f"| baseline: reading the plans alone (read_documents) | {read_s:.2f} | {read_s / n:.3f} | {read_cpu / n:.3f} |")
        print(f"| safeplan check (read + align + compare + scans) | {check_s:.2f} | {check_s / n:.3f} | {check_cpu / n:.3f} |")
        print(f"| check minus reading | {check_s - read_s:.2f} | {(check_s - read_s) / n:.3f} | {(check_cpu - read_cpu) / n:.3f} |")
        print(f"\nfindings: {report.summary}")
        print("\nGrowth with the number of upper rules (20 plans each):")
        print()
        print("| rule files | upper rules | index build s | s per plan (wall) | s per plan (CPU) | candidate rules visited per item (mean) |")
        print("|---|---:|---:|---:|---:|---:|")
        sample = plans[:20]
        steps = [("national", national), ("national + district", national + district)]
        for k in (3, 6, len(laws)):
            steps.append((f"national + district + {k} laws", national + district + laws[:k]))
        for name, rfs in steps:
            build_s, index = timed(lambda rfs=rfs: RuleIndex(rfs))
            s, _ = timed(lambda rfs=rfs: check_plans(sample, rfs, workspace=ws))
            cpu = CPU["last"]
            visited = _mean_visited(index, sample, ws)
            print(f"| {name} | {sum(len(r.rules) for r in rfs)} | {build_s:.2f} | {s / len(sample):.3f} | "
                  f"{cpu / len(sample):.3f} | {visited:.0f} |")


def _mean_visited(index: RuleIndex, plans, ws) -> float:
    counts = []
    for p in plans[:5]:
        for doc in read_documents(p, workspace=ws):
            for it in doc.walk():
                counts.append(len(index.candidate_ids(index._query(f"{it.title} {it.text}"))))
    return sum(counts) / max(len(counts), 1)


if __name__ == "__main__":
    main()
