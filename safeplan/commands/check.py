"""safeplan check: drafted plans against the upper-level rules."""

from __future__ import annotations

import click

from safeplan.commands.options import load_inputs, rules_option, workspace_option


@click.command()
@click.argument("plans", nargs=-1, required=True, type=click.Path())
@rules_option
@click.option("--profile", "profile_path", type=click.Path(), default=None,
              help="The unit's profile (YAML file, or a bare name such as chengdong looked up in the workspace's "
                   "profiles/): narrows the rules to its level and sectors, and checks unit names.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "junit", "sarif"]), default="text",
              show_default=True, help="Report format (written to stdout).")
@click.option("--strict", is_flag=True, help="Warnings fail the check too (exit 1).")
@workspace_option
@click.pass_context
def check(ctx, plans, rules_paths, profile_path, fmt, strict, workspace):
    """Check drafted plans (.docx, .md, .txt, .html) against upper-level rules.

    PLANS are plan files, or folders standing for the plans in them (sub-folders and other files are
    listed on stderr as skipped; a .doc or .pdf in the folder stops the check: convert it first).

    Each plan item is aligned to the upper rule it implements — by its 〔依据：文号 条目〕 when it has
    one, by content otherwise — and compared: missing tasks, weaker targets, later deadlines, rarer
    frequencies, placeholders left in, impossible dates, missing or unknown responsible units.
    Exit 0 no errors, 1 errors (or warnings with --strict), 2 bad input — also when no upper rule
    binds the plan (nothing checked is not a pass). A 〔依据〕 alone covers nothing: the item's text must
    match the rule it cites.
    Suppress a finding with 〔safeplan: ignore CODE 理由〕 on its line or in .safeplan-ignore.yaml.

    \b
    Example:
      safeplan check 城东街道实施方案.docx --rules rules/anwei-2024-2-zhiben-gongjian.yaml
      safeplan check plans/*.md --rules rules/ --profile profiles/chengdong.yaml --format sarif
    """
    from safeplan.check import check_plans
    from safeplan.check.formats import render
    from safeplan.printable import one_line

    ws, rule_files, profile = load_inputs(workspace, rules_paths, profile_path)
    report = check_plans(list(plans), rule_files, profile=profile, workspace=ws, strict=strict,
                         rule_paths=list(rules_paths))
    for path, why in report.skipped:
        click.echo(one_line(f"safeplan: skipped {path}: {why}"), err=True)
    click.echo(render(report, fmt), nl=False)
    ctx.exit(report.exit_code)
