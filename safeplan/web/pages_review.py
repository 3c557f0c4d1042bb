"""审核: a document's rules beside their source passages; a form corrects one rule and marks it reviewed."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool

from safeplan.errors import SafeplanError
from safeplan.rules.model import KINDS, OBLIGATIONS, PERIODS, Rule
from safeplan.rules.review import ReviewConflict, ReviewInvalid
from safeplan.web import review_form, reviewing
from safeplan.web.forms import FormError, read_form
from safeplan.web.pages_search import KIND_LABEL, LEVEL_LABEL
from safeplan.web.templating import error_page, render


def _passage(doc, rule) -> str:
    if doc is None:
        return ""
    start, end = rule.source.start, rule.source.end
    if 0 <= start < end <= len(doc.text):
        return doc.text[start:end]
    return rule.text


def _editable(ws, path) -> bool:
    """Only the workspace's own rule files are saved; the packaged defaults are read-only."""
    try:
        path.resolve().relative_to(ws.root)
        return True
    except ValueError:
        return False


async def index_page(request):
    state = request.app.state.web
    try:
        snapshot = await run_in_threadpool(state.cache.rules)
    except SafeplanError as exc:
        return error_page(request, 400, str(exc), active="review")
    rows = [{"id": rf.document.id, "title": rf.document.title or rf.document.id,
             "level": LEVEL_LABEL.get(rf.document.level, rf.document.level), "rules": len(rf.rules),
             "reviewed": sum(1 for r in rf.rules if r.reviewed)} for rf in snapshot.files]
    return render(request, "review_index.html", {"active": "review", "rows": rows, "version": snapshot.version})


def _form_values(rule: Rule) -> dict:
    return {"title": rule.title or "", "kind": rule.kind or "", "obligation": rule.obligation or "",
            "sectors": "、".join(rule.sectors),
            **{key: review_form.rows_of(getattr(rule, key)) for key in review_form.FIELDS},
            "lead": "、".join(rule.responsible.lead), "support": "、".join(rule.responsible.support),
            "reviewed": rule.reviewed, "reviewed_by": rule.reviewed_by or ""}


def _posted_values(form) -> dict:
    """The form as posted, to show again with the problems of a refused save."""
    names = lambda field: str(form.get(field) or "")
    return {"title": names("title"), "kind": names("kind"), "obligation": names("obligation"),
            "sectors": names("sectors"), "lead": names("lead"), "support": names("support"),
            **{key: review_form.shown_rows(form, key) for key in review_form.FIELDS},
            "reviewed": form.get("reviewed") == "on", "reviewed_by": names("reviewed_by")}


async def _page(request, state, doc_id, rule_id, status=200, **extra):
    snapshot = await run_in_threadpool(state.cache.rules)
    rule_file = snapshot.by_doc.get(doc_id)
    if rule_file is None:
        return error_page(request, 404, f"没有 {doc_id} 的规则文件", active="review")
    doc = await run_in_threadpool(state.cache.document, doc_id)
    from pathlib import Path

    path = Path(rule_file.path)
    loaded = await run_in_threadpool(reviewing.load, path)
    items = [{"rule": r, "passage": _passage(doc, r)} for r in rule_file.rules]
    selected = rule_file.rule(rule_id) if rule_id else None
    if rule_id and selected is None:
        return error_page(request, 404, f"{doc_id} 中没有规则 {rule_id}", active="review")
    ctx = {"active": "review", "rule_file": rule_file, "items": items, "selected": selected,
           "sha256": loaded.sha256, "editable": _editable(state.workspace, path), "kinds": KINDS,
           "obligations": OBLIGATIONS, "kind_label": KIND_LABEL, "level_label": LEVEL_LABEL,
           "ops": review_form.OPS, "op_label": review_form.OP_LABEL, "periods": PERIODS,
           "period_label": review_form.PERIOD_LABEL,
           "errors": [], "saved": False, "conflict": None,
           "values": _form_values(loaded.rule_file.rule(rule_id) or selected) if selected else None}
    ctx.update(extra)
    return render(request, "review_doc.html", ctx, status=status)


async def document_page(request):
    state = request.app.state.web
    doc_id = request.path_params["doc_id"]
    if request.method == "GET":
        try:
            return await _page(request, state, doc_id, request.query_params.get("rule"))
        except SafeplanError as exc:
            return error_page(request, 400, str(exc), active="review")
    try:
        form = await read_form(request)
    except FormError as exc:
        return error_page(request, exc.status, exc.message, active="review")
    rule_id = str(form.get("rule") or "")
    snapshot = await run_in_threadpool(state.cache.rules)
    rule_file = snapshot.by_doc.get(doc_id)
    if rule_file is None or rule_file.rule(rule_id) is None:
        return error_page(request, 404, f"没有规则 {doc_id}:{rule_id}", active="review")
    from pathlib import Path

    path = Path(rule_file.path)
    if not _editable(state.workspace, path):
        return error_page(request, 403, "这些是软件自带的默认规则，不能在此修改：先运行 safeplan init 建立工作区自己的 rules/",
                          active="review")

    try:   # the library holds the rules folder's lock (threads and processes) around check and write
        await run_in_threadpool(reviewing.save_edit, state.workspace, path, str(form.get("sha256") or ""),
                                rule_id, form)
    except ReviewConflict as exc:
        conflict = {"on_disk": reviewing.as_yaml(exc.on_disk), "submitted": reviewing.as_yaml(exc.submitted)}
        return await _page(request, state, doc_id, rule_id, status=409, conflict=conflict,
                           values=_form_values(exc.submitted) if exc.submitted else _posted_values(form))
    except ReviewInvalid as exc:
        return await _page(request, state, doc_id, rule_id, status=400, errors=exc.errors,
                           values=_posted_values(form))
    except SafeplanError as exc:
        return await _page(request, state, doc_id, rule_id, status=400, errors=[str(exc)])
    return await _page(request, state, doc_id, rule_id, saved=True)
