"""safeplan corpus show PATH [--json]"""

from __future__ import annotations

import json
from pathlib import Path

import click

from safeplan.commands.options import workspace_option
from safeplan.corpus import read_documents
from safeplan.corpus.show import document_json, document_lines
from safeplan.workspace import FOLDERS, Workspace


@click.group()
def corpus():
    """Look at source documents the way the reader understands them."""


@corpus.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: {\"documents\": [...]}.")
@workspace_option
def show(path, as_json, workspace):
    """Print a document's metadata and its numbered tree, each item with its line number.

    A file holding several documents (篇1…篇N) prints each part. A path under corpus/ that the
    workspace does not have is looked up in the packaged defaults.

    \b
    Example:
      safeplan corpus show corpus/plans/nanxun-2021-yjgl-gzyd.txt
    """
    ws = Workspace.at(workspace)
    docs = read_documents(_resolve(path, ws), ws)
    if as_json:
        click.echo(json.dumps({"documents": [document_json(d) for d in docs]}, ensure_ascii=False, indent=2))
        return
    for k, doc in enumerate(docs):
        if k:
            click.echo("")
        for line in document_lines(doc):
            click.echo(line)


def _resolve(path: str, ws: Workspace) -> Path:
    """corpus/… missing from the workspace → the packaged default's copy (one resolver, cli.md)."""
    given = Path(path)
    if given.exists() or given.is_absolute() or len(given.parts) < 2 or given.parts[0] not in FOLDERS:
        return given
    fallback = ws.file(given.parts[0], Path(*given.parts[1:]).as_posix())
    return fallback if fallback.exists() else given
