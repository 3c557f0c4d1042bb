"""台账 pages: the 挂图作战 grid (`/ledger`), a task with its history and forms (`/ledger/task`), the 隐患 list
(`/ledger/hazards`), and the posts that report progress, 销号 and reopen. Who may post what is decided in
ledger_view (with safeplan.accounts.authorise), not here."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from safeplan.accounts import BRIEF, CLOSE, REOPEN, REPORT, Forbidden
from safeplan.errors import SafeplanError
from safeplan.ledger.errors import ConflictError
from safeplan.ledger.periods import KINDS, NAMES
from safeplan.ledger.policy import COLOURS
from safeplan.ledger.progress import STATES
from safeplan.web import ledger_view as lv
from safeplan.web.auth import current_user
from safeplan.web.forms import FormError, read_form, read_uploads
from safeplan.web.templating import error_page, render
from safeplan.web.uploads import sniff_evidence

DONE = {"report": "进度已保存。", "close": "已销号。", "reopen": "已重新打开。"}
CONFLICT = "保存失败：这项任务在您打开页面后已被他人更新，您填写的内容没有保存。请查看下面的最新进度和记录后重新填写。"


async def grid_page(request):
    state = request.app.state.web
    user = current_user(request)
    try:
        filters = lv.Filters.parse(request.query_params)
        ledger = await run_in_threadpool(lv.ledger_of, state)
        grid = await run_in_threadpool(lv.build_grid, ledger, filters, user)
    except SafeplanError as exc:
        return error_page(request, 400, str(exc), active="ledger")
    return render(request, "ledger.html", {"active": "ledger", "grid": grid, "filters": filters,
                                           "colours": COLOURS, "colour_class": lv.COLOUR_CLASS,
                                           "periods": [(k, NAMES[k]) for k in KINDS],
                                           "can_brief": lv.may(user, BRIEF, grid.street, grid.street)})


async def brief_post(request):
    """生成本期简报: the street's 简报 of the chosen period as a DOCX download (POST: it assigns a 第N期)."""
    from urllib.parse import quote

    state = request.app.state.web
    try:
        form = await read_form(request)
    except FormError as exc:
        return error_page(request, exc.status, exc.message, active="ledger")
    period = str(form.get("period") or "half-month")
    as_of = str(form.get("as_of") or "") or None
    try:
        ledger = await run_in_threadpool(lv.ledger_of, state)
        data, name = await run_in_threadpool(lv.make_briefing, ledger, current_user(request),
                                             str(form.get("street") or ""), period, as_of)
    except Forbidden as exc:
        return error_page(request, 403, str(exc), title="无权操作", active="ledger")
    except SafeplanError as exc:
        return error_page(request, 400, str(exc), active="ledger")
    return Response(data, media_type=lv.DOCX_TYPE, headers={
        "Content-Disposition": f"attachment; filename=\"brief.docx\"; filename*=UTF-8''{quote(name)}"})


async def hazards_page(request):
    from safeplan.ledger.hazard_list import open_hazards

    state = request.app.state.web
    params = request.query_params
    level = params.get("level") or ""
    try:
        filters = lv.Filters.parse(params)
        ledger = await run_in_threadpool(lv.ledger_of, state)
        known = await run_in_threadpool(lv.streets, ledger)
        street = filters.street or await run_in_threadpool(lv.default_street, ledger, current_user(request), known)
        scope = filters.unit or street or None
        found = await run_in_threadpool(lambda: open_hazards(ledger, unit=scope, as_of=filters.as_of,
                                                             level=level if level in ("一般", "重大") else None))
    except SafeplanError as exc:
        return error_page(request, 400, str(exc), active="ledger")
    return render(request, "ledger_hazards.html", {
        "active": "ledger", "hazards": found, "filters": filters, "street": street, "streets": known,
        "level": level, "colour_class": lv.COLOUR_CLASS, "as_of": filters.as_of or dt.date.today()})


async def _task_context(request, ledger, unit: str, key: str, as_of=None, message=None, form=None):
    view = await run_in_threadpool(lv.task_view, ledger, unit, key, as_of)
    user = current_user(request)
    t = view.task
    return {"active": "ledger", "view": view, "t": t, "colour_class": lv.COLOUR_CLASS, "states": STATES,
            "can_report": lv.may(user, REPORT, t.unit, t.street), "can_close": lv.may(user, CLOSE, t.unit, t.street),
            "can_reopen": lv.may(user, REOPEN, t.unit, t.street), "message": message,
            "notice": DONE.get(request.query_params.get("done", "")), "form": form or {},
            "today": dt.date.today().isoformat(), "account": bool(user and user.password_hash)}


async def task_page(request):
    state = request.app.state.web
    params = request.query_params
    try:
        ledger = await run_in_threadpool(lv.ledger_of, state)
        as_of = lv.Filters.parse(params).as_of
        context = await _task_context(request, ledger, params.get("unit", ""), params.get("task", ""), as_of)
    except SafeplanError as exc:
        return error_page(request, 400, str(exc), active="ledger")
    return render(request, "ledger_task.html", context)


async def _post(request, action: str):
    """Read the form, apply `action` (report | close | reopen) through ledger_view, then back to the task page:
    403 page when not allowed, the task page with the message (409 on a conflict, 400 on bad input)."""
    state = request.app.state.web
    try:
        form = await read_form(request)
    except FormError as exc:
        return error_page(request, exc.status, exc.message, active="ledger")
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    unit, key = fields.get("unit", ""), fields.get("task", "")
    user = current_user(request)
    try:
        ledger = await run_in_threadpool(lv.ledger_of, state)
    except SafeplanError as exc:
        return error_page(request, 400, str(exc), active="ledger")
    try:
        evidence = None
        if action in ("report", "close"):
            found = await read_uploads(form, "evidence", state.max_upload, sniffer=sniff_evidence)
            evidence = found[0] if found else None
        if action == "report":
            await run_in_threadpool(lv.apply_report, ledger, user, fields, evidence)
        elif action == "close":
            await run_in_threadpool(lv.apply_close, ledger, user, fields, evidence)
        else:
            await run_in_threadpool(lv.apply_reopen, ledger, user, fields)
    except Forbidden as exc:
        return error_page(request, 403, str(exc), title="无权操作", active="ledger")
    except SafeplanError as exc:          # a conflict, bad input, a refused upload
        status = 409 if isinstance(exc, ConflictError) else getattr(exc, "status", 400)
        message = f"{CONFLICT}（{exc}）" if isinstance(exc, ConflictError) else str(exc)
        try:
            context = await _task_context(request, ledger, unit, key, message=message,
                                          form={**fields, "action": action})
        except SafeplanError:
            return error_page(request, 400, message, active="ledger")
        return render(request, "ledger_task.html", context, status=status)
    return RedirectResponse("/ledger/task?" + urlencode({"unit": unit, "task": key, "done": action}), status_code=303)


async def report_post(request):
    return await _post(request, "report")


async def close_post(request):
    return await _post(request, "close")


async def reopen_post(request):
    return await _post(request, "reopen")
