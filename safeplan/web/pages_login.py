"""The login form, for browsers: an account's name and password (once accounts exist), or the token."""

from __future__ import annotations

import hmac

from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse

from safeplan.accounts import verify
from safeplan.errors import SafeplanError
from safeplan.web.auth import SESSION_HOURS
from safeplan.web.forms import FormError, read_form
from safeplan.web.security import SESSION_COOKIE, session_value
from safeplan.web.templating import error_page, render


def _safe_next(target: str | None) -> str:
    """Only a local path: `//evil.example` or `https://…` would make the login an open redirect."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _form(request, nxt: str, message: str | None = None, status: int = 200, name: str = ""):
    state = request.app.state.web
    return render(request, "login.html", {"next": nxt, "message": message, "needs_token": bool(state.token),
                                          "accounts": state.sessions.accounts_exist(), "name": name},
                  status=status)


async def login_page(request):
    state = request.app.state.web
    nxt = _safe_next(request.query_params.get("next"))
    if request.method == "GET":
        return _form(request, nxt)
    try:
        form = await read_form(request)
    except FormError as exc:
        return error_page(request, exc.status, exc.message)
    nxt = _safe_next(form.get("next"))
    name = str(form.get("user") or "").strip()
    if name:
        try:
            account = await run_in_threadpool(verify, state.workspace.root, name, str(form.get("password") or ""))
        except SafeplanError as exc:          # accounts.yaml broken by hand: say where, let nobody in
            return _form(request, nxt, f"账号文件有误，暂时无法登录：{exc}", status=503, name=name)
        if account is None:
            return _form(request, nxt, "用户名或密码不正确", status=401, name=name)
        response = RedirectResponse(nxt, status_code=303)
        response.set_cookie(SESSION_COOKIE, state.sessions.sign(account), max_age=SESSION_HOURS * 3600,
                            httponly=True, samesite="strict", path="/")
        return response
    given = str(form.get("token") or "")
    if not state.token:
        if state.sessions.accounts_exist():
            return _form(request, nxt, "请输入用户名和密码", status=401)
        return RedirectResponse(nxt, status_code=303)
    if not hmac.compare_digest(given.encode(), state.token.encode()):
        return render(request, "login.html", {"next": nxt, "message": "口令不正确", "needs_token": True,
                                              "accounts": state.sessions.accounts_exist(), "name": ""},
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
