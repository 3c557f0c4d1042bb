"""`safeplan extract` and `safeplan rules validate|show`."""

from __future__ import annotations

import json
import sys

import click

from safeplan.commands.options import workspace_option


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Folder of the rule files (default: the workspace's rules/).")
@click.option("--json", "as_json", is_flag=True, help="Print the per-document counts as JSON.")
@click.option("--force", is_flag=True, help="Extract even documents whose content hash is unchanged.")
@workspace_option
def extract(paths, out_dir, as_json, force, workspace):
    """Extract rules from corpus documents into rules/<doc-id>.yaml (one per part).

    Merges into existing files: rules marked `reviewed: true` and fields a person added are kept;
    a reviewed rule whose source changed is flagged `stale: true`; rules whose source vanished are
    reported and kept. Unchanged documents (same content hash) are skipped. A file that cannot be read
    (empty, damaged, a symlink leading out of the workspace) is one error line and the others are still
    extracted; the exit code is then 2. Files in formats not read yet (.doc, .pdf …) get a warning line
    saying how to convert them.

    \b
    Example:
      safeplan extract                       # the workspace corpus → rules/
      safeplan extract plan.docx -o rules/ --json
    """
    from safeplan.errors import SafeplanError
    from safeplan.rules.extract import extract_corpus
    from safeplan.workspace import Workspace

    ws = Workspace.at(workspace)
    failed: list[SafeplanError] = []
    skipped: list[SafeplanError] = []
    summary = extract_corpus(ws, out_dir, list(paths) or None, force=force, errors=failed, warnings=skipped)
    for exc in skipped:
        click.echo(f"safeplan: warning: {exc} (skipped)", err=True)
    for exc in failed:
        click.echo(f"safeplan: error: {exc} (skipped; the other files were extracted)", err=True)
    for entry in summary:
        for rid in entry["vanished"]:
            click.echo(f"safeplan: warning: {entry['rules_file']}: rule {rid} has no source any more "
                       "(kept, marked stale)", err=True)
        for rid in entry["stale"]:
            click.echo(f"safeplan: warning: {entry['rules_file']}: reviewed rule {rid} changed in the source "
                       "(marked stale)", err=True)
    keys = ("doc_id", "path", "part", "rules_file", "rules", "targets", "deadlines", "frequencies")
    if as_json:
        click.echo(json.dumps({"documents": [{k: e[k] for k in keys} for e in summary]}, ensure_ascii=False,
                              indent=2))
    else:
        for e in summary:
            state = "unchanged" if e["skipped"] else "written"
            click.echo(f"{e['rules_file']}: {e['rules']} rules, {e['targets']} targets, {e['deadlines']} "
                       f"deadlines, {e['frequencies']} frequencies ({state})")
    if failed:
        raise SafeplanError(f"{len(failed)} file(s) not extracted (see the error lines above)")


@click.group()
def rules():
    """Check and read rule files."""


@rules.command()
@click.argument("paths", nargs=-1, type=click.Path())
@workspace_option
def validate(paths, workspace):
    """Check rule files against rules/schema.json and for consistency (unique ids, offsets inside the
    source, real dates). Prints `file:line: message`; exit 1 when a file breaks them, 2 when one does not parse.

    \b
    Example:
      safeplan rules validate rules/
    """
    from safeplan.rules.validate import validate_paths
    from safeplan.workspace import Workspace

    ws = Workspace.at(workspace)
    if paths:
        problems, checked = validate_paths(list(paths), ws)
    else:
        problems, checked = validate_paths([ws.folder("rules")], ws, label=ws.relative)
    for problem in problems:
        click.echo(str(problem))
    if problems:
        click.echo(f"{len(problems)} problem(s) in {checked} rule file(s)", err=True)
        click.get_current_context().exit(1)
    click.echo(f"{checked} rule file(s) valid", err=True)


@rules.command()
@click.argument("rule_ref")
@workspace_option
def show(rule_ref, workspace):
    """Show a rule beside its source passage: DOC_ID:RULE_ID (a bare RULE_ID where it is unique).

    \b
    Example:
      safeplan rules show nanxun-2021-yjgl-gzyd:3.1.1
    """
    from safeplan.rules.show import find_rule, render
    from safeplan.workspace import Workspace

    ws = Workspace.at(workspace)
    rule_file, rule = find_rule(ws, rule_ref)
    sys.stdout.write(render(ws, rule_file, rule))
