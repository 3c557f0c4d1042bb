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


def render(briefing: Briefing, fmt: str) -> bytes:
    if fmt == "md":
        from safeplan.ledger.brief_md import briefing_markdown

        return briefing_markdown(briefing).encode("utf-8")
    if fmt == "html":
        from safeplan.ledger.brief_html import briefing_html

        return briefing_html(briefing).encode("utf-8")
    from safeplan.ledger.brief_docx import briefing_docx

    return briefing_docx(briefing)


def write_outputs(ledger: Ledger, briefing: Briefing, out_dir, formats, number: int | None = None) -> list[Path]:
    chosen = check_formats(formats)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise LedgerError(f"-o {out}: not a folder")
    briefing.number = issue_number(ledger, briefing.title, briefing.period, briefing.as_of, number)
    stem = file_stem(briefing)
    return write_files([(out / f"{stem}.{fmt}", render(briefing, fmt)) for fmt in chosen])
