"""The JSON API of cli.md: /api/search, /api/check, /api/health and the error shape."""

from pathlib import Path

import pytest

from .webfixtures import PNG, docx_bytes, web_client

BROKEN_PLAN = """城东街道安全生产治本攻坚三年行动实施方案

一、主要任务
（一）开展重大事故隐患排查整治。20__年底前完成存量隐患整改。责任单位：街道安办。
"""


def test_health(app_client):
    r = app_client.get("/api/health")
    assert (r.status_code, r.json()) == (200, {"status": "ok"})


def test_search_returns_the_cli_object_and_the_index_version(app_client):
    r = app_client.get("/api/search", params={"q": "重大事故隐患", "limit": 3})
    assert r.status_code == 200
    body = r.json()
    assert body["query"] == "重大事故隐患"
    assert {"query", "total", "took_ms", "facets", "hits"} <= set(body)
    assert 1 <= len(body["hits"]) <= 3
    assert body["index_version"]
    hit = body["hits"][0]
    assert {"doc_id", "rule_id", "title", "score", "snippet", "path", "sectors", "responsible", "source"} <= set(hit)
    assert "<b" in "".join(h["snippet"] for h in body["hits"])


def test_search_filters_are_passed_through(app_client):
    r = app_client.get("/api/search", params={"q": "隐患", "doc": "xiaofang-fa-2021", "limit": 20})
    assert r.status_code == 200
    assert r.json()["hits"] and {h["doc_id"] for h in r.json()["hits"]} == {"xiaofang-fa-2021"}


@pytest.mark.parametrize("params, message", [
    ({}, "missing query parameter q"),
    ({"q": "隐患", "limit": "0"}, "limit must be a whole number from 1 to 100"),
    ({"q": "隐患", "limit": "ten"}, "limit must be a whole number from 1 to 100"),
    ({"q": "隐患", "due_before": "2024/12/31"}, "due_before must be a date YYYY-MM-DD"),
    ({"q": "隐患", "due_before": "2024-02-30"}, "due_before is not a real date: 2024-02-30"),
    ({"q": "隐" * 501}, "query too long: 501 characters (at most 500)"),
], ids=["no-q", "limit-0", "limit-word", "date-format", "date-impossible", "too-long"])
def test_bad_search_parameters_are_400(app_client, params, message):
    r = app_client.get("/api/search", params=params)
    assert r.status_code == 400
    assert r.json() == {"error": {"code": "bad_request", "message": message}}


@pytest.mark.parametrize("name, data, status, code", [
    ("plan.docx", b"", 400, "empty_file"),
    ("plan.docx", PNG, 415, "unsupported_file"),
    ("plan.docx", b"PK\x03\x04broken" + b"\x00" * 100, 400, "broken_docx"),
], ids=["zero-bytes", "png-renamed-docx", "broken-docx"])
def test_unreadable_plans_are_4xx_json(app_client, name, data, status, code):
    r = app_client.post("/api/check", files={"plans": (name, data)})
    assert r.status_code == status
    assert r.json()["error"]["code"] == code
    assert app_client.get("/api/health").status_code == 200


def test_check_needs_a_plan(app_client):
    r = app_client.post("/api/check", data={"rules": "anwei-2024-2-zhiben-gongjian"})
    assert r.status_code == 400
    assert r.json() == {"error": {"code": "bad_request",
                                  "message": "missing multipart field plans (one or more plan files)"}}


def test_check_refuses_unknown_rules_and_profiles(app_client):
    plan = ("plan.txt", BROKEN_PLAN.encode("utf-8"))
    r = app_client.post("/api/check", files={"plans": plan}, data={"rules": "no-such-doc"})
    assert r.status_code == 400
    assert r.json()["error"]["message"].startswith("unknown rules: no-such-doc")
    r = app_client.post("/api/check", files={"plans": plan}, data={"profile": "../../etc/passwd"})
    assert r.status_code == 400
    assert r.json()["error"]["message"].startswith("unknown profile '../../etc/passwd'")


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_check_reports_a_placeholder_in_a_plan(app_client, encoding):
    r = app_client.post("/api/check", files={"plans": ("草案.txt", BROKEN_PLAN.encode(encoding))},
                        data={"rules": "anwei-2024-2-zhiben-gongjian"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["plans"] == ["草案.txt"]
    assert body["rules"] == ["rules/anwei-2024-2-zhiben-gongjian.yaml"]
    placeholders = [f for f in body["findings"] if f["code"] == "placeholder"]
    assert [(f["plan"], f["line"]) for f in placeholders] == [("草案.txt", 4)]
    assert body["summary"]["errors"] >= 1


def test_check_of_a_docx_plan(app_client):
    data = docx_bytes(["城东街道实施方案", "一、主要任务", "（一）开展隐患排查。20__年底前完成。责任单位：街道安办。"])
    r = app_client.post("/api/check", files={"plans": ("plan.bin", data)})
    assert r.status_code == 200, r.text
    assert r.json()["plans"] == ["plan.docx"]
    assert "placeholder" in {f["code"] for f in r.json()["findings"]}


def test_openapi_page(app_client):
    spec = app_client.get("/api/openapi.json").json()
    assert set(spec["paths"]) == {"/api/health", "/api/search", "/api/check", "/api/ledger/status",
                                  "/api/ledger/report", "/api/ledger/close"}


def test_a_rebuilt_index_is_picked_up_and_named(small_ws):
    """`safeplan index --rebuild` in another terminal: the next search is served by the new index and says so."""
    from safeplan.search import build_index
    from safeplan.workspace import Workspace

    ws = Workspace.at(small_ws)
    with web_client(ws) as client:
        first = client.get("/api/search", params={"q": "消防安全责任"}).json()
        build_index(ws, rebuild=True)
        second = client.get("/api/search", params={"q": "消防安全责任"}).json()
    assert first["hits"] and first["index_version"] != second["index_version"]
    assert [h["rule_id"] for h in first["hits"]] == [h["rule_id"] for h in second["hits"]]


def test_a_repeated_search_is_served_from_the_cache_of_its_generation(app_client):
    first = app_client.get("/api/search", params={"q": "消防安全责任人", "limit": 4}).json()
    again = app_client.get("/api/search", params={"q": "消防安全责任人", "limit": 4}).json()
    assert "cached" not in first and again["cached"] is True
    assert again["hits"] == first["hits"] and again["index_version"] == first["index_version"]
    other = app_client.get("/api/search", params={"q": "消防安全责任人", "limit": 5}).json()
    assert "cached" not in other


PROFILE = (Path(__file__).resolve().parents[2] / "profiles" / "chengdong.yaml").read_text(encoding="utf-8")


def test_check_takes_an_uploaded_profile_and_names_the_units_it_does_not_know(app_client):
    plan = "一、主要任务\n（一）开展隐患排查。由西湖社区牵头，每季度至少1次。\n".encode("utf-8")
    r = app_client.post("/api/check", files={"plans": ("草案.txt", plan), "profile_file": ("我的档案.yaml", PROFILE.encode())},
                        data={"rules": "anwei-2024-2-zhiben-gongjian"})
    assert r.status_code == 200, r.text
    unknown = [f for f in r.json()["findings"] if f["code"] == "unknown-unit"]
    assert [(f["line"], "西湖社区" in f["message"]) for f in unknown] == [(2, True)]


def test_an_uploaded_profile_naming_a_unit_twice_is_refused_with_its_line(app_client):
    twice = PROFILE.replace("  - {name: 新华社区,", "  - {name: 东湖社区,")
    r = app_client.post("/api/check", files={"plans": ("草案.txt", BROKEN_PLAN.encode()),
                                             "profile_file": ("我的档案.yaml", twice.encode())})
    assert r.status_code == 400
    first = next(n for n, line in enumerate(twice.splitlines(), 1) if "{name: 东湖社区," in line)
    assert r.json()["error"]["message"] == (f"我的档案.yaml:{first + 1}: unit name '东湖社区' is used twice "
                                            f"(first on line {first})")
