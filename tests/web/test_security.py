"""Token, login, CSRF, the upload size limit and the source view's refusal of anything outside the corpus."""

import re

import pytest

from safeplan.web.security import CSRF_COOKIE, SESSION_COOKIE

from .webfixtures import CSRF, web_client

TOKEN = "s3cret-token"


def _token(page) -> str:
    """The CSRF token a page's form carries."""
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


@pytest.fixture
def locked(empty_ws):
    with web_client(empty_ws, session=False, token=TOKEN) as c:
        yield c


def test_the_api_needs_the_bearer_token(locked):
    r = locked.get("/api/health")
    assert r.status_code == 401
    assert r.json() == {"error": {"code": "unauthorized",
                                  "message": "missing or wrong token: send Authorization: Bearer <token>"}}
    assert locked.get("/api/health", headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = locked.get("/api/health", headers={"Authorization": f"Bearer {TOKEN}"})
    assert (r.status_code, r.json()) == (200, {"status": "ok"})


def test_pages_send_a_browser_to_the_login_form_and_back(locked):
    r = locked.get("/check?x=1")
    assert r.status_code == 303
    assert r.headers["location"] == "/login?next=%2Fcheck%3Fx%3D1"
    form = locked.get("/login?next=/check")
    assert form.status_code == 200 and 'name="token"' in form.text
    csrf = _token(form)
    bad = locked.post("/login", data={"csrf": csrf, "token": "nope", "next": "/check"})
    assert bad.status_code == 401 and "口令不正确" in bad.text
    ok = locked.post("/login", data={"csrf": csrf, "token": TOKEN, "next": "/check"})
    assert (ok.status_code, ok.headers["location"]) == (303, "/check")
    assert TOKEN not in ok.headers["set-cookie"]
    assert locked.get("/check").status_code == 200
    # the login cookie opens the pages, and the API too (a browser's fetch)
    assert locked.get("/api/health").status_code == 200
    assert locked.post("/logout", data={"csrf": csrf}).status_code == 303
    assert locked.get("/check").status_code == 303


def test_the_login_never_redirects_off_site(locked):
    csrf = _token(locked.get("/login"))
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        r = locked.post("/login", data={"csrf": csrf, "token": TOKEN, "next": target})
        assert r.headers["location"] == "/"


def test_a_forged_session_cookie_is_refused(locked):
    locked.cookies.set(SESSION_COOKIE, "0" * 64)
    assert locked.get("/").status_code == 303


def test_forms_without_the_csrf_field_are_refused(client):
    r = client.post("/check", files={"plans": ("p.txt", "一、总体要求\n".encode())})
    assert r.status_code == 403
    assert "CSRF 校验失败" in r.text
    r = client.post("/check", data={"csrf": "other"}, files={"plans": ("p.txt", "一、总体要求\n".encode())})
    assert r.status_code == 403
    assert client.post("/logout").status_code == 403


def test_the_csrf_cookie_is_set_strict_and_http_only(empty_ws):
    with web_client(empty_ws, session=False) as c:
        cookie = c.get("/check").headers["set-cookie"]
    assert cookie.startswith(f"{CSRF_COOKIE}=") and "HttpOnly" in cookie and "SameSite=strict" in cookie


def test_a_20_mb_upload_is_413_on_the_api_and_the_page(client):
    big = b"a" * (20 * 1024 * 1024)
    r = client.post("/api/check", files={"plans": ("big.txt", big)})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "payload_too_large"
    r = client.post("/check", data={"csrf": CSRF}, files={"plans": ("big.txt", big)})
    assert r.status_code == 413
    assert "上传的文件太大：上限为 10 MB" in r.text
    assert client.get("/api/health").json() == {"status": "ok"}   # still serving


def test_a_streamed_body_without_length_is_cut_at_the_limit(empty_ws):
    with web_client(empty_ws, max_upload=1024) as c:
        def chunks():
            for _ in range(2000):
                yield b"x" * 1024
        r = c.post("/api/check", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "payload_too_large"


def test_a_file_just_over_a_configured_limit_is_413(empty_ws):
    with web_client(empty_ws, max_upload=1024 * 1024) as c:
        r = c.post("/api/check", files={"plans": ("p.txt", b"a" * (1024 * 1024 + 1))})
    assert r.status_code == 413


@pytest.mark.parametrize("path", [
    "/source/..%2f..%2fetc%2fpasswd",
    "/source/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/source/%2e%2e/%2e%2e/etc/passwd",
    "/source/..%252f..%252fetc%252fpasswd",
    "/source/..%5c..%5cetc%5cpasswd",
    "/source/%2fetc%2fpasswd",
    "/source/anquan-shengchan-fa-2021.md",
    "/source/manifest",
    "/source/ANQUAN-SHENGCHAN-FA-2021",
], ids=["encoded-slash", "encoded-dots", "encoded-dots-raw-slash", "double-encoded", "backslash", "absolute",
        "file-name-not-id", "non-document-file", "upper-case"])
def test_the_source_view_serves_only_corpus_documents(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "root:" not in r.text
    assert "只能查看工作区 corpus/ 中的文件" in r.text


def test_a_raw_dot_dot_path_never_leaves_the_app(client):
    r = client.get("/source/../../etc/passwd")
    assert r.status_code == 404 and "root:" not in r.text


def test_unknown_routes(client):
    assert client.get("/nope").status_code == 404
    r = client.get("/api/nope")
    assert (r.status_code, r.json()["error"]["code"]) == (404, "not_found")
    r = client.post("/api/search")
    assert (r.status_code, r.json()["error"]["code"]) == (405, "method_not_allowed")


def test_every_answer_carries_the_security_headers(client):
    for r in (client.get("/check"), client.get("/api/health"), client.get("/nope")):
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "SAMEORIGIN"
        assert r.headers["referrer-policy"] == "same-origin"
