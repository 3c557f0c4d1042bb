"""Benchmark: rule extraction over the LawRefBook tarball (3,504 Markdown laws).

    .venv/bin/python bench/bench_extract.py [TARBALL] [--limit N]

Unpacks the tarball to a temporary folder, then runs three phases, each in its own process so that
peak memory (max RSS) belongs to that phase alone:
  reader    — baseline (decisions.md: "extraction vs the reader alone"): safeplan.corpus.read_documents;
  extract   — `safeplan extract` on an empty rules folder: read, extract every field, write the YAML;
  re-extract — the same again on the unchanged corpus: content hashes skip every file (target ≥ 10× faster);
  fresh-200 / changed-200 — the first 200 laws extracted into an empty folder, then one character changed in
             each and extracted again (merged into the rule files, rewriting only the changed values):
             target within 3× the fresh extract (issue 20 #17: it was 55×).
MB = megabytes of UTF-8 source. MB/s per wall-clock second and per CPU second (one core).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

DEFAULT_TARBALL = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "lawrefbook-2f4c5c2.tar.xz"


def phase(name: str, corpus: Path, out: Path, limit: int | None) -> dict:
    from safeplan.corpus import read_documents
    from safeplan.errors import SafeplanError
    from safeplan.rules.extract import document_files, extract_corpus
    from safeplan.workspace import Workspace

    files = document_files([corpus]).documents[:limit]
    started, cpu_started = time.perf_counter(), time.process_time()
    rules = errors = 0
    if name == "reader":
        for path in files:
            try:
                rules += sum(1 for doc in read_documents(path) for _ in doc.walk())
            except SafeplanError:
                errors += 1
    else:
        failed: list = []                     # one unreadable law does not stop the run
        rules = sum(e["rules"] for e in extract_corpus(Workspace.at(corpus), out, files, errors=failed))
        errors = len(failed)
    return {"name": name, "files": len(files), "errors": errors, "rules": rules,
            "seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu_started,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "mb": sum(p.stat().st_size for p in files) / 1e6}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tarball", nargs="?", default=str(DEFAULT_TARBALL))
    parser.add_argument("--limit", type=int, default=None, help="only the first N files (a quick run)")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        print(json.dumps(phase(args.phase, Path(args.corpus), Path(args.out), args.limit)))
        return 0
    with tempfile.TemporaryDirectory(prefix="safeplan-bench-extract-") as tmp:
        corpus, out = Path(tmp) / "laws", Path(tmp) / "rules"
        with tarfile.open(args.tarball) as tar:
            tar.extractall(corpus, filter="data")
        results = []
        for name in ("reader", "extract", "re-extract"):
            cmd = [sys.executable, __file__, "--phase", name, "--corpus", str(corpus), "--out", str(out)]
            if args.limit:
                cmd += ["--limit", str(args.limit)]
            results.append(json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout))
        written = sum(p.stat().st_size for p in out.glob("*.yaml")) / 1e6
        few = min(200, args.limit or 200)
        for name in ("fresh-200", "changed-200"):
            if name == "changed-200":
                _change_one_character(corpus, few)
            cmd = [sys.executable, __file__, "--phase", name, "--corpus", str(corpus), "--out",
                   str(Path(tmp) / "rules-200"), "--limit", str(few)]
            results.append(json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout))
    print(f"{'phase':<11} {'files':>6} {'MB':>6} {'rules':>8} {'wall s':>7} {'cpu s':>7} {'MB/s':>6} {'MB/s cpu':>8} "
          f"{'rules/s':>8} {'max RSS MB':>10}")
    for r in results:
        print(f"{r['name']:<11} {r['files']:>6} {r['mb']:>6.1f} {r['rules']:>8} {r['seconds']:>7.1f} {r['cpu']:>7.1f} "
              f"{r['mb'] / r['seconds']:>6.2f} {r['mb'] / r['cpu']:>8.2f} {r['rules'] / r['seconds']:>8.0f} "
              f"{r['rss_mb']:>10.0f}")
    reader, first, again, fresh, changed = results
    print(f"\nextraction vs the reader alone: {first['seconds'] / reader['seconds']:.2f}× the time; "
          f"re-extraction {first['seconds'] / again['seconds']:.1f}× faster than the first run; "
          f"{written:.1f} MB of YAML written; unreadable files: {first['errors']}")
    print(f"re-extraction after a one-character change in each of {fresh['files']} laws: "
          f"{changed['seconds'] / fresh['seconds']:.2f}× a fresh extract of them (target ≤ 3×)")
    return 0


def _change_one_character(corpus: Path, count: int) -> None:
    """One character of each of the first `count` laws: the last one before a 。 becomes 改 (or 更)."""
    from safeplan.rules.extract import document_files

    for path in document_files([corpus]).documents[:count]:
        text = path.read_text(encoding="utf-8")
        at = text.rfind("。") - 1
        if at < 0:
            at = len(text) - 1
        text = text[:at] + ("改" if text[at] != "改" else "更") + text[at + 1:]
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
