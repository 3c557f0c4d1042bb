"""Search benchmark, in one run: both backends beside jieba alone and raw tantivy, on the bench law corpus.

    .venv/bin/python bench/bench_search.py [--tarball PATH] [--queries 200] [--fraction 1.0]
                                           [--backends tantivy,whoosh] [--work /tmp/safeplan-bench-search]

Unpacks the bench tarball's laws into --work (in /tmp: never committed), reads them and the embedded corpus
with the corpus reader (reader items stand in for extracted rules: extraction is not what is measured), and
on the same units and the same tokens measures, against two named baselines:

  jieba alone     (build baseline) our analyzer (one Segmenter + the search user dictionary) over every text
                  the index build cuts (each unit's heading, text, path, units, tags; a repeated path cut once);
  raw tantivy     (search baseline) a tantivy index of those tokens (text only) and its top 10 for the query's
                  words, counting every match as tantivy-py does by default (count=True); its figure without
                  counting (count=False, what a hits-only search of ours does) is printed beside it; measured
                  once after its build, and again beside each backend's warm passes (ROUNDS times: raw
                  tantivy's pass, then the backend's; the ratios use these, so a change of the shared machine's
                  load between the two measurements cannot skew them);
  each backend    `safeplan index` (build_index) CPU, warm in-process `search` (hits: ROUNDS passes, their
                  percentiles together; hits + facets: one pass), and a cold `safeplan search --json` process per
                  query (CPU and wall time, peak memory);
  demo index      a cold `safeplan search` on the embedded corpus's index (its default backend).

Latencies are CPU milliseconds per query (the machine is shared; wall-clock is printed beside them, and the
load average at the start and end); compare ratios within one run. Run it nice'd: `nice -n 10 make bench-search`.
One table holds every row.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARBALL = Path("/work/shared/bench/lawrefbook-2f4c5c2.tar.xz")
WORK = Path("/tmp/safeplan-bench-search")
COLD_QUERIES = ["疏散逃生演练 多久一次", "危化品 重大隐患 2025年底前", "老板不履职 罚多少钱", "特种设备 定期检验"]


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
    """The relevance questions (both sets), then word pairs drawn (seeded) from random rules' texts."""
    import yaml

    from safeplan.search.analysis import words
    from safeplan.segmenter import plain

    old = yaml.safe_load((ROOT / "tests/relevance/questions.yaml").read_text(encoding="utf-8"))
    asked = yaml.safe_load((ROOT / "tests/relevance/asked.yaml").read_text(encoding="utf-8"))["questions"]
    queries = [q["q"] for q in old] + [q["q"] for q in asked]
    rng = random.Random(seed)
    rules = [r for rf in rule_files for r in rf.rules if len(r.text) > 30]
    random_pairs = []
    while len(random_pairs) < max(0, count - len(queries)):
        text = rng.choice(rules).text
        candidates = [w for w, _, _ in words(text, plain().cut) if len(w) >= 2]
        if len(candidates) >= 2:
            random_pairs.append(" ".join(rng.sample(candidates, 2)))
    return (queries + random_pairs)[:max(count, len(queries))]


def timed(fn, items):
    """Milliseconds per item: (wall, CPU). The machine may be shared; CPU time is the steadier figure."""
    wall, cpu = [], []
    for item in items:
        started, started_cpu = time.perf_counter(), time.process_time()
        fn(item)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def clock(fn):
    """(result, wall s, CPU s) of fn()."""
    started, started_cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - started, time.process_time() - started_cpu


def jieba_alone(units, segmenter, stoplist):
    """Our analyzer over every text a build cuts; the text tokens of each unit (for raw tantivy)."""
    from safeplan.search.schema import FIELD_WEIGHTS
    from safeplan.search.tantivy_engine import TokenCache

    tokens = TokenCache(segmenter, frozenset(stoplist))
    texts = []
    for fields in units:
        for name in FIELD_WEIGHTS:
            value = fields.get(name) or ""
            if value:
                cut = tokens.cut(value, remember=name in ("path", "units", "tags"))
                if name == "text":
                    texts.append(cut)
    return texts


def raw_tantivy(texts, queries, query_tokens):
    """A tantivy index of the text tokens alone, and the CPU/wall ms of its top 10 per query, counting every
    match (tantivy-py's default) and not."""
    import tantivy

    sb = tantivy.SchemaBuilder()
    sb.add_text_field("text", stored=False, tokenizer_name="whitespace")
    schema = sb.build()
    folder = tempfile.mkdtemp(prefix="bench-raw-tantivy-", dir=WORK)
    index = tantivy.Index(schema, path=folder)

    def build():
        writer = index.writer(heap_size=256_000_000, num_threads=1)
        for text in texts:
            doc = tantivy.Document()
            doc.add_text("text", text)
            writer.add_document(doc)
        writer.commit()
        writer.wait_merging_threads()
        index.reload()

    _, build_s, build_cpu = clock(build)
    searcher = index.searcher()

    def top10(q, count=True):
        terms = query_tokens[q]
        if not terms:
            return []
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(schema, "text", t)) for t in terms])
        return searcher.search(query, 10, count=count).hits

    for q in queries:
        top10(q)
    wall, cpu = timed(top10, queries)
    _, uncounted = timed(lambda q: top10(q, count=False), queries)

    def passes():
        """One timed pass over the queries, counting and not: CPU ms per query (beside a backend's pass)."""
        return timed(top10, queries)[1], timed(lambda q: top10(q, count=False), queries)[1]

    return {"build_s": build_s, "build_cpu": build_cpu, "p50": percentile(cpu, 50), "p95": percentile(cpu, 95),
            "wall_p95": percentile(wall, 95), "uncounted_p95": percentile(uncounted, 95), "passes": passes}


def cold(workspace: Path, queries, runs: int = 2) -> dict:
    """A `safeplan search --json` process per query and run: median CPU (user + system) and wall seconds, peak
    memory MB. The processes may write and read compiled modules (in --work/pycache: as an installed package
    has them, even when PYTHONDONTWRITEBYTECODE is set here); one search before the runs writes them."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    command = [sys.executable, "-m", "safeplan", "search", "--workspace", str(workspace), "--json"]
    subprocess.run(command + [queries[0]], capture_output=True, cwd=str(ROOT), env=env, check=True)
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        for q in queries:
            done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M"] + command + [q], capture_output=True,
                                  cwd=str(ROOT), env=env)
            if done.returncode != 0:
                raise RuntimeError(done.stderr.decode("utf-8", "replace"))
            wall, user, system, peak = done.stderr.decode().strip().splitlines()[-1].split()
            walls.append(float(wall))
            cpus.append(float(user) + float(system))
            peaks.append(int(peak) / 1024)   # KB → MB
    return {"median_s": sorted(cpus)[len(cpus) // 2], "max_s": max(cpus), "wall_s": sorted(walls)[len(walls) // 2],
            "peak_mb": max(peaks)}


ROUNDS = 3     # warm passes of each backend, each beside one of raw tantivy (alternating: the same load for both)


def bench_backend(backend, rule_files, queries, raw_passes):
    from safeplan.search import build_index, search
    from safeplan.workspace import Workspace

    ws_dir = WORK / f"ws-{backend}"
    if ws_dir.exists():
        import shutil

        shutil.rmtree(ws_dir)
    ws_dir.mkdir(parents=True)
    ws = Workspace.at(ws_dir)
    print(f"building the {backend} index …", file=sys.stderr)
    stats, build_s, build_cpu = clock(lambda: build_index(ws, rule_files=rule_files, backend=backend, rebuild=True))
    for q in queries:   # warm: index, facet tables, snippets
        search(ws, q, limit=10)
    hits_wall, hits_cpu, raw_cpu, raw_uncounted = [], [], [], []
    for _ in range(ROUNDS):   # raw tantivy's pass, then ours: a change of the machine's load reaches both
        counted, uncounted = raw_passes()
        raw_cpu += counted
        raw_uncounted += uncounted
        wall, cpu = timed(lambda q: search(ws, q, limit=10, facets=False), queries)
        hits_wall += wall
        hits_cpu += cpu
    full_wall, full_cpu = timed(lambda q: search(ws, q, limit=10), queries)
    print(f"cold searches on the {backend} index …", file=sys.stderr)
    return {"backend": backend, "rules": stats["rules"], "build_s": build_s, "build_cpu": build_cpu,
            "index_mb": stats["bytes"] / 1e6,
            "hits_p50": percentile(hits_cpu, 50), "hits_p95": percentile(hits_cpu, 95),
            "full_p50": percentile(full_cpu, 50), "full_p95": percentile(full_cpu, 95),
            "hits_wall_p95": percentile(hits_wall, 95), "full_wall_p95": percentile(full_wall, 95),
            "raw_p95": percentile(raw_cpu, 95), "raw_uncounted_p95": percentile(raw_uncounted, 95),
            "cold": cold(ws_dir, COLD_QUERIES)}


def table(jieba_s, jieba_cpu, raw, rows, demo) -> str:
    """Every row of the run in one table: the two baselines, each backend, the demo index."""
    head = ("row", "rules", "build s CPU (wall)", "build / jieba alone", "index MB", "warm hits p50 ms",
            "warm hits p95 ms", "raw tantivy p95 ms beside it", "p95 / raw tantivy", "p95 / raw uncounted",
            "warm +facets p95 ms",
            "cold search CPU s median (max)", "cold wall s median", "cold peak MB")
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    dash = "–"
    out.append(f"| jieba alone (build baseline) | {rows[0]['rules'] if rows else dash} | {jieba_cpu:.1f} ({jieba_s:.0f}) | "
               f"1.00 | {dash} | {dash} | {dash} | {dash} | {dash} | {dash} | {dash} | {dash} | {dash} | {dash} |")
    out.append(f"| raw tantivy top 10 (search baseline) | {dash} | {raw['build_cpu']:.1f} ({raw['build_s']:.0f}) | "
               f"{raw['build_cpu'] / jieba_cpu:.2f} | {dash} | {raw['p50']:.2f} | {raw['p95']:.2f} | {dash} | 1.00 | "
               f"{raw['p95'] / raw['uncounted_p95']:.2f} | {dash} | {dash} | {dash} | {dash} |")
    out.append(f"| raw tantivy, not counting matches | {dash} | {dash} | {dash} | {dash} | {dash} | "
               f"{raw['uncounted_p95']:.2f} | {dash} | {raw['uncounted_p95'] / raw['p95']:.2f} | 1.00 | {dash} | {dash} | {dash} | "
               f"{dash} |")
    for r in rows:
        c = r["cold"]
        out.append(f"| {r['backend']} | {r['rules']} | {r['build_cpu']:.1f} ({r['build_s']:.0f}) | "
                   f"{r['build_cpu'] / jieba_cpu:.2f} | {r['index_mb']:.0f} | {r['hits_p50']:.2f} | {r['hits_p95']:.2f} | "
                   f"{r['raw_p95']:.2f} | {r['hits_p95'] / r['raw_p95']:.2f} | {r['hits_p95'] / r['raw_uncounted_p95']:.2f} | "
                   f"{r['full_p95']:.2f} | {c['median_s']:.2f} ({c['max_s']:.2f}) | {c['wall_s']:.2f} | {c['peak_mb']:.0f} |")
    if demo is not None:
        stats, c = demo
        out.append(f"| demo index ({stats['backend']}, embedded corpus) | {stats['rules']} | {dash} | {dash} | "
                   f"{stats['bytes'] / 1e6:.0f} | {dash} | {dash} | {dash} | {dash} | {dash} | {dash} | "
                   f"{c['median_s']:.2f} ({c['max_s']:.2f}) | {c['wall_s']:.2f} | {c['peak_mb']:.0f} |")
    return "\n".join(out)


def unpack(tarball: Path) -> Path:
    target = WORK / "laws"
    stamp = target / ".unpacked"
    if not stamp.exists():
        print(f"unpacking {tarball.name} into {target} …", file=sys.stderr)
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(tarball) as tar:
            tar.extractall(target, filter="data")
        stamp.write_text(tarball.name, encoding="utf-8")
    return target


def main(argv=None):
    global WORK
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, default=TARBALL)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--fraction", type=float, default=1.0, help="index this share of the tarball's files")
    parser.add_argument("--backends", default="tantivy,whoosh")
    parser.add_argument("--work", type=Path, default=WORK, help="where the laws are unpacked and indexes built")
    args = parser.parse_args(argv)
    WORK = args.work
    sys.path.insert(0, str(ROOT))
    load_start = os.getloadavg()

    from safeplan.search.documents import rule_documents
    from safeplan.search.lexicon import load_lexicon
    from safeplan.search.query import parse_query
    from safeplan.search.segment import QuerySegmenter
    from safeplan.segmenter import with_words
    from safeplan.workspace import Workspace

    WORK.mkdir(parents=True, exist_ok=True)
    laws = unpack(args.tarball)
    bench_files = sorted(p for p in laws.rglob("*.md") if not p.name.startswith("_"))
    if args.fraction < 1:
        bench_files = bench_files[::round(1 / args.fraction)]
    embedded = sorted(p for p in (ROOT / "corpus").rglob("*") if p.suffix in (".md", ".txt"))
    print(f"reading {len(bench_files)} + {len(embedded)} files …", file=sys.stderr)
    (rule_files, chars), read_s, _ = clock(lambda: read_corpus(embedded + bench_files))
    queries = make_queries(rule_files, args.queries)

    lexicon = load_lexicon(Workspace.at(WORK))
    segmenter = with_words(lexicon.userdict)
    segmenter.tokenizer()            # jieba's dictionary loaded before anything is timed
    units = [fields for rf in rule_files for fields in rule_documents(rf)]
    print(f"jieba alone over {len(units)} units …", file=sys.stderr)
    texts, jieba_s, jieba_cpu = clock(lambda: jieba_alone(units, segmenter, lexicon.stopwords))
    units.clear()     # not held during the builds (a law library's units are millions of objects)

    from safeplan.search.build import query_dictionary
    from safeplan.search.tantivy_engine import TokenCache

    vocabulary = TokenCache(segmenter, frozenset())
    for text in texts:
        vocabulary.vocabulary.update(text.split())
    dictionary = query_dictionary(vocabulary.vocabulary, segmenter.freq)
    cut = QuerySegmenter(dictionary, dictionary.total).cut
    query_tokens = {q: [t for c in parse_query(q, lexicon, cut).clauses for t in c.alternatives[0]] for q in queries}
    print("raw tantivy …", file=sys.stderr)
    raw = raw_tantivy(texts, queries, query_tokens)
    del texts

    shown = {k: v for k, v in raw.items() if k != "passes"}
    print(f"jieba alone: {jieba_s:.1f} s wall, {jieba_cpu:.1f} s CPU; raw tantivy: {shown}", file=sys.stderr)
    from safeplan.search import build_index

    rows, demo = [], None
    for backend in args.backends.split(","):
        rows.append(bench_backend(backend, rule_files, queries, raw["passes"]))
        print(f"{backend}: {rows[-1]}", file=sys.stderr)      # as soon as it is known (a long run)
        if demo is None:    # the demo index's cold search, early in the run (the whoosh build is long)
            folder = Path(tempfile.mkdtemp(prefix="bench-demo-", dir=WORK))
            stats = build_index(Workspace.at(folder))
            stats["backend"] = json.loads((Path(stats["index"]) / stats["generation"] / "meta.json")
                                          .read_text(encoding="utf-8"))["backend"]
            demo = (stats, cold(folder, COLD_QUERIES))
        print(table(jieba_s, jieba_cpu, raw, rows, demo), file=sys.stderr)

    load_end = os.getloadavg()
    print(f"\ncorpus: {len(bench_files)} bench laws + the embedded corpus; {len(rule_files)} documents, "
          f"{rows[0]['rules'] if rows else '?'} units, {chars / 1e6:.1f} M characters (read in {read_s:.0f} s)")
    print(f"{len(queries)} queries (tests/relevance questions + word pairs from random rules), top 10; "
          f"load average {load_start[0]:.1f} at the start, {load_end[0]:.1f} at the end (2 cores)\n")
    print(table(jieba_s, jieba_cpu, raw, rows, demo))
    for r in rows:
        print(f"wall-clock p95 {r['backend']}: hits {r['hits_wall_p95']:.1f} ms, +facets {r['full_wall_p95']:.1f} ms")


if __name__ == "__main__":
    main()
