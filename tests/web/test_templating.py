"""Search snippets and titles as HTML: only the `<b>` marks survive, as `<mark>`."""

import pytest

from safeplan.web.templating import hit_title, snippet_markup


@pytest.mark.parametrize("snippet, html", [
    ("开展<b>隐患</b>排查", "开展<mark>隐患</mark>排查"),
    ('<b class="match term0">隐患</b>', "<mark>隐患</mark>"),
    ("a &lt;script&gt; b", "a &lt;script&gt; b"),
    ("<script>alert(1)</script><b>x</b>", "&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>"),
    ("<b onmouseover=x>y</b>", "<mark>y</mark>"),
    ("&amp;emsp;", "&amp;emsp;"),
    ("<i>斜</i>", "&lt;i&gt;斜&lt;/i&gt;"),
], ids=["plain", "attributes", "escaped-stays-escaped", "raw-script", "event-attribute", "entity", "other-tag"])
def test_snippets_keep_only_the_match_marks(snippet, html):
    assert str(snippet_markup(snippet)) == html


@pytest.mark.parametrize("hit, title", [
    ({"title": "健全应急管理组织机构", "snippet": "…"}, "健全应急管理组织机构"),
    ({"title": "4.", "snippet": "健全完善生产经营单位<b>重大事故隐患</b>自查自改常态化机制,生产经营单位"},
     "4. 健全完善生产经营单位重大事故隐患自查自改常态化机制"),
    ({"title": "", "snippet": "第十二条 特殊建设工程"}, "第十二条 特殊建设工程"),
], ids=["has-title", "number-only", "empty"])
def test_hit_titles(hit, title):
    assert hit_title(hit) == title
