"""Benchmark: the corpus reader over the LawRefBook tarball (3,504 Markdown files).

    .venv/bin/python bench/bench_reader.py [TARBALL]

Unpacks the tarball to a temporary folder, then, one file at a time (nothing kept between files, so
memory stays flat in corpus size):
  baseline — read the bytes, decode, splitlines (decisions.md: "reader vs reading + splitlines alone");
  reader   — safeplan.corpus.read_documents: decode, clean, structure, metadata.
MB = megabytes of UTF-8 source. MB/s is given per wall-clock second and per CPU second (the machine
may be shared; CPU time is what one core spends). Times are measured without tracing; peak memory comes from a second,
traced pass (tracemalloc's peak of Python allocations) and from the process's max RSS after each pass.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tarfile
import tempfile
import time
import tracemalloc
from pathlib import Path

from safeplan.corpus import read_documents
from safeplan.errors import SafeplanError

DEFAULT_TARBALL = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "lawrefbook-2f4c5c2.tar.xz"


def baseline(path: Path) -> int:
    return len(path.read_bytes().decode("utf-8").splitlines())


def reader(path: Path) -> int:
    try:
        return sum(1 for doc in read_documents(path) for _ in doc.walk())
    except SafeplanError:
        return 0


def run(name: str, files: list[Path], work) -> dict:
    started, cpu_started = time.perf_counter(), time.process_time()
    count = 0
    for path in files:
        count += work(path)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    for path in files:
        work(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"name": name, "seconds": seconds, "count": count, "cpu": cpu, "peak_mb": peak / 1e6, "rss_mb": rss}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tarball", nargs="?", default=str(DEFAULT_TARBALL))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-reader-") as tmp:
        with tarfile.open(args.tarball) as tar:
            tar.extractall(tmp, filter="data")
        files = sorted(Path(tmp).rglob("*.md"))
        megabytes = sum(p.stat().st_size for p in files) / 1e6
        for path in files:      # warm the page cache so both passes read from memory
            path.read_bytes()
        rows = [run("read + splitlines (baseline)", files, baseline), run("safeplan reader", files, reader)]
    print(f"{len(files)} files, {megabytes:.1f} MB of UTF-8 source, one core (Python {sys.version.split()[0]})")
    print(f"| {'pass':<28} | {'wall s':>7} | {'CPU s':>7} | {'MB/s wall':>9} | {'MB/s CPU':>8} "
          f"| {'peak traced MB':>14} | {'max RSS MB':>10} | {'lines / items':>13} |")
    print(f"|{'-' * 30}|{'-' * 9}|{'-' * 9}|{'-' * 11}|{'-' * 10}|{'-' * 16}|{'-' * 12}|{'-' * 15}|")
    for row in rows:
        print(f"| {row['name']:<28} | {row['seconds']:>7.2f} | {row['cpu']:>7.2f} | {megabytes / row['seconds']:>9.2f} "
              f"| {megabytes / row['cpu']:>8.2f} | {row['peak_mb']:>14.1f} | {row['rss_mb']:>10.0f} | {row['count']:>13,} |")
    print(f"reader / baseline time: {rows[1]['seconds'] / rows[0]['seconds']:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
