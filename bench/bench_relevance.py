"""Relevance benchmark: hit@1, hit@5 and MRR over tests/relevance/asked.yaml, per half and per kind.

    .venv/bin/python bench/bench_relevance.py [--misses] [--backend whoosh|tantivy|both]

Indexes the embedded corpus's rule files in a temporary workspace and asks every question (with its
filters). `--misses` lists the tuning half's misses (never the held-back half's: tune on `tune` only).
The project's own tests/relevance/questions.yaml figures are printed beside it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "relevance"))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the tuning half's misses")
    parser.add_argument("--backend", default="both", choices=("whoosh", "tantivy", "both"))
    args = parser.parse_args(argv)
    for backend in ("whoosh", "tantivy") if args.backend == "both" else (args.backend,):
        run(backend, args.misses)


def run(backend: str, misses: bool) -> None:
    import asked
    import relevance

    from safeplan.search import build_index
    from safeplan.search.build import load_workspace_rules
    from safeplan.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="bench-relevance-") as tmp:
        ws = Workspace.at(tmp)
        started = time.perf_counter()
        build_index(ws, rule_files=load_workspace_rules(ws), backend=backend)
        built = time.perf_counter() - started
        outcomes = asked.evaluate(ws)
        _, hit5, mrr = relevance.evaluate(ws)
    print(f"\n## {backend}: embedded corpus indexed in {built:.1f} s; {len(outcomes)} questions of "
          "tests/relevance/asked.yaml\n")
    print(asked.report(outcomes, misses=misses))
    print(f"\ntests/relevance/questions.yaml (written while tuning): hit@5 {hit5:.3f}, MRR {mrr:.3f}")


if __name__ == "__main__":
    main()
