"""The 简报 as one self-contained HTML page: the red 简报 header, the sections, tables with 红黄绿 cells and the
charts as SVG images inside the page (data: URIs, so that the ids of one chart never meet another's). Every
text from the ledger is escaped."""

from __future__ import annotations

import base64
from html import escape

from safeplan.ledger.brief import CENTERED_COLUMNS, Briefing, Table, masthead_lines
from safeplan.ledger.periods import cn_full_date

_STYLE = """
@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "仿宋_GB2312", "FangSong", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt;
       line-height: 28.95pt; max-width: 156mm; margin: 2em auto; color: #000; }
.masthead { text-align: center; color: #d00; font-family: "方正小标宋简体", "SimSun", "Noto Serif CJK SC", serif;
            font-size: 22pt; line-height: 1.4; margin: 0.5em 0; }
.masthead .tail { font-size: 36pt; letter-spacing: 0.5em; margin-right: -0.5em; }
.issue { text-align: center; margin: 0.3em 0; }
.issuer { display: flex; justify-content: space-between; border-bottom: 2px solid #d00; padding-bottom: 4pt; }
h1 { font-family: "方正小标宋简体", "SimSun", "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: normal;
     text-align: center; line-height: 1.4; margin: 1em 0; }
h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal;
     margin: 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; }
.caption { text-indent: 0; text-align: center; font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif;
           font-size: 12pt; margin-top: 0.5em; }
.note { text-indent: 0; font-size: 12pt; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.4; margin: 0.3em 0 0.8em; }
th, td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; }
th { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
td.n { text-align: center; }
td.c-红 { background: #f4b6b6; } td.c-黄 { background: #fbe7a1; } td.c-绿 { background: #bfe3bf; }
figure { margin: 0.5em 0; text-align: center; } figure img { width: 100%; height: auto; }
.banji { border-top: 1px solid #000; border-bottom: 1px solid #000; margin-top: 2em; font-size: 14pt; }
.banji p { text-indent: 0; padding: 0 1em; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
@media print { body { margin: 0; max-width: none; } }
"""
_FILL = ("红", "黄", "绿")


def _table(table: Table) -> str:
    centered = [h in CENTERED_COLUMNS for h in table.header]
    head = "".join(f"<th>{escape(h)}</th>" for h in table.header)
    total = sum(table.widths) or 1
    cols = "".join(f'<col style="width:{w * 100 / total:.1f}%">' for w in table.widths)
    rows = []
    for row in table.rows:
        cells = []
        for text, middle, name in zip(row, centered, table.header, strict=False):
            classes = (["n"] if middle else []) + ([f"c-{text}"] if name == "评价" and text in _FILL else [])
            cls = f' class="{" ".join(classes)}"' if classes else ""
            cells.append(f"<td{cls}>{escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    note = f'<p class="note">（{escape(table.note)}）</p>' if table.note else ""
    return (f'<p class="caption">表{table.number}　{escape(table.title)}</p>'
            f"<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{note}")


def svg_image(svg: bytes, alt: str) -> str:
    """An <img> carrying the SVG itself."""
    return f'<img alt="{escape(alt)}" src="data:image/svg+xml;base64,{base64.b64encode(svg).decode("ascii")}">'


def briefing_html(briefing: Briefing, charts: dict[str, bytes] | None = None) -> str:
    """The page; `charts` maps a section's chart kind (completion, hazards, gantt) to its SVG."""
    b = briefing
    charts = charts or {}
    name, tail = masthead_lines(b.title)
    parts = [f'<div class="masthead">{escape(name)}' + (f'<br><span class="tail">{escape(tail)}</span>' if tail else "")
             + "</div>",
             f'<p class="issue">第{b.number}期</p>' if b.number else "",
             f'<div class="issuer"><span>{escape(b.issuer)}</span><span>{cn_full_date(b.as_of)}</span></div>',
             "<h1>" + "<br>".join(escape(line) for line in b.headline) + "</h1>"]
    for section in b.sections:
        parts.append(f"<h2>{escape(section.heading)}</h2>")
        parts += [f"<p>{escape(p)}</p>" for p in section.paragraphs]
        if section.chart in charts:
            parts.append(f'<figure class="chart-{section.chart}">'
                         f'{svg_image(charts[section.chart], section.heading)}</figure>')
        if section.table:
            parts.append(_table(section.table))
    tail = [f"<p>报送：{escape(b.report_to)}。</p>" if b.report_to else "",
            f"<p>发送：{escape(b.send_to)}。</p>" if b.send_to else ""]
    if any(tail):
        parts.append(f'<div class="banji">{"".join(tail)}</div>')
    title = f"{b.title}" + (f"第{b.number}期" if b.number else "")
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
            + "\n".join(p for p in parts if p) + "\n</body>\n</html>\n")
