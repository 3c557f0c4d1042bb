"""Formatters of a check Report, looked up by name: text, json, junit, sarif."""

from __future__ import annotations

from safeplan.check.formats import json_format, junit, sarif, text
from safeplan.check.report import Report

FORMATS = {
    "text": text.render,
    "json": json_format.render,
    "junit": junit.render,
    "sarif": sarif.render,
}


def render(report: Report, fmt: str) -> str:
    """The report as text|json|junit|sarif (a string ending in a newline)."""
    try:
        return FORMATS[fmt](report)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
