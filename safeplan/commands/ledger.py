"""safeplan ledger …: the progress ledger (a thin face over safeplan.ledger)."""

from __future__ import annotations

import functools
import getpass
import json
import os
import sys

import click

from safeplan.commands.options import load_inputs, rules_option, workspace_option


def _by_default() -> str:
    try:
        return os.environ.get("SAFEPLAN_USER") or getpass.getuser()
    except Exception:   # no login name (a container without passwd entry)
        return ""


def store_options(func):
    """--workspace and --db, shared by every ledger command."""
    @workspace_option
    @click.option("--db", default=None, metavar="URL",
                  help="The ledger's database: postgresql://USER@HOST/DB or sqlite:///PATH "
                       "(default: $SAFEPLAN_DB, else WORKSPACE/.safeplan/ledger.sqlite).")
    @functools.wraps(func)
    def wrapper(*args, workspace, db, **kwargs):
        from safeplan.ledger import open_ledger

        ledger = open_ledger(workspace, db)
        try:
            return func(*args, ledger=ledger, **kwargs)
        finally:
            ledger.close()
    return wrapper


by_option = click.option("--by", default=_by_default, show_default="$SAFEPLAN_USER or your login name",
                         help="Who makes the change (kept in the history).")
unit_option = click.option("--unit", required=True, help="The street or community (街道/社区 when a name repeats).")
task_option = click.option("--task", "task", required=True,
                           help="The task id (doc_id:rule_id) or its rule id when unique in the unit (3.3.6).")
date_option = click.option("--date", "date", required=True, metavar="YYYY-MM-DD", help="The day it happened.")
version_option = click.option("--if-version", "expected_version", type=int, default=None, metavar="N",
                              help="Refuse (conflict, exit 2) unless the task is still at row version N "
                                   "(the version `ledger status --json` showed you).")


def _json_out(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


@click.group()
def ledger():
    """The progress ledger: every task of every unit tracked to 销号, 隐患 from the 台账, colours 红黄绿.

    The ledger is a database: SQLite at WORKSPACE/.safeplan/ledger.sqlite (made on first use), or the
    PostgreSQL database that --db or SAFEPLAN_DB names. Every change is kept in an append-only history.

    \b
    Example:
      safeplan ledger load --rules rules/anwei-2024-2-zhiben-gongjian.yaml --profile chengdong.yaml
      safeplan ledger report --unit 东湖社区 --task 3.4.8 --date 2025-03-31 --status 推进中 --percent 40
      safeplan ledger close --unit 东湖社区 --task 3.4.8 --date 2025-06-30 --evidence 验收.pdf --approver 王五
      safeplan ledger import out/东湖社区/检查清单.xlsx
      safeplan ledger status --unit 城东街道 --as-of 2025-06-30
    """


@ledger.command()
@rules_option
@click.option("--profile", "profile_path", required=True, type=click.Path(),
              help="The street's profile (YAML); a bare name is looked up in the workspace's profiles/.")
@by_option
@store_options
def load(rules_paths, profile_path, by, ledger):
    """Load a street's plan into the ledger: its units and every task of each.

    The tasks are the plan's items as `generate plan` and `generate checklist --kind tasks` build them from the
    same --rules and --profile: the street tracks every item, a community those it leads or supports. Loading
    a regenerated plan updates the tasks in place (found by their 依据 rule) and never drops their progress;
    a task the new plan lacks is withdrawn, not deleted.

    \b
    Example:
      safeplan ledger load --rules rules/anwei-2024-2-zhiben-gongjian.yaml --profile chengdong.yaml
    """
    from safeplan.ledger import load_tasks, plan_items

    _ws, rule_files, profile = load_inputs(str(ledger.workspace.root), rules_paths, profile_path)
    summary = load_tasks(ledger, *plan_items(rule_files, profile), by=by)
    click.echo(f"{summary.street}: {summary.units} units; tasks added {summary.added}, updated {summary.updated}, "
               f"unchanged {summary.unchanged}, withdrawn {summary.withdrawn}, restored {summary.restored}")


@ledger.command()
@unit_option
@task_option
@date_option
@click.option("--status", "state", required=True, type=click.Choice(["未开始", "推进中", "已完成"]),
              help="未开始, 推进中 or 已完成.")
@click.option("--percent", type=int, default=None, help="0–100 (未开始 0 and 已完成 100 by default).")
@click.option("--note", default="", help="What was done.")
@click.option("--evidence", type=click.Path(dir_okay=False), default=None,
              help="A file that shows it (copied into WORKSPACE/.safeplan/evidence/, sha256 kept).")
@by_option
@version_option
@store_options
def report(unit, task, date, state, percent, note, evidence, by, expected_version, ledger):
    """Record a progress report on a unit's task (the reporter is --by).

    \b
    Example:
      safeplan ledger report --unit 东湖社区 --task 3.4.8 --date 2025-03-31 \\
          --status 推进中 --percent 40 --note 完成摸排 --evidence 摸排表.xlsx
    """
    from safeplan.ledger import report_progress

    change = report_progress(ledger, unit, task, date, state, percent, note=note, evidence=evidence, by=by,
                             expected_version=expected_version)
    click.echo(f"{change.unit} {change.key}: {change.status} {change.percent}% (version {change.version})")


@ledger.command()
@unit_option
@task_option
@date_option
@click.option("--evidence", type=click.Path(dir_okay=False), required=True, help="The file that shows the task is done.")
@click.option("--approver", required=True, help="Who approved the 销号.")
@click.option("--note", default="", help="A remark kept with the 销号.")
@by_option
@version_option
@store_options
def close(unit, task, date, evidence, approver, note, by, expected_version, ledger):
    """销号: close a task, with its evidence and the approver. It can be reopened; both stay in the ledger.

    \b
    Example:
      safeplan ledger close --unit 东湖社区 --task 3.4.8 --date 2025-06-30 \\
          --evidence 验收报告.pdf --approver 王五
    """
    from safeplan.ledger import close_task

    change = close_task(ledger, unit, task, date, evidence, approver, note=note, by=by,
                        expected_version=expected_version)
    click.echo(f"{change.unit} {change.key}: 销号 {change.closed_on} (version {change.version})")


@ledger.command()
@unit_option
@task_option
@date_option
@click.option("--reason", required=True, help="Why the 销号 no longer holds.")
@by_option
@version_option
@store_options
def reopen(unit, task, date, reason, by, expected_version, ledger):
    """Reopen a closed (销号) task, with the reason; the 销号 stays in the history.

    \b
    Example:
      safeplan ledger reopen --unit 东湖社区 --task 3.4.8 --date 2025-07-15 --reason 复查发现问题反弹
    """
    from safeplan.ledger import reopen_task

    change = reopen_task(ledger, unit, task, date, reason, by=by, expected_version=expected_version)
    click.echo(f"{change.unit} {change.key}: reopened (version {change.version})")


@ledger.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--unit", default=None, help="The unit the 台账 is for (default: the folder it is in, "
                                           "as `generate checklist` writes OUT/<unit>/检查清单.xlsx).")
@by_option
@store_options
def import_(files, unit, by, ledger):
    """Import filled 隐患排查台账 (XLSX, sheet 记录) into the ledger.

    Every cell is checked first; a bad one stops the import of that file with its place
    (东湖社区/检查清单.xlsx:记录!K12: 整改时限 '下周' is not a date) and nothing of it is written. Rows are found
    again by their 序号: importing the same file twice adds nothing, a corrected file updates its rows.

    \b
    Example:
      safeplan ledger import out/东湖社区/检查清单.xlsx out/新华社区/检查清单.xlsx
    """
    from safeplan.ledger import import_register

    for path in files:
        s = import_register(ledger, path, unit=unit, by=by)
        click.echo(f"{s.path} → {s.unit}: {s.rows} rows; added {s.added}, updated {s.updated}, "
                   f"unchanged {s.unchanged}")


@ledger.command()
@click.option("--unit", default=None, help="One unit (a street: with its communities); default every unit.")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="The day to colour (default today).")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.option("--summary", is_flag=True, help="Units and lists only, without the table of every task.")
@store_options
def status(unit, as_of, as_json, summary, ledger):
    """The colour (红黄绿) of every unit and task on a day, the overdue tasks and the overdue 重大隐患.

    绿: done (已完成 or 销号) or on schedule; 黄: due within 30 days, or more than 20 points behind a straight
    line from the plan's start to the deadline; 红: past the deadline and not done. An open 重大隐患 past its
    整改时限 makes its unit 红. A unit takes its worst colour. The policy is WORKSPACE/ledger-colours.yaml
    (`safeplan ledger policy` prints the one in force).

    \b
    Example:
      safeplan ledger status --unit 城东街道 --as-of 2025-06-30
      safeplan ledger status --json > status.json
    """
    from safeplan.ledger import status as ledger_status
    from safeplan.ledger.render import render_status

    result = ledger_status(ledger, unit=unit, as_of=as_of)
    if as_json:
        _json_out(result.to_dict())
        return
    render_status(result, sys.stdout, tasks=not summary)


@ledger.command()
@click.option("--period", required=True, metavar="PERIOD",
              help="week (Monday–Sunday), half-month (1–15, 16–end), month, quarter or half-year: the period "
                   "that contains --as-of.")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="The day of the figures (default today).")
@click.option("--unit", default=None, help="One street (with its communities) or community; default every unit.")
@click.option("--format", "formats", default="docx,html,md", show_default=True, help="Any of docx, html, md.")
@click.option("-o", "--output", "out_dir", default="out", show_default=True, type=click.Path(),
              help="The folder the 简报 is written to.")
@click.option("--title", default=None, help="The series title (default: <street>安全生产治本攻坚三年行动工作简报); "
                                            "each series numbers its 期 on its own.")
@click.option("--issuer", default=None, help="编发单位 (default: <street>安全生产委员会办公室).")
@click.option("--report-to", "report_to", default="", help="报送 line (e.g. 区安委办); none by default.")
@click.option("--send-to", "send_to", default=None,
              help="发送 line (default for a street: 各社区、街道各部门; '' for none).")
@click.option("--number", type=int, default=None, metavar="N",
              help="Set this period's 期 number by hand (a series that started on paper); later 期 follow it.")
@store_options
def brief(period, as_of, unit, formats, out_dir, title, issuer, report_to, send_to, number, ledger):
    """Write the 简报 of a period: completion and its change, the 晾晒 ranking, overdue tasks with 牵头单位,
    重大隐患 opened/closed/open, 销号 in the period, what falls due next — as DOCX (公文), HTML and Markdown.

    The files are OUT/<title>第N期.<fmt>. 第N期 is kept in the ledger per series: a new period takes the next
    number, writing the same period again reissues its number.

    \b
    Example:
      safeplan ledger brief --period half-month --as-of 2025-06-30 --unit 城东街道 --report-to 区安委办
    """
    from safeplan.ledger.brief import build_briefing, write_briefing
    from safeplan.ledger.brief_output import check_formats

    chosen = check_formats(formats)
    result = build_briefing(ledger, period, as_of=as_of, unit=unit, title=title, issuer=issuer,
                            report_to=report_to, send_to=send_to)
    paths = write_briefing(ledger, result, out_dir, chosen, number=number)
    o = result.overall
    click.echo(f"{result.title} 第{result.number}期 ({result.period.label}, as of {result.as_of.isoformat()}): "
               f"{o.tasks} tasks, {o.done} done ({o.rate if o.rate is not None else '—'}%), {o.red} overdue")
    for path in paths:
        click.echo(f"  {path}")


@ledger.command()
@click.option("--unit", default=None, help="Only the changes to this unit's tasks and 台账 rows.")
@click.option("--task", "task", default=None, help="Only this task (needs --unit).")
@click.option("--limit", type=int, default=200, show_default=True, help="The newest N entries.")
@click.option("--json", "as_json", is_flag=True, help="Print the entries as JSON.")
@store_options
def history(unit, task, limit, as_json, ledger):
    """The append-only history: who changed what, when, before → after.

    \b
    Example:
      safeplan ledger history --unit 东湖社区 --task 3.4.8
    """
    from safeplan.ledger.history import unit_entries

    found = unit_entries(ledger, unit=unit, task=task, limit=limit)
    if as_json:
        _json_out([e.__dict__ for e in found])
        return
    for e in found:
        click.echo(f"{e.at}  {e.who}  {e.entity}#{e.entity_id} {e.action}: "
                   f"{json.dumps(e.before, ensure_ascii=False) if e.before else '—'} → "
                   f"{json.dumps(e.after, ensure_ascii=False) if e.after else '—'}")


@ledger.command()
@workspace_option
def policy(workspace):
    """Print the colour policy in force (WORKSPACE/ledger-colours.yaml over the defaults), as YAML.

    \b
    Example:
      safeplan ledger policy > ledger-colours.yaml     # then edit it
    """
    from safeplan.ledger import load_policy
    from safeplan.workspace import Workspace

    found = load_policy(Workspace.at(workspace).root)
    if found.path:
        click.echo(f"# from {found.path}", err=True)
    click.echo(found.to_yaml(), nl=False)


@ledger.command()
@click.option("--kind", required=True, metavar="gantt|completion|hazards",
              help="gantt: the 作战图 (every task against its deadline); completion: completion rate per unit "
                   "(bars in 红黄绿); hazards: 隐患 found against rectified per week or month.")
@click.option("--unit", default=None, help="One unit (a street: with its communities); default every unit.")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="The day to chart (default today).")
@click.option("--format", "formats", default="png", show_default=True, metavar="png,svg,pdf",
              help="One or more of png, svg, pdf, comma-separated.")
@click.option("--a3", is_flag=True, help="A3 landscape (420×297 mm) for the wall; default the 公文 text width, 156 mm.")
@click.option("-o", "--out", "out", required=True, type=click.Path(),
              help="A folder (files named 作战图.png, 完成率.png, 隐患整改.png) or a file name (its suffix is "
                   "replaced per format).")
@store_options
def chart(kind, unit, as_of, formats, a3, out, ledger):
    """Draw a chart of the ledger: the 作战图 (Gantt), completion per unit, or 隐患 found against rectified.

    PNG (200 dpi) for Word, SVG for a web page, PDF to print. The 作战图 has one row per task under its
    unit: a bar from the plan's start to the task's deadline (◆) in its colour on --as-of, and the 今天 line.
    Its PDF has pages of 46 rows (A3: 62); with --a3 a PNG/SVG of several pages is one file per page
    (作战图-1.png …); without, one image as tall as the rows need. Needs a Chinese font (fonts-noto-cjk).

    \b
    Example:
      safeplan ledger chart --kind gantt --unit 城东街道 --a3 --format pdf,png -o out/
      safeplan ledger chart --kind completion --as-of 2025-06-30 -o out/完成率.png
    """
    from safeplan.ledger.charts import write_chart

    for path in write_chart(ledger, kind, out, formats, unit=unit, as_of=as_of, a3=a3):
        click.echo(f"wrote {path}")
