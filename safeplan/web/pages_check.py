"""检查: upload a drafted plan, see the findings, download SARIF/JUnit/JSON."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from safeplan.check.findings import LABEL as CODE_LABEL
from safeplan.errors import SafeplanError
from safeplan.profiles import profile_choices
from safeplan.web.checking import FORMATS, default_uppers, run_check
from safeplan.web.forms import FormError, read_form, read_uploads
from safeplan.web.templating import error_page, render
from safeplan.web.uploads import UploadError


async def _context(state, **extra):
    try:
        snapshot = await run_in_threadpool(state.cache.rules)
        docs = [(rf.document.id, rf.document.title or rf.document.id, rf.document.level) for rf in snapshot.files]
    except SafeplanError:
        docs = []
    ctx = {"active": "check", "documents": docs, "profiles": profile_choices(state.workspace),
           "chosen_rules": [], "chosen_profile": "", "message": None, "run": None, "findings": [], "code_label": CODE_LABEL}
    ctx.update(extra)
    return ctx


async def form_page(request):
    state = request.app.state.web
    if request.method == "GET":
        state.checks.warm()         # the check workers load while the user picks a plan (once)
        ctx = await _context(state)
        # the page starts with the national plans chosen (every rule file, laws included, is the API's default)
        ctx["chosen_rules"] = default_uppers(await run_in_threadpool(state.cache.rules))
        return render(request, "check.html", ctx)
    try:
        form = await read_form(request)
        uploads = await read_uploads(form, "plans", state.max_upload)
        profile_files = await read_uploads(form, "profile_file", state.max_upload, allowed=("yaml",))
    except FormError as exc:
        return render(request, "check.html", await _context(state, message=exc.message), status=exc.status)
    except UploadError as exc:
        return render(request, "check.html", await _context(state, message=str(exc)), status=exc.status)
    chosen = [str(v) for v in form.getlist("rules") if str(v)]
    profile = str(form.get("profile") or "")
    ctx = await _context(state, chosen_rules=chosen, chosen_profile=profile)
    if not uploads:
        ctx["message"] = "请选择要检查的方案文件（.docx .md .txt .html）"
        return render(request, "check.html", ctx, status=400)
    try:
        run = await run_check(state, uploads, chosen, profile, profile_files[0] if profile_files else None)
    except SafeplanError as exc:
        ctx["message"] = f"无法检查：{exc}"
        return render(request, "check.html", ctx, status=400)
    ctx["run"] = run
    # findings at a line of the plan first, in plan order; then what is missing (line null)
    ctx["findings"] = sorted(run.report["findings"], key=lambda f: (f.get("line") is None, f.get("line") or 0))
    return render(request, "check.html", ctx)


async def download(request):
    state = request.app.state.web
    run = state.reports.get(request.path_params["report_id"])
    fmt = request.path_params["fmt"]
    if run is None or fmt not in FORMATS:
        return error_page(request, 404, "报告不存在或已过期，请重新检查", active="check")
    ext = {"json": "json", "sarif": "sarif", "junit": "xml"}[fmt]
    return Response(run.rendered[fmt], media_type=FORMATS[fmt],
                    headers={"Content-Disposition": f'attachment; filename="safeplan-check.{ext}"'})
