"""safeplan serve: the web workbench."""

from __future__ import annotations

import ipaddress
import os

import click

from safeplan.commands.options import workspace_option


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@workspace_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", default=None, help="Access token; required for a non-loopback --host "
              "(or set SAFEPLAN_TOKEN). Browsers log in with it, the API sends Authorization: Bearer TOKEN.")
@click.option("--max-upload", default=10, show_default=True, type=click.IntRange(1, 1024),
              help="Upload size limit in MB (larger uploads get 413).")
@click.option("--no-index", is_flag=True, help="Do not update the search index before serving.")
@click.option("--search-cache", default=256, show_default=True, type=click.IntRange(0, 100000),
              help="Search results kept per index generation (0: none).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="A host name browsers use to reach the workbench (repeatable). Requests are answered only "
                   "when their Host is an IP address, localhost, --host or one of these (against DNS rebinding).")
@click.option("--db", default=None, metavar="URL",
              help="The ledger the 台账 pages show, as `safeplan ledger --db`: postgresql://USER@HOST/DB or "
                   "sqlite:///PATH (default: $SAFEPLAN_DB, else WORKSPACE/.safeplan/ledger.sqlite).")
def serve(workspace, host, port, token, max_upload, no_index, search_cache, allow_hosts, db):
    """Start the web workbench: 检索 / 审核 / 生成 / 检查 / 台账 in a browser, and the JSON API.

    Binds to 127.0.0.1 unless told otherwise. Any other address needs a token, and every request
    then has to carry it. Once WORKSPACE/accounts.yaml has accounts (`safeplan accounts add`), browsers
    log in with a name and password and each account may do what its role allows (安办: report for its
    street's units and approve 销号; 社区: report for its own unit). The search index is brought up to
    date first (incremental).

    \b
    Example:
      safeplan serve --workspace . --port 8000
      safeplan serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"
    """
    from safeplan.commands.search import index_summary
    from safeplan.web import create_app
    from safeplan.web.server import run
    from safeplan.workspace import Workspace

    token = token or os.environ.get("SAFEPLAN_TOKEN") or None
    if not is_loopback(host) and not token:
        raise click.UsageError(f"--host {host} is reachable from other machines: give --token T "
                               "(or set SAFEPLAN_TOKEN)")
    ws = Workspace.at(workspace)
    if not no_index:
        from safeplan.search import build_index

        stats = build_index(ws)
        click.echo(f"safeplan: search index {index_summary(stats, ws.relative(stats['index']))}", err=True)
    app = create_app(ws, token=token, max_upload=max_upload * 1024 * 1024, search_cache=search_cache,
                     allowed_hosts=(host, *allow_hosts), ledger_db=db)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"safeplan: workbench on http://{shown}:{port}/ (workspace {ws.root}); Ctrl-C stops it", err=True)
    run(app, host=host, port=port)
