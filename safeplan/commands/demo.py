"""safeplan demo: the whole pipeline on the embedded corpus and the sample profile."""

from __future__ import annotations

import re
from pathlib import Path

import click

from safeplan.commands.options import workspace_option

DEMO_QUERIES = ("疏散逃生演练 多久一次", "危化品 重大隐患 2025年底前", "街道安办 牵头")
NATIONAL_RULES = "anwei-2024-2-zhiben-gongjian.yaml"


def _step(title: str) -> None:
    click.secho(f"\n== {title}", bold=True)


def _break_plan(text: str) -> tuple[str, list[str]]:
    """A deliberately broken copy of a generated plan: a later deadline, a rarer frequency, a leftover 20__."""
    changes = []
    broken, n = re.subn(r"2024年底前", "2025年底前", text, count=1)
    if n:
        changes.append("2024年底前 → 2025年底前")
    broken, n = re.subn(r"每季度带队", "每年带队", broken, count=1)
    if n:
        changes.append("每季度 → 每年")
    broken, n = re.subn(r"2026年", "20__年", broken, count=1)
    if n:
        changes.append("留下一个 20__")
    return broken, changes


def _ledger_step(rule_files, profile, out: Path) -> None:
    """The progress ledger: the plan loaded, a filled 台账 imported, progress and a 销号, the status."""
    import sys

    from safeplan.ledger.demo import AS_OF, run_demo
    from safeplan.ledger.render import render_status

    _step("5. 台账 (ledger): the plan's tasks tracked to 销号, a filled 隐患排查台账, 红黄绿")
    loaded, imported, street, community = run_demo(rule_files, profile, out,
                                                   checklist=out / "东湖社区" / "检查清单.xlsx")
    click.echo(f"  {out}/ledger/.safeplan/ledger.sqlite: {loaded.added} tasks of {loaded.units} units loaded; "
               f"{imported.path}: {imported.added} rows imported; progress reported, one task closed by 销号")
    click.echo(f"\n  $ safeplan ledger status --workspace {out}/ledger --as-of {AS_OF} --summary")
    render_status(street, sys.stdout, tasks=False)
    click.echo(f"\n  $ safeplan ledger status --workspace {out}/ledger --as-of {AS_OF} --unit 东湖社区")
    render_status(community, sys.stdout)


def _briefing_step(profile, out: Path) -> None:
    """Last: the street's 简报 for the month and its 作战图, from the demo ledger; their paths end the output."""
    from safeplan.ledger.demo import AS_OF, BRIEF_PERIOD, write_demo_briefing

    _step("7. 简报 and 作战图: the street's monthly briefing and its wall chart, from the ledger")
    click.echo(f"  $ safeplan ledger brief --workspace {out}/ledger --period {BRIEF_PERIOD} --as-of {AS_OF} "
               f"--unit {profile.unit.name} --report-to 示例区安委办 -o {out}/ledger/简报")
    click.echo(f"  $ safeplan ledger chart --workspace {out}/ledger --kind gantt --as-of {AS_OF} "
               f"--unit {profile.unit.name} --format png,pdf -o {out}/ledger")
    for path in write_demo_briefing(out, profile):
        click.echo(f"  {path}")


@click.command()
@workspace_option
@click.option("-o", "--output", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Where the plans, checklists and reports are written.")
def demo(workspace, out_dir):
    """Run the whole pipeline on the embedded corpus and the sample street profile.

    Extracts rules (into OUT/rules/), builds the search index and runs three searches, generates the
    sample street's 实施方案 and every community's 任务清单/责任清单/检查清单 in every format, checks
    the generated plan and a deliberately broken copy of it, tracks the plan in a ledger (OUT/ledger/) and
    ends with the street's monthly 简报 (DOCX, HTML, Markdown) and its 作战图 (PNG, PDF), their paths last.
    """
    from safeplan.check import check_plans
    from safeplan.check.formats import render
    from safeplan.commands.search import render_text
    from safeplan.generators import generate_checklists, generate_plan
    from safeplan.profiles import load_profile
    from safeplan.rules.extract import extract_corpus
    from safeplan.rules.rulefiles import load_rule_files
    from safeplan.search import build_index, search
    from safeplan.workspace import Workspace

    ws = Workspace.at(workspace)
    out = Path(out_dir)

    _step("1. 抽取规则 (extract): corpus/ → OUT/rules/")
    summary = extract_corpus(ws, out / "rules")
    for entry in summary:
        click.echo(f"  {entry['doc_id']:<58} rules={entry['rules']:<4} targets={entry['targets']:<3} "
                   f"deadlines={entry['deadlines']:<3} frequencies={entry['frequencies']}")

    _step("2. 建立索引 (index) and three searches")
    stats = build_index(ws)
    click.echo(f"  index {stats['index']}: {stats['documents']} documents, {stats['rules']} rules, "
               f"{stats['seconds']:.1f} s")
    for query in DEMO_QUERIES:
        click.echo(f"\n  $ safeplan search '{query}' --limit 3")
        click.echo(render_text(search(ws, query, limit=3)))

    _step("3. 生成 (generate): the sample street's plan and its communities' checklists")
    profile_path = sorted(ws.folder("profiles").glob("*.yaml"))[0]
    profile = load_profile(profile_path, workspace=ws)
    rules_dir = ws.folder("rules")
    national = load_rule_files([rules_dir / NATIONAL_RULES], workspace=ws)
    laws = load_rule_files(sorted((rules_dir).glob("*-fa-*.yaml")) + sorted(rules_dir.glob("*-tiaoli-*.yaml")), workspace=ws)
    written = generate_plan(national, profile, ["docx", "md", "html"], out, workspace=ws)
    written += generate_checklists(national + laws, profile, ["tasks", "duties", "inspection"],
                                   ["docx", "xlsx", "md", "html"], out, workspace=ws)
    click.echo(f"  profile {profile_path.name}: {len(written)} files under {out}/")
    for path in written[:6]:
        click.echo(f"    {path}")
    if len(written) > 6:
        click.echo(f"    … and {len(written) - 6} more")

    _step("4. 检查 (check): the generated plan, then a deliberately broken copy")
    plan_md = next(p for p in written if p.name == "实施方案.md")
    report = check_plans([plan_md], national, profile=profile, workspace=ws)
    click.echo(render(report, "text"))
    broken_text, changes = _break_plan(plan_md.read_text(encoding="utf-8"))
    broken = out / "broken-plan" / "实施方案-有错误.md"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text(broken_text, encoding="utf-8")
    click.echo(f"\n  {broken}: {'; '.join(changes)}")
    report = check_plans([broken], national, profile=profile, workspace=ws)
    click.echo(render(report, "text"))

    _ledger_step(national, profile, out)

    _step("6. 工作台 (workbench)")
    click.echo("  Start it with:  safeplan serve   (from a checkout: .venv/bin/safeplan serve), then open http://127.0.0.1:8000/")

    _briefing_step(profile, out)
