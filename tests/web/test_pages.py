"""The pages: 检索, 检查, 生成 and 审核, each with its bad inputs."""

import html
import re
from pathlib import Path

import pytest
import yaml

from .webfixtures import CSRF, PNG, form_fields, web_client

BROKEN_PLAN = "城东街道实施方案\n\n一、主要任务\n（一）开展隐患排查。20__年底前完成。责任单位：街道安办。\n"


def test_the_search_page_shows_hits_facets_and_the_index_version(app_client):
    r = app_client.get("/", params={"q": "重大事故隐患"})
    assert r.status_code == 200
    assert re.search(r"共 \d+ 条", r.text)
    assert re.search(r'索引版本 <span class="version">g\d{6}</span>', r.text)
    assert "<mark>" in r.text
    hrefs = re.findall(r'class="hit-link" href="([^"]+)"', r.text)
    assert hrefs and all(h.startswith("/source/") for h in hrefs)
    facet = re.search(r'<a href="(/\?[^"]*doc=[^"]+)"', r.text)
    assert facet, "no facet link"
    followed = app_client.get(facet.group(1).replace("&amp;", "&"))
    assert followed.status_code == 200 and 'aria-pressed="true"' in followed.text


def test_a_hit_opens_its_passage_and_rule(app_client):
    r = app_client.get("/api/search", params={"q": "重大事故隐患 排查整治", "doc": "anwei-2024-2-zhiben-gongjian"})
    hit = r.json()["hits"][0]
    page = app_client.get(f"/source/{hit['doc_id']}", params={"rule": hit["rule_id"]})
    assert page.status_code == 200
    assert f'id="L{hit["source"]["line"]}" value="{hit["source"]["line"]}" class="hl" data-first="1"' in page.text
    assert '<aside class="rule-panel"' in page.text


def test_an_unknown_rule_in_a_real_document_is_404(app_client):
    r = app_client.get("/source/xiaofang-fa-2021", params={"rule": "999.9"})
    assert r.status_code == 404 and "xiaofang-fa-2021 中没有规则 999.9" in r.text


def test_bad_search_input_is_said_on_the_page(app_client):
    r = app_client.get("/", params={"q": "隐患", "due_before": "2024-13-01"})
    assert r.status_code == 400
    assert "due_before is not a real date: 2024-13-01" in r.text


def test_a_search_term_is_escaped_on_the_page(app_client):
    r = app_client.get("/", params={"q": "<script>alert(1)</script>"})
    assert r.status_code == 200
    assert "<script>alert(1)</script>" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text


@pytest.mark.parametrize("name, data, status, message", [
    ("plan.docx", b"", 400, "文件是空的（0 字节）"),
    ("plan.docx", PNG, 415, "文件内容是PNG 图片，不是可读取的方案"),
    ("plan.docx", b"PK\x03\x04broken" + b"\x00" * 100, 400, "DOCX/XLSX 文件已损坏或解压后过大"),
], ids=["zero-bytes", "png-renamed-docx", "broken-docx"])
def test_the_check_page_says_what_is_wrong_with_an_upload(app_client, name, data, status, message):
    r = app_client.post("/check", data={"csrf": CSRF}, files={"plans": (name, data)})
    assert r.status_code == status
    assert message in r.text
    assert 'role="alert"' in r.text


def test_the_check_page_shows_findings_and_offers_downloads(app_client):
    r = app_client.post("/check", data={"csrf": CSRF, "rules": "anwei-2024-2-zhiben-gongjian"},
                        files={"plans": ("草案.txt", BROKEN_PLAN.encode("gbk"))})
    assert r.status_code == 200, r.text
    assert "检查结果：草案.txt" in r.text
    assert "<code>placeholder</code>" in r.text
    report_id = re.search(r'/check/reports/([\w-]+)\.sarif', r.text).group(1)
    sarif = app_client.get(f"/check/reports/{report_id}.sarif")
    assert sarif.status_code == 200 and '"version": "2.1.0"' in sarif.text.replace('":"', '": "')
    assert "safeplan-upload-" not in sarif.text          # the temporary folder never shows
    junit = app_client.get(f"/check/reports/{report_id}.junit")
    assert junit.text.lstrip().startswith("<?xml") or "<testsuite" in junit.text
    assert app_client.get(f"/check/reports/{report_id}.json").json()["plans"] == ["草案.txt"]
    assert app_client.get(f"/check/reports/{report_id}.exe").status_code == 404
    assert app_client.get("/check/reports/nope.json").status_code == 404


def test_the_check_page_takes_an_uploaded_profile(app_client):
    profile = (Path(__file__).resolve().parents[2] / "profiles" / "chengdong.yaml").read_bytes()
    plan = "一、主要任务\n（一）开展隐患排查。由西湖社区牵头。\n".encode("utf-8")
    r = app_client.post("/check", data={"csrf": CSRF, "rules": "anwei-2024-2-zhiben-gongjian"},
                        files={"plans": ("草案.txt", plan), "profile_file": ("城东.yaml", profile)})
    assert r.status_code == 200, r.text
    assert "<code>unknown-unit</code>" in r.text and "西湖社区" in r.text
    r = app_client.post("/check", data={"csrf": CSRF}, files={"plans": ("草案.txt", plan),
                                                              "profile_file": ("城东.yaml", PNG)})
    assert r.status_code == 415 and "城东.yaml" in html.unescape(r.text)


def test_the_check_page_without_a_file(app_client):
    r = app_client.post("/check", data={"csrf": CSRF})
    assert r.status_code == 400 and "请选择要检查的方案文件" in r.text


def _generate(client, **fields):
    data = {"csrf": CSRF, "profile": fields.pop("profile", None), **fields}
    return client.post("/generate", data={k: v for k, v in data.items() if v is not None})


def test_generate_a_plan_preview_and_download(app_client):
    form = app_client.get("/generate")
    assert form.status_code == 200
    profile = re.search(r'name="profile" value="([^"]+)"', form.text).group(1)
    r = _generate(app_client, profile=profile, rules=["anwei-2024-2-zhiben-gongjian"], outputs=["plan", "tasks"],
                  formats=["docx", "html"])
    assert r.status_code == 303, r.text
    run = app_client.get(r.headers["location"] + "?wait=1")
    assert run.status_code == 200 and "已生成" in run.text, run.text
    files = re.findall(r'class="file-link" href="([^"]+)"', run.text)
    assert any(f.endswith(".docx") for f in files) and any("%E5%AE%9E%E6%96%BD%E6%96%B9%E6%A1%88.html" in f for f in files)
    docx_url = next(f for f in files if f.endswith(".docx"))
    got = app_client.get(docx_url)
    assert got.status_code == 200 and got.content[:4] == b"PK\x03\x04"
    preview = re.search(r'<iframe[^>]*src="([^"]+)"', run.text).group(1)
    page = app_client.get(preview)
    assert "sandbox" in page.headers["content-security-policy"]
    zipped = app_client.get(r.headers["location"] + "/zip")
    assert zipped.status_code == 200 and zipped.content[:2] == b"PK"
    base = r.headers["location"]
    assert app_client.get(base + "/files/..%2f..%2f..%2fetc%2fpasswd").status_code == 404
    assert app_client.get(base + "/files/../../secret").status_code == 404


@pytest.mark.parametrize("fields, message", [
    ({"profile": "nope.yaml", "rules": ["anwei-2024-2-zhiben-gongjian"], "outputs": ["plan"], "formats": ["docx"]},
     "没有这个单位档案：nope.yaml"),
    ({"rules": ["no-such-doc"], "outputs": ["plan"], "formats": ["docx"]}, "没有这些规则文件：no-such-doc"),
    ({"rules": ["anwei-2024-2-zhiben-gongjian"], "outputs": ["plan"], "formats": ["xlsx"]},
     "plan formats are md, html, docx; got xlsx"),
    ({"rules": ["anwei-2024-2-zhiben-gongjian"], "outputs": [], "formats": ["docx"]}, "请至少选择一种文件和一种格式"),
    ({"rules": ["anwei-2024-2-zhiben-gongjian"], "outputs": ["tasks"], "formats": ["docx"], "units": ["不存在社区"]},
     "--unit &#39;不存在社区&#39; is neither the street nor one of its communities"),
], ids=["unknown-profile", "unknown-rules", "plan-as-xlsx", "nothing-chosen", "unknown-unit"])
def test_generate_refuses_bad_choices(app_client, fields, message):
    if "profile" not in fields:
        fields["profile"] = re.search(r'name="profile" value="([^"]+)"', app_client.get("/generate").text).group(1)
    r = _generate(app_client, **fields)
    assert r.status_code == 400
    assert message in r.text


def test_generate_with_an_uploaded_profile_that_is_not_yaml(app_client):
    r = app_client.post("/generate", data={"csrf": CSRF, "rules": "anwei-2024-2-zhiben-gongjian", "outputs": "plan",
                                           "formats": "docx"}, files={"profile_file": ("p.yaml", PNG)})
    assert r.status_code == 415 and "单位档案：" in r.text


def test_an_unknown_generate_run(app_client):
    assert app_client.get("/generate/runs/nope").status_code == 404
    assert app_client.get("/generate/runs/nope/zip").status_code == 404
    assert app_client.get("/generate/runs/nope/files/x.docx").status_code == 404


# --- 审核 -------------------------------------------------------------------------------------------------

@pytest.fixture
def review_client(review_ws):
    with web_client(review_ws) as c:
        yield c


def _first_rule(ws: Path, doc_id="anwei-2024-2-zhiben-gongjian"):
    path = ws / "rules" / f"{doc_id}.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)  # (libyaml: 10× PyYAML)
    rule = next(r for r in data["rules"] if r.get("kind") == "task")
    return path, data, rule


def _form(client, doc_id, rule_id):
    page = client.get(f"/review/{doc_id}", params={"rule": rule_id})
    assert page.status_code == 200, page.text
    sha = re.search(r'name="sha256" value="([0-9a-f]{64})"', page.text).group(1)
    return page, sha


def _fields(client, rule, sha=None, **changes):
    """The rule's form as the page shows it (what a browser sends), with `changes`."""
    page = client.get("/review/anwei-2024-2-zhiben-gongjian", params={"rule": rule["id"]})
    out = form_fields(page.text, "/review/anwei-2024-2-zhiben-gongjian")
    if sha is not None:
        out["sha256"] = sha
    out.update(changes)
    return {k: v for k, v in out.items() if v is not None}


def test_the_review_index_lists_the_rule_files(review_client):
    r = review_client.get("/review")
    assert r.status_code == 200 and '/review/anwei-2024-2-zhiben-gongjian' in r.text


def test_a_review_is_saved_keeping_comments_and_the_other_rules(review_client, review_ws):
    path, before, rule = _first_rule(review_ws)
    path.write_text("# 审核说明：人工维护的注释\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    _page, sha = _form(review_client, "anwei-2024-2-zhiben-gongjian", rule["id"])
    r = review_client.post("/review/anwei-2024-2-zhiben-gongjian",
                           data=_fields(review_client, rule, sha, title="改过的标题", reviewed="on", reviewed_by="张三"))
    assert r.status_code == 200, r.text
    assert f"已保存 {rule['id']}" in r.text
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# 审核说明：人工维护的注释\n")
    after = yaml.safe_load(text)
    saved = next(r for r in after["rules"] if r["id"] == rule["id"])
    assert (saved["title"], saved["reviewed"], saved["reviewed_by"]) == ("改过的标题", True, "张三")
    others_before = [r for r in before["rules"] if r["id"] != rule["id"]]
    others_after = [r for r in after["rules"] if r["id"] != rule["id"]]
    assert others_after == others_before
    assert list(saved)[:len(rule)] == [k for k in rule]         # key order kept
    assert after["document"] == before["document"]


def test_a_review_of_a_file_changed_since_loading_is_refused_with_both_versions(review_client, review_ws):
    path, _before, rule = _first_rule(review_ws)
    _page, sha = _form(review_client, "anwei-2024-2-zhiben-gongjian", rule["id"])
    form = _fields(review_client, rule, sha, title="我的标题")
    changed = path.read_text(encoding="utf-8") + "# 另一位审核人加的注释\n"
    path.write_text(changed, encoding="utf-8")
    r = review_client.post("/review/anwei-2024-2-zhiben-gongjian", data=form)
    assert r.status_code == 409
    assert "保存被拒绝：文件在您打开页面之后已被修改" in r.text
    assert "磁盘上的当前版本" in r.text and "您提交的版本" in r.text
    assert "我的标题" in r.text
    assert path.read_text(encoding="utf-8") == changed


def _rule(ws: Path, rule_id: str, doc_id="anwei-2024-2-zhiben-gongjian"):
    path = ws / "rules" / f"{doc_id}.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)  # (libyaml: 10× PyYAML)
    return path, data, next(r for r in data["rules"] if r["id"] == rule_id)


def test_the_review_form_has_a_control_per_field(review_client):
    """Rule 3.4.9 of the national plan: 城镇建成区消防供水全覆盖 (>= 100 %), 2025年底前."""
    page = review_client.get("/review/anwei-2024-2-zhiben-gongjian", params={"rule": "3.4.9"})
    assert page.status_code == 200
    fields = form_fields(page.text, "/review/anwei-2024-2-zhiben-gongjian")
    assert (fields["targets-0-metric"], fields["targets-0-op"], fields["targets-0-value"], fields["targets-0-unit"]) == (
        "城镇建成区消防供水", ">=", "100", "%")
    assert fields["targets-1-metric"] == "存在安全隐患自建房整治"
    assert (fields["deadlines-0-text"], fields["deadlines-0-date"]) == ("2025年底前", "2025-12-31")
    assert '<input type="date" name="deadlines-0-date" value="2025-12-31">' in page.text
    assert (fields["targets-count"], fields["deadlines-count"], fields["frequencies-count"]) == ("3", "2", "1")
    assert "<textarea" not in page.text                     # no YAML to type
    page = review_client.get("/review/anwei-2024-2-zhiben-gongjian", params={"rule": "3.3.4"})
    fields = form_fields(page.text, "/review/anwei-2024-2-zhiben-gongjian")
    assert (fields["frequencies-0-every"], fields["frequencies-0-period"], fields["frequencies-0-min_count"]) == (
        "1", "quarter", "1")
    assert (fields["frequencies-1-period"], fields["frequencies-1-text"]) == ("month", "每月至少1次")
    assert '<option value="quarter" selected>季度</option>' in page.text


def test_targets_deadlines_and_frequencies_are_edited_field_by_field(review_client, review_ws):
    path, before, rule = _rule(review_ws, "3.4.9")
    r = review_client.post("/review/anwei-2024-2-zhiben-gongjian", data=_fields(
        review_client, rule, **{"targets-0-value": "95", "targets-0-op": ">", "deadlines-0-date": "2025-06-30",
                                "deadlines-0-text": "2025年6月底前", "targets-1-delete": "on",
                                "deadlines-1-text": "2026年底前", "deadlines-1-date": "2026-12-31"}))
    assert r.status_code == 200, r.text
    _path, after, saved = _rule(review_ws, "3.4.9")
    first = saved["targets"][0]
    assert (first["op"], first["value"], first["unit"], first["metric"]) == (">", 95, "%", "城镇建成区消防供水")
    assert first["due"] == rule["targets"][0]["due"] and first["baseline"] is None      # fields not in the form
    assert [t["metric"] for t in saved["targets"]] == ["城镇建成区消防供水"]           # the second was deleted
    assert saved["deadlines"] == [
        {"text": "2025年6月底前", "year": 2025, "month": 6, "day": 30, "date": "2025-06-30", "placeholder": False},
        {"text": "2026年底前", "date": "2026-12-31", "year": 2026, "month": 12, "day": 31, "placeholder": False}]
    assert [r for r in after["rules"] if r["id"] != "3.4.9"] == [r for r in before["rules"] if r["id"] != "3.4.9"]

    _path, _data, rule = _rule(review_ws, "3.3.4")
    r = review_client.post("/review/anwei-2024-2-zhiben-gongjian", data=_fields(
        review_client, rule, **{"frequencies-0-period": "month", "frequencies-0-min_count": "2",
                                "frequencies-2-text": "每半年至少1次", "frequencies-2-period": "half_year",
                                "frequencies-2-min_count": "1"}))
    assert r.status_code == 200, r.text
    _path, _data, saved = _rule(review_ws, "3.3.4")
    # the added row's blank 每几个周期 is once a period: every: 1, written as every extracted frequency has it
    assert [(f["period"], f["every"], f["min_count"]) for f in saved["frequencies"]] == [
        ("month", 1, 2), ("month", 1, 1), ("half_year", 1, 1)]
    assert saved["frequencies"][0]["activity"] == "检查" and saved["frequencies"][1]["scope"] == "高危行业领域"


@pytest.mark.parametrize("rule_id, changes, message", [
    ("3.4.9", {"kind": "bogus"}, "类型 kind 必须是"),
    ("3.4.9", {"targets-0-value": "八十"}, "指标第1项：数值“八十”不是数字"),
    ("3.4.9", {"deadlines-0-date": "2025-02-30"}, "期限第1项：日期“2025-02-30”不是有效日期"),
    ("3.4.9", {"targets-2-metric": "覆盖率", "targets-2-value": "80"}, "指标第3项：比较方式必须是"),
    ("3.4.9", {"targets-0-text": ""}, "targets.0.text"),
    ("3.3.4", {"frequencies-0-min_count": "0"}, "频次第1项：至少次数“0”必须是正整数"),
    ("3.3.4", {"frequencies-2-text": "每年1次"}, "频次第3项：周期必须是"),
], ids=["kind", "value-not-a-number", "no-such-day", "new-row-without-op", "schema-empty-text", "count-0",
        "no-period"])
def test_an_invalid_review_is_not_saved_and_shows_what_was_typed(review_client, review_ws, rule_id, changes,
                                                                 message):
    path, _before, rule = _rule(review_ws, rule_id)
    original = path.read_bytes()
    r = review_client.post("/review/anwei-2024-2-zhiben-gongjian", data=_fields(review_client, rule, **changes))
    assert r.status_code == 400
    assert message in html.unescape(r.text)
    assert path.read_bytes() == original
    shown = form_fields(r.text, "/review/anwei-2024-2-zhiben-gongjian")
    for name, value in changes.items():
        if name != "kind":
            assert shown[name] == value                          # the form keeps what the reviewer typed


def test_the_packaged_rules_are_read_only(app_client):
    rid = app_client.get("/api/search", params={"q": "隐患", "doc": "anwei-2024-2-zhiben-gongjian"}).json()["hits"][0]["rule_id"]
    page = app_client.get("/review/anwei-2024-2-zhiben-gongjian", params={"rule": rid})
    assert "软件自带的默认规则（只读" in page.text
    r = app_client.post("/review/anwei-2024-2-zhiben-gongjian", data={"csrf": CSRF, "rule": rid, "sha256": "0" * 64})
    assert r.status_code == 403


def test_review_bad_inputs(review_client):
    assert review_client.get("/review/no-such-doc").status_code == 404
    assert review_client.get("/review/anwei-2024-2-zhiben-gongjian", params={"rule": "99.99"}).status_code == 404
    r = review_client.post("/review/anwei-2024-2-zhiben-gongjian", data={"rule": "3.1.1"})
    assert r.status_code == 403


def test_a_rule_file_edited_on_disk_is_read_again_by_the_next_request(review_client, review_ws):
    path, _before, rule = _first_rule(review_ws)
    first = review_client.get("/source/anwei-2024-2-zhiben-gongjian", params={"rule": rule["id"]})
    assert first.status_code == 200
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    next(r for r in data["rules"] if r["id"] == rule["id"])["title"] = "在另一个终端改过的标题"
    from safeplan.rules.rulefiles import write_rule_file

    write_rule_file(path, data)
    second = review_client.get("/source/anwei-2024-2-zhiben-gongjian", params={"rule": rule["id"]})
    assert "在另一个终端改过的标题" in second.text and "在另一个终端改过的标题" not in first.text


def test_a_generate_run_builds_the_cascade_once_and_counts_units(app_client, monkeypatch):
    """The lists of the street and its 3 communities come from one library call (its progress callback
    moves the run), not one call per unit that rebuilt the cascade each time."""
    import safeplan.generators as generators

    built = []
    real = generators.build_cascade
    monkeypatch.setattr(generators, "build_cascade", lambda *a, **k: built.append(1) or real(*a, **k))
    profile = re.search(r'name="profile" value="([^"]+)"', app_client.get("/generate").text).group(1)
    r = _generate(app_client, profile=profile, rules=["anwei-2024-2-zhiben-gongjian"], outputs=["plan", "tasks"],
                  formats=["md"])
    assert r.status_code == 303, r.text
    run_id = r.headers["location"].rsplit("/", 1)[1]
    page = app_client.get(r.headers["location"] + "?wait=1")
    assert "已生成" in page.text, page.text
    run = app_client.app.state.web.runs[run_id]
    assert (run.total, run.done) == (1 + 4, 1 + 4)        # the plan, then 城东街道 and its 3 communities
    assert len(built) == 2                                 # one cascade for the plan, one for the 4 units' lists
    assert len([f for f in run.files if f.endswith("任务清单.md")]) == 4


def test_a_broken_rule_file_is_said_on_the_generate_page(review_ws):
    path = review_ws / "rules" / "anwei-2024-2-zhiben-gongjian.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("schema: safeplan.rules/v1", "schema: [", 1),
                    encoding="utf-8")
    with web_client(review_ws) as client:
        r = client.post("/generate", data={"csrf": CSRF, "profile": "chengdong.yaml", "outputs": "plan",
                                           "rules": "anwei-2024-2-zhiben-gongjian", "formats": "docx"})
        assert r.status_code == 400
        assert "anwei-2024-2-zhiben-gongjian.yaml" in html.unescape(r.text)
        assert client.get("/generate").status_code == 200
