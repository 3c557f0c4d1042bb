"""Access control for the workbench: the bearer token / login cookie, CSRF on forms, the body size cap.

All three are plain ASGI middleware so that they run before Starlette parses a body.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from http.cookies import SimpleCookie
from urllib.parse import quote

SESSION_COOKIE = "safeplan_session"
CSRF_COOKIE = "safeplan_csrf"
CSRF_FIELD = "csrf"
# A multipart body carries a little more than its files: field names, boundaries, the other fields.
FORM_OVERHEAD = 256 * 1024
OPEN_PATHS = ("/login", "/static/")


def session_value(token: str) -> str:
    """The login cookie: an HMAC of the token, so the token itself never sits in a cookie."""
    return hmac.new(token.encode("utf-8"), b"safeplan-session-v1", hashlib.sha256).hexdigest()


def new_csrf_token() -> str:
    return secrets.token_urlsafe(24)


def csrf_ok(cookie_value: str | None, form_value: str | None) -> bool:
    """Double-submit check: the form's hidden field equals the SameSite=Strict cookie."""
    if not cookie_value or not form_value:
        return False
    return hmac.compare_digest(cookie_value, form_value)


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


class TokenMiddleware:
    """When a token is set, every request needs it: `Authorization: Bearer T`, or the login cookie.

    Pages without either redirect to the login form; the API answers 401 with the JSON error shape.
    """

    def __init__(self, app, token: str | None):
        self.app = app
        self.token = token
        self.session = session_value(token) if token else None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not self.token:
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        if path == "/login" or path.startswith("/static/"):
            return await self.app(scope, receive, send)
        headers = _headers(scope)
        auth = headers.get("authorization", "")
        if auth[:7].lower() == "bearer " and hmac.compare_digest(auth[7:].strip().encode(), self.token.encode()):
            return await self.app(scope, receive, send)
        cookie = _cookies(headers).get(SESSION_COOKIE)
        if cookie and hmac.compare_digest(cookie, self.session):
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


class BodyLimitMiddleware:
    """Refuses a request body over the upload limit with 413, by Content-Length or while it streams in."""

    def __init__(self, app, max_upload: int):
        self.app = app
        self.limit = max_upload + FORM_OVERHEAD
        self.max_upload = max_upload

    def _message(self) -> str:
        return f"上传的文件太大：上限为 {self.max_upload // (1024 * 1024)} MB (upload too large)"

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        api = is_api(scope.get("path", ""))
        length = _headers(scope).get("content-length")
        if length is not None:
            try:
                too_big = int(length) > self.limit
            except ValueError:
                return await send_error(send, 400, "bad_request", "bad Content-Length", api)
            if too_big:
                await _drain(receive, self.limit)
                return await send_error(send, 413, "payload_too_large", self._message(), api)
        seen = 0
        started = False

        async def counting_receive():
            nonlocal seen
            message = await receive()
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
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await send_error(send, 413, "payload_too_large", self._message(), api)


class _TooLarge(Exception):
    pass


async def _drain(receive, limit: int) -> None:
    """Read (and drop) what the client already sent, up to the limit, so it sees the 413 instead of a reset."""
    seen = 0
    while seen <= limit:
        message = await receive()
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body"):
            return


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
