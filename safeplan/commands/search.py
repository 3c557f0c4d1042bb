"""safeplan index / safeplan search"""

from __future__ import annotations

import json
import os
import re
import sys

import click

from safeplan.commands.options import workspace_option


@click.command()
@workspace_option
@click.option("--rebuild", is_flag=True, help="Start from nothing instead of updating what changed.")
@click.option("--backend", type=click.Choice(["whoosh", "tantivy"]),
              help="The search engine: whoosh (a street's workspace) or tantivy (large corpora). Default: the one "
                   "the index has, else whoosh below 50,000 rules and tantivy from there; recorded in the index, "
                   "and a build with the other backend starts from nothing.")
def index(workspace, rebuild, backend):
    """Build or update the search index (.safeplan/index) from the workspace's rules/.

    Incremental by content hash: only rule files that changed are indexed again. The new index is
    built beside the live one and swapped in, so a crash or Ctrl-C leaves the old one working.

    \b
    Example:
      safeplan index
      safeplan index --rebuild
      safeplan index --backend tantivy
    """
    from safeplan.search import build_index
    from safeplan.workspace import Workspace

    ws = Workspace.at(workspace)
    if sys.stderr.isatty() and not os.environ.get("CI"):
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("indexing documents", total=None)
            stats = build_index(ws, rebuild=rebuild, backend=backend,
                                progress=lambda done, total: bar.update(task, completed=done, total=total))
    else:
        stats = build_index(ws, rebuild=rebuild, backend=backend)
    click.echo(index_summary(stats, ws.relative(stats["index"])))


def index_summary(stats: dict, where: str) -> str:
    """One line for a human from build_index's stats (`index` and `serve` print it)."""
    if not stats["updated"]:
        return f"{where}: up to date ({stats['rules']} rules from {stats['documents']} documents)"
    how = "rebuilt" if stats["full"] else f"updated {len(stats['changed'])} changed, {len(stats['removed'])} removed"
    return (f"{where}: {how}; {stats['rules']} rules from {stats['documents']} documents, "
            f"{stats['bytes'] / 1e6:.1f} MB, {stats['seconds']:.1f} s")


def _plain(snippet: str, bold: bool) -> str:
    """A JSON snippet for a terminal: <b>…</b> as bold (or 【…】 when not a terminal), entities decoded."""
    from html import unescape

    if bold:
        return re.sub(r"<b>(.*?)</b>", lambda m: click.style(unescape(m.group(1)), bold=True), unescape(snippet))
    return unescape(re.sub(r"<b>(.*?)</b>", r"【\1】", snippet))


TITLE_WIDTH = 40   # a rule's title is often its whole first sentence


def document_label(hit: dict) -> str:
    """The hit's document as the text output names it: 《title》 (文号, level) and a space; "" when untitled."""
    if not hit.get("document"):
        return ""
    about = ", ".join(x for x in (hit.get("doc_number"), hit.get("level")) if x and x != "unknown")
    return f"{hit['document']} ({about}) " if about else f"{hit['document']} "


def render_text(result: dict, bold: bool = False) -> str:
    """The search object as readable text: rank, DOC:RULE and title, item path, snippet, file:line."""
    lines = []
    if result.get("did_you_mean"):
        lines.append(f"did you mean: {result['did_you_mean']}")
    shown = len(result["hits"])
    noun = "hit" if result["total"] == 1 else "hits"
    lines.append(f"{result['total']} {noun} for {result['query']!r}" + (f", showing {shown}" if shown < result["total"] else ""))
    for rank, hit in enumerate(result["hits"], 1):
        lines.append("")
        title = hit["title"] if len(hit["title"]) <= TITLE_WIDTH else hit["title"][:TITLE_WIDTH] + "…"
        lines.append(f"{rank}. {document_label(hit)}{hit['doc_id']}:{hit['rule_id']}  {title}")
        if hit["path"]:
            lines.append("   " + " › ".join(hit["path"]))
        lines.append("   " + _plain(hit["snippet"], bold))
        lines.append(f"   {hit['source']['path']}:{hit['source']['line']}")
    return "\n".join(lines)


@click.command()
@click.argument("query", nargs=-1, required=True)
@workspace_option
@click.option("--sector", help="Only rules of this sector (危险化学品, 消防, …; aliases work).")
@click.option("--responsible", help="Only rules naming this unit as lead or support (街道安办, …).")
@click.option("--due-before", metavar="YYYY-MM-DD", help="Only rules with a deadline on or before this date.")
@click.option("--due-after", metavar="YYYY-MM-DD", help="Only rules with a deadline on or after this date.")
@click.option("--level", help="national|province|city|district|street|community|enterprise|unknown")
@click.option("--genre", help="plan|work_points|law|notice|report|news|checklist|other")
@click.option("--doc", "doc", metavar="ID", help="Only this document (a file's id also covers its parts -p1, -p2…).")
@click.option("--kind", help="goal|task|measure|duty|requirement|principle|background")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000), help="How many hits.")
@click.option("--json", "as_json", is_flag=True,
              help="Print cli.md's JSON object; each hit also carries document (the title as people say it, "
                   "《职业病防治法》), doc_number (its 文号, \"\" when none) and level, and facets.document counts "
                   "the matches by that title (a document's parts together).")
def search(query, workspace, sector, responsible, due_before, due_after, level, genre, doc, kind, limit, as_json):
    """Search rules and law articles: ranked hits with the matched words highlighted.

    Words are matched the way jieba cuts them; synonyms and abbreviations from search/synonyms.yaml
    count too (危化品 finds 危险化学品). Put a phrase in quotes to match it exactly. Each hit names its
    document before the id: 《title》 (文号, level), leaving out what is missing.

    \b
    Example:
      safeplan search 疏散逃生演练 多久一次
      safeplan search "危化品 重大隐患 2025年底前" --json
      safeplan search 街道安办 牵头 --doc jiedao-zhiben-gongjian-fangan-muban
    """
    from safeplan.search import index_is_stale
    from safeplan.search import search as run
    from safeplan.workspace import Workspace

    query = " ".join(query)
    ws = Workspace.at(workspace)
    result = run(ws, query, sector=sector, responsible=responsible, due_before=due_before,
                 level=level, doc=doc, kind=kind, limit=limit, genre=genre, due_after=due_after)
    if index_is_stale(ws):
        click.echo("safeplan: warning: rules/ changed since the index was built; run `safeplan index`", err=True)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(render_text(result, bold=sys.stdout.isatty()))
