"""DOCX in 公文 format (GB/T 9704-2012, see ../shared/spec/gongwen-docx.md) from the HTML the templates make.

The body is walked element by element: h1 → 标题, h2 → 一级标题 (黑体), h3 → 二级标题 (楷体_GB2312), p → 正文
(仿宋_GB2312, 3号, first line indented 2 characters) and tables → grid tables with the header row repeated
and rows kept whole. Paragraph classes written by the templates ({: .class }) pick the special paragraphs:
doc-number, recipients, signature, date, attachments, annex-label, annex-title, form, note (and new-page on
an h2: it starts a page, as each form of a 检查清单 does); an element with
class `landscape` starts a landscape section (wide annex tables). Body paragraphs and tables are built as
XML directly (python-docx's cell API costs more than the whole document otherwise) into a package
built once per process with python-docx: styles, page setup, footers and settings.
"""

from __future__ import annotations

import copy
import functools
import io
import xml.etree.ElementTree as ET
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor
from lxml import etree

LINE = Pt(28.95)                 # 22 lines on the 225 mm 版心: w:line="579" w:lineRule="exact"
CHAR = Pt(16)                    # one 3号 character
PORTRAIT = {"width": Mm(210), "height": Mm(297), "top": Mm(37), "bottom": Mm(35), "left": Mm(28), "right": Mm(26)}
LANDSCAPE = {"width": Mm(297), "height": Mm(210), "top": Mm(28), "bottom": Mm(26), "left": Mm(37), "right": Mm(35)}
FOOTER_DISTANCE = Mm(21)
# 28 characters of 3号 on a 156 mm line need 15.79 pt each. Word reaches it through the docGrid's
# charSpace; LibreOffice instead gives every 16 pt character two grid cells (14 a line). So paragraphs do
# not snap to the character grid and 3号 runs are condensed by 0.25 pt (w:spacing -5 twentieths): 28 a
# line in both. The docGrid stays, so Word's 文档网格 dialog shows the 22 × 28 page.
CONDENSE_TWIPS = -5         # the page number sits about 7 mm below the 版心

_DOCUMENT_PART = "word/document.xml"
TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
H1_FONT = "黑体"
H2_FONT = "楷体_GB2312"
PAGE_FONT = "宋体"

# style id → (font, size pt, alignment, first-line indent chars, exact line spacing?, space after lines)
_STYLES = {
    "GwTitle": (TITLE_FONT, 22, "center", 0, True, 1),
    "GwBody": (BODY_FONT, 16, "both", 2, True, 0),
    "GwH1": (H1_FONT, 16, "both", 2, True, 0),
    "GwH2": (H2_FONT, 16, "both", 2, True, 0),
    "GwFlush": (BODY_FONT, 16, "left", 0, True, 0),
    "GwAttachMore": (BODY_FONT, 16, "both", 5, True, 0),     # 2.××× under 附件：1.×××
    "GwCenter": (BODY_FONT, 16, "center", 0, True, 1),
    "GwRight": (BODY_FONT, 16, "right", 0, True, 0),
    "GwAnnexLabel": (H1_FONT, 16, "left", 0, True, 0),
    "GwAnnexTitle": (TITLE_FONT, 22, "center", 0, True, 1),
    "GwCell": (BODY_FONT, 10.5, "left", 0, False, 0),          # 五号 (CELL_PT): long measures, narrow cells
    "GwCellHead": (H1_FONT, 10.5, "center", 0, False, 0),
    "GwCellCenter": (BODY_FONT, 10.5, "center", 0, False, 0),
    "GwIssuer": (TITLE_FONT, 30, "center", 0, False, 0),         # 发文机关标志, red
    "GwBanji": (BODY_FONT, 14, "left", 0, True, 0),              # 版记: 4号仿宋
}
RED = "FF0000"
_HEADINGS = ("GwTitle", "GwH1", "GwH2", "GwAnnexLabel", "GwAnnexTitle")   # never last on a page
_CLASS_STYLE = {
    "doc-number": "GwCenter", "recipients": "GwFlush", "signature": "GwRight", "date": "GwRight",
    "attachments": "GwBody", "attachments-more": "GwAttachMore", "annex-label": "GwAnnexLabel", "annex-title": "GwAnnexTitle", "form": "GwFlush",
    "note": "GwBody",
}
# relative column widths by header; any other header shares what is left
_COLUMN_WEIGHTS = {"序号": 0.8, "职责": 1.0, "责任单位": 2.4, "牵头单位": 2.6, "配合单位": 2.0, "完成时限": 1.8, "依据": 2.0,
                   "检查依据": 2.4, "频次": 2.2, "检查结果": 2.0, "备注": 1.4, "检查项目": 1.6, "重点任务": 2.6,
                   "目标/完成标准": 2.6, "上级写明的责任主体": 2.6, "检查内容": 4.0, "检查方法": 1.0,
                   "隐患描述": 3.0}
_WIDE_WEIGHT = 8.0


def _set_fonts(rpr, font: str, size_pt: float | None = None, condense: bool = False) -> None:
    """w:rFonts with w:eastAsia (python-docx's font.name sets only ascii/hAnsi), theme fonts removed;
    `condense` narrows 3号 characters by 0.25 pt so that 28 fit on the 156 mm line in any renderer."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), font)
    if size_pt is not None:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(int(size_pt * 2)))
    if condense:
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), str(CONDENSE_TWIPS))
        fonts.addnext(spacing)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _setup_styles(document) -> None:
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, BODY_FONT, 16)
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    normal = styles["Normal"]
    normal.font.size = Pt(16)
    _set_fonts(normal.element.get_or_add_rPr(), BODY_FONT, 16)
    for style_id, (font, size, align, indent, exact, after) in _STYLES.items():
        style = styles.add_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        fmt = style.paragraph_format
        fmt.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "both": WD_ALIGN_PARAGRAPH.JUSTIFY,
                         "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        fmt.space_before = Pt(0)
        fmt.space_after = LINE * after if after else Pt(0)
        if exact:
            fmt.line_spacing = LINE
        else:
            fmt.line_spacing = 1.0
            fmt.space_before = Pt(1)
            fmt.space_after = Pt(1)
        if indent:
            fmt.first_line_indent = CHAR * indent
        if style_id == "GwRight":
            fmt.right_indent = CHAR * 2
        if style_id in _HEADINGS:
            fmt.keep_with_next = True
        style.font.size = Pt(size)
        _set_fonts(style.element.get_or_add_rPr(), font, size, condense=size == 16)
        if style_id == "GwIssuer":
            style.font.color.rgb = RGBColor.from_string(RED)
            fmt.space_before = LINE
        snap = OxmlElement("w:snapToGrid")
        snap.set(qn("w:val"), "0")
        style.element.get_or_add_pPr().append(snap)


def _apply_page(section, page: dict, grid_chars: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if page["width"] > page["height"] else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = page["width"], page["height"]
    section.top_margin, section.bottom_margin = page["top"], page["bottom"]
    section.left_margin, section.right_margin = page["left"], page["right"]
    section.footer_distance = FOOTER_DISTANCE
    section.header_distance = Mm(15)
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.set(qn("w:type"), "linesAndChars" if grid_chars else "lines")
    grid.set(qn("w:linePitch"), "579")
    if grid_chars:
        grid.set(qn("w:charSpace"), "-848")
    elif qn("w:charSpace") in grid.attrib:
        del grid.attrib[qn("w:charSpace")]


def _field_run(paragraph, instr: str | None, text: str | None = None, fld: str | None = None):
    run = paragraph.add_run(text or "")
    _set_fonts(run._r.get_or_add_rPr(), PAGE_FONT, 14)
    if fld:
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), fld)
        run._r.append(char)
    if instr:
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = instr
        run._r.append(el)
    return run


def _page_number(footer, align: str) -> None:
    """— 1 — in 4号宋体: a PAGE field between 一字线, outside-aligned one character in."""
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    fmt = paragraph.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.LEFT
    if align == "right":
        fmt.right_indent = Pt(14)
    else:
        fmt.left_indent = Pt(14)
    _field_run(paragraph, None, "— ")
    _field_run(paragraph, None, fld="begin")
    _field_run(paragraph, " PAGE ")
    _field_run(paragraph, None, fld="separate")
    _field_run(paragraph, None, "1")
    _field_run(paragraph, None, fld="end")
    _field_run(paragraph, None, " —")


def _page_xml(sect_pr, page: dict, grid_chars: bool) -> None:
    """Set page size, orientation, margins and grid on a w:sectPr (the landscape switch mid-document)."""
    size = sect_pr.find(qn("w:pgSz"))
    size.set(qn("w:w"), str(round(page["width"].twips)))
    size.set(qn("w:h"), str(round(page["height"].twips)))
    if page["width"] > page["height"]:
        size.set(qn("w:orient"), "landscape")
    elif qn("w:orient") in size.attrib:
        del size.attrib[qn("w:orient")]
    margins = sect_pr.find(qn("w:pgMar"))
    for side in ("top", "bottom", "left", "right"):
        margins.set(qn(f"w:{side}"), str(round(page[side].twips)))
    grid = sect_pr.find(qn("w:docGrid"))
    grid.set(qn("w:type"), "linesAndChars" if grid_chars else "lines")
    if grid_chars:
        grid.set(qn("w:charSpace"), "-848")
    elif qn("w:charSpace") in grid.attrib:
        del grid.attrib[qn("w:charSpace")]


@functools.lru_cache(maxsize=2)
def _base(landscape: bool) -> tuple[tuple[tuple[zipfile.ZipInfo, bytes], ...], bytes]:
    """An empty 公文 document (styles, page, footers, settings) as its zip parts, built once per process:
    every document of a run is this package with its own word/document.xml."""
    document = Document()
    _setup_styles(document)
    document.settings.odd_and_even_pages_header_footer = True
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is None:
        theme_lang = OxmlElement("w:themeFontLang")
        document.settings.element.append(theme_lang)
    theme_lang.set(qn("w:val"), "en-US")
    theme_lang.set(qn("w:eastAsia"), "zh-CN")
    section = document.sections[0]
    _apply_page(section, LANDSCAPE if landscape else PORTRAIT, grid_chars=not landscape)
    _page_number(section.footer, "right")
    _page_number(section.even_page_footer, "left")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as package:
        parts = tuple((info, package.read(info)) for info in package.infolist())
    body = next(data for info, data in parts if info.filename == _DOCUMENT_PART)
    return parts, body


@functools.lru_cache(maxsize=1)
def _run_props() -> dict:
    props = {}
    for style_id, (font, size, *_rest) in _STYLES.items():
        rpr = OxmlElement("w:rPr")
        _set_fonts(rpr, font, size, condense=size == 16)
        if style_id == "GwIssuer":
            color = OxmlElement("w:color")
            color.set(qn("w:val"), RED)
            rpr.append(color)
        props[style_id] = rpr
    return props


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_T = {name: _W + name for name in (
    "p", "pPr", "pStyle", "pageBreakBefore", "r", "t", "tbl", "tblPr", "tblW", "tblBorders", "top", "left",
    "bottom", "right", "insideH", "insideV", "tblLayout", "tblGrid", "gridCol", "tr", "trPr", "cantSplit",
    "tblHeader", "tc", "tcPr", "tcW", "vAlign", "val", "w", "type", "sz", "color", "br", "pBdr", "ind", "tabs",
    "tab", "pos", "spacing", "before", "jc", "rPr")}
for _name in ("left", "right", "firstLine"):
    _T[_name] = _W + _name
_T["space"] = "{http://www.w3.org/XML/1998/namespace}space"   # xml:space on w:t, w:space on borders
_BORDER_SPACE = _W + "space"


def _sub(parent, tag: str, **attrs):
    """A w: child element with w: attributes (plain lxml: OxmlElement costs 10× more per element)."""
    attrib = {(_BORDER_SPACE if k == "space" and tag != "t" else _T[k]): v for k, v in attrs.items()}
    return etree.SubElement(parent, _T[tag], attrib)


CELL_PT = 10.5
_SPLIT_ABOVE = 0.6     # a row taller than this share of the page may break: kept whole it leaves a page empty


def _row_height_pt(cells: list[str], widths: list[int]) -> float:
    """About how tall a row of 五号 text is: the most wrapped lines of its cells, at 1.3 lines' height."""
    lines = 1
    for text, width in zip(cells, widths, strict=False):
        per_line = max(int((width - 216) / (CELL_PT * 20)), 1)      # twips, less the cell margins
        lines = max(lines, -(-len(text) // per_line))
    return lines * CELL_PT * 1.3 + 4


class Builder:
    """A 公文 document being built: paragraphs in the styles above, grid tables, a landscape switch."""

    def __init__(self, landscape: bool):
        self.parts, body = _base(landscape)
        self.root = etree.fromstring(body)
        self.landscape = landscape
        self.body = self.root.find(qn("w:body"))
        self.sect_pr = self.body.find(qn("w:sectPr"))
        self.run_props = _run_props()

    def _append(self, element) -> None:
        self.sect_pr.addprevious(element)

    def _new(self, tag: str, **attrs):
        """A detached element of this document (lxml reuses the root's w: prefix when it is placed)."""
        return self.body.makeelement(_T[tag], {_T[k]: v for k, v in attrs.items()})

    def paragraph(self, style_id: str, text: str, page_break_before: bool = False):
        p = self._new("p")
        ppr = _sub(p, "pPr")
        _sub(ppr, "pStyle", val=style_id)
        if page_break_before:
            _sub(ppr, "pageBreakBefore")
        if text:
            r = _sub(p, "r")
            r.append(copy.deepcopy(self.run_props[style_id]))
            t = _sub(r, "t", space="preserve")
            t.text = text
        return p

    def add_paragraph(self, style_id: str, text: str, page_break_before: bool = False):
        p = self.paragraph(style_id, text, page_break_before)
        self._append(p)
        return p

    def lines(self, style_id: str, lines: list[str], page_break_before: bool = False) -> None:
        """One paragraph whose lines break where the template says (a 标题 broken at word boundaries)."""
        p = self.paragraph(style_id, lines[0], page_break_before)
        for line in lines[1:]:
            r = _sub(p, "r")
            r.append(copy.deepcopy(self.run_props[style_id]))
            _sub(r, "br")
            t = _sub(r, "t", space="preserve")
            t.text = line
        self._append(p)

    @staticmethod
    def border(p, edge: str, size: int, color: str = "000000", space: int = 1) -> None:
        ppr = p.find(_T["pPr"])
        borders = ppr.find(_T["pBdr"])
        if borders is None:
            borders = _sub(ppr, "pBdr")
        _sub(borders, edge, val="single", sz=str(size), space=str(space), color=color)

    @staticmethod
    def indent(p, left_chars: float = 0, right_chars: float = 0) -> None:
        ppr = p.find(_T["pPr"])
        _sub(ppr, "ind", left=str(int(left_chars * 320)), right=str(int(right_chars * 320)), firstLine="0")

    def right_tab(self, p, text: str, style_id: str = "GwBanji") -> None:
        """Text flush right on the line of `p` (印发日期 beside 印发机关), one character in."""
        ppr = p.find(_T["pPr"])
        tabs = _sub(ppr, "tabs")
        page = LANDSCAPE if self.landscape else PORTRAIT
        width = int((page["width"] - page["left"] - page["right"]) / 635) - 2 * 280
        _sub(tabs, "tab", val="right", pos=str(width))
        r = _sub(p, "r")
        r.append(copy.deepcopy(self.run_props[style_id]))
        _sub(r, "tab")
        t = _sub(r, "t", space="preserve")
        t.text = text

    def start_landscape(self) -> None:
        """End the portrait section here; what follows is landscape (the body's last sectPr)."""
        if self.landscape:
            return
        carrier = self._new("p")
        _sub(carrier, "pPr").append(copy.deepcopy(self.sect_pr))
        self._append(carrier)
        _page_xml(self.sect_pr, LANDSCAPE, grid_chars=False)
        self.landscape = True

    def table(self, header: list[str], rows: list[list[str]], weights: list[float] | None = None) -> None:
        """A grid table as wide as the 版心; `weights` (relative column widths) default by header."""
        page = LANDSCAPE if self.landscape else PORTRAIT
        total = int((page["width"] - page["left"] - page["right"]) / 635)   # EMU → twips
        weights = weights or [_COLUMN_WEIGHTS.get(h, _WIDE_WEIGHT) for h in header]
        widths = [int(total * w / sum(weights)) for w in weights]
        tbl = self._new("tbl")
        tbl_pr = _sub(tbl, "tblPr")
        _sub(tbl_pr, "tblW", w=str(sum(widths)), type="dxa")
        borders = _sub(tbl_pr, "tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            _sub(borders, edge, val="single", sz="4", space="0", color="000000")
        _sub(tbl_pr, "tblLayout", type="fixed")
        grid = _sub(tbl, "tblGrid")
        for w in widths:
            _sub(grid, "gridCol", w=str(w))
        styles = ["GwCellCenter" if h in ("序号", "检查结果", "职责") else "GwCell" for h in header]
        page_height = Emu(page["height"] - page["top"] - page["bottom"]).pt
        self._row(tbl, header, widths, ["GwCellHead"] * len(header), head=True)
        for row in rows:
            whole = _row_height_pt(row, widths) < page_height * _SPLIT_ABOVE
            self._row(tbl, row, widths, styles, head=False, keep_whole=whole)
        self._append(tbl)
        self._append(self.paragraph("GwCell", ""))

    def _row(self, tbl, cells: list[str], widths: list[int], styles: list[str], head: bool,
             keep_whole: bool = True) -> None:
        tr = _sub(tbl, "tr")
        tr_pr = _sub(tr, "trPr")
        if keep_whole:
            _sub(tr_pr, "cantSplit")
        if head:
            _sub(tr_pr, "tblHeader")
        for text, width, style in zip(cells, widths, styles, strict=False):
            tc = _sub(tr, "tc")
            tc_pr = _sub(tc, "tcPr")
            _sub(tc_pr, "tcW", w=str(width), type="dxa")
            _sub(tc_pr, "vAlign", val="center")
            tc.append(self.paragraph(style, text))

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
            for info, data in self.parts:
                if info.filename == _DOCUMENT_PART:
                    data = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
                package.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
        return buffer.getvalue()


def _text(element: ET.Element) -> str:
    """The element's text without surrounding ASCII whitespace (a 全角 space, as in 　年　月　日, stays)."""
    return "".join(element.itertext()).strip(" \t\r\n")


def _classes(element: ET.Element) -> set[str]:
    return set((element.get("class") or "").split())


def _width(text: str) -> float:
    """Characters of 3号 a text takes: half-width digits and letters count half."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1 for ch in text)


def write_docx(tree: ET.Element, landscape: bool = False) -> bytes:
    """The DOCX bytes of a rendered body (templates.html_tree); `landscape` for list documents."""
    builder = Builder(landscape)
    elements = list(tree)
    for n, element in enumerate(elements):
        classes = _classes(element)
        if "landscape" in classes:
            builder.start_landscape()
        tag = element.tag
        if tag == "h1":
            lines = [x for x in (element.get("data-lines") or "").split("|") if x] or [_text(element)]
            builder.lines("GwTitle", lines, page_break_before="new-page" in classes)
        elif tag == "h2" and "annex-label" in classes:
            builder.add_paragraph("GwAnnexLabel", _text(element), page_break_before="landscape" not in classes)
        elif tag == "h2":
            builder.add_paragraph("GwH1", _text(element), page_break_before="new-page" in classes)
        elif tag in ("h3", "h4"):
            builder.add_paragraph("GwH2", _text(element))
        elif tag == "p" and "issuer-mark" in classes:
            builder.add_paragraph("GwIssuer", _text(element))
            builder.add_paragraph("GwBody", "")
        elif tag == "p" and "red-rule" in classes:
            p = builder.add_paragraph("GwCenter", _text(element))
            builder.border(p, "bottom", 18, RED, space=8)
        elif tag == "p" and "banji-cc" in classes:
            p = builder.add_paragraph("GwBanji", _text(element))
            builder.indent(p, 1, 1)
            builder.border(p, "top", 8)
            builder.border(p, "bottom", 4)
        elif tag == "p" and "banji-print" in classes:
            p = builder.add_paragraph("GwBanji", _text(element))
            builder.indent(p, 1, 1)
            if not (n and "banji-cc" in _classes(elements[n - 1])):
                builder.border(p, "top", 8)
            builder.border(p, "bottom", 8)
            builder.right_tab(p, element.get("data-right") or "")
        elif tag == "p" and "signature" in classes:
            # GB/T 9704 without a seal: the date 2 characters in from the right, its first character two
            # characters right of the signature's first; a longer date moves the signature left
            signature = _text(element)
            following = elements[n + 1] if n + 1 < len(elements) else None
            date = _text(following) if following is not None and "date" in _classes(following) else ""
            date = "　" + date if date.startswith("年") else date
            sig_right = max(2.0, _width(date) + 4 - _width(signature))
            builder.add_paragraph("GwBody", "")
            p = builder.add_paragraph("GwRight", signature)
            builder.indent(p, 0, sig_right)
        elif tag == "p" and "date" in classes:
            if _text(element).startswith("年"):      # Markdown drops the 全角 space of 　年　月　日
                element.text = "　" + (element.text or "")
            previous = _text(elements[n - 1]) if n else ""
            sig_right = max(2.0, _width(_text(element)) + 4 - _width(previous))
            p = builder.add_paragraph("GwRight", _text(element))
            builder.indent(p, 0, max(2.0, sig_right + _width(previous) - 2 - _width(_text(element))))
        elif tag == "p":
            style = next((_CLASS_STYLE[c] for c in classes if c in _CLASS_STYLE), "GwBody")
            if "attachments" in classes:
                builder.add_paragraph("GwBody", "")
            builder.add_paragraph(style, _text(element))
        elif tag == "table":
            rows = [[_text(c) for c in tr] for tr in element.iter("tr")]
            if rows:
                builder.table(rows[0], rows[1:])
        elif tag in ("ul", "ol"):
            for li in element.iter("li"):
                builder.add_paragraph("GwBody", _text(li))
    return builder.to_bytes()
