"""The 台账 pages and API: the 挂图作战 grid, a task with its history and forms, 销号 with evidence, the 隐患 list;
accounts, sessions and who may do what (403), through the pages and through the API.

Colours on 2025-07-01 worked out by hand from ledgerfixtures' plan (no reports yet; 黄 = within 30 days of the
deadline or more than 20 points behind the straight line from 2024-01-01): 城东街道 doc:1 due 2024-12-31 → 红
逾期182天; doc:2 due 2025-12-31, 547 of 730 days gone → 75% expected → 黄; doc:3 due 2026-12-31, 547 of 1095
days → 50% → 黄; 东湖社区 doc:2 黄, doc:4 due 2025-06-30 → 红 逾期1天; 新华社区 doc:5 due 2025-03-31 → 红 逾期92天.
"""

from __future__ import annotations

import re
import time

import pytest

from safeplan.ledger import open_ledger
from safeplan.web.security import SESSION_COOKIE

from .ledgerfixtures import PASSWORDS, XSS, make_ledger, write_accounts
from .webfixtures import PNG, web_client

DAY = "2025-07-01"
DONGHU, XINHUA = "城东街道/东湖社区", "城东街道/新华社区"
TOKEN = "api-token-1"


def _csrf(page) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def _alert(page) -> str:
    import html

    found = re.search(r'role="alert">([^<]*)<', page.text)
    return html.unescape(found.group(1)) if found else ""


@pytest.fixture
def ledger_ws(tmp_path):
    ws = tmp_path / "ws"
    ws.mkdir()
    make_ledger(ws)
    write_accounts(ws)
    return ws


@pytest.fixture
def anon(ledger_ws):
    with web_client(ledger_ws, token=TOKEN) as c:
        yield c


def login(client, name: str) -> str:
    """Log `client` in as `name`; returns the CSRF token of its session."""
    r = client.post("/login", data={"csrf": _csrf(client.get("/login")), "user": name, "password": PASSWORDS[name],
                                    "next": "/ledger"})
    assert r.status_code == 303, r.text
    return _csrf(client.get("/ledger/task", params={"unit": DONGHU, "task": "doc:4"}))


def _tasks(ws, unit_name):
    from safeplan.ledger import status

    ledger = open_ledger(ws)
    try:
        return {t.key: t for t in status(ledger, unit=unit_name, as_of=DAY).tasks if t.unit == unit_name.split("/")[-1]}
    finally:
        ledger.close()


def test_anonymous_browsers_are_sent_to_the_login_and_the_api_answers_401(anon):
    r = anon.get("/ledger?street=城东街道")
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=%2Fledger%3Fstreet%3D")
    assert anon.get("/ledger/task", params={"unit": DONGHU, "task": "doc:4"}).status_code == 303
    r = anon.get("/api/ledger/status")
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    assert anon.post("/api/ledger/report", json={"unit": DONGHU}).status_code == 401


def test_login_by_name_and_password(anon, ledger_ws):
    form = anon.get("/login")
    assert 'name="user"' in form.text and 'name="password"' in form.text
    bad = anon.post("/login", data={"csrf": _csrf(form), "user": "李网格员", "password": "wrong", "next": "/ledger"})
    assert bad.status_code == 401 and "用户名或密码不正确" in bad.text
    unknown = anon.post("/login", data={"csrf": _csrf(form), "user": "nobody", "password": "x", "next": "/ledger"})
    assert unknown.status_code == 401
    ok = anon.post("/login", data={"csrf": _csrf(form), "user": "李网格员", "password": PASSWORDS["李网格员"],
                                   "next": "/ledger"})
    assert (ok.status_code, ok.headers["location"]) == (303, "/ledger")
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Max-Age=43200" in cookie
    hashes = re.findall(r"\$argon2id\$[^\s']+", (ledger_ws / "accounts.yaml").read_text(encoding="utf-8"))
    page = anon.get("/ledger")
    assert page.status_code == 200 and "李网格员（社区·东湖社区）" in page.text
    for h in hashes:
        assert h not in page.text and h not in cookie and h.split("$")[-1] not in cookie


def test_the_grid_shows_every_unit_and_task_in_its_colour_as_a_word(anon):
    login(anon, "赵主任")
    page = anon.get("/ledger", params={"as_of": DAY})
    assert page.status_code == 200
    cells = re.findall(r'<td class="cell c-(\w+)"><a href="([^"]+)" title="([^"]+)">(.)</a>', page.text)
    seen = {(title.split(" ")[0], title.split(" ")[1].rstrip(".")): (css, word, title.rsplit("— ", 1)[1])
            for css, _href, title, word in cells}
    assert seen == {
        ("城东街道", "1"): ("red", "红", "红：逾期182天（未开始 0%）"),
        ("城东街道", "2"): ("yellow", "黄", "黄：进度0%，按期应达75%（未开始 0%）"),
        ("城东街道", "3"): ("yellow", "黄", "黄：进度0%，按期应达50%（未开始 0%）"),
        ("东湖社区", "2"): ("yellow", "黄", "黄：进度0%，按期应达75%（未开始 0%）"),
        ("东湖社区", "4"): ("red", "红", "红：逾期1天（未开始 0%）"),
        ("新华社区", "5"): ("red", "红", "红：逾期92天（未开始 0%）"),
    }
    assert XSS not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    # rows are units (the street first), columns the street's task numbers, then tasks only a community has
    assert re.findall(r'<th scope="row"><a [^>]+>([^<]+)</a>', page.text) == ["城东街道", "东湖社区", "新华社区"]
    assert re.findall(r'<th scope="col" class="num" [^>]+>([^<]+)</th>', page.text) == ["1", "2", "3", "4", "5"]


def test_the_grid_filters(anon):
    login(anon, "赵主任")

    def shown(**params):
        page = anon.get("/ledger", params={"as_of": DAY, **params})
        return sorted((t.split(" ")[0], t.split(" ")[1].rstrip(".")) for t in
                      re.findall(r'<td class="cell c-\w+"><a href="[^"]+" title="([^"]+)">', page.text))

    assert shown(colour="红") == [("东湖社区", "4"), ("城东街道", "1"), ("新华社区", "5")]
    assert shown(unit="东湖社区") == [("东湖社区", "2"), ("东湖社区", "4")]
    assert shown(due_before="2025-06-30") == [("东湖社区", "4"), ("城东街道", "1"), ("新华社区", "5")]
    assert shown(colour="黄", unit="城东街道") == [("城东街道", "2"), ("城东街道", "3")]
    assert anon.get("/ledger", params={"colour": "紫"}).status_code == 400


def test_a_community_reports_for_its_own_unit_and_the_history_shows_it(anon, ledger_ws):
    csrf = login(anon, "李网格员")
    page = anon.get("/ledger/task", params={"unit": DONGHU, "task": "doc:4", "as_of": DAY})
    assert 'action="/ledger/task/report"' in page.text and 'action="/ledger/task/close"' not in page.text
    r = anon.post("/ledger/task/report", data={"csrf": csrf, "unit": DONGHU, "task": "doc:4", "version": "1",
                                               "status": "推进中", "percent": "40", "date": "2025-06-01",
                                               "note": "<img src=x onerror=alert(2)>"})
    assert r.status_code == 303
    page = anon.get(r.headers["location"])
    assert "进度已保存" in page.text and "<img src=x" not in page.text and "&lt;img src=x" in page.text
    assert "李网格员" in page.text and "推进中" in page.text
    task = _tasks(ledger_ws, DONGHU)["doc:4"]
    assert (task.status, task.percent, task.version) == ("推进中", 40, 2)


def test_a_community_cannot_report_for_another_unit_nor_close(anon, ledger_ws):
    csrf = login(anon, "李网格员")
    r = anon.post("/ledger/task/report", data={"csrf": csrf, "unit": XINHUA, "task": "doc:5", "version": "1",
                                               "status": "推进中", "percent": "40", "date": "2025-06-01"})
    assert r.status_code == 403 and _alert(r) == "李网格员（社区，东湖社区）不能为新华社区填报进度"
    r = anon.post("/ledger/task/close", data={"csrf": csrf, "unit": DONGHU, "task": "doc:4", "version": "1",
                                              "date": "2025-06-01"}, files={"evidence": ("验收.png", PNG)})
    assert r.status_code == 403 and "销号由街道安办审批" in _alert(r)
    assert {k: (t.status, t.closed_on) for k, t in _tasks(ledger_ws, XINHUA).items()} == {"doc:5": ("未开始", None)}
    assert _tasks(ledger_ws, DONGHU)["doc:4"].closed_on is None
    page = anon.get("/ledger/task", params={"unit": XINHUA, "task": "doc:5"})
    assert 'action="/ledger/task/report"' not in page.text and "不能为新华社区填报进度" in page.text


def test_a_reader_changes_nothing(anon):
    csrf = login(anon, "钱科员")
    r = anon.post("/ledger/task/report", data={"csrf": csrf, "unit": DONGHU, "task": "doc:4", "status": "未开始",
                                               "date": "2025-06-01"})
    assert r.status_code == 403 and "只读" in _alert(r)


def test_the_office_closes_with_evidence_and_reopens(anon, ledger_ws):
    csrf = login(anon, "赵主任")
    r = anon.post("/ledger/task/close", data={"csrf": csrf, "unit": DONGHU, "task": "doc:4", "version": "1",
                                              "date": "2025-06-20", "note": "验收合格"},
                  files={"evidence": ("../../验收 照片.png", PNG)})
    assert r.status_code == 303, _alert(r)
    task = _tasks(ledger_ws, DONGHU)["doc:4"]
    assert (str(task.closed_on), task.colour) == ("2025-06-20", "绿")
    stored = list((ledger_ws / ".safeplan" / "evidence").rglob("*.png"))
    assert [p.name for p in stored] == ["验收 照片.png"]        # the name made safe: no folders
    page = anon.get(r.headers["location"])
    assert "已销号" in page.text and "审批人 赵主任" in page.text and 'action="/ledger/task/reopen"' in page.text
    r = anon.post("/ledger/task/reopen", data={"csrf": csrf, "unit": DONGHU, "task": "doc:4", "version": "2",
                                               "date": "2025-06-25", "reason": "复查发现问题反弹"})
    assert r.status_code == 303 and _tasks(ledger_ws, DONGHU)["doc:4"].closed_on is None


@pytest.mark.parametrize("name, data, status, words", [
    ("空.pdf", b"", 400, "文件是空的"),
    ("a.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, 415, "旧版 Word"),
    ("a.zip", b"PK\x03\x04" + b"\x00" * 64, 400, "DOCX/XLSX 文件已损坏或解压后过大"),
])
def test_evidence_is_checked_like_every_upload(anon, ledger_ws, name, data, status, words):
    csrf = login(anon, "赵主任")
    r = anon.post("/ledger/task/close", data={"csrf": csrf, "unit": DONGHU, "task": "doc:4", "date": "2025-06-20"},
                  files={"evidence": (name, data)})
    assert r.status_code == status and words in _alert(r)
    assert _tasks(ledger_ws, DONGHU)["doc:4"].closed_on is None


def test_evidence_over_the_upload_limit_is_413(ledger_ws):
    with web_client(ledger_ws, max_upload=1024) as c:
        csrf = login(c, "赵主任")
        r = c.post("/ledger/task/close", data={"csrf": csrf, "unit": DONGHU, "task": "doc:4", "date": "2025-06-20"},
                   files={"evidence": ("big.pdf", b"%PDF" + b"0" * 400_000)})
    assert r.status_code == 413


def test_a_stale_form_is_a_conflict_and_writes_nothing(anon, ledger_ws):
    csrf = login(anon, "李网格员")
    page = anon.get("/ledger/task", params={"unit": DONGHU, "task": "doc:4"})
    version = re.search(r'name="version" value="(\d+)"', page.text).group(1)
    first = {"csrf": csrf, "unit": DONGHU, "task": "doc:4", "version": version, "date": "2025-06-01"}
    assert anon.post("/ledger/task/report", data={**first, "status": "推进中", "percent": "30"}).status_code == 303
    r = anon.post("/ledger/task/report", data={**first, "status": "推进中", "percent": "70", "note": "第二份"})
    assert r.status_code == 409
    assert _alert(r).startswith("保存失败：这项任务在您打开页面后已被他人更新，您填写的内容没有保存。")
    assert "第二份" in r.text                     # what was typed is kept in the form
    task = _tasks(ledger_ws, DONGHU)["doc:4"]
    assert (task.percent, task.version) == (30, 2)


def test_csrf_is_bound_to_the_login_session(anon):
    before = _csrf(anon.get("/login"))
    login(anon, "赵主任")
    r = anon.post("/ledger/task/report", data={"csrf": before, "unit": DONGHU, "task": "doc:4",
                                               "status": "推进中", "percent": "10", "date": "2025-06-01"})
    assert r.status_code == 403 and "CSRF" in r.text
    r = anon.post("/ledger/task/report", data={"unit": DONGHU, "task": "doc:4", "status": "推进中", "percent": "10",
                                               "date": "2025-06-01"})
    assert r.status_code == 403


def test_sessions_expire_and_end_when_the_password_changes(anon, ledger_ws):
    from safeplan.accounts import add_account, find_account

    state = anon.app.state.web
    account = find_account(ledger_ws, "李网格员")
    old = state.sessions.sign(account, now=time.time() - 13 * 3600)
    assert state.sessions.account(old) is None
    current = state.sessions.sign(account)
    assert state.sessions.account(current) == account
    body, mac = current[3:].split(".")
    assert state.sessions.account(f"v1.{body}.{'0' * len(mac)}") is None
    anon.cookies.set(SESSION_COOKIE, current)
    assert anon.get("/ledger").status_code == 200
    add_account(ledger_ws, "李网格员", "社区", "东湖社区", "a new password", replace=True)
    assert anon.get("/ledger").status_code == 303


def test_the_api_reports_and_closes_by_role(anon, ledger_ws):
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    status = anon.get("/api/ledger/status", params={"unit": "城东街道", "as_of": DAY}, headers=bearer)
    assert status.status_code == 200 and len(status.json()["tasks"]) == 6
    r = anon.post("/api/ledger/report", json={"unit": XINHUA, "task": "doc:5", "date": "2025-06-01",
                                              "status": "推进中", "percent": 20, "by": "区安委办"}, headers=bearer)
    assert r.status_code == 200 and r.json() == {"unit": "新华社区", "key": "doc:5", "version": 2,
                                                 "status": "推进中", "percent": 20, "closed_on": None}
    login(anon, "李网格员")
    r = anon.post("/api/ledger/report", json={"unit": XINHUA, "task": "doc:5", "date": "2025-06-02",
                                              "status": "推进中", "percent": 30})
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    r = anon.post("/api/ledger/close", data={"unit": DONGHU, "task": "doc:4", "date": "2025-06-20"},
                  files={"evidence": ("验收.pdf", b"%PDF-1.4 ...")})
    assert r.status_code == 403 and "销号由街道安办审批" in r.json()["error"]["message"]
    r = anon.post("/api/ledger/report", json={"unit": DONGHU, "task": "doc:4", "date": "2025-06-02",
                                              "status": "推进中", "percent": 30, "version": 7})
    assert r.status_code == 409 and r.json()["error"]["code"] == "conflict"
    r = anon.post("/api/ledger/report", json={"unit": DONGHU, "task": "doc:4", "date": "2025-06-02",
                                              "status": "推进中", "percent": 30, "by": "冒名"})
    assert r.status_code == 200
    # a browser page of another site cannot use the session: it sends Origin and has no CSRF token
    r = anon.post("/api/ledger/report", json={"unit": DONGHU, "task": "doc:4", "date": "2025-06-03",
                                              "status": "推进中", "percent": 35}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "csrf"
    r = anon.post("/api/ledger/close", data={"unit": DONGHU, "task": "doc:4", "date": "2025-06-20"},
                  files={"evidence": ("验收.pdf", b"%PDF-1.4 ...")}, headers=bearer)
    assert r.status_code == 200 and r.json()["closed_on"] == "2025-06-20"
    from safeplan.ledger.history import unit_entries

    ledger = open_ledger(ledger_ws)
    try:
        who = [e.who for e in unit_entries(ledger, unit=DONGHU, task="doc:4") if e.entity == "report"]
    finally:
        ledger.close()
    assert who == ["李网格员"]          # an account's reports are its own, whatever `by` says


def test_without_accounts_and_token_the_local_user_works_as_on_the_command_line(tmp_path):
    ws = tmp_path / "ws"
    ws.mkdir()
    make_ledger(ws)
    with web_client(ws) as c:
        page = c.get("/ledger/task", params={"unit": DONGHU, "task": "doc:4"})
        assert page.status_code == 200 and 'name="by"' in page.text
        r = c.post("/ledger/task/report", data={"csrf": _csrf(page), "unit": DONGHU, "task": "doc:4",
                                                "status": "已完成", "date": "2025-06-01", "by": "张三"})
        assert r.status_code == 303
    assert _tasks(ws, DONGHU)["doc:4"].status == "已完成"


def test_the_hazard_list(anon, ledger_ws, tmp_path):
    from safeplan.ledger import import_register
    from safeplan.ledger.sample import fill_register

    folder = tmp_path / "东湖社区"
    folder.mkdir()
    fill_register(folder / "检查清单.xlsx", [
        {"seq": 1, "date": "2025-03-01", "inspector": "李四", "place": "东湖菜市场<b>", "item": "消防通道",
         "result": "重大隐患", "description": "疏散通道封堵", "due": "2025-04-01", "owner": "王老板"},
        {"seq": 2, "date": "2025-06-01", "inspector": "李四", "place": "东湖小学", "item": "燃气",
         "result": "一般隐患", "description": "燃气报警器失效", "due": "2025-07-15", "owner": "陈校长"},
        {"seq": 3, "date": "2025-02-01", "inspector": "李四", "place": "东湖饭店", "item": "灭火器",
         "result": "一般隐患", "description": "灭火器过期", "due": "2025-03-01", "owner": "刘经理",
         "recheck_date": "2025-02-25", "recheck_result": "已整改销号"},
    ])
    ledger = open_ledger(ledger_ws)
    try:
        import_register(ledger, folder / "检查清单.xlsx", by="李四")
    finally:
        ledger.close()
    login(anon, "李网格员")
    page = anon.get("/ledger/hazards", params={"as_of": DAY})
    rows = re.findall(r'<tr><td class="c-(\w+)">(.)</td><td>(\w+)</td><td>(\w+)</td><td>(\d+)</td>', page.text)
    # 1: 重大, past its 整改时限 (91 days) → 红; 2: 一般, before it → 绿; 3 rectified: not listed
    assert rows == [("red", "红", "重大隐患", "东湖社区", "1"), ("green", "绿", "一般隐患", "东湖社区", "2")]
    assert "逾期91天" in page.text and "东湖菜市场&lt;b&gt;" in page.text
    page = anon.get("/ledger/hazards", params={"as_of": DAY, "level": "一般"})
    assert "东湖小学" in page.text and "东湖菜市场" not in page.text


def test_the_office_downloads_the_brief_of_the_period_and_a_community_may_not(anon):
    import io

    import docx

    login(anon, "赵主任")
    grid = anon.get("/ledger", params={"as_of": DAY})
    assert 'action="/ledger/brief"' in grid.text
    r = anon.post("/ledger/brief", data={"csrf": _csrf(grid), "street": "城东街道", "as_of": DAY,
                                         "period": "half-month"})
    assert r.status_code == 200, _alert(r)
    assert r.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert r.headers["content-disposition"].startswith("attachment;") and "filename*=UTF-8''" in r.headers[
        "content-disposition"]
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(r.content)).paragraphs)
    # the fixture: 6 tasks, none done; on 2025-07-01 three are past their deadline (城东街道 1, 东湖社区 4, 新华社区 5)
    assert "第1期" in text and "截至7月1日，全街道6项任务已完成0项" in text and "3项任务逾期" in text
    login(anon, "李网格员")
    grid = anon.get("/ledger", params={"as_of": DAY})
    assert 'action="/ledger/brief"' not in grid.text
    r = anon.post("/ledger/brief", data={"csrf": _csrf(grid), "street": "城东街道", "as_of": DAY,
                                         "period": "half-month"})
    assert r.status_code == 403 and "简报由街道安办编发" in _alert(r)


def test_a_broken_accounts_file_lets_nobody_in_and_the_login_says_where(anon, ledger_ws):
    text = (ledger_ws / "accounts.yaml").read_text(encoding="utf-8")
    (ledger_ws / "accounts.yaml").write_text(text.replace("role: 社区", "rol: 社区"), encoding="utf-8")
    assert anon.get("/ledger").status_code == 303
    assert anon.get("/api/ledger/status").status_code == 401
    r = anon.post("/login", data={"csrf": _csrf(anon.get("/login")), "user": "李网格员",
                                  "password": PASSWORDS["李网格员"], "next": "/ledger"})
    assert r.status_code == 503
    # the file: a comment, schema, accounts, then 4 lines per account; 李网格员's second line is line 9
    assert _alert(r) == ("账号文件有误，暂时无法登录：accounts.yaml:9: unknown key 'rol' in an account: "
                         "did you mean 'role'?")
