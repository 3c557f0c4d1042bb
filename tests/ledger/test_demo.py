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
