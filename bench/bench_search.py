"""Search benchmark: the bench tarball's laws + the embedded corpus, against plain BM25 on the same tokens.

    .venv/bin/python bench/bench_search.py [--tarball PATH] [--queries 200] [--fraction 0.25]

Reads every document with the corpus reader and indexes one rule per item (reader items stand in for
extracted rules: extraction is not what is measured here). Builds the index for half of the documents
and for all of them (how build time and latency grow when the corpus doubles), then times 200 queries
in-process on a warm index: top 10 with snippets, and facets separately; and the same queries against
rank-bm25's BM25Okapi over the same jieba tokens (the baseline of decisions.md), with the ratio.
"""

from __future__ import annotations

import argparse
import random
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARBALL = Path("/work/shared/bench/lawrefbook-2f4c5c2.tar.xz")


def rule_file_of(doc):
    """A rule file of the reader's items alone: ids, titles, texts and lines; no sectors, units or deadlines."""
    from safeplan.rules.model import rule_file_from_dict

    meta = doc.meta
    rules = [{"id": it.id, "path": it.path, "number": it.number, "title": it.title, "text": it.text,
              "kind": "task", "obligation": "must", "sectors": [],
              "source": {"path": doc.path, "line": it.line, "start": it.start, "end": it.end}}
             for it in doc.walk()]
    document = {"id": doc.id, "title": meta.title, "issuer": meta.issuer, "doc_number": meta.doc_number,
                "index_number": meta.index_number, "date": meta.date, "level": meta.level,
                "region": meta.region, "genre": meta.genre,
                "period": {"start_year": meta.period_start, "end_year": meta.period_end},
                "template": meta.template, "source": {"path": doc.path, "sha256": doc.sha256, "part": doc.part}}
    return rule_file_from_dict({"document": document, "rules": rules}, doc.path)


def read_corpus(paths):
    """Rule files made from the reader's items, and the characters read (duplicate ids skipped)."""
    from safeplan.corpus import read_documents

    out, chars, seen = [], 0, set()
    for path in paths:
        try:
            docs = read_documents(path)
        except Exception as exc:  # a file the reader refuses is reported, not fatal to the benchmark
            print(f"  skipped {path.name}: {exc}", file=sys.stderr)
            continue
        for doc in docs:
            if doc.id not in seen:
                seen.add(doc.id)
                chars += len(doc.text)
                out.append(rule_file_of(doc))
    return out, chars


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def make_queries(rule_files, count, seed=7):
    """The relevance questions, then word pairs drawn (seeded) from random rules' texts."""
    import yaml

    from safeplan.search.analysis import words
    from safeplan.segmenter import plain

    questions = [q["q"] for q in yaml.safe_load((ROOT / "tests/relevance/questions.yaml").read_text(encoding="utf-8"))]
    rng = random.Random(seed)
    rules = [r for rf in rule_files for r in rf.rules if len(r.text) > 30]
    queries = list(questions)
    while len(queries) < count:
        text = rng.choice(rules).text
        candidates = [w for w, _, _ in words(text, plain().cut) if len(w) >= 2]
        if len(candidates) >= 2:
            queries.append(" ".join(rng.sample(candidates, 2)))
    return queries[:count]


def timed(fn, items):
    """Milliseconds per item: (wall, CPU). The machine may be shared; CPU time is the steadier figure."""
    wall, cpu = [], []
    for item in items:
        started, started_cpu = time.perf_counter(), time.process_time()
        fn(item)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def run(rule_files, chars, queries, label):
    from rank_bm25 import BM25Okapi

    from safeplan.search import build_index, search
    from safeplan.search.analysis import index_tokens
    from safeplan.search.lexicon import load_lexicon
    from safeplan.search.query import parse_query
    from safeplan.search.searching import _cut
    from safeplan.search.store import open_index
    from safeplan.search.schema import SCHEMA_VERSION, weighting
    from safeplan.workspace import Workspace

    ws = Workspace.at(tempfile.mkdtemp(prefix="bench-search-"))
    from safeplan.segmenter import with_words
    rules = sum(len(rf.rules) for rf in rule_files)

    started, started_cpu = time.perf_counter(), time.process_time()
    stats = build_index(ws, rule_files=rule_files)
    build_s, cpu_build_s = time.perf_counter() - started, time.process_time() - started_cpu

    # jieba segmentation alone over the same texts (the floor under the index build)
    lexicon = load_lexicon(ws)
    segmenter = with_words(lexicon.userdict)
    started = time.perf_counter()
    corpus_tokens = [[t for t, _, _, _ in index_tokens(r.text, segmenter, lexicon.stopwords)]
                     for rf in rule_files for r in rf.rules]
    jieba_s = time.perf_counter() - started
    started = time.perf_counter()
    bm25 = BM25Okapi(corpus_tokens)
    bm25_build_s = time.perf_counter() - started

    opened = open_index(ws, SCHEMA_VERSION, weighting())
    cut = _cut(opened)
    query_tokens = {q: [t for c in parse_query(q, lexicon, cut).clauses for t in c.alternatives[0]] for q in queries}

    for q in queries:   # warm: index, jieba, facet tables, snippets
        search(ws, q, limit=10)
    hits_ms = timed(lambda q: search(ws, q, limit=10, facets=False), queries)
    full_ms = timed(lambda q: search(ws, q, limit=10), queries)

    import numpy

    def baseline(q):
        scores = bm25.get_scores(query_tokens[q])
        top = numpy.argpartition(-scores, min(10, len(scores) - 1))[:10]
        return sorted(top, key=lambda i: -scores[i])

    base_ms = timed(baseline, queries)
    hits_wall, hits_ms = hits_ms
    full_wall, full_ms = full_ms
    base_wall, base_ms = base_ms
    return {
        "hits_wall_p95": percentile(hits_wall, 95), "full_wall_p95": percentile(full_wall, 95),
        "base_wall_p95": percentile(base_wall, 95), "cpu_build_s": cpu_build_s,
        "label": label, "docs": len(rule_files), "rules": rules, "mchars": chars / 1e6,
        "build_s": build_s, "jieba_s": jieba_s, "bm25_build_s": bm25_build_s, "index_mb": stats["bytes"] / 1e6,
        "hits_p50": percentile(hits_ms, 50), "hits_p95": percentile(hits_ms, 95),
        "full_p50": percentile(full_ms, 50), "full_p95": percentile(full_ms, 95),
        "base_p50": percentile(base_ms, 50), "base_p95": percentile(base_ms, 95),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, default=TARBALL)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--fraction", type=float, default=1.0,
                        help="index this share of the tarball's files (every n-th file); 'half' is half of it")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-laws-") as tmp:
        print(f"unpacking {args.tarball.name} …", file=sys.stderr)
        with tarfile.open(args.tarball) as tar:
            tar.extractall(tmp, filter="data")
        bench_files = sorted(p for p in Path(tmp).rglob("*.md") if not p.name.startswith("_"))
        if args.fraction < 1:
            bench_files = bench_files[::round(1 / args.fraction)]
        embedded = sorted(p for p in (ROOT / "corpus").rglob("*") if p.suffix in (".md", ".txt"))
        print(f"reading {len(bench_files)} + {len(embedded)} files …", file=sys.stderr)
        started = time.perf_counter()
        all_files, chars = read_corpus(embedded + bench_files)
        read_s = time.perf_counter() - started
        half_files, half_chars = read_corpus(embedded + bench_files[::2])
        queries = make_queries(all_files, args.queries)

        rows = []
        for label, files, n in (("half", half_files, half_chars), ("full", all_files, chars)):
            print(f"indexing {label}: {len(files)} documents …", file=sys.stderr)
            rows.append(run(files, n, queries, label))

    print(f"\ntarball files indexed: {len(bench_files)} (--fraction {args.fraction}) + the embedded corpus")
    print(f"reader over {rows[-1]['mchars']:.1f} M characters: {read_s:.1f} s (items stand in for extracted rules)")
    print(f"{len(queries)} queries (the relevance questions + word pairs from random rules), warm, in-process, top 10;")
    print("latencies are CPU time per query (the machine is shared; wall-clock p95 below the table)\n")
    head = ("corpus", "docs", "rules", "Mchar", "build s wall (cpu)", "jieba alone s", "index MB",
            "hits p50", "hits p95", "+facets p50", "+facets p95", "bm25 p50", "bm25 p95", "p95 ratio")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        print(f"| {r['label']} | {r['docs']} | {r['rules']} | {r['mchars']:.1f} | {r['build_s']:.0f} ({r['cpu_build_s']:.0f}) | "
              f"{r['jieba_s']:.1f} | "
              f"{r['index_mb']:.0f} | {r['hits_p50']:.1f} ms | {r['hits_p95']:.1f} ms | {r['full_p50']:.1f} ms | "
              f"{r['full_p95']:.1f} ms | {r['base_p50']:.1f} ms | {r['base_p95']:.1f} ms | "
              f"{r['hits_p95'] / r['base_p95']:.2f} |")
    for r in rows:
        print(f"wall-clock p95 {r['label']}: hits {r['hits_wall_p95']:.1f} ms, +facets {r['full_wall_p95']:.1f} ms, "
              f"bm25 {r['base_wall_p95']:.1f} ms")
    half, full = rows
    print(f"\ndoubling the corpus: build ×{full['cpu_build_s'] / half['cpu_build_s']:.2f} (cpu), "
          f"hits p95 ×{full['hits_p95'] / half['hits_p95']:.2f}, with facets p95 ×{full['full_p95'] / half['full_p95']:.2f}, "
          f"bm25 p95 ×{full['base_p95'] / half['base_p95']:.2f}")
    print(f"(bm25 baseline index build: {half['bm25_build_s']:.1f} s / {full['bm25_build_s']:.1f} s; "
          "p95 ratio = our hits p95 / bm25 p95)")


if __name__ == "__main__":
    main()
