"""safeplan corpus show PATH [--json]"""

from __future__ import annotations

import json

import click

from safeplan.commands.options import workspace_option
from safeplan.corpus import read_documents
from safeplan.corpus.show import document_json, document_lines
from safeplan.workspace import Workspace


@click.group()
def corpus():
    """Look at source documents the way the reader understands them."""


@corpus.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: {\"documents\": [...]}.")
@workspace_option
def show(path, as_json, workspace):
    """Print a document's metadata and its numbered tree, each item with its line number.

    A file holding several documents (篇1…篇N) prints each part.

    \b
    Example:
      safeplan corpus show corpus/plans/nanxun-2021-yjgl-gzyd.txt
    """
    docs = read_documents(path, Workspace.at(workspace))
    if as_json:
        click.echo(json.dumps({"documents": [document_json(d) for d in docs]}, ensure_ascii=False, indent=2))
        return
    for k, doc in enumerate(docs):
        if k:
            click.echo("")
        for line in document_lines(doc):
            click.echo(line)
