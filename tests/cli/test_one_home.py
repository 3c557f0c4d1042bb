"""One home for each piece of knowledge (issue 13), and the faces that use it agree."""

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from safeplan.cli import cli

ROOT = Path(__file__).resolve().parents[2]

TASK_TABLE = """# 城东街道任务清单

一、主要任务

| 序号 | 工作任务 | 主责单位 | 协办单位 |
|---|---|---|---|
| 1 | 每月至少开展1次九小场所巡查 | 街道消防工作站 | 东湖社区、新华社区 |
| 2 | 开展疏散逃生演练 | 街道安办 | — |
"""


def test_extraction_and_the_checker_read_a_task_table_alike():
    """主责单位/协办单位 were unknown to the checker's copy of the column list."""
    from safeplan.check.draft import PlanLines, draft_items
    from safeplan.corpus.reader import read_text
    from safeplan.rules.extract import _own_responsible

    doc = read_text(TASK_TABLE, "任务清单.md")[0]
    rows = [di for di in draft_items(doc, PlanLines(doc)) if di.item.cells and di.item.cells["序号"].isdigit()]
    assert [(di.responsible.lead, di.responsible.support) for di in rows] == \
        [_own_responsible(di.item, "plan") for di in rows] == \
        [(["街道消防工作站"], ["东湖社区", "新华社区"]), (["街道安办"], [])]


def test_task_kinds_have_one_home():
    import importlib

    from safeplan.rules.kinds import TASK_KINDS
    from safeplan.rules.model import KINDS

    faces = [importlib.import_module(name).TASK_KINDS for name in ("safeplan.check.engine", "safeplan.generators.cascade")]
    assert all(kinds is TASK_KINDS for kinds in faces)
    assert set(TASK_KINDS) <= set(KINDS)


def test_every_finding_code_has_a_severity_a_description_a_label_and_a_readme_row():
    from safeplan.check.findings import DESCRIPTION, LABEL, SEVERITY
    from safeplan.web.pages_check import CODE_LABEL

    assert list(SEVERITY) == list(DESCRIPTION) == list(LABEL)
    assert CODE_LABEL is LABEL
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| (error|warning) \|", readme, re.M))
    assert rows == SEVERITY


@pytest.mark.parametrize("name", [".hidden.txt", "a:b*c.txt", "CON.txt", "方案" * 40, "e\u0301.md"])
def test_uploads_and_output_folders_make_names_safe_alike(name):
    from safeplan.names import safe_name
    from safeplan.web.uploads import safe_name as upload_name

    assert upload_name(name) == safe_name(name)
    assert upload_name(f"../../{name}") == safe_name(name)       # an upload keeps only its own name


def test_a_bare_profile_name_is_looked_up_in_the_workspace(tmp_path):
    """`--profile qinghe` reported a path in the source checkout: the lookup names the workspace's profiles/."""
    ws = tmp_path / "ws"
    (ws / "profiles").mkdir(parents=True)
    (ws / "profiles" / "chengdong.yaml").write_text((ROOT / "profiles/chengdong.yaml").read_text(encoding="utf-8"),
                                                    encoding="utf-8")
    plan = tmp_path / "plan.md"
    plan.write_text((ROOT / "tests/check/fixtures/chengdong-plan.md").read_text(encoding="utf-8"), encoding="utf-8")
    args = ["check", str(plan), "--rules", "rules/anwei-2024-2-zhiben-gongjian.yaml", "--workspace", str(ws)]
    result = CliRunner().invoke(cli, [*args, "--profile", "qinghe"])
    assert (result.exit_code, result.stderr) == (2, "safeplan: error: unknown profile 'qinghe': choose one of the "
                                                    "workspace's profiles/ (chengdong.yaml) or give a path to a "
                                                    "profile file\n")
    assert str(ROOT) not in result.stderr
    for given in ("chengdong", "chengdong.yaml"):
        result = CliRunner().invoke(cli, [*args, "--profile", given, "--format", "json"])
        assert result.exit_code in (0, 1), result.stderr


def test_the_cli_and_the_workbench_find_the_same_profile(tmp_path):
    from safeplan.profiles import find_profile
    from safeplan.web.checking import resolve_profile
    from safeplan.workspace import Workspace

    ws = Workspace.at(tmp_path)
    assert resolve_profile(ws, "chengdong.yaml").path == str(find_profile(ws, "chengdong"))
    from safeplan.errors import SafeplanError

    with pytest.raises(SafeplanError, match="unknown profile '../profiles/chengdong.yaml'"):
        resolve_profile(ws, "../profiles/chengdong.yaml")            # the workbench takes a name, never a path
