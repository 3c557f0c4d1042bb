"""The plan check shared by the 检查 page and `/api/check`: uploads → `safeplan.check.check_plans`."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import secrets
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.web.state import WorkspaceCache
from safeplan.web.uploads import Upload, upload_folder
from safeplan.workspace import Workspace

FORMATS = {"json": "application/json", "sarif": "application/sarif+json", "junit": "application/xml"}
KEEP_REPORTS = 50


@dataclass
class CheckRun:
    id: str
    report: dict                 # the check object of cli.md
    rendered: dict[str, str]     # json / sarif / junit text
    plan_names: list[str]


def resolve_profile(ws, name: str | None):
    """A profile by its file name in profiles/ (never a path)."""
    from safeplan.profiles import find_profile, load_profile

    if not name:
        return None
    return load_profile(find_profile(ws, name, paths=False), workspace=ws)


def uploaded_profile(ws, upload: Upload):
    """A profile uploaded as YAML (checked as `safeplan.profile/v1`, errors naming the uploaded file)."""
    from safeplan.profiles import load_profile

    with upload_folder([upload]) as (_folder, paths):
        try:
            return load_profile(paths[0], workspace=ws)
        except SafeplanError as exc:
            if exc.path == str(paths[0]):
                exc.path = paths[0].name      # the file as uploaded, not the temporary folder it was read in
            raise


def default_uppers(snapshot) -> list[str]:
    """What the pages start with: the national plans (not the laws, news or reports)."""
    return [rf.document.id for rf in snapshot.files
            if rf.document.level == "national" and rf.document.genre not in ("law", "news", "report")]


def select_rule_files(snapshot, doc_ids: list[str]):
    if not doc_ids:
        return list(snapshot.files)
    unknown = [d for d in doc_ids if d not in snapshot.by_doc]
    if unknown:
        raise SafeplanError(f"unknown rules: {', '.join(unknown)} (give document ids of the workspace's rule files)")
    return [snapshot.by_doc[d] for d in doc_ids]


def _check(ws, cache, uploads: list[Upload], doc_ids: list[str], profile_name: str | None,
           profile_upload: Upload | None = None) -> CheckRun:
    from safeplan.check import check_plans
    from safeplan.check.formats import render

    rule_files = select_rule_files(cache.rules(), doc_ids)
    profile = uploaded_profile(ws, profile_upload) if profile_upload else resolve_profile(ws, profile_name)
    with upload_folder(uploads) as (folder, paths):
        try:
            report = check_plans(paths, rule_files, profile=profile, workspace=ws)
        except SafeplanError as exc:   # name the plan as uploaded, never the server's temporary folder
            exc.path = _unfold(exc.path, folder, ws) if exc.path else exc.path
            exc.message = _unfold(exc.message, folder, ws)
            raise
        rendered = {fmt: _unfold(render(report, fmt), folder, ws) for fmt in FORMATS}
    return CheckRun(id=secrets.token_urlsafe(9), report=json.loads(rendered["json"]), rendered=rendered,
                    plan_names=[p.name for p in paths])


# --- in the worker processes -------------------------------------------------------------------------

_CACHES: dict[str, WorkspaceCache] = {}


def _cache(root: str) -> tuple[Workspace, WorkspaceCache]:
    ws = Workspace.at(root)
    return ws, _CACHES.setdefault(root, WorkspaceCache(ws))


def _check_in_worker(root: str, uploads, doc_ids, profile_name, profile_upload):
    """A SafeplanError comes back as text: an exception pickled across processes loses its file and line."""
    ws, cache = _cache(root)
    try:
        return "ok", _check(ws, cache, uploads, doc_ids, profile_name, profile_upload)
    except SafeplanError as exc:
        return "error", str(exc)


def _warm_worker(root: str) -> None:
    """Loads the rules, the checker and jieba before the first real check needs them."""
    ws, cache = _cache(root)
    plan = Upload(name="warm.txt", kind="txt", data="一、主要任务\n（一）开展隐患排查。\n".encode("utf-8"))
    _check(ws, cache, [plan], default_uppers(cache.rules())[:1], None)


class CheckPool:
    """Checks run in worker processes: they are CPU work that, in a thread, would hold the GIL and stall
    the searches. Spawned (not forked: the server has threads), started on first use: the first check, or
    `warm()` when someone opens the 检查 page (a server only searched or browsed starts none). With
    `workers=0` they run in a thread of this process instead (the tests: no process start per check)."""

    def __init__(self, root: Path, workers: int | None = None):
        self.root = str(root)
        self.workers = max(1, (os.cpu_count() or 2) - 1) if workers is None else workers
        self._pool: ProcessPoolExecutor | None = None
        self._warmed = False
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
            return self._pool

    def warm(self) -> None:
        """Start the workers and have each load the rules, the checker and jieba (~1 s CPU) before the first
        check needs them; once."""
        with self._lock:
            if self.workers == 0 or self._warmed:
                return
            self._warmed = True
        for _ in range(self.workers):
            self._executor().submit(_warm_worker, self.root)

    async def run(self, uploads, doc_ids, profile_name, profile_upload=None) -> CheckRun:
        loop = asyncio.get_running_loop()
        if self.workers == 0:
            status, value = await loop.run_in_executor(None, _check_in_worker, self.root, uploads, doc_ids,
                                                       profile_name, profile_upload)
        else:
            try:
                status, value = await loop.run_in_executor(self._executor(), _check_in_worker, self.root,
                                                           uploads, doc_ids, profile_name, profile_upload)
            except BrokenProcessPool as exc:
                with self._lock:
                    self._pool = None  # the next check starts a fresh pool
                raise SafeplanError("检查进程意外退出（内存不足？），请重试") from exc
        if status == "error":
            raise SafeplanError(value)
        return value

    def shutdown(self) -> None:
        """Stops the workers, a check in progress included: the server is going away (Ctrl-C, SIGTERM),
        and uvicorn ends the process by the signal itself, so nothing would stop them later."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)


def _unfold(text: str, folder: Path, ws: Workspace) -> str:
    """Reports name the uploaded file, not the temporary folder it was checked in, and the rule files
    relative to the workspace (or the packaged defaults), as `safeplan check` run there would."""
    from safeplan.workspace import defaults_root

    for base in (folder, ws.root, defaults_root()):
        for prefix in (base.as_uri() + "/", str(base) + "/", str(base) + "\\"):
            text = text.replace(prefix, "")
    return text


async def run_check(state, uploads, doc_ids, profile_name, profile_upload=None) -> CheckRun:
    """Runs the check in a worker process (never on the event loop) and keeps the last runs for download.
    An uploaded profile (`profile_upload`) wins over one named from profiles/."""
    run = await state.checks.run(uploads, doc_ids, profile_name, profile_upload)
    state.reports[run.id] = run
    while len(state.reports) > KEEP_REPORTS:
        state.reports.pop(next(iter(state.reports)))
    return run
