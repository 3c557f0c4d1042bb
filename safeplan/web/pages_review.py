"""审核: a document's rules beside their source passages; a form corrects one rule and marks it reviewed."""

from __future__ import annotations

import threading

from starlette.concurrency import run_in_threadpool

from safeplan.errors import SafeplanError
from safeplan.rules.model import KINDS, OBLIGATIONS
from safeplan.web import reviewing
from safeplan.web.forms import FormError, read_form
from safeplan.web.pages_search import KIND_LABEL, LEVEL_LABEL
from safeplan.web.templating import error_page, render

_SAVE_LOCK = threading.Lock()   # one save at a time in this process: the hash check and the write go together


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


def _form_values(rule: dict) -> dict:
    resp = rule.get("responsible") or {}
    dump = lambda v: reviewing.yaml.safe_dump(v, allow_unicode=True, sort_keys=False, width=100) if v else ""
    return {"title": rule.get("title") or "", "kind": rule.get("kind") or "", "obligation": rule.get("obligation") or "",
            "sectors": "、".join(rule.get("sectors") or []), "targets": dump(rule.get("targets")),
            "deadlines": dump(rule.get("deadlines")), "frequencies": dump(rule.get("frequencies")),
            "lead": "、".join(resp.get("lead") or []), "support": "、".join(resp.get("support") or []),
            "reviewed": bool(rule.get("reviewed")), "reviewed_by": rule.get("reviewed_by") or ""}


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
           "errors": [], "saved": False, "conflict": None,
           "values": _form_values(reviewing.rule_dict(loaded.data, rule_id)) if selected else None}
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

    def save():
        with _SAVE_LOCK:
            return reviewing.save_edit(state.workspace, path, str(form.get("sha256") or ""), rule_id, form)

    try:
        await run_in_threadpool(save)
    except reviewing.Conflict as exc:
        conflict = {"on_disk": reviewing.as_yaml(exc.on_disk), "submitted": reviewing.as_yaml(exc.submitted)}
        return await _page(request, state, doc_id, rule_id, status=409, conflict=conflict,
                           values=_form_values(exc.submitted))
    except reviewing.Invalid as exc:
        values = _form_values(reviewing.edited_rule({}, form)[0]) | {
            k: str(form.get(k) or "") for k in ("targets", "deadlines", "frequencies")}
        return await _page(request, state, doc_id, rule_id, status=400, errors=exc.errors, values=values)
    except SafeplanError as exc:
        return await _page(request, state, doc_id, rule_id, status=400, errors=[str(exc)])
    return await _page(request, state, doc_id, rule_id, saved=True)
