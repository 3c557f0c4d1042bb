"""The review workflow (merge) and bad rule YAML, through the CLI."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from safeplan.cli import cli

ROOT = Path(__file__).resolve().parents[2]
PLAN = "一、工作目标\n全年事故起数下降。\n二、主要任务\n1.开展隐患排查。每月至少1次。\n2.加强培训,2024年底前完成。\n"


@pytest.fixture
def ws(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "plan.txt").write_text(PLAN, encoding="utf-8")
    return tmp_path


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_extract_then_reextract_keeps_reviewed_rules_and_hand_fields(ws):
    assert run("extract", "--workspace", str(ws)).exit_code == 0
    path = ws / "rules" / "plan.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("reviewed: false", "reviewed: true", 1)          # the first rule: "1"
    text = text.replace("schema: safeplan.rules/v1", "# 审核人的注释\nschema: safeplan.rules/v1")
    text = text.replace('- id: "2"\n', '- id: "2"\n  applies_to: [street]\n  note_by_hand: 人工补充\n', 1)
    path.write_text(text, encoding="utf-8")
    (ws / "corpus" / "plan.txt").write_text(PLAN.replace("全年事故起数下降", "全年事故起数、死亡人数双下降")
                                            .replace("2.加强培训,2024年底前完成。\n", ""), encoding="utf-8")
    result = run("extract", "--workspace", str(ws))
    assert result.exit_code == 0
    assert "rule 2.2 has no source any more" in result.stderr
    assert "reviewed rule 1 changed in the source" in result.stderr
    after = path.read_text(encoding="utf-8")
    assert "# 审核人的注释" in after
    from safeplan.rules.rulefiles import load_rule_files

    rf = load_rule_files([path])[0]
    first = rf.rule("1")
    # the reviewed text stays; the source's new wording is beside it
    assert (first.reviewed, first.stale, first.text, first.source_text) == (
        True, True, "工作目标\n全年事故起数下降。", "工作目标\n全年事故起数、死亡人数双下降。")
    assert rf.rule("2.2").stale is True
    second = rf.rule("2")                       # unreviewed: fresh fields, hand-added ones kept
    assert (second.applies_to, second.unknown, second.reviewed) == (["street"], {"note_by_hand": "人工补充"}, False)


def test_unchanged_corpus_is_skipped(ws):
    run("extract", "--workspace", str(ws))
    result = run("extract", "--workspace", str(ws))
    assert result.stdout.endswith("(unchanged)\n")


@pytest.mark.parametrize("edit,code,message", [
    (lambda t: t.replace("  id: ", "\tid: ", 1), 2, "a tab in the indentation"),
    (lambda t: t.replace("schema: safeplan.rules/v1", "schema: safeplan.rules/v1\nschema: safeplan.rules/v1"), 2,
     "duplicate key 'schema'"),
    (lambda t: t.replace("schema: safeplan.rules/v1", "schema: safeplan.rules/v9"), 2, "unknown schema"),
    (lambda t: t.replace("reviewed: false", "reviewed: maybe", 1), 1, "is not of type boolean"),
])
def test_bad_rule_yaml(ws, edit, code, message):
    run("extract", "--workspace", str(ws))
    path = ws / "rules" / "plan.yaml"
    broken = edit(path.read_text(encoding="utf-8"))
    path.write_text(broken, encoding="utf-8")
    result = run("rules", "validate", str(path))
    assert result.exit_code == code
    assert message in (result.stdout + result.stderr)
    assert f"{path}:" in (result.stdout + result.stderr)
    (ws / "corpus" / "plan.txt").write_text(PLAN + "3.新增任务。\n", encoding="utf-8")
    again = run("extract", "--workspace", str(ws))
    if code == 2:
        assert again.exit_code == 2
    assert path.read_text(encoding="utf-8") == broken


def test_validate_the_committed_rule_files():
    result = run("rules", "validate", str(ROOT / "rules"), "--workspace", str(ROOT))
    assert result.exit_code == 0, result.stdout


def test_json_output(ws):
    import json

    out = json.loads(run("extract", "--workspace", str(ws), "--json").stdout)
    assert out == {"documents": [{"doc_id": "plan", "path": "corpus/plan.txt", "part": None,
                                  "rules_file": "rules/plan.yaml", "rules": 4, "targets": 0, "deadlines": 1,
                                  "frequencies": 1}]}


def test_unchanged_large_documents_are_skipped(tmp_path):
    # a rule file longer than the first read of its header, with multi-byte text at every boundary
    (tmp_path / "corpus").mkdir()
    for rel in ("national/anwei-2024-2-zhiben-gongjian.md", "laws/xiaofang-fa-2021.md"):
        (tmp_path / "corpus" / Path(rel).name).write_bytes((ROOT / "corpus" / rel).read_bytes())
    run("extract", "--workspace", str(tmp_path))
    again = run("extract", "--workspace", str(tmp_path))
    assert again.stdout.count("(unchanged)") == 2
