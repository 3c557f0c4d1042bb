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
@click.argument("path")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: {\"documents\": [...]}.")
@workspace_option
def show(path, as_json, workspace):
    """Print a document's metadata and its numbered tree, each item with its line number.

    A file holding several documents (篇1…篇N) prints each part. A path under corpus/ that the
    workspace does not have is looked up in the packaged defaults; PATH may also be a corpus document's
    id (a Chinese file name's id is its pinyin: 区治本攻坚三年行动方案.txt → qu-zhi-ben-gong-jian-…).

    \b
    Example:
      safeplan corpus show corpus/plans/nanxun-2021-yjgl-gzyd.txt
      safeplan corpus show nanxun-2021-yjgl-gzyd
    """
    from safeplan.corpus.locate import resolve_document_path

    ws = Workspace.at(workspace)
    docs = read_documents(resolve_document_path(ws, path), ws)
    if as_json:
        click.echo(json.dumps({"documents": [document_json(d) for d in docs]}, ensure_ascii=False, indent=2))
        return
    for k, doc in enumerate(docs):
        if k:
            click.echo("")
        for line in document_lines(doc):
            click.echo(line)

