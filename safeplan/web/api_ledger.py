"""The ledger's JSON API: `GET /api/ledger/status`, `POST /api/ledger/report`, `POST /api/ledger/close`.

Callers: the bearer token (acting as a 安办 over every unit; `by`/`approver` name who acts), or an account's
login session (what the account may do: ledger_view + safeplan.accounts.authorise). Errors are
`{"error": {code, message}}`: 401 unauthorized, 403 forbidden, 409 conflict, 400 bad_input, 413/415 uploads.
"""

from __future__ import annotations

import dataclasses

from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse

from safeplan.accounts import Forbidden
from safeplan.errors import SafeplanError
from safeplan.ledger.errors import ConflictError
from safeplan.web import ledger_view as lv
from safeplan.web.api import error
from safeplan.web.auth import current_user
from safeplan.web.forms import FormError, read_api_input, read_uploads
from safeplan.web.uploads import UploadError, sniff_evidence


def _failure(exc: SafeplanError) -> JSONResponse:
    if isinstance(exc, Forbidden):
        return error(403, "forbidden", str(exc))
    if isinstance(exc, ConflictError):
        return error(409, "conflict", str(exc))
    if isinstance(exc, UploadError):
        return error(exc.status, exc.code, str(exc))
    return error(400, "bad_input", str(exc))


def _change(change) -> dict:
    out = dataclasses.asdict(change)
    out["closed_on"] = change.closed_on.isoformat() if change.closed_on else None
    return out


async def status(request):
    """`GET /api/ledger/status?unit=&as_of=` → the object of `safeplan ledger status --json`."""
    from safeplan.ledger.status import status as ledger_status

    state = request.app.state.web
    params = request.query_params
    try:
        ledger = await run_in_threadpool(lv.ledger_of, state)
        result = await run_in_threadpool(ledger_status, ledger, params.get("unit") or None, params.get("as_of") or None)
    except SafeplanError as exc:
        return _failure(exc)
    return JSONResponse(result.to_dict())


async def _apply(request, action: str):
    state = request.app.state.web
    try:
        fields = await read_api_input(request)
        evidence = None
        if hasattr(fields, "getlist"):      # a form: its evidence file, if any
            found = await read_uploads(fields, "evidence", state.max_upload, sniffer=sniff_evidence)
            evidence = found[0] if found else None
    except FormError as exc:
        return error(exc.status, exc.code, exc.message)
    except UploadError as exc:
        return _failure(exc)
    plain = {k: v for k, v in fields.items() if not hasattr(v, "read")}
    try:
        ledger = await run_in_threadpool(lv.ledger_of, state)
        apply = lv.apply_report if action == "report" else lv.apply_close
        change = await run_in_threadpool(apply, ledger, current_user(request), plain, evidence)
    except SafeplanError as exc:
        return _failure(exc)
    return JSONResponse(_change(change))


async def report(request):
    """`POST /api/ledger/report` (JSON or form: unit, task, date, status, percent, note, version; a form may
    carry an evidence file) → the change."""
    return await _apply(request, "report")


async def close(request):
    """`POST /api/ledger/close` (multipart: unit, task, date, evidence file, note, version) → the change."""
    return await _apply(request, "close")
