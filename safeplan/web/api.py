"""The JSON API of cli.md: `/api/search`, `/api/check`, `/api/health`; errors are {"error": {code, message}}."""

from __future__ import annotations

from starlette.responses import JSONResponse

from safeplan.errors import SafeplanError
from safeplan.web.checking import run_check
from safeplan.web.forms import FormError, read_form, read_uploads
from safeplan.web.searching import BadQuery, parse_params, run_search
from safeplan.web.uploads import UploadError


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


async def health(_request):
    """Liveness: `{"status": "ok"}`."""
    return JSONResponse({"status": "ok"})


async def search(request):
    """`GET /api/search?q=…&sector=&responsible=&due_before=&level=&doc=&kind=&limit=` → the search object."""
    try:
        args = parse_params(request.query_params)
    except BadQuery as exc:
        return error(400, "bad_request", str(exc))
    if not args["query"]:
        return error(400, "bad_request", "missing query parameter q")
    try:
        result = await run_search(request.app.state.web, args)
    except SafeplanError as exc:
        return error(400, "bad_input", str(exc))
    return JSONResponse(result)


async def check(request):
    """`POST /api/check` multipart: `plans` (files), `rules` (doc ids, repeatable), `profile` (a file name in
    profiles/) or `profile_file` (an uploaded profile YAML, which wins) → the check object."""
    state = request.app.state.web
    try:
        form = await read_form(request, csrf=False)
        uploads = await read_uploads(form, "plans", state.max_upload)
        profile_files = await read_uploads(form, "profile_file", state.max_upload, allowed=("yaml",))
    except FormError as exc:
        return error(exc.status, exc.code, exc.message)
    except UploadError as exc:
        return error(exc.status, exc.code, str(exc))
    if not uploads:
        return error(400, "bad_request", "missing multipart field plans (one or more plan files)")
    doc_ids = [str(v) for v in form.getlist("rules") if str(v)]
    try:
        run = await run_check(state, uploads, doc_ids, str(form.get("profile") or ""),
                              profile_files[0] if profile_files else None)
    except SafeplanError as exc:
        return error(400, "bad_input", str(exc))
    return JSONResponse(run.report)


async def openapi(_request):
    """An OpenAPI 3 description of this API."""
    return JSONResponse(OPENAPI)


_ERROR = {"description": "bad input", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
OPENAPI = {
    "openapi": "3.0.3",
    "info": {"title": "safeplan workbench API", "version": "1"},
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {"Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {
            "code": {"type": "string"}, "message": {"type": "string"}}}}}},
    },
    "security": [{"bearer": []}],
    "paths": {
        "/api/health": {"get": {"summary": "liveness", "responses": {"200": {"description": '{"status": "ok"}'}}}},
        "/api/search": {"get": {
            "summary": "search rules and law articles (the object of `safeplan search --json`)",
            "parameters": [{"name": n, "in": "query", "required": n == "q", "schema": {"type": "string"}}
                           for n in ("q", "sector", "responsible", "due_before", "level", "doc", "kind", "limit")],
            "responses": {"200": {"description": "the search object"}, "400": _ERROR, "401": _ERROR}}},
        "/api/check": {"post": {
            "summary": "check drafted plans (the object of `safeplan check --format json`)",
            "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "properties": {
                "plans": {"type": "array", "items": {"type": "string", "format": "binary"}},
                "rules": {"type": "array", "items": {"type": "string"}},
                "profile": {"type": "string"},
                "profile_file": {"type": "string", "format": "binary"}}, "required": ["plans"]}}}},
            "responses": {"200": {"description": "the check object"}, "400": _ERROR, "401": _ERROR,
                          "413": _ERROR, "415": _ERROR}}},
        "/api/ledger/status": {"get": {
            "summary": "colours and figures of the ledger (the object of `safeplan ledger status --json`)",
            "parameters": [{"name": n, "in": "query", "required": False, "schema": {"type": "string"}}
                           for n in ("unit", "as_of")],
            "responses": {"200": {"description": "the status object"}, "400": _ERROR, "401": _ERROR}}},
        "/api/ledger/report": {"post": {
            "summary": "a progress report on a unit's task (a 社区 account: its own unit only)",
            "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
                **{n: {"type": "string"} for n in ("unit", "task", "date", "status", "note", "by")},
                "percent": {"type": "integer"}, "version": {"type": "integer"}},
                "required": ["unit", "task", "date", "status"]}}}},
            "responses": {"200": {"description": "the change"}, "400": _ERROR, "401": _ERROR, "403": _ERROR,
                          "409": _ERROR}}},
        "/api/ledger/close": {"post": {
            "summary": "销号 with its evidence (安办 only)",
            "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "properties": {
                **{n: {"type": "string"} for n in ("unit", "task", "date", "note", "approver", "by")},
                "version": {"type": "integer"}, "evidence": {"type": "string", "format": "binary"}},
                "required": ["unit", "task", "date", "evidence"]}}}},
            "responses": {"200": {"description": "the change"}, "400": _ERROR, "401": _ERROR, "403": _ERROR,
                          "409": _ERROR, "413": _ERROR, "415": _ERROR}}},
    },
}
