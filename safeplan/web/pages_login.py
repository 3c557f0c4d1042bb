"""The login form, for browsers, when the workbench runs with a token."""

from __future__ import annotations

import hmac

from starlette.responses import RedirectResponse

from safeplan.web.forms import FormError, read_form
from safeplan.web.security import SESSION_COOKIE, session_value
from safeplan.web.templating import error_page, render


def _safe_next(target: str | None) -> str:
    """Only a local path: `//evil.example` or `https://…` would make the login an open redirect."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


async def login_page(request):
    state = request.app.state.web
    nxt = _safe_next(request.query_params.get("next"))
    if request.method == "GET":
        return render(request, "login.html", {"next": nxt, "message": None, "needs_token": bool(state.token)})
    try:
        form = await read_form(request)
    except FormError as exc:
        return error_page(request, exc.status, exc.message)
    nxt = _safe_next(form.get("next"))
    given = str(form.get("token") or "")
    if not state.token:
        return RedirectResponse(nxt, status_code=303)
    if not hmac.compare_digest(given.encode(), state.token.encode()):
        return render(request, "login.html", {"next": nxt, "message": "口令不正确", "needs_token": True},
                      status=401)
    response = RedirectResponse(nxt, status_code=303)
    response.set_cookie(SESSION_COOKIE, session_value(state.token), httponly=True, samesite="strict", path="/")
    return response


async def logout(request):
    try:
        await read_form(request)
    except FormError as exc:
        return error_page(request, exc.status, exc.message)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
