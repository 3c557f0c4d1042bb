"""The workbench attacked from a web page or with odd input (issue 20): a foreign Host (DNS rebinding),
a planted CSRF cookie, a cross-site form to /api/check, 500s on odd parameters and uploads, temporary
paths in messages, concurrent searches while the index is opened or rebuilt."""

import asyncio
import html
import re

import httpx
import pytest

from safeplan.web.security import CSRF_COOKIE

from .webfixtures import CSRF, SECRET, SESSION, web_client

PLAN = "一、主要任务\n（一）开展隐患排查。\n".encode("utf-8")
RULES = {"rules": "anwei-2024-2-zhiben-gongjian"}   # one rule file: a quick check


def _review_form(client, doc="anwei-2024-2-zhiben-gongjian", rule="3.1.1"):
    page = client.get(f"/review/{doc}", params={"rule": rule})
    assert page.status_code == 200, page.text
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', page.text))
    title = re.search(r'name="title" value="([^"]*)"', page.text).group(1)
    return {**fields, "title": title + "（改）", "kind": "task", "obligation": "must"}


# --- 8: the Host header ------------------------------------------------------------------------------------

def test_a_foreign_host_cannot_save_a_review(review_ws):
    """DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 posts to the workbench."""
    path = review_ws / "rules" / "anwei-2024-2-zhiben-gongjian.yaml"
    before = path.read_bytes()
    with web_client(review_ws) as client:
        form = _review_form(client)
        r = client.post("/review/anwei-2024-2-zhiben-gongjian", data=form, headers={"Host": "evil.example:8000"})
        assert r.status_code == 400
        assert "'evil.example:8000' is not a name of this workbench" in html.unescape(r.text)
        assert path.read_bytes() == before
        r = client.get("/api/health", headers={"Host": "rebind.evil.example"})
        assert (r.status_code, r.json()["error"]["code"]) == (400, "bad_host")


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "127.0.0.2",
                                  "192.168.1.20:8000", "plans.example.org", "plans.example.org.:8000"])
def test_the_hosts_the_workbench_answers_to(empty_ws, host):
    with web_client(empty_ws, allowed_hosts=("plans.example.org",)) as client:
        assert client.get("/api/health", headers={"Host": host}).status_code == 200


def test_serve_allows_its_host_and_the_allow_host_names(monkeypatch, tmp_path):
    import uvicorn
    from click.testing import CliRunner

    from safeplan.cli import cli

    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.update(kw, app=app))
    result = CliRunner().invoke(cli, ["serve", "--workspace", str(tmp_path), "--no-index", "--host", "0.0.0.0",
                                      "--token", "t", "--allow-host", "plans.example.org"])
    assert result.exit_code == 0, result.output
    from starlette.testclient import TestClient

    with TestClient(started["app"], base_url="http://plans.example.org") as client:
        assert client.get("/api/health", headers={"Authorization": "Bearer t"}).status_code == 200
        r = client.get("/api/health", headers={"Authorization": "Bearer t", "Host": "other.example.org"})
        assert r.status_code == 400


# --- 9: CSRF bound to the session ------------------------------------------------------------------------

def test_a_cookie_and_field_the_attacker_chose_are_refused(review_ws):
    """Any page on 127.0.0.1 (another port) can plant a cookie; it cannot compute the token of it."""
    path = review_ws / "rules" / "anwei-2024-2-zhiben-gongjian.yaml"
    before = path.read_bytes()
    with web_client(review_ws) as client:
        form = _review_form(client)
        client.cookies.set(CSRF_COOKIE, "planted")
        r = client.post("/review/anwei-2024-2-zhiben-gongjian", data={**form, "csrf": "planted"})
        assert r.status_code == 403 and "CSRF 校验失败" in r.text
        assert path.read_bytes() == before
        client.cookies.set(CSRF_COOKIE, SESSION)
        assert client.post("/review/anwei-2024-2-zhiben-gongjian", data=form).status_code == 200
        assert path.read_bytes() != before


def test_the_token_of_one_session_does_not_open_another(empty_ws):
    with web_client(empty_ws) as client:
        client.cookies.set(CSRF_COOKIE, "someone-else")
        r = client.post("/check", data={"csrf": CSRF}, files={"plans": ("p.txt", PLAN)})
        assert r.status_code == 403


def test_a_page_gets_the_token_of_its_session(empty_ws):
    from safeplan.web.security import csrf_token

    with web_client(empty_ws, session=False) as client:
        page = client.get("/check")
        session = client.cookies[CSRF_COOKIE]
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        assert token == csrf_token(SECRET, session) and token != session
        assert client.post("/check", data={"csrf": token}).status_code == 400   # past CSRF: no file chosen


CROSS_SITE = {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"}


def test_a_cross_site_form_cannot_post_to_the_check_api(empty_ws):
    with web_client(empty_ws) as client:
        r = client.post("/api/check", files={"plans": ("p.txt", PLAN)}, headers=CROSS_SITE)
        assert (r.status_code, r.json()["error"]["code"]) == (403, "csrf")
        # a page of another port of 127.0.0.1 is same-site, and its planted cookie does not help it
        client.cookies.set(CSRF_COOKIE, "planted")
        r = client.post("/api/check", data={"csrf": "planted"}, files={"plans": ("p.txt", PLAN)},
                        headers={"Origin": "http://127.0.0.1:9999", "Sec-Fetch-Site": "same-site"})
        assert r.status_code == 403


def test_who_may_post_to_the_check_api(empty_ws):
    with web_client(empty_ws) as client:
        # a script (curl): no Origin, no Sec-Fetch-Site
        assert client.post("/api/check", data=RULES, files={"plans": ("p.txt", PLAN)}).status_code == 200
        # a page of the workbench itself, with its session's token in the header
        r = client.post("/api/check", data=RULES, files={"plans": ("p.txt", PLAN)},
                        headers={"Origin": "http://127.0.0.1", "Sec-Fetch-Site": "same-origin", "X-CSRF-Token": CSRF})
        assert r.status_code == 200
    with web_client(empty_ws, token="s3cret") as client:
        r = client.post("/api/check", data=RULES, files={"plans": ("p.txt", PLAN)},
                        headers={**CROSS_SITE, "Authorization": "Bearer s3cret"})
        assert r.status_code == 200


# --- 18: no 500 on odd input -----------------------------------------------------------------------------

@pytest.mark.parametrize("limit", ["²", "١٢", "①"])
def test_a_limit_in_other_digits_is_400(app_client, limit):
    r = app_client.get("/api/search", params={"q": "隐患", "limit": limit})
    assert r.status_code == 400
    assert r.json()["error"]["message"] == "limit must be a whole number from 1 to 100"
    assert app_client.get("/source/xiaofang-fa-2021", params={"line": limit}).status_code == 400


def test_an_uploaded_profile_with_an_impossible_date_is_400(app_client):
    from safeplan.workspace import defaults_root

    profile = (defaults_root() / "profiles" / "chengdong.yaml").read_text(encoding="utf-8")
    bad = re.sub(r'(?m)^date: .*$', "date: 2024-02-30", profile)
    r = app_client.post("/api/check", files={"plans": ("p.txt", PLAN), "profile_file": ("坏日期.yaml", bad.encode())})
    assert r.status_code == 400, r.text
    # the profile loader's own line (the web adds nothing): file as uploaded, line, the date as written
    assert re.match(r"坏日期\.yaml:\d+: no such date 2024-02-30 ", r.json()["error"]["message"]), r.json()
    r = app_client.post("/check", data={"csrf": CSRF},
                        files={"plans": ("p.txt", PLAN), "profile_file": ("坏日期.yaml", bad.encode())})
    assert r.status_code == 400 and "坏日期.yaml" in r.text


# --- 19: messages name the upload, never the server's temporary folder -----------------------------------

@pytest.mark.parametrize("name, data, message", [
    ("blank.txt", b"   \n\n  \n", "blank.txt: empty file"),
])
def test_check_errors_name_the_plan_as_uploaded(app_client, name, data, message):
    r = app_client.post("/api/check", data=RULES, files={"plans": (name, data)})
    assert r.status_code == 400
    text = r.json()["error"]["message"]
    assert text.startswith(message) and "safeplan-upload-" not in text and "/tmp" not in text
    page = app_client.post("/check", data={"csrf": CSRF, **RULES}, files={"plans": (name, data)})
    assert page.status_code == 400 and "safeplan-upload-" not in page.text


# --- 16: a long query ---------------------------------------------------------------------------------------

def test_a_40000_character_query_is_refused_at_once(app_client, indexed_ws):
    import time

    from safeplan.errors import SafeplanError
    from safeplan.search import search
    from safeplan.workspace import Workspace

    started = time.perf_counter()
    r = app_client.get("/api/search", params={"q": "安全生产隐患排查" * 250})   # as long as a URL may be
    assert r.status_code == 400
    assert r.json()["error"]["message"] == "query too long: 2000 characters (at most 500)"
    page = app_client.get("/", params={"q": "安全生产隐患排查" * 250})
    assert page.status_code == 400 and "query too long: 2000 characters" in page.text
    with pytest.raises(SafeplanError, match=r"the query is 40000 characters long; at most 500 are searched"):
        search(Workspace.at(indexed_ws), "安全生产隐患排查" * 5000)
    assert time.perf_counter() - started < 5


def test_the_cli_refuses_a_long_query(indexed_ws, capsys):
    from safeplan.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["search", "--workspace", str(indexed_ws), "隐" * 501])
    assert exit_.value.code == 2
    assert "the query is 501 characters long; at most 500 are searched" in capsys.readouterr().err


# --- 18: concurrent searches right after start and during a rebuild ---------------------------------------

async def _searches(app, queries):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        answers = await asyncio.gather(*(client.get("/api/search", params={"q": q, "limit": 5}) for q in queries))
    return [a.status_code for a in answers]


QUESTIONS = ["重大事故隐患", "消防安全", "应急演练", "隐患排查", "安全培训", "危险化学品"]


def test_24_concurrent_searches_right_after_start(indexed_ws):
    from safeplan.search import store
    from safeplan.web import create_app
    from safeplan.workspace import Workspace

    for _ in range(3):
        store.forget(Workspace.at(indexed_ws))          # as a fresh server: nothing opened yet
        app = create_app(indexed_ws, search_cache=0, check_workers=0)
        codes = asyncio.run(_searches(app, [QUESTIONS[i % len(QUESTIONS)] for i in range(24)]))
        assert codes == [200] * 24


def test_searches_while_the_index_is_rebuilt(small_ws):
    import threading

    from safeplan.search import build_index
    from safeplan.web import create_app
    from safeplan.workspace import Workspace

    app = create_app(small_ws, search_cache=0, check_workers=0)
    stop = threading.Event()

    def rebuild():
        while not stop.is_set():
            build_index(Workspace.at(small_ws), rebuild=True)

    builder = threading.Thread(target=rebuild)
    builder.start()
    try:
        codes = []
        for _ in range(10):
            codes += asyncio.run(_searches(app, QUESTIONS * 4))
    finally:
        stop.set()
        builder.join()
    assert codes.count(200) == len(codes) == 240
