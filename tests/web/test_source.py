"""The source view: a corpus document with line numbers, the passage marked, everything escaped."""

import re


def _line(html: str, n: int) -> str:
    m = re.search(rf'<li id="L{n}" value="{n}"([^>]*)>(.*?)</li>', html, re.S)
    assert m, f"no line {n}"
    return m.group(1) + m.group(2)


def test_a_line_of_a_law_is_marked(client):
    r = client.get("/source/xiaofang-fa-2021?line=63")
    assert r.status_code == 200
    assert "<h1>中华人民共和国消防法</h1>" in r.text
    marked = _line(r.text, 63)
    assert 'class="hl" data-first="1"' in marked
    assert "第十二条 特殊建设工程未经消防设计审查或者审查不合格" in marked
    assert 'class="hl"' not in _line(r.text, 62)


def test_the_raw_markup_of_a_source_is_shown_escaped(client):
    r = client.get("/source/anwei-2024-2-zhiben-gongjian?line=50")
    assert "&lt;div style=&#34;font-family:&#39;方正小标宋简体&#39;;" in _line(r.text, 7)
    assert "<div style=" not in r.text
    assert "&amp;emsp;&amp;emsp;1.会同中央党校集中开展" in _line(r.text, 50)


def test_a_part_of_a_four_part_file_is_its_own_document(client):
    r = client.get("/source/jiedao-zhiben-gongjian-fangan-muban-p2?line=5")
    assert r.status_code == 200
    assert "jiedao-zhiben-gongjian-fangan-muban-p2" in r.text


def test_bad_line_numbers(client):
    assert client.get("/source/xiaofang-fa-2021?line=abc").status_code == 400
    # a line past the end marks the last line rather than failing
    assert client.get("/source/xiaofang-fa-2021?line=999999").status_code == 200
