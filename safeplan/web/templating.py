"""Rendering pages: one jinja2 environment (autoescape, StrictUndefined), the CSRF session and token, safe
snippets."""

from __future__ import annotations

import html
import re
from pathlib import Path

import jinja2
from markupsafe import Markup, escape
from starlette.responses import HTMLResponse

from safeplan.web.auth import current_user
from safeplan.web.security import CSRF_COOKIE, csrf_session, csrf_token, new_session_id

TEMPLATES = Path(__file__).parent / "templates"
NAV = (("search", "/", "检索"), ("review", "/review", "审核"), ("generate", "/generate", "生成"),
       ("check", "/check", "检查"), ("ledger", "/ledger", "台账"))
_B_TAG = re.compile(r"(<b(?:\s[^<>]*)?>|</b>)")

env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(TEMPLATES)),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def snippet_markup(snippet: str) -> Markup:
    """A search snippet as safe HTML: the `<b>` around matched words becomes `<mark>`; every other piece is
    escaped again here, whatever the search layer did (escaping escaped text once more would show `&amp;`,
    so each piece is unescaped first)."""
    out = []
    for piece in _B_TAG.split(snippet or ""):
        if _B_TAG.fullmatch(piece):
            out.append("</mark>" if piece == "</b>" else "<mark>")
        else:
            out.append(str(escape(html.unescape(piece))))
    return Markup("".join(out))


def hit_title(hit: dict) -> str:
    """A hit's title; when the rule has only a number for a title (4.), the first words of its text."""
    title = (hit.get("title") or "").strip()
    if re.sub(r"[\W\d_a-zA-Z]", "", title):
        return title
    words = html.unescape(_B_TAG.sub("", hit.get("snippet") or ""))
    words = re.split(r"[，,。；;：:]", words.lstrip("…").strip(), maxsplit=1)[0]
    return f"{title} {words[:40]}".strip()


env.filters["snippet"] = snippet_markup
env.filters["hit_title"] = hit_title


def render(request, template: str, context: dict, status: int = 200, headers: dict | None = None) -> HTMLResponse:
    state = request.app.state.web
    fresh = not request.cookies.get(CSRF_COOKIE)
    cookies = dict(request.cookies)
    if fresh:
        cookies[CSRF_COOKIE] = new_session_id()
    ctx = {"request": request, "nav": NAV, "active": context.get("active", ""),
           "csrf_token": csrf_token(state.secret, csrf_session(cookies)), "app": state,
           "user": current_user(request)}
    ctx.update(context)
    body = env.get_template(template).render(ctx)
    response = HTMLResponse(body, status_code=status, headers=headers)
    if fresh:
        response.set_cookie(CSRF_COOKIE, cookies[CSRF_COOKIE], httponly=True, samesite="strict", path="/")
    return response


def error_page(request, status: int, message: str, title: str = "出错了", active: str = "") -> HTMLResponse:
    return render(request, "error.html", {"status": status, "message": message, "title": title,
                                          "active": active}, status=status)
