"""The plan check shared by the 检查 page and `/api/check`: uploads → `safeplan.check.check_plans`."""

from __future__ import annotations

import asyncio
import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.web.uploads import Upload, upload_folder

FORMATS = {"json": "application/json", "sarif": "application/sarif+json", "junit": "application/xml"}
KEEP_REPORTS = 50


@dataclass
class CheckRun:
    id: str
    report: dict                 # the check object of cli.md
    rendered: dict[str, str]     # json / sarif / junit text
    plan_names: list[str]


def profile_choices(ws) -> list[str]:
    folder = ws.folder("profiles")
    return sorted(p.name for p in folder.glob("*.y*ml") if p.is_file()) if folder.is_dir() else []


def resolve_profile(ws, name: str | None):
    """A profile by its file name in profiles/ (never a path)."""
    from safeplan.profiles import load_profile

    if not name:
        return None
    if name not in profile_choices(ws):
        raise SafeplanError(f"unknown profile {name!r}: choose one of profiles/ ({', '.join(profile_choices(ws))})")
    return load_profile(ws.folder("profiles") / name, workspace=ws)


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


def _check(state, uploads: list[Upload], doc_ids: list[str], profile_name: str | None) -> CheckRun:
    from safeplan.check import check_plans
    from safeplan.check.formats import render

    ws = state.workspace
    rule_files = select_rule_files(state.cache.rules(), doc_ids)
    profile = resolve_profile(ws, profile_name)
    with upload_folder(uploads) as (folder, paths):
        report = check_plans(paths, rule_files, profile=profile, workspace=ws)
        rendered = {fmt: _unfold(render(report, fmt), folder) for fmt in FORMATS}
    run = CheckRun(id=secrets.token_urlsafe(9), report=json.loads(rendered["json"]), rendered=rendered,
                   plan_names=[p.name for p in paths])
    return run


def _unfold(text: str, folder: Path) -> str:
    """Reports name the uploaded file, not the temporary folder it was checked in."""
    for prefix in (folder.as_uri() + "/", str(folder) + "/", str(folder) + "\\"):
        text = text.replace(prefix, "")
    return text


async def run_check(state, uploads, doc_ids, profile_name) -> CheckRun:
    """Runs the check in the job pool (never on the event loop) and keeps the last runs for download."""
    loop = asyncio.get_running_loop()
    run = await loop.run_in_executor(state.jobs, _check, state, uploads, doc_ids, profile_name)
    state.reports[run.id] = run
    while len(state.reports) > KEEP_REPORTS:
        state.reports.pop(next(iter(state.reports)))
    return run
