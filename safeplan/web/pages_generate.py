"""生成: pick a profile (or upload one), units, outputs and formats; preview and download the files."""

from __future__ import annotations

import asyncio
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse, RedirectResponse, Response

from safeplan.errors import SafeplanError
from safeplan.generators import PLAN_FORMATS, check_choices
from safeplan.profiles import profile_choices
from safeplan.web.checking import default_uppers, uploaded_profile
from safeplan.web.forms import FormError, read_form, read_uploads
from safeplan.web.generating import (
    CHECKLIST_KINDS,
    run_file,
    start_run,
    unit_names,
    zip_bytes,
)
from safeplan.web.templating import error_page, render
from safeplan.web.uploads import UploadError

OUTPUTS = {"plan": "实施方案", **CHECKLIST_KINDS}
FORMATS = ("docx", "html", "md", "xlsx")


def _load_profile_file(state, name: str):
    from safeplan.profiles import find_profile, load_profile

    try:
        path = find_profile(state.workspace, name, paths=False)
    except SafeplanError:
        raise SafeplanError(f"没有这个单位档案：{name}") from None
    return load_profile(path, workspace=state.workspace)


async def _context(state, **extra):
    try:
        snapshot = await run_in_threadpool(state.cache.rules)
        problem = None
    except SafeplanError as exc:          # a rule file that does not read: said on the page, not a 500
        snapshot, problem = None, str(exc)
    files = snapshot.files if snapshot else []
    docs = [(rf.document.id, rf.document.title or rf.document.id, rf.document.level) for rf in files]
    ctx = {"active": "generate", "profiles": profile_choices(state.workspace), "documents": docs,
           "outputs": OUTPUTS, "formats": FORMATS, "message": problem, "profile_name": "", "units": [],
           "chosen": {"rules": default_uppers(snapshot) if snapshot else [], "units": [],
                      "outputs": ["plan"], "formats": ["docx", "html"]}}
    ctx.update(extra)
    if problem and not ctx["message"]:
        ctx["message"] = problem
    return ctx


async def form_page(request):
    state = request.app.state.web
    if request.method == "GET":
        name = request.query_params.get("profile") or (profile_choices(state.workspace) or [""])[0]
        ctx = await _context(state, profile_name=name)
        if name:
            try:
                profile = await run_in_threadpool(_load_profile_file, state, name)
                ctx["units"] = unit_names(profile)
            except SafeplanError as exc:
                ctx["message"] = str(exc)
                return render(request, "generate.html", ctx, status=400)
        return render(request, "generate.html", ctx)
    try:
        form = await read_form(request)
        uploads = await read_uploads(form, "profile_file", state.max_upload, allowed=("yaml",))
    except FormError as exc:
        return render(request, "generate.html", await _context(state, message=exc.message),
                      status=exc.status)
    except UploadError as exc:
        return render(request, "generate.html", await _context(state, message=f"单位档案：{exc}"),
                      status=exc.status)
    chosen = {"rules": [str(v) for v in form.getlist("rules")], "units": [str(v) for v in form.getlist("units")],
              "outputs": [str(v) for v in form.getlist("outputs") if str(v) in OUTPUTS],
              "formats": [str(v) for v in form.getlist("formats") if str(v) in FORMATS]}
    name = str(form.get("profile") or "")
    ctx = await _context(state, profile_name=name, chosen=chosen)
    try:
        if uploads:
            profile = await run_in_threadpool(uploaded_profile, state.workspace, uploads[0])
            name = uploads[0].name
        else:
            profile = await run_in_threadpool(_load_profile_file, state, name)
        ctx["units"] = unit_names(profile)
        snapshot = await run_in_threadpool(state.cache.rules)
        unknown = [d for d in chosen["rules"] if d not in snapshot.by_doc]
        if unknown or not chosen["rules"]:
            raise SafeplanError("请选择上级规则" if not unknown else f"没有这些规则文件：{'、'.join(unknown)}")
        if not chosen["outputs"] or not chosen["formats"]:
            raise SafeplanError("请至少选择一种文件和一种格式")
        kinds = [k for k in chosen["outputs"] if k in CHECKLIST_KINDS]
        # what the library would refuse (a unit the profile lacks, a format a file has not), said on the form
        check_choices(profile, units=chosen["units"], kinds=kinds,
                      plan_formats=[f for f in chosen["formats"] if f in PLAN_FORMATS] or chosen["formats"]
                      if "plan" in chosen["outputs"] else (),
                      list_formats=chosen["formats"] if kinds else ())
    except SafeplanError as exc:
        ctx["message"] = str(exc)
        return render(request, "generate.html", ctx, status=400)
    rule_files = [snapshot.by_doc[d] for d in chosen["rules"]]
    units = chosen["units"] or ctx["units"]
    run = start_run(state, profile, name, rule_files, units, chosen["outputs"], chosen["formats"])
    return RedirectResponse(f"/generate/runs/{run.id}", status_code=303)


async def run_page(request):
    state = request.app.state.web
    run = state.runs.get(request.path_params["run_id"])
    if run is None:
        return error_page(request, 404, "没有这次生成（可能已过期），请重新生成", active="generate")
    if request.query_params.get("wait") == "1":  # tests and scripts: block until the job ends
        while run.status == "running":
            await asyncio.sleep(0.05)
    return render(request, "generate_run.html", {"active": "generate", "run": run, "quote": quote})


async def run_zip(request):
    state = request.app.state.web
    run = state.runs.get(request.path_params["run_id"])
    if run is None or run.status != "done":
        return error_page(request, 404, "没有这次生成，或还没有完成", active="generate")
    data = await run_in_threadpool(zip_bytes, run)
    return Response(data, media_type="application/zip",
                    headers={"Content-Disposition": f"attachment; filename=\"safeplan-{run.id}.zip\""})


async def run_file_view(request):
    state = request.app.state.web
    run = state.runs.get(request.path_params["run_id"])
    path = run_file(run, request.path_params["rel"]) if run else None
    if path is None:
        return error_page(request, 404, "没有这个文件", active="generate")
    if request.query_params.get("preview") == "1" and path.suffix == ".html":
        # The generated HTML is shown in a sandboxed frame: no scripts, no same-origin access.
        return FileResponse(path, media_type="text/html; charset=utf-8",
                            headers={"Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
                                     "X-Content-Type-Options": "nosniff"})
    return FileResponse(path, filename=path.name, headers={"X-Content-Type-Options": "nosniff"})
