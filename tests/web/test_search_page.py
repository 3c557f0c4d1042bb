"""The 检索 page names each hit's document: its title (escaped), 文号 and level, as `safeplan search` does."""

import re

import yaml

from .webfixtures import web_client

TITLE = "关于<script>alert(1)</script>燃气&安全的通知"
RULES = {
    "schema": "safeplan.rules/v1",
    "document": {"id": "ranqi-tongzhi", "title": TITLE, "issuer": "某区安委办", "doc_number": "某安委〔2024〕7号",
                 "index_number": None, "date": "2024-03-01", "level": "district", "region": None, "genre": "notice",
                 "period": {"start_year": None, "end_year": None}, "template": False,
                 "source": {"path": "corpus/plans/ranqi.txt", "sha256": "0" * 64, "part": None}},
    "rules": [{"id": "1", "path": [], "number": "一、", "title": "开展燃气安全检查",
               "text": "各社区每月至少开展一次燃气安全检查。", "kind": "task", "obligation": "must", "sectors": [],
               "source": {"path": "corpus/plans/ranqi.txt", "line": 3, "start": 0, "end": 18}}],
}


def test_each_hit_shows_its_document_title_number_and_level(tmp_path):
    from safeplan.search import build_index
    from safeplan.workspace import Workspace

    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "ranqi-tongzhi.yaml").write_text(yaml.safe_dump(RULES, allow_unicode=True), encoding="utf-8")
    build_index(Workspace.at(tmp_path))
    with web_client(tmp_path) as client:
        page = client.get("/", params={"q": "燃气安全检查"}).text
    line = re.search(r'<p class="doc">(.*?)</p>', page).group(1)
    assert line == ('<span class="doc-title">《关于&lt;script&gt;alert(1)&lt;/script&gt;燃气&amp;安全的通知》</span>'
                    ' · <span class="doc-number">某安委〔2024〕7号</span> · 区县')
    assert "<script>alert(1)</script>" not in page
