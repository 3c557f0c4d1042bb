"""Formats and bad input: encodings, .md/.html/.docx, files the reader refuses with a one-line message."""

import re
import time

import docx
import pytest

from safeplan.corpus import read_documents, read_text
from safeplan.errors import SafeplanError

PLAN = "示范街道2024年安全生产工作要点\n一、主要任务\n(一)强化燃气安全。1.每季度至少检查1次。\n责任单位:街道城建办\n"


def _outline(docs):
    return [(i.id, i.number, i.text, i.line) for d in docs for i in d.walk()]


EXPECTED_OUTLINE = [
    ("0", "", "示范街道2024年安全生产工作要点", 1),
    ("1", "一、", "主要任务", 2),
    ("1.1", "(一)", "强化燃气安全。1.每季度至少检查1次。", 3),
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / "plan.txt"
    path.write_bytes(PLAN.encode(encoding))
    docs = read_documents(path)
    assert _outline(docs) == EXPECTED_OUTLINE
    assert docs[0].items[1].children[0].responsible_lines == ["责任单位:街道城建办"]
    assert not docs[0].text.startswith("\ufeff")


def test_utf8_cut_inside_its_last_character(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(PLAN.encode("utf-8") + "安全".encode("utf-8")[:4])    # 安 and the first byte of 全
    [doc] = read_documents(path)
    assert doc.text.endswith("责任单位:街道城建办\n安")


def test_crlf_line_ends(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(PLAN.replace("\n", "\r\n").encode("utf-8"))
    assert _outline(read_documents(path)) == EXPECTED_OUTLINE


def test_traditional_characters_stay_as_written(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("一、壓實安全生產責任\n(一)每季度至少檢查1次。\n", encoding="utf-8")
    [doc] = read_documents(path)
    assert [i.text for i in doc.walk()] == ["壓實安全生產責任", "每季度至少檢查1次。"]


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (bytes(range(256)) * 40, "binary file"),
    ("一、壓實安全生產責任。每季度至少檢查一次,確保隱患清零。".encode("big5"), "unknown encoding"),
    (b"\xef\xbb\xbf\xff\xfe broken", "UTF-8 (with BOM)"),
    (b"\x81\x30\x81\xff\xff", "unknown encoding"),
])
def test_bad_text_files_are_one_line_errors(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(SafeplanError) as err:
        read_documents(path)
    assert message in str(err.value)
    assert re.match(re.escape(str(path)) + r"(:\d+)?: ", str(err.value)) and "\n" not in str(err.value)


@pytest.mark.parametrize("suffix", [".pdf", ".doc", ".wps", ".xlsx"])
def test_formats_not_read_yet_say_how_to_convert(tmp_path, suffix):
    path = tmp_path / f"方案{suffix}"
    path.write_bytes(b"%PDF-1.4 whatever")
    with pytest.raises(SafeplanError) as err:
        read_documents(path)
    assert f"`libreoffice --headless --convert-to docx 方案{suffix}`" in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(SafeplanError, match="no such file"):
        read_documents(tmp_path / "nope.txt")


def _task_list_docx(path):
    document = docx.Document()
    document.add_paragraph("示范街道2024年安全生产工作任务清单")
    document.add_paragraph("一、重点任务")
    table = document.add_table(rows=3, cols=4)
    rows = [["序号", "重点任务", "责任单位", "完成时限"],
            ["1", "开展燃气安全排查", "街道城建办", "2024年6月底前"],
            ["2", "组织消防演练", "街道消防站、各社区", "每季度1次"]]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("二、保障措施")
    document.add_paragraph("加强组织领导", style="List Number")
    document.add_paragraph("强化督导检查", style="List Number")
    document.save(path)


def test_docx_paragraphs_tables_and_list_numbering(tmp_path):
    path = tmp_path / "qingdan.docx"
    _task_list_docx(path)
    [doc] = read_documents(path)
    rows = [i for i in doc.walk() if i.style == "row"]
    # DOCX lines: paragraphs 1-2, table rows 3-5 (the header row is line 3), paragraphs 6-8
    assert [(r.id, r.line, r.cells) for r in rows] == [
        ("1.1", 4, {"序号": "1", "重点任务": "开展燃气安全排查", "责任单位": "街道城建办", "完成时限": "2024年6月底前"}),
        ("1.2", 5, {"序号": "2", "重点任务": "组织消防演练", "责任单位": "街道消防站、各社区", "完成时限": "每季度1次"}),
    ]
    assert [r.path for r in rows] == [["一、重点任务"], ["一、重点任务"]]
    listed = [(i.id, i.number, i.text, i.line) for i in doc.walk() if i.style == "arabic-dot"]
    assert listed == [("2.1", "1.", "加强组织领导", 7), ("2.2", "2.", "强化督导检查", 8)]   # Word's numbering
    assert (doc.meta.title, doc.meta.genre, doc.meta.level) == ("示范街道2024年安全生产工作任务清单", "checklist", "street")


def test_table_rows_without_serial_get_t_r_ids():
    [doc] = read_text("任务清单\n主要任务 | 责任单位 | 完成时限\n排查燃气隐患 | 街道城建办 | 6月底前\n"
                      "组织演练 | 各社区 | 每季度\n")
    assert [(i.id, i.title, i.cells["责任单位"]) for i in doc.walk() if i.style == "row"] == [
        ("t1.r1", "排查燃气隐患", "街道城建办"), ("t1.r2", "组织演练", "各社区")]


@pytest.mark.parametrize("cut", [100, 1000, 3000])
def test_truncated_docx(tmp_path, cut):
    whole = tmp_path / "whole.docx"
    _task_list_docx(whole)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(whole.read_bytes()[:cut])
    with pytest.raises(SafeplanError, match="not a readable .docx"):
        read_documents(broken)


def test_docx_without_text(tmp_path):
    path = tmp_path / "empty.docx"
    docx.Document().save(path)
    with pytest.raises(SafeplanError, match="no text in this document"):
        read_documents(path)


def test_docx_content_controls_are_read(tmp_path):
    path = tmp_path / "sdt.docx"
    document = docx.Document()
    document.add_paragraph("一、主要任务")
    body = document.element.body
    sdt = body.makeelement(docx.oxml.ns.qn("w:sdt"), {})
    content = sdt.makeelement(docx.oxml.ns.qn("w:sdtContent"), {})
    inner = document.add_paragraph("(一)压实责任。")._p
    content.append(inner)          # moves the paragraph into the content control
    sdt.append(content)
    body.insert(1, sdt)
    document.save(path)
    [doc] = read_documents(path)
    assert [(i.id, i.text, i.line) for i in doc.walk()] == [("1", "主要任务", 1), ("1.1", "压实责任。", 2)]


def test_docx_renamed_txt_is_refused(tmp_path):
    whole = tmp_path / "whole.docx"
    _task_list_docx(whole)
    renamed = tmp_path / "plan.txt"
    renamed.write_bytes(whole.read_bytes())
    with pytest.raises(SafeplanError, match="rename it to .docx"):
        read_documents(renamed)


def test_html_page(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>网站</title><script>var x='<p>一、假的</p>';</script></head><body>\n"
        "<div>当前位置：首页 &gt; 通知公告</div>\n<h1>示范区2024年安全生产工作要点</h1>\n"
        "<p>&emsp;&emsp;一、强化\n责任落实</p><p>（一）压实属地责任。一是建立清单；二是每季度检查1次。</p>\n"
        "<table><tr><th>序号</th><th>重点任务</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td>排查燃气隐患</td><td>区城管局</td></tr></table></body></html>\n", encoding="utf-8")
    [doc] = read_documents(page)
    assert doc.meta.title == "示范区2024年安全生产工作要点"
    assert [(i.id, i.number, i.text, i.line) for i in doc.walk() if i.style != "preamble"] == [
        ("1", "一、", "强化责任落实", 4),
        ("1.1", "（一）", "压实属地责任。", 5),
        ("1.1.1", "一是", "建立清单；", 5),
        ("1.1.2", "二是", "每季度检查1次。", 5),
        ("1.1.1-2", "1", "1 | 排查燃气隐患 | 区城管局", 6),   # 序号 1 under (一), after 一是 = 1.1.1
    ]
    assert "当前位置" not in doc.text and "假的" not in doc.text


def test_markdown_front_matter_and_headings():
    [doc] = read_text("---\ntitle: x\n---\n# 示范街道工作方案\n\n## 一、工作目标\n\n**到2024年底**，隐患清零。\n", "a.md")
    assert [(i.id, i.text, i.line) for i in doc.walk()] == [
        ("0", "示范街道工作方案", 4), ("1", "工作目标\n\n到2024年底，隐患清零。", 6)]


def test_50_mb_file(tmp_path):
    path = tmp_path / "big.txt"
    paragraph = "各社区要每季度至少组织1次安全检查,2024年底前完成重大事故隐患整改,确保隐患清零。" * 20
    with path.open("w", encoding="utf-8") as fh:
        fh.write("一、主要任务\n")
        k = 0
        while fh.tell() < 50 * 1024 * 1024:
            k += 1
            fh.write(f"({k})第{k}部分\n")
            fh.write("".join(f"{n}.{paragraph}\n" for n in range(1, 101)))
    started = time.perf_counter()
    [doc] = read_documents(path)
    sections = doc.items[0].children
    assert len(sections) == k and all(len(s.children) == 100 for s in sections)
    assert sections[-1].children[-1].id == f"1.{k}.100"
    assert time.perf_counter() - started < 120


def test_one_huge_line_does_not_hang(tmp_path):
    # 840,000 characters on one line: read in linear time it takes ~0.4 s; a pass that is quadratic in the
    # line's length (a backtracking pattern, a rescan per match) needs ~7·10^11 steps there — hours, not 60 s
    path = tmp_path / "line.txt"
    path.write_text("一、" + "安全生产一是检查(  <p &emsp ◆出自 www." * 30_000, encoding="utf-8")
    started = time.perf_counter()
    [doc] = read_documents(path)
    assert [i.id for i in doc.walk()] == ["1"]
    assert time.perf_counter() - started < 60
