"""Templates: a workspace's generators/ folder overrides the packaged one; it renders sandboxed, and a
broken template is a one-line error naming the template, with nothing written."""

from __future__ import annotations

import pytest

from safeplan.errors import SafeplanError
from safeplan.generators import generate_checklists, generate_plan


def test_a_workspace_template_overrides_the_packaged_one(tmp_path, national, profile):
    ws = tmp_path / "ws"
    (ws / "generators").mkdir(parents=True)
    (ws / "generators" / "tasks.md.j2").write_text(
        "# {{ list.title }}\n\n{% for row in list.rows %}{{ row.number }}. {{ row.lead }}\n{% endfor %}", encoding="utf-8")
    paths = generate_checklists([national], profile, ["tasks", "duties"], ["md"], tmp_path / "out",
                                units=["城东街道"], workspace=ws)
    tasks = (tmp_path / "out" / "城东街道" / "任务清单.md").read_text(encoding="utf-8")
    assert tasks.splitlines()[:3] == ["# 城东街道安全生产治本攻坚三年行动任务清单", "", "1. 街道应急管理办公室"]
    # the duty list still comes from the packaged template
    assert "| 序号 | 职责 | 重点任务 |" in (tmp_path / "out" / "城东街道" / "责任清单.md").read_text(encoding="utf-8")
    assert len(paths) == 2


def test_a_template_cannot_reach_python_internals(tmp_path, national, profile):
    ws = tmp_path / "ws"
    (ws / "generators").mkdir(parents=True)
    bad = ws / "generators" / "plan.md.j2"
    bad.write_text("# x\n\n{{ profile.__class__.__init__.__globals__ }}\n", encoding="utf-8")
    with pytest.raises(SafeplanError) as err:
        generate_plan([national], profile, ["md"], tmp_path / "out", workspace=ws)
    assert str(err.value).startswith(f"{bad}:3: template error:")
    assert not (tmp_path / "out").exists()


def test_a_template_syntax_error_names_file_and_line(tmp_path, national, profile):
    ws = tmp_path / "ws"
    (ws / "generators").mkdir(parents=True)
    bad = ws / "generators" / "plan.md.j2"
    bad.write_text("# x\n\n{% for item in plan.items %}\n", encoding="utf-8")
    with pytest.raises(SafeplanError) as err:
        generate_plan([national], profile, ["md"], tmp_path / "out", workspace=ws)
    assert str(err.value).startswith(f"{bad}:3: template error: Unexpected end of template")


def test_a_street_template_among_the_rules_feeds_no_list(tmp_path, national, template, bare_profile):
    """`--rules rules/` also loads the 街道 template (jiedao-…-muban, level street, blanks ____): it is no
    upper plan of the street, and its blanks must not reach a 检查清单."""
    import dataclasses

    from safeplan.rules.model import Frequency

    rule = dataclasses.replace(template.rules[0], text="每季度学习1次____关于安全生产重要论述。", sectors=["九小场所"],
                               frequencies=[Frequency(text="每季度学习1次", period="quarter")])
    street_template = dataclasses.replace(template, document=dataclasses.replace(template.document, level="street"),
                                          rules=[rule])
    generate_checklists([national, street_template], bare_profile, ["inspection"], ["md"], tmp_path,
                        units=["东湖社区"])
    assert "____" not in (tmp_path / "东湖社区" / "检查清单.md").read_text(encoding="utf-8")
