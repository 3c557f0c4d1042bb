"""safeplan generate plan|checklist: the street's 实施方案 and the lists of the street and its communities."""

from __future__ import annotations

from pathlib import Path

import click

from safeplan.commands.options import load_inputs, rules_option, workspace_option

profile_option = click.option("--profile", "profile_path", required=True, type=click.Path(),
                              help="The street's profile (YAML); a bare name (chengdong or chengdong.yaml) is looked "
                                   "up in the workspace's profiles/.")
unit_option = click.option("--unit", "units", multiple=True,
                           help="Only this unit (the street or a community; repeatable).")
output_option = click.option("-o", "--output", "out_dir", default="out", show_default=True,
                             type=click.Path(file_okay=False), help="Output folder: one sub-folder per unit.")


def _split(values) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _report(paths: list[Path]) -> None:
    for path in paths:
        click.echo(str(path))
    click.echo(f"wrote {len(paths)} files", err=True)


@click.group()
def generate():
    """Generate the street's 实施方案 and the 任务清单/责任清单/检查清单 from upper-level rules."""


@generate.command()
@rules_option
@profile_option
@unit_option
@click.option("--format", "formats", default="md,html,docx", show_default=True,
              help="Comma-separated formats: md, html, docx.")
@output_option
@workspace_option
def plan(rules_paths, profile_path, units, formats, out_dir, workspace):
    """Write the street's implementation plan (实施方案) to OUT/<street>/实施方案.<fmt>.

    Only documents upper to the unit are used: laws, national documents and those of the levels in the
    profile's `upper:` chain; a same-level template is only a model; news, reports, peer units' plans and
    other districts' documents are set aside. Each is listed on stderr with the reason. The nearest upper
    plan gives the title and the stated basis.

    Every upper task that binds a street becomes an item with its 责任单位/配合单位/完成时限 and a
    〔依据：文号 条目〕 citation; tasks whose named units map onto nothing in the profile are listed in the
    待明确责任 annex. Prose comes from the templates in generators/ (the workspace's copies first).

    \b
    Example:
      safeplan generate plan --rules rules/anwei-2024-2-zhiben-gongjian.yaml \\
          --profile profiles/chengdong.yaml --format md,docx -o out
    """
    from safeplan.generators import generate_plan

    ws, rule_files, profile = load_inputs(workspace, rules_paths, profile_path)
    _report(generate_plan(rule_files, profile, _split([formats]), out_dir, units=list(units) or None, workspace=ws,
                          report=lambda line: click.echo(line, err=True)))


@generate.command()
@click.option("--kind", "kinds", multiple=True, default=("tasks", "duties", "inspection"), show_default=True,
              help="tasks (任务清单), duties (责任清单), inspection (检查清单); repeatable or comma-separated.")
@rules_option
@profile_option
@unit_option
@click.option("--format", "formats", default="md,html,docx,xlsx", show_default=True,
              help="Comma-separated formats: md, html, docx, xlsx.")
@output_option
@workspace_option
def checklist(kinds, rules_paths, profile_path, units, formats, out_dir, workspace):
    """Write the lists of the street and every community to OUT/<unit>/任务清单|责任清单|检查清单.<fmt>.

    Laws passed with --rules feed the 检查清单 (检查依据 cites the article); the plans are cascaded as
    for `generate plan`. --unit restricts the units (the street's name or a community's).

    \b
    Example:
      safeplan generate checklist --kind inspection --rules rules/ \\
          --profile profiles/chengdong.yaml --unit 东湖社区 --format xlsx
    """
    from safeplan.generators import generate_checklists

    ws, rule_files, profile = load_inputs(workspace, rules_paths, profile_path)
    _report(generate_checklists(rule_files, profile, _split(kinds), _split([formats]), out_dir,
                                units=list(units) or None, workspace=ws))
