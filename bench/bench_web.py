"""Load on the workbench over loopback: an open-loop arrival rate, then the rate where search p95 passes 150 ms.

    .venv/bin/python bench/bench_web.py [--requests 5000] [--rate 20] [--step-seconds 10]

Starts `safeplan serve` on 127.0.0.1 (a free port) over a fresh workspace holding a copy of the packaged
corpus and rules, builds the index first, then sends requests at fixed arrival times whatever the answers do
(open loop): search 80 %, source view 15 %, check of a small plan 5 %. Prints requests/s served,
p50/p95/p99 and errors per route and the server's memory (RSS) at start and end; then raises the rate
step by step until search p95 > 150 ms. Baseline in the same run: the same searches in-process
(`safeplan.search.search`), so the web layer's overhead shows as a ratio. Client and server share the
machine's cores (and whatever else runs on it: say so beside the figures): the figures are a floor for
what a server alone would do.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

QUERIES = ["疏散逃生演练 多久一次", "危化品 重大隐患 2025年底前", "街道安办 牵头", "重大事故隐患 排查整治",
           "消防安全责任人 培训", "有限空间作业", "燃气 安全 检查", "电动自行车 充电", "安全生产责任制",
           "应急预案 演练", "特种设备 检验", "烟花爆竹 经营", "建设施工 高处坠落", "自建房 安全隐患",
           "生产经营单位 主要负责人 职责", "安全培训 全覆盖", "事故报告 时限", "隐患整改 闭环", "执法检查 每季度",
           "人员密集场所 消防"]
SMALL_PLAN = """城东街道安全生产治本攻坚三年行动实施方案

一、总体要求
（一）工作目标。2024年底前基本消除2023年及以前排查发现的重大事故隐患存量。
二、主要任务
（一）开展主要负责人安全教育培训。每年组织1次集中培训。责任单位：街道安办。
（二）开展重大事故隐患排查整治。2025年底前完成。责任单位：街道城建办、各社区。
"""
UPPER = "anwei-2024-2-zhiben-gongjian"   # the small plan is checked against its upper plan
SEARCH_P95_LIMIT_MS = 150.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        out += [int(c) for c in (task / "children").read_text().split()]
    return out


def memory(pid: int) -> str:
    """The server's RSS and its check workers' (spawned processes, including multiprocessing's tracker)."""
    kids = children(pid)
    return f"server {rss_mb(pid):.0f} MB + {len(kids)} children {sum(rss_mb(k) for k in kids):.0f} MB"


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * len(values) + 0.5) - 1))
    return values[k]


class Load:
    def __init__(self, base: str, sources: list[str], rng: random.Random):
        self.base = base
        self.sources = sources
        self.rng = rng
        self.errors: Counter = Counter()
        self.client = httpx.AsyncClient(base_url=base, timeout=30.0,
                                        limits=httpx.Limits(max_connections=1000, max_keepalive_connections=200))

    def pick(self) -> tuple[str, str, dict]:
        r = self.rng.random()
        if r < 0.80:
            return "search", "GET", {"url": "/api/search", "params": {"q": self.rng.choice(QUERIES)}}
        if r < 0.95:
            return "source", "GET", {"url": self.rng.choice(self.sources)}
        return "check", "POST", {"url": "/api/check", "data": {"rules": UPPER},
                                 "files": {"plans": ("plan.txt", SMALL_PLAN.encode("utf-8"), "text/plain")}}

    async def one(self, route, method, kwargs, results):
        start = time.perf_counter()
        try:
            resp = await self.client.request(method, **kwargs)
            ok = resp.status_code == 200
            if not ok:
                self.errors[f"{route} HTTP {resp.status_code}: {resp.text[:120]}"] += 1
        except httpx.HTTPError as exc:
            ok = False
            self.errors[f"{route} {type(exc).__name__}"] += 1
        results.append((route, (time.perf_counter() - start) * 1000, ok))

    async def run(self, rate: float, count: int) -> tuple[list, float]:
        """Sends `count` requests at `rate`/s on a fixed schedule; returns the results and the wall time."""
        results: list = []
        tasks = []
        t0 = time.perf_counter()
        for i in range(count):
            due = t0 + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(self.one(*self.pick(), results)))
        await asyncio.gather(*tasks)
        return results, time.perf_counter() - t0


def table(results, wall: float) -> list[str]:
    rows = [f"{'route':<8} {'sent':>6} {'served/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}"]
    for route in ("search", "source", "check", "all"):
        sub = [r for r in results if route == "all" or r[0] == route]
        lat = [r[1] for r in sub if r[2]]
        errors = sum(1 for r in sub if not r[2])
        rows.append(f"{route:<8} {len(sub):>6} {len(lat) / wall:>9.1f} {pct(lat, 50):>8.1f} {pct(lat, 95):>8.1f} "
                    f"{pct(lat, 99):>8.1f} {errors:>7}")
    return rows


def in_process_searches(ws_dir: Path, n: int) -> list[float]:
    from safeplan.search import search
    from safeplan.workspace import Workspace

    ws = Workspace.at(ws_dir)
    rng = random.Random(7)
    for q in QUERIES:  # warm-up, as the server was
        search(ws, q, limit=10)
    out = []
    for _ in range(n):
        q = rng.choice(QUERIES)
        start = time.perf_counter()
        search(ws, q, limit=10)
        out.append((time.perf_counter() - start) * 1000)
    return out


async def start_server(work: Path, cache: int):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "safeplan", "serve", "--workspace", str(work), "--port", str(port),
                               "--no-index", "--search-cache", str(cache)], env=dict(os.environ, CI="true"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient(base_url=base, timeout=5) as c:
        for _ in range(300):
            try:
                if (await c.get("/api/health")).status_code == 200:
                    break
            except httpx.HTTPError:
                await asyncio.sleep(0.1)
    return server, base


async def warm_up(base: str) -> list[str]:
    """The sources the hits point at; every route called once, checks three times (the worker warms up)."""
    sources = []
    async with httpx.AsyncClient(base_url=base, timeout=120) as c:
        for q in QUERIES:
            hits = (await c.get("/api/search", params={"q": q, "limit": 5})).json()["hits"]
            sources += [f"/source/{h['doc_id']}?rule={h['rule_id']}" for h in hits]
        for url in sorted(set(sources)):  # every document the run will show, read once
            await c.get(url)
        for _ in range(3):
            await c.post("/api/check", data={"rules": UPPER}, files={"plans": ("plan.txt", SMALL_PLAN.encode("utf-8"))})
    return sorted(set(sources))


async def capacity(load: Load, start: float, step_seconds: float, max_rate: float) -> None:
    print(f"capacity: raise the rate until search p95 > {SEARCH_P95_LIMIT_MS:.0f} ms ({step_seconds:g} s per step)")
    rate, last_ok = start, None
    while rate <= max_rate:
        res, w = await load.run(rate, int(rate * step_seconds))
        lat = [r[1] for r in res if r[0] == "search" and r[2]]
        errs = sum(1 for r in res if not r[2])
        p95 = pct(lat, 95)
        print(f"  {rate:>5.0f} req/s offered: {len(res) / w:6.1f} sent/s, search p95 {p95:7.1f} ms, errors {errs}",
              flush=True)
        if p95 > SEARCH_P95_LIMIT_MS or errs:
            break
        last_ok = rate
        rate = round(rate * 1.25)
    print(f"  → capacity {last_ok if last_ok else f'< {start:g}'} req/s with search p95 ≤ {SEARCH_P95_LIMIT_MS:.0f} ms")


async def phase(work: Path, cache: int, requests: int, args) -> list[float]:
    server, base = await start_server(work, cache)
    label = f"search cache {cache}" if cache else "search cache off"
    try:
        mem_cold = memory(server.pid)
        sources = await warm_up(base)
        mem_start = memory(server.pid)
        load = Load(base, sources, random.Random(42))
        print(f"\n== {label}: open loop at {args.rate:g} req/s until {requests} requests are sent", flush=True)
        samples = []

        async def sample():
            quarter = requests / args.rate / 4
            for _ in range(3):
                await asyncio.sleep(quarter)
                samples.append(memory(server.pid))

        sampler = asyncio.create_task(sample())
        results, wall = await load.run(args.rate, requests)
        await sampler
        mem_end = memory(server.pid)
        print("\n".join(table(results, wall)))
        print(f"wall {wall:.1f} s\nRSS cold:           {mem_cold}\nRSS after warm-up:  {mem_start}")
        for n, mem in enumerate(samples, 1):
            print(f"RSS at {n}/4 of it:   {mem}")
        print(f"RSS at the end:     {mem_end}")
        for what, n in load.errors.most_common():
            print(f"  error ×{n}: {what}")
        load.errors.clear()
        await capacity(load, round(args.rate * 1.25), args.step_seconds, args.max_rate)
        for what, n in load.errors.most_common(5):
            print(f"  capacity-run error ×{n}: {what}")
        await load.client.aclose()
    finally:
        server.terminate()
        server.wait(timeout=10)
    return [r[1] for r in results if r[0] == "search" and r[2]]


async def main_async(args) -> int:
    from safeplan.search import build_index
    from safeplan.workspace import Workspace
    from safeplan.workspace_init import init_workspace

    work = Path(tempfile.mkdtemp(prefix="safeplan-bench-web-"))
    init_workspace(work)   # a copy: edits in the checkout during the run do not reach it
    print(f"workspace {work} (a copy of the packaged corpus and rules); building the index …", flush=True)
    build_index(Workspace.at(work))
    cached = await phase(work, 256, args.requests, args)
    uncached = await phase(work, 0, args.uncached_requests, args)

    inproc = in_process_searches(work, 500)
    print("\n== baseline: the same searches in-process (safeplan.search.search, limit 10)")
    print(f"{'':<22} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name, lat in (("in-process", inproc), ("web, cache off", uncached), ("web, cache 256", cached)):
        print(f"{name:<22} {pct(lat, 50):>8.1f} {pct(lat, 95):>8.1f} {pct(lat, 99):>8.1f}")
    print(f"web overhead (cache off, at {args.rate:g} req/s): p50 ×{pct(uncached, 50) / pct(inproc, 50):.2f}, "
          f"mean ×{statistics.mean(uncached) / statistics.mean(inproc):.2f}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--uncached-requests", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--step-seconds", type=float, default=10.0)
    parser.add_argument("--max-rate", type=float, default=2000.0)
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
