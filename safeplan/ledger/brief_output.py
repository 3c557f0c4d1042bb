"""Writing a 简报: check the formats, number it (第N期), render every format, then write the files atomically
as OUT_DIR/<title>第N期.<fmt>. Nothing is written when a format is unknown or OUT_DIR is not a folder; the
number is kept once assigned, so a run that fails while writing reissues it when run again."""

from __future__ import annotations

from pathlib import Path

from safeplan.generators.output import write_outputs as write_files
from safeplan.ledger.brief import Briefing
from safeplan.ledger.brief_numbers import issue_number
from safeplan.ledger.errors import LedgerError
from safeplan.ledger.store import Ledger
from safeplan.names import safe_name

FORMATS = ("docx", "html", "md")


def check_formats(formats) -> list[str]:
    chosen = [f.strip().lower() for f in ([formats] if isinstance(formats, str) else formats) for f in f.split(",")]
    chosen = [f for f in chosen if f]
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise LedgerError(f"--format {','.join(unknown) or '(none)'}: a 简报 is written as {', '.join(FORMATS)}")
    return list(dict.fromkeys(chosen))


def file_stem(briefing: Briefing) -> str:
    return safe_name(f"{briefing.title}第{briefing.number}期")


def draw_charts(briefing: Briefing, fmt: str, hazard_points) -> dict[str, list[bytes]]:
    """The charts the briefing's sections ask for, in `fmt` (png for the DOCX, svg for the HTML): {kind:
    [image, …]} — the 作战图 as one image per 156 mm page in PNG, one image as tall as its rows in SVG."""
    from safeplan.ledger import charts

    kinds = {s.chart for s in briefing.sections if s.chart}
    drawn: dict[str, list[bytes]] = {}
    if "completion" in kinds:
        drawn["completion"] = [charts.completion_chart(briefing.figures, fmt, ranked=False)]
    if "hazards" in kinds:
        drawn["hazards"] = [charts.hazard_chart(hazard_points, fmt)]
    if "gantt" in kinds:
        pages = charts.gantt_pages(briefing.gantt) if fmt == "png" else 1
        drawn["gantt"] = ([charts.gantt_chart(briefing.gantt, briefing.as_of, fmt)] if pages == 1 else
                          [charts.gantt_chart(briefing.gantt, briefing.as_of, fmt, page=n) for n in range(1, pages + 1)])
    return drawn


def render(briefing: Briefing, fmt: str, charts: dict[str, list[bytes]] | None = None) -> bytes:
    """One format's bytes; `charts` from draw_charts in png (docx) or svg (html)."""
    if fmt == "md":
        from safeplan.ledger.brief_md import briefing_markdown

        return briefing_markdown(briefing).encode("utf-8")
    if fmt == "html":
        from safeplan.ledger.brief_html import briefing_html

        return briefing_html(briefing, {k: v[0] for k, v in (charts or {}).items()}).encode("utf-8")
    from safeplan.ledger.brief_docx import briefing_docx

    return briefing_docx(briefing, charts)


_CHART_FORMAT = {"docx": "png", "html": "svg"}


def write_outputs(ledger: Ledger, briefing: Briefing, out_dir, formats, number: int | None = None,
                  charts: bool = True) -> list[Path]:
    chosen = check_formats(formats)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise LedgerError(f"-o {out}: not a folder")
    briefing.number = issue_number(ledger, briefing.title, briefing.period, briefing.as_of, number)
    stem = file_stem(briefing)
    points = None
    if charts and any(fmt in _CHART_FORMAT for fmt in chosen):
        from safeplan.ledger.charts import hazard_series

        points = hazard_series(ledger, briefing.unit, None, briefing.as_of)     # from the first 隐患 on
    files = []
    for fmt in chosen:
        drawn = draw_charts(briefing, _CHART_FORMAT[fmt], points) if charts and fmt in _CHART_FORMAT else None
        files.append((out / f"{stem}.{fmt}", render(briefing, fmt, drawn)))
    return write_files(files)
