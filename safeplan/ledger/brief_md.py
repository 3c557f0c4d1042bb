"""The 简报 as plain Markdown: header, sections, tables, 报送/发送 — the text of the DOCX and the HTML."""

from __future__ import annotations

from safeplan.ledger.brief import Briefing, Table
from safeplan.ledger.periods import cn_full_date


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|") or "—"


def _table(table: Table) -> list[str]:
    lines = [f"表{table.number}　{table.title}", "", "| " + " | ".join(_cell(h) for h in table.header) + " |",
             "|" + "|".join("---" for _ in table.header) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows]
    if table.note:
        lines += ["", f"（{table.note}）"]
    return lines + [""]


def briefing_markdown(briefing: Briefing) -> str:
    """The Markdown text (without the charts: they are in the DOCX and the HTML)."""
    b = briefing
    lines = [f"# {b.title}", "", f"第{b.number}期" if b.number else "", "",
             f"{b.issuer}　　{cn_full_date(b.as_of)}", "", "---", "", f"## {''.join(b.headline)}", ""]
    for section in b.sections:
        lines += [f"### {section.heading}", ""]
        for paragraph in section.paragraphs:
            lines += [paragraph, ""]
        if section.table:
            lines += _table(section.table)
    tail = [f"报送：{b.report_to}。" if b.report_to else "", f"发送：{b.send_to}。" if b.send_to else ""]
    if any(tail):
        lines += ["---", ""] + [t + "  " for t in tail if t] + [""]
    return "\n".join(lines).replace("\n\n\n", "\n\n")
