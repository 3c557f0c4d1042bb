"""Generator runs started from the 生成 page: one job per run in the pool, with progress by unit.

One call of the library's `generate_plan` and one of `generate_checklists` for all the chosen units (the
cascade is built once); the library's progress callback says how far a long run has come. Files go to
`<workspace>/.safeplan/web-runs/<id>/`.
"""

from __future__ import annotations

import io
import secrets
import shutil
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from safeplan.generators import KINDS as CHECKLIST_KINDS
from safeplan.generators import LIST_FORMATS as CHECKLIST_FORMATS
from safeplan.generators import PLAN_FORMATS

KEEP_RUNS = 30


@dataclass
class GenerateRun:
    id: str
    folder: Path
    profile_name: str
    units: list[str]
    total: int
    done: int = 0
    status: str = "running"            # running | done | failed
    message: str | None = None
    files: list[str] = field(default_factory=list)   # relative to folder, posix
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def preview(self) -> str | None:
        """The plan's HTML, else the first HTML written."""
        htmls = [f for f in self.files if f.endswith(".html")]
        plans = [f for f in htmls if f.endswith("实施方案.html")]
        return (plans or htmls or [None])[0]


def unit_names(profile) -> list[str]:
    return [profile.unit.name] + [c.name for c in profile.communities]


def start_run(state, profile, profile_name: str, rule_files, units: list[str], outputs: list[str],
              formats: list[str]) -> GenerateRun:
    run_id = secrets.token_urlsafe(9)
    folder = state.workspace.state_dir / "web-runs" / run_id
    kinds = [k for k in outputs if k in CHECKLIST_KINDS]
    steps = (1 if "plan" in outputs else 0) + (len(units) if kinds else 0)
    run = GenerateRun(id=run_id, folder=folder, profile_name=profile_name, units=units, total=max(steps, 1))
    state.runs[run_id] = run
    while len(state.runs) > KEEP_RUNS:  # the oldest run's files go with it
        old = state.runs.pop(next(iter(state.runs)))
        shutil.rmtree(old.folder, ignore_errors=True)
    state.jobs.submit(_generate, state, run, profile, rule_files, units, outputs, kinds, formats)
    return run


def _generate(state, run: GenerateRun, profile, rule_files, units, outputs, kinds, formats) -> None:
    from safeplan.generators import generate_checklists, generate_plan

    ws = state.workspace
    try:
        if "plan" in outputs:
            fmts = [f for f in formats if f in PLAN_FORMATS]
            if fmts:
                _record(run, generate_plan(rule_files, profile, fmts, run.folder, workspace=ws))
            _step(run)
        fmts = [f for f in formats if f in CHECKLIST_FORMATS]
        if kinds and fmts:
            _record(run, generate_checklists(rule_files, profile, kinds, fmts, run.folder, units=units,
                                             workspace=ws, progress=lambda _done, _total: _step(run)))
        run.status = "done"
    except Exception as exc:  # a SafeplanError is bad input; anything else still ends the run visibly
        from safeplan.errors import SafeplanError

        run.status = "failed"
        run.message = str(exc) if isinstance(exc, SafeplanError) else f"内部错误：{type(exc).__name__}: {exc}"


def _record(run: GenerateRun, paths) -> None:
    with run.lock:
        for p in paths:
            rel = Path(p).resolve().relative_to(run.folder.resolve()).as_posix()
            if rel not in run.files:
                run.files.append(rel)


def _step(run: GenerateRun) -> None:
    with run.lock:
        run.done += 1


def run_file(run: GenerateRun, rel: str) -> Path | None:
    """A file the run wrote, by its relative name; anything else (../, absolute) is None."""
    if rel not in run.files:
        return None
    path = (run.folder / rel).resolve()
    if not path.is_relative_to(run.folder.resolve()) or not path.is_file():
        return None
    return path


def zip_bytes(run: GenerateRun) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for rel in run.files:
            path = run_file(run, rel)
            if path:
                archive.write(path, rel)
    return buffer.getvalue()
