"""The demo's ledger step: the sample street's plan, a 台账 filled for the demo, progress and one 销号 give
all three colours on its fixed day."""

from __future__ import annotations

from safeplan.ledger.demo import RECORDS, run_demo
from safeplan.profiles import load_profile
from safeplan.rules.rulefiles import load_rule_files
from safeplan.workspace import defaults_root


def test_the_demo_shows_all_three_colours_and_starts_fresh_every_run(tmp_path):
    root = defaults_root()
    profile = load_profile(root / "profiles" / "chengdong.yaml")
    rules = load_rule_files([root / "rules" / "anwei-2024-2-zhiben-gongjian.yaml"])
    for _ in range(2):
        loaded, imported, street, community = run_demo(rules, profile, tmp_path)
        assert (loaded.added, imported.added) == (28, len(RECORDS))   # 16 street tasks + 东湖 6, 新华 3, 光明 3 (test_cli)
    colours = {t.colour for t in street.tasks} | {f.colour for f in street.units}
    assert colours == {"红", "黄", "绿"}
    assert [t.colour for t in community.tasks].count("绿") == 2            # one 销号, one on schedule
    assert [(t.closed_on is not None, t.percent) for t in community.tasks][:2] == [(False, 60), (True, 100)]
    # 记录 1: 重大隐患 due 2025-04-05, open on 2025-06-30 → 86 days late; 记录 4 is 重大 but not yet due
    assert [(h.seq, h.days_overdue) for h in community.major_hazards] == [(1, 86)]
    assert community.units[0].colour == "红"


def test_the_demo_ends_with_the_streets_briefing_and_its_battle_map(tmp_path):
    import io

    from docx import Document

    from safeplan.ledger.demo import write_demo_briefing

    root = defaults_root()
    profile = load_profile(root / "profiles" / "chengdong.yaml")
    run_demo(load_rule_files([root / "rules" / "anwei-2024-2-zhiben-gongjian.yaml"]), profile, tmp_path)
    written = write_demo_briefing(tmp_path, profile)
    title = "城东街道安全生产治本攻坚三年行动工作简报第1期"
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        f"ledger/简报/{title}.docx", f"ledger/简报/{title}.html", f"ledger/简报/{title}.md",
        "ledger/作战图.png", "ledger/作战图.pdf"]
    document = Document(io.BytesIO(written[0].read_bytes()))
    text = [p.text for p in document.paragraphs]
    # June 2025: 28 tasks, the street's first task 已完成 in 2024 and 东湖社区's 已完成 on 05-31 (销号 06-15)
    assert "截至6月30日，全街道28项任务已完成2项，完成率7.1%，与上期持平；城东街道本级1项任务逾期。" in text
    assert "报送：示例区安委办。" in text and len(document.inline_shapes) == 3
