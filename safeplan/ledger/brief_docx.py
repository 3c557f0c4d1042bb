"""The 简报 as a 公文 DOCX: the plan generator's page setup, fonts and tables (generators.docx_writer.Builder)
under a 简报 header — the series title in red, 第N期, 编发单位 and date over a red rule — then the sections with
their tables (评价 cells shaded 红黄绿) and charts (PNG at the 156 mm text width), and 报送/发送 at the end."""

from __future__ import annotations

import io

from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from safeplan.generators.docx_writer import RED, Builder
from safeplan.ledger.brief import CENTERED_COLUMNS, Briefing, Table, masthead_lines
from safeplan.ledger.periods import cn_full_date

TEXT_WIDTH = Mm(156)
_SHADE = {"红": "F4B6B6", "黄": "FBE7A1", "绿": "BFE3BF"}
_MARK = "{{chart:%s:%d}}"


def _resize(p, size_pt: float, spacing_twips: int | None = None) -> None:
    """Every run of `p` at `size_pt` (w:sz is in half-points); `spacing_twips` spreads the characters."""
    for rpr in p.iter(qn("w:rPr")):
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is not None:
                el.set(qn("w:val"), str(int(size_pt * 2)))
        if spacing_twips is not None:
            el = rpr.find(qn("w:spacing"))
            if el is None:
                el = etree.SubElement(rpr, qn("w:spacing"))
            el.set(qn("w:val"), str(spacing_twips))


def _masthead(builder: Builder, title: str) -> None:
    """城东街道安全生产治本攻坚三年行动 / 工 作 简 报 in red 小标宋: the name on one line (as large as fits the
    156 mm line, at most 26 pt), 工作简报 spread below it at 42 pt."""
    name, tail = masthead_lines(title)
    first = builder.add_paragraph("GwIssuer", name)
    _resize(first, min(26.0, 156 * 2.835 / max(len(name), 1) - 1))
    if tail:
        second = builder.add_paragraph("GwIssuer", tail)
        _resize(second, 42, spacing_twips=400)
        second.find(qn("w:pPr")).append(_spacing(before=0))


def _spacing(before: int):
    el = etree.Element(qn("w:spacing"))
    el.set(qn("w:before"), str(before))
    return el


def _shade(table_el, column: int) -> None:
    for tr in table_el.findall(qn("w:tr"))[1:]:
        cells = tr.findall(qn("w:tc"))
        if column >= len(cells):
            continue
        text = "".join(cells[column].itertext()).strip()
        if text in _SHADE:
            shd = etree.SubElement(cells[column].find(qn("w:tcPr")), qn("w:shd"))
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), _SHADE[text])


def _center(table_el, columns: list[int]) -> None:
    for tr in table_el.findall(qn("w:tr"))[1:]:
        cells = tr.findall(qn("w:tc"))
        for column in columns:
            if column < len(cells):
                for style in cells[column].iter(qn("w:pStyle")):
                    style.set(qn("w:val"), "GwCellCenter")


def _table(builder: Builder, table: Table) -> None:
    caption = builder.add_paragraph("GwCellHead", f"表{table.number}　{table.title}")
    etree.SubElement(caption.find(qn("w:pPr")), qn("w:keepNext"))
    builder.table(table.header, table.rows, weights=table.widths or None)
    table_el = builder.sect_pr.getprevious().getprevious()
    _center(table_el, [n for n, h in enumerate(table.header) if h in CENTERED_COLUMNS])
    if "评价" in table.header:
        _shade(table_el, table.header.index("评价"))
    if table.note:
        builder.add_paragraph("GwCell", f"（{table.note}）")


def _pictures(data: bytes, charts: dict[str, list[bytes]]) -> bytes:
    """Each chart's PNG (each page of it) in place of its marker paragraph, as wide as the text."""
    from docx import Document

    pictures = {_MARK % (kind, n): png for kind, pages in charts.items() for n, png in enumerate(pages)}
    document = Document(io.BytesIO(data))
    for paragraph in document.paragraphs:
        png = pictures.get(paragraph.text)
        if png is None:
            continue
        for run in paragraph.runs:
            run.text = ""
        paragraph.runs[0].add_picture(io.BytesIO(png), width=TEXT_WIDTH)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def briefing_docx(briefing: Briefing, charts: dict[str, list[bytes]] | None = None) -> bytes:
    """The DOCX bytes; `charts` maps a section's chart kind (completion, hazards, gantt) to its PNG pages."""
    b = briefing
    charts = charts or {}
    builder = Builder(landscape=False)
    _masthead(builder, b.title)
    if b.number:
        builder.add_paragraph("GwCenter", f"第{b.number}期")
    line = builder.add_paragraph("GwFlush", b.issuer)
    builder.right_tab(line, cn_full_date(b.as_of), style_id="GwFlush")
    builder.border(line, "bottom", 18, RED, space=4)
    builder.add_paragraph("GwBody", "")
    builder.lines("GwTitle", b.headline)
    for section in b.sections:
        builder.add_paragraph("GwH1", section.heading)
        for paragraph in section.paragraphs:
            builder.add_paragraph("GwBody", paragraph)
        for n, _page in enumerate(charts.get(section.chart or "", [])):
            builder.add_paragraph("GwCellCenter", _MARK % (section.chart, n))   # single spacing: an exact line would clip it
        if section.table:
            _table(builder, section.table)
    tail = [f"报送：{b.report_to}。" if b.report_to else "", f"发送：{b.send_to}。" if b.send_to else ""]
    tail = [t for t in tail if t]
    if tail:
        builder.add_paragraph("GwBody", "")
    for n, text in enumerate(tail):
        p = builder.add_paragraph("GwBanji", text)
        builder.indent(p, 1, 1)
        if n == 0:
            builder.border(p, "top", 8)
        builder.border(p, "bottom", 8 if n == len(tail) - 1 else 4)
    data = builder.to_bytes()
    return _pictures(data, charts) if charts else data
