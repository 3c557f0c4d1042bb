"""检索: the search page, and the source view a hit opens."""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool

from safeplan.errors import SafeplanError
from safeplan.rules.model import GENRES, KINDS, LEVELS
from safeplan.web.searching import (
    FILTERS,
    BadQuery,
    is_number,
    parse_params,
    run_search,
)
from safeplan.web.sources import source_view
from safeplan.web.templating import error_page, render

FACET_PARAM = {"sector": "sector", "level": "level", "doc_id": "doc", "kind": "kind", "genre": "genre",
               "responsible": "responsible"}
FACET_LABEL = {"sector": "领域", "level": "层级", "doc_id": "文件", "kind": "类型", "genre": "文种",
               "responsible": "责任单位"}
LEVEL_LABEL = {"national": "国家", "province": "省", "city": "市", "district": "区县", "street": "街道",
               "community": "社区", "enterprise": "企业", "unknown": "未知"}
KIND_LABEL = {"goal": "目标", "task": "任务", "measure": "措施", "duty": "职责", "requirement": "要求",
              "principle": "原则", "background": "背景", "article": "法条"}
GENRE_LABEL = {"plan": "方案", "work_points": "工作要点", "law": "法律法规", "notice": "通知", "report": "报告",
               "news": "新闻", "checklist": "清单", "other": "其他"}


def _vocabulary(state):
    try:
        from safeplan.rules.sectors import load_vocabulary

        return list(load_vocabulary(state.workspace).names)
    except (ImportError, SafeplanError):
        return []


def facet_links(args: dict, facets: dict) -> list[dict]:
    """Each facet value as a link to the same search with that filter set."""
    groups = []
    for name, counts in (facets or {}).items():
        param = FACET_PARAM.get(name)
        if not param or not counts:
            continue
        items = []
        for value, count in counts.items():
            query = {"q": args["query"], **{k: args[k] for k in FILTERS if args.get(k)}}
            active = query.get(param) == value
            if active:
                query.pop(param)
            else:
                query[param] = value
            label = LEVEL_LABEL.get(value, value) if name == "level" else KIND_LABEL.get(value, value) if name == "kind" else value
            items.append({"label": label, "count": count, "href": "/?" + urlencode(query), "active": active})
        groups.append({"name": FACET_LABEL.get(name, name), "items": items})
    return groups


async def search_page(request):
    state = request.app.state.web
    context = {"active": "search", "levels": LEVELS, "kinds": KINDS, "level_label": LEVEL_LABEL,
               "kind_label": KIND_LABEL, "genres": GENRES, "genre_label": GENRE_LABEL, "result": None, "facets": [], "message": None, "args": None}
    try:
        args = parse_params(request.query_params)
    except BadQuery as exc:
        context.update(message=str(exc), args={"query": request.query_params.get("q", ""), "limit": 10,
                                               **{k: request.query_params.get(k) for k in FILTERS}})
        return render(request, "search.html", context, status=400)
    context["args"] = args
    context["sectors"] = await run_in_threadpool(_vocabulary, state)
    try:
        snapshot = await run_in_threadpool(state.cache.rules)
        context["documents"] = [(rf.document.id, rf.document.title or rf.document.id) for rf in snapshot.files]
    except SafeplanError:
        context["documents"] = []
    if args["query"] or any(args[k] for k in FILTERS):
        try:
            result = await run_search(state, args)
        except SafeplanError as exc:
            context["message"] = str(exc)
            return render(request, "search.html", context, status=400)
        context["result"] = result
        context["facets"] = facet_links(args, result.get("facets"))
    return render(request, "search.html", context)


async def source_page(request):
    state = request.app.state.web
    doc_id = request.path_params["doc_id"]
    line = request.query_params.get("line")
    rule_id = request.query_params.get("rule")
    if line is not None and not is_number(line):
        return error_page(request, 400, "line 必须是正整数", active="search")
    try:
        doc = await run_in_threadpool(state.cache.document, doc_id)
    except SafeplanError as exc:
        return error_page(request, 400, str(exc), active="search")
    if doc is None:
        return error_page(request, 404, "语料库中没有这个文件（只能查看工作区 corpus/ 中的文件）", active="search")
    rule = None
    rule_file = None
    try:
        snapshot = await run_in_threadpool(state.cache.rules)
        rule_file = snapshot.by_doc.get(doc.id)
        if rule_id and rule_file:
            rule = rule_file.rule(rule_id)
    except SafeplanError:
        snapshot = None
    if rule_id and rule is None:
        return error_page(request, 404, f"{doc.id} 中没有规则 {rule_id}", active="search")
    view = source_view(doc, rule=rule, line=int(line) if line else None)
    return render(request, "source.html", {"active": "search", "view": view, "rule": rule,
                                           "rule_file": rule_file, "level_label": LEVEL_LABEL,
                                           "kind_label": KIND_LABEL,
                                           "rules_version": snapshot.version if snapshot else None})
