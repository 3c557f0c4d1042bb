"""Open every generated DOCX: content (every task, citations, no 20__, dates in the period) and GB/T 9704
format (A4, margins, eastAsia fonts, exact 28.95 pt lines, grid, page numbers, repeated header rows)."""

from __future__ import annotations

import re

import docx
import pytest
from docx.oxml.ns import qn

from safeplan.generators import build_cascade

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_files(generated):
    out, paths = generated
    return [p for p in paths if p.suffix == ".docx"]


def _all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_every_docx_has_no_placeholder_and_dates_in_the_period(generated):
    files = _docx_files(generated)
    assert len(files) == 1 + 4 * 3   # the plan + three lists for the street and each of 3 communities
    for path in files:
        text = _all_text(docx.Document(str(path)))
        assert "20__" not in text and "__" not in text, path
        years = {int(y) for y in re.findall(r"(20\d\d)年(?:\d+月)?底前", text)}
        assert years <= {2024, 2025, 2026}, (path, years)


def test_the_plan_holds_every_task_with_a_street_role(generated, national, district, profile):
    out, _ = generated
    document = docx.Document(str(out / "城东街道" / "实施方案.docx"))
    paragraphs = [p.text for p in document.paragraphs]
    c = build_cascade([national, district], profile)
    for item in c.items:
        body = [p for p in paragraphs if p.endswith(item.citation) and "牵头单位：" in p]
        assert len(body) == 1 and "完成时限：" in body[0], item.citation
    # 版头: 发文机关标志, 发文字号 over a red rule; the notice, then the plan on a new page; the basis is the
    # nearest upper plan (the district's), whatever the order of the rule files
    assert paragraphs[:3] == ["城东街道安全生产委员会文件", "", "城东安委〔2024〕1号"]
    number = document.paragraphs[2]._p
    bottom = number.find(f"{W}pPr/{W}pBdr/{W}bottom")
    assert bottom is not None and bottom.get(f"{W}color") == "FF0000"
    title = next(p for p in document.paragraphs if p.text.startswith("关于印发"))
    # broken into lines at word boundaries, not left to wrap: 关于印发《城东街道安全生产 / 治本攻坚三年行动实施方案 /
    # （2024—2026年）》的通知
    assert title.text.split("\n") == ["关于印发《城东街道安全生产", "治本攻坚三年行动实施方案", "（2024—2026年）》的通知"]
    assert "为深入贯彻落实《示例区安全生产治本攻坚三年行动实施方案》（示安委〔2024〕3号）部署要求" in "".join(paragraphs)
    for heading in ("一、总体要求", "二、主要目标", "三、组织机构", "（一）领导小组", "（二）职责分工", "四、主要任务",
                    "五、实施步骤", "六、保障措施", "七、工作要求", "城东街道安全生产委员会", "2024年3月15日", "附件"):
        assert heading in paragraphs, heading
    # one attachment: no number
    assert "附件：城东街道安全生产治本攻坚三年行动任务分解表" in paragraphs and "附件1" not in paragraphs
    # 署名/成文日期 without a seal: the date 2 characters from the right, starting 2 characters right of
    # the signature (signature 11 characters, date 6.5 → signature 2 in from the right, date 4.5)
    sig = paragraphs.index("城东街道安全生产委员会")
    right = [document.paragraphs[i]._p.find(f"{W}pPr/{W}ind").get(f"{W}right") for i in (sig, sig + 1)]
    assert right == [str(2 * 320), str(int(4.5 * 320))]
    # the annex task table: one short line per task, every cell under 120 characters
    tasks = document.tables[0]
    assert [c.text for c in tasks.rows[0].cells] == ["序号", "重点任务", "工作措施", "牵头单位", "配合单位", "完成时限", "依据"]
    assert len(tasks.rows) == 1 + len(c.items)
    assert all(len(cell.text) < 120 for row in tasks.rows for cell in row.cells)
    # 版记 at the end: 印发机关 and 印发日期 on one line between rules
    last = document.paragraphs[-1]
    assert last.text == "城东街道安全生产委员会办公室\t2024年3月15日印发"
    assert last._p.find(f"{W}pPr/{W}pBdr/{W}bottom") is not None


def test_the_east_asian_theme_language_is_chinese(generated):
    out, _ = generated
    document = docx.Document(str(out / "城东街道" / "实施方案.docx"))
    lang = document.settings.element.find(qn("w:themeFontLang"))
    assert lang is not None and lang.get(qn("w:eastAsia")) == "zh-CN"


def _mm(*lengths) -> tuple:
    """Lengths in whole millimetres (the XML stores twips)."""
    return tuple(round(length.mm) for length in lengths)


def _style(document, style_id):
    return document.styles.element.find(f"{W}style[@{W}styleId='{style_id}']")


def test_page_size_margins_grid_and_line_pitch(generated):
    out, _ = generated
    document = docx.Document(str(out / "城东街道" / "实施方案.docx"))
    first, last = document.sections[0], document.sections[-1]
    assert _mm(first.page_width, first.page_height) == (210, 297)
    assert _mm(first.top_margin, first.bottom_margin, first.left_margin, first.right_margin) == (37, 35, 28, 26)
    grid = first._sectPr.find(qn("w:docGrid"))
    assert (grid.get(qn("w:type")), grid.get(qn("w:linePitch")), grid.get(qn("w:charSpace"))) == ("linesAndChars", "579", "-848")
    # the annex table sits in a landscape section
    assert _mm(last.page_width, last.page_height) == (297, 210)
    spacing = _style(document, "GwBody").find(f"{W}pPr/{W}spacing")
    assert (spacing.get(f"{W}line"), spacing.get(f"{W}lineRule")) == ("579", "exact")


@pytest.mark.parametrize("style_id, font, size", [
    ("GwTitle", "方正小标宋简体", "44"), ("GwBody", "仿宋_GB2312", "32"), ("GwH1", "黑体", "32"), ("GwH2", "楷体_GB2312", "32"),
])
def test_east_asian_fonts_on_styles_runs_and_defaults(generated, style_id, font, size):
    out, _ = generated
    document = docx.Document(str(out / "城东街道" / "实施方案.docx"))
    fonts = _style(document, style_id).find(f"{W}rPr/{W}rFonts")
    assert fonts.get(f"{W}eastAsia") == font and fonts.get(f"{W}ascii") == font
    assert _style(document, style_id).find(f"{W}rPr/{W}sz").get(f"{W}val") == size
    runs = [r for p in document.element.body.iter(f"{W}p")
            if p.find(f"{W}pPr/{W}pStyle") is not None and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == style_id
            for r in p.iter(f"{W}r")]
    assert runs and all(r.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == font for r in runs)
    defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert defaults.get(f"{W}eastAsia") == "仿宋_GB2312" and defaults.get(f"{W}eastAsiaTheme") is None


def test_page_numbers_are_page_fields_outside_aligned(generated):
    out, _ = generated
    document = docx.Document(str(out / "城东街道" / "实施方案.docx"))
    assert document.settings.odd_and_even_pages_header_footer
    section = document.sections[0]
    for footer, align in ((section.footer, "right"), (section.even_page_footer, "left")):
        paragraph = footer.paragraphs[0]
        assert paragraph.text == "— 1 —"
        assert " PAGE " in [t.text for t in paragraph._p.iter(qn("w:instrText"))]
        assert paragraph.paragraph_format.alignment.name.lower() == align
        fonts = paragraph.runs[0]._r.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "宋体"
        assert paragraph.runs[0]._r.find(qn("w:rPr")).find(qn("w:sz")).get(qn("w:val")) == "28"


def test_every_table_repeats_its_header_row_and_keeps_rows_whole(generated):
    """(Every fixture row is short; a row taller than most of a page may break — see the next test.)"""
    for path in _docx_files(generated):
        document = docx.Document(str(path))
        assert document.tables, path
        for table in document.tables:
            rows = table._tbl.findall(qn("w:tr"))
            assert rows[0].find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
            assert all(r.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for r in rows)


def test_lists_are_landscape(generated):
    out, _ = generated
    document = docx.Document(str(out / "东湖社区" / "检查清单.docx"))
    section = document.sections[0]
    assert _mm(section.page_width, section.page_height) == (297, 210)


def test_a_row_taller_than_most_of_a_page_may_break(tmp_path):
    from safeplan.generators.docx_writer import write_docx
    from safeplan.generators.templates import html_tree, markdown_to_html

    long_measure = "健全完善重大事故隐患自查自改常态化机制。" * 60        # 1,200 characters
    body = markdown_to_html("| 序号 | 具体措施 |\n|---|---|\n| 1 | 短 |\n| 2 | " + long_measure + " |\n")
    document = docx.Document(__import__("io").BytesIO(write_docx(html_tree(body), landscape=True)))
    rows = document.tables[0]._tbl.findall(qn("w:tr"))
    assert [r.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for r in rows] == [True, True, False]
