"""Access control for the workbench: the Host allow-list, the bearer token / login cookies, CSRF on forms
and on `/api/check`, the body size cap and the body timeout.

The middleware here is plain ASGI so that it runs before Starlette parses a body.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import json
import secrets
from http.cookies import SimpleCookie
from urllib.parse import quote

SESSION_COOKIE = "safeplan_session"
CSRF_COOKIE = "safeplan_csrf"      # a random id per browser: the session the CSRF token is bound to
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"       # the same token, for a page's script calling the API
LOOPBACK_NAMES = ("localhost",)
# A multipart body carries a little more than its files: field names, boundaries, the other fields.
FORM_OVERHEAD = 256 * 1024
OPEN_PATHS = ("/login", "/static/")


def session_value(token: str) -> str:
    """The login cookie: an HMAC of the token, so the token itself never sits in a cookie."""
    return hmac.new(token.encode("utf-8"), b"safeplan-session-v1", hashlib.sha256).hexdigest()


def new_session_id() -> str:
    return secrets.token_urlsafe(24)


def csrf_token(secret: bytes, session: str) -> str:
    """The form token of a browser session: an HMAC of its cookie with the server's secret. Another site
    can plant a cookie (cookies do not tell ports apart) but cannot compute the token that goes with it."""
    return hmac.new(secret, b"safeplan-csrf-v1:" + session.encode("utf-8"), hashlib.sha256).hexdigest()


def csrf_session(cookies) -> str | None:
    """What a form token is bound to: the browser's CSRF cookie, and its account login session when it has one
    (a token made before a login, or for another account, does not pass after it)."""
    session = cookies.get(CSRF_COOKIE)
    login = cookies.get(SESSION_COOKIE, "")
    if session and login.startswith("v1."):
        return f"{session}|{login}"
    return session


def csrf_ok(secret: bytes, session: str | None, given: str | None) -> bool:
    """The token sent with a form (or in the X-CSRF-Token header) is the one of this browser's session."""
    if not session or not given:
        return False
    return hmac.compare_digest(csrf_token(secret, session).encode(), str(given).encode("utf-8", "replace"))


def from_a_browser(headers) -> bool:
    """Browsers mark every cross-origin POST with Origin (and Sec-Fetch-Site); curl and scripts send neither."""
    return "origin" in headers or "sec-fetch-site" in headers


def bearer_ok(headers, token: str | None) -> bool:
    auth = headers.get("authorization", "")
    return bool(token) and auth[:7].lower() == "bearer " and hmac.compare_digest(
        auth[7:].strip().encode("utf-8", "replace"), token.encode("utf-8"))


def _headers(scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _cookies(headers: dict[str, str]) -> dict[str, str]:
    jar = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:  # a malformed Cookie header is no cookie
        return {}
    return {k: m.value for k, m in jar.items()}


def is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


async def send_error(send, status: int, code: str, message: str, api: bool, extra_headers=()) -> None:
    """A 4xx answer before the app ran: JSON `{"error": …}` on the API, a short Chinese page elsewhere."""
    if api:
        body = json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False).encode("utf-8")
        ctype = b"application/json"
    else:
        from markupsafe import escape

        body = (f'<!doctype html><html lang="zh-CN"><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<title>{status}</title><link rel="stylesheet" href="/static/app.css">'
                f'<main class="page"><h1>出错了 ({status})</h1><p class="error" role="alert">{escape(message)}</p>'
                f'<p><a href="/">返回首页</a></p></main>').encode("utf-8")
        ctype = b"text/html; charset=utf-8"
    headers = [(b"content-type", ctype), (b"content-length", str(len(body)).encode())] + list(extra_headers)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class AccessMiddleware:
    """Who is asking, and whether they may ask at all.

    With a token or accounts (WORKSPACE/accounts.yaml), every request needs one of: `Authorization: Bearer
    TOKEN`, the token's login cookie, or an account's login session (auth.Sessions). Pages without either
    redirect to the login form; the API answers 401 with the JSON error shape. Without token and accounts the
    local user is let in. The one found is left in `scope["state"]["safeplan_user"]` (auth.current_user).
    """

    def __init__(self, app, token: str | None, sessions=None):
        self.app = app
        self.token = token
        self.session = session_value(token) if token else None
        self.sessions = sessions

    def _user(self, headers):
        from safeplan.web.auth import TOKEN_USER

        if self.token and bearer_ok(headers, self.token):
            return TOKEN_USER
        cookie = _cookies(headers).get(SESSION_COOKIE)
        if not cookie:
            return None
        if self.session and hmac.compare_digest(cookie, self.session):
            return TOKEN_USER
        return self.sessions.account(cookie) if self.sessions else None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        from safeplan.web.auth import LOCAL_USER

        user = self._user(_headers(scope))
        locked = bool(self.token) or bool(self.sessions and self.sessions.accounts_exist())
        if user is None and not locked:
            user = LOCAL_USER
        scope.setdefault("state", {})["safeplan_user"] = user
        path = scope.get("path", "")
        if user is not None or path == "/login" or path.startswith("/static/"):
            return await self.app(scope, receive, send)
        if is_api(path):
            return await send_error(send, 401, "unauthorized",
                                    "missing or wrong token: send Authorization: Bearer <token>", api=True,
                                    extra_headers=[(b"www-authenticate", b"Bearer")])
        target = path + ("?" + scope["query_string"].decode("latin-1") if scope.get("query_string") else "")
        location = "/login?next=" + quote(target, safe="")
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", location.encode("latin-1")), (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})


def host_name(value: str) -> str:
    """The name in a Host header: without the port, brackets or a final dot, in lower case."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value[1:]
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


class TrustedHostMiddleware:
    """Answers only requests whose Host header names this server: an IP address, `localhost`, or one of
    `names` (the --host given and every --allow-host). A web page that rebinds its own domain name to
    127.0.0.1 (DNS rebinding) sends that name as Host and is refused with 400 before any route runs."""

    def __init__(self, app, names=()):
        self.app = app
        self.names = frozenset(host_name(n) for n in (*LOOPBACK_NAMES, *names) if n)

    def allowed(self, host: str) -> bool:
        name = host_name(host)
        return name in self.names or _is_ip(name)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        host = _headers(scope).get("host", "")
        if self.allowed(host):
            return await self.app(scope, receive, send)
        shown = host[:100] or "(none)"
        await send_error(send, 400, "bad_host",
                         f"Host {shown!r} is not a name of this workbench: open it by its IP address or "
                         f"localhost, or start safeplan serve with --allow-host NAME",
                         api=is_api(scope.get("path", "")), extra_headers=[(b"connection", b"close")])


class BodyLimitMiddleware:
    """Refuses a request body over the upload limit with 413 — at once by Content-Length, else as soon as
    the streamed body passes it — and a body that stops arriving for `body_timeout` seconds with 408."""

    def __init__(self, app, max_upload: int, body_timeout: float = 30.0):
        self.app = app
        self.limit = max_upload + FORM_OVERHEAD
        self.max_upload = max_upload
        self.body_timeout = body_timeout

    def _message(self) -> str:
        return f"上传的文件太大：上限为 {self.max_upload // (1024 * 1024)} MB (upload too large)"

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        api = is_api(scope.get("path", ""))
        close = [(b"connection", b"close")]
        length = _headers(scope).get("content-length")
        if length is not None:
            if not length.strip().isascii() or not length.strip().isdigit():
                return await send_error(send, 400, "bad_request", "bad Content-Length", api, close)
            if int(length) > self.limit:
                # answered before the body is read; the connection closes after it (the body is never wanted)
                return await send_error(send, 413, "payload_too_large", self._message(), api, close)
        seen = 0
        started = False

        async def guarded_receive():
            nonlocal seen
            try:
                message = await asyncio.wait_for(receive(), self.body_timeout)
            except asyncio.TimeoutError:
                raise _Slow() from None
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, guarded_receive, tracking_send)
        except _TooLarge:
            if not started:
                await send_error(send, 413, "payload_too_large", self._message(), api, close)
        except _Slow:
            if not started:
                await send_error(send, 408, "request_timeout",
                                 f"the request body stopped arriving for {self.body_timeout:g} s", api, close)


class _TooLarge(Exception):
    pass


class _Slow(Exception):
    pass


class SecurityHeadersMiddleware:
    """Headers on every answer: no MIME sniffing, no framing by other sites, no referrer to other sites."""

    HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"SAMEORIGIN"),
               (b"referrer-policy", b"same-origin")]

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.HEADERS if k not in present]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.app(scope, receive, with_headers)
