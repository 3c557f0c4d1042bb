"""Stored XSS in the generated HTML (issue 20 #11): an attribute list ({: onmouseover=… }) in a community's
name or in an upper rule's heading must stay text, through `safeplan generate` and through the 生成 page."""

import re
import shutil

import pytest

from .webfixtures import CSRF, web_client

HEADING = "开展生产经营单位主要负责人安全教育培训行动"
HOSTILE_NAME = "东湖社区 {: onmouseover=alert(1) }"
HOSTILE_HEADING = HEADING + " {: #x onclick=alert(2) style=color:red }"
ATTRIBUTE = re.compile(r"<[a-z0-9]+\s[^>]*\b(on[a-z]+|style|id)=", re.I)


@pytest.fixture
def hostile_ws(tmp_path):
    from safeplan.workspace import defaults_root

    ws = tmp_path / "ws"
    (ws / "rules").mkdir(parents=True)
    (ws / "profiles").mkdir()
    for name in ("schema.json", "sectors.yaml"):
        shutil.copy(defaults_root() / "rules" / name, ws / "rules" / name)
    rules = (defaults_root() / "rules" / "anwei-2024-2-zhiben-gongjian.yaml").read_text(encoding="utf-8")
    # the heading, as a title and in the item paths below it, quoted for YAML
    rules = re.sub(rf"(?m)^(\s*(?:title: |- ))((?:\(一\))?{HEADING}[^\n\"]*)$",
                   lambda m: f'{m.group(1)}"{m.group(2).replace(HEADING, HOSTILE_HEADING)}"', rules)
    assert rules.count(HOSTILE_HEADING) >= 2
    (ws / "rules" / "anwei-2024-2-zhiben-gongjian.yaml").write_text(rules, encoding="utf-8")
    profile = (defaults_root() / "profiles" / "chengdong.yaml").read_text(encoding="utf-8")
    profile = profile.replace("{name: 东湖社区,", f'{{name: "{HOSTILE_NAME}",')
    assert HOSTILE_NAME in profile
    (ws / "profiles" / "hostile.yaml").write_text(profile, encoding="utf-8")
    return ws


def _assert_safe(html_text: str, where: str):
    found = ATTRIBUTE.search(html_text)
    assert found is None, f"{where}: an attribute from the text became markup: {found.group(0)}"


def test_generate_keeps_hostile_names_and_headings_as_text(hostile_ws, tmp_path, capsys):
    from safeplan.cli import main

    out = tmp_path / "out"
    rules = str(hostile_ws / "rules" / "anwei-2024-2-zhiben-gongjian.yaml")
    profile = str(hostile_ws / "profiles" / "hostile.yaml")
    for args in (["plan"], ["checklist", "--kind", "tasks,duties"]):
        with pytest.raises(SystemExit) as exit_:
            main(["generate", *args, "--workspace", str(hostile_ws), "--rules", rules, "--profile", profile,
                  "--format", "html,md", "-o", str(out)])
        assert exit_.value.code in (0, None), capsys.readouterr().err
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 3
    shown = ""
    for page in pages:
        text = page.read_text(encoding="utf-8")
        _assert_safe(text, page.name)
        shown += text
    assert "东湖社区 {: onmouseover=alert(1) }" in shown          # the name is shown as written
    assert "{: #x onclick=alert(2) style=color:red }" in shown    # and so is the heading
    plan_md = next(out.rglob("实施方案.md")).read_text(encoding="utf-8")
    assert "onclick=alert(2)" in plan_md                          # the .md keeps the text too


def test_the_template_marks_still_become_classes():
    from safeplan.generators.templates import markdown_to_html, md_text

    html = markdown_to_html("附件1\n{: .annex-label .landscape }\n\n正文 " + md_text("{: .x onclick=y }") + "\n")
    assert '<p class="annex-label landscape">附件1</p>' in html
    assert "onclick" not in html.split("正文")[0] and 'onclick="' not in html
    assert "{: .x onclick=y }" in html


def test_the_generate_page_keeps_an_uploaded_hostile_profile_as_text(hostile_ws):
    profile = (hostile_ws / "profiles" / "hostile.yaml").read_bytes()
    with web_client(hostile_ws) as client:
        r = client.post("/generate", data={"csrf": CSRF, "rules": "anwei-2024-2-zhiben-gongjian",
                                           "outputs": ["plan", "tasks"], "formats": ["html"]},
                        files={"profile_file": ("hostile.yaml", profile)})
        assert r.status_code == 303, r.text
        run = client.get(r.headers["location"] + "?wait=1")
        assert "已生成" in run.text, run.text
        links = re.findall(r'class="file-link" href="([^"]+)"', run.text)
        htmls = [link for link in links if link.endswith(".html")]
        assert htmls
        for link in htmls:
            page = client.get(link)
            assert page.status_code == 200
            _assert_safe(page.text, link)
        assert any("onmouseover=alert(1)" in client.get(link).text for link in htmls)
