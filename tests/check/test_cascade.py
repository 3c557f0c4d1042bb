"""Two-level cascade: the street plan chengdong-plan.md against the hand-written district rules
(fixtures/shiliqu-2024-3-fangan.yaml). The plan as written honours them; each seeded defect is found
with its code at the line where the defect is written."""

import pytest
from checkhelp import FIXTURES, codes_at, line_of, load_fixture_rules, mutate

from safeplan.profiles import load_profile

PLAN = (FIXTURES / "chengdong-plan.md").read_text(encoding="utf-8")
ERRORS = ("missing-task", "weaker-target", "later-deadline", "lower-frequency", "placeholder", "invalid-date")


@pytest.fixture(scope="module")
def district():
    return load_fixture_rules("shiliqu-2024-3-fangan.yaml")


@pytest.fixture(scope="module")
def profile():
    return load_profile(FIXTURES / "chengdong.yaml")


def test_the_plan_as_written_passes(check_text, district, profile):
    report = check_text(PLAN, district, profile=profile)
    assert [(f.code, f.line, f.message) for f in report.findings] == []
    assert report.summary["rules_checked"] == 4 and report.summary["rules_covered"] == 4
    assert report.exit_code == 0


MUTATIONS = [
    # (id, old, new, code, needle whose line the finding names)
    ("target-95-to-90", "纳管率达98%以上", "纳管率达90%以上", "weaker-target", "纳管率达90%以上"),
    ("drop-25-to-10", "下降超25%", "下降超10%", "weaker-target", "下降超10%"),
    ("ceiling-1-to-2", "控制在1%以内", "控制在2%以内", "weaker-target", "控制在2%以内"),
    ("rate-100-to-90", "演练率达100%", "演练率达90%", "weaker-target", "演练率达90%"),
    ("deadline-sep-to-dec", "2024年9月底前", "2024年12月底前", "later-deadline", "2024年12月底前"),
    ("deadline-jun-to-sep", "2025年6月底前", "2025年9月底前", "later-deadline", "2025年9月底前"),
    ("quarter-to-year", "每季度至少带队", "每年至少带队", "lower-frequency", "每年至少带队"),
    ("scope-month-to-quarter", "(高危行业领域每月至少1次)", "(高危行业领域每季度至少1次)", "lower-frequency", "高危行业领域每季度"),
    ("scope-dropped", "(高危行业领域每月至少1次)", "", "lower-frequency", "每季度至少带队"),
    ("drill-half-year-to-year", "(高危行业领域每半年至少1次)", "(高危行业领域每年至少1次)", "lower-frequency", "高危行业领域每年"),
    ("month-to-quarter", "每月至少开展1次九小场所巡查", "每季度至少开展1次九小场所巡查", "lower-frequency", "每季度至少开展1次九小场所"),
    ("placeholder-year", "到2024年底", "到20__年底", "placeholder", "20__"),
    ("placeholder-unit", "责任单位:街道安办。〔", "责任单位:__街道安办。〔", "placeholder", "__街道安办"),
    ("placeholder-xx", "东湖社区", "XX社区", "placeholder", "XX社区"),
    ("feb-30", "2025年6月底前完成", "2025年2月30日前完成", "invalid-date", "2025年2月30日"),
    ("outside-period", "2025年底前实现", "2027年底前实现", "invalid-date", "2027年底前"),
]


@pytest.mark.parametrize("old, new, code, needle", [m[1:] for m in MUTATIONS], ids=[m[0] for m in MUTATIONS])
def test_seeded_defect_is_found_at_its_line(check_text, district, profile, old, new, code, needle):
    text = mutate(PLAN, old, new)
    report = check_text(text, district, profile=profile)
    assert (code, line_of(text, needle)) in codes_at(report, code), report.findings
    assert report.exit_code == 1


def test_dropped_task_is_missing(check_text, district, profile):
    text = "\n".join(l for l in PLAN.split("\n") if not l.startswith("3.在2025年6月底前"))
    report = check_text(text, district, profile=profile)
    assert [(f.code, f.line, f.rule.key) for f in report.findings if f.code == "missing-task"] == [
        ("missing-task", line_of(text, "## 二、主要任务"), "shiliqu-2024-3-fangan:2.2.3")]


def test_stricter_values_are_fine(check_text, district, profile):
    text = mutate(PLAN, "每季度至少带队", "每月至少带队")
    text = mutate(text, "2025年6月底前", "2024年12月底前")
    text = mutate(text, "演练率达100%", "演练率达100%以上")
    assert codes_at(check_text(text, district, profile=profile), *ERRORS) == []


def test_missing_and_unknown_responsible_are_warnings(check_text, district, profile):
    text = mutate(PLAN, "全覆盖。责任单位:街道消防工作站。", "全覆盖。")
    text = mutate(text, "责任单位:街道消防工作站、各社区。", "责任单位:街道消防工作站、城西派出所。")
    report = check_text(text, district, profile=profile)
    assert codes_at(report, "missing-responsible", "unknown-unit") == [
        ("missing-responsible", line_of(text, "3.在2025年6月底前")),
        ("unknown-unit", line_of(text, "城西派出所")),
    ]
    assert report.exit_code == 0
    assert check_text(text, district, profile=profile, strict=True).exit_code == 1


def test_a_unit_named_as_the_subject_that_takes_charge_is_the_items_unit(check_text, district, profile):
    """A draft is a plan: 街道综合执法队负责… names who does the task (a law's reading would name nobody)."""
    text = mutate(PLAN, "全覆盖。责任单位:街道消防工作站。", "全覆盖。")
    text = mutate(text, "3.在2025年6月底前", "3.街道综合执法队负责在2025年6月底前")
    report = check_text(text, district, profile=profile)
    assert codes_at(report, "missing-responsible", "unknown-unit") == [
        ("unknown-unit", line_of(text, "街道综合执法队负责")),
    ]


def test_citation_to_a_rule_that_does_not_exist(check_text, district, profile):
    text = mutate(PLAN, "二(一)1〕", "二(一)9〕")
    report = check_text(text, district, profile=profile)
    assert ("unknown-reference", line_of(text, "二(一)9〕")) in codes_at(report, "unknown-reference")


def test_inline_ignore_suppresses_and_is_listed(check_text, district, profile):
    text = mutate(PLAN, "纳管率达98%以上", "纳管率达90%以上")
    text = mutate(text, "〔依据：示区安委〔2024〕3号 一(一)〕", "〔依据：示区安委〔2024〕3号 一(一)〕〔safeplan: ignore weaker-target 区安委会同意按90%考核〕")
    report = check_text(text, district, profile=profile)
    assert codes_at(report, *ERRORS) == []
    assert [(s.finding.code, s.finding.line, s.reason, s.source) for s in report.suppressed] == [
        ("weaker-target", line_of(text, "纳管率达90%"), "区安委会同意按90%考核", "inline")]
    assert report.exit_code == 0


def test_ignore_file_and_expiry(check_text, district, profile, tmp_path):
    text = mutate(PLAN, "每季度至少带队", "每年至少带队")
    (tmp_path / ".safeplan-ignore.yaml").write_text(
        "- code: lower-frequency\n  plan: plan.md\n  rule: shiliqu-2024-3-fangan:2.1.1\n"
        "  reason: 区里同意\n  approver: 李四\n  expires: 2999-12-31\n", encoding="utf-8")
    report = check_text(text, district, profile=profile)
    assert [(s.finding.code, s.approver) for s in report.suppressed] == [("lower-frequency", "李四")]
    assert report.exit_code == 0
    (tmp_path / ".safeplan-ignore.yaml").write_text(
        "- code: lower-frequency\n  reason: 区里同意\n  expires: 2020-01-01\n", encoding="utf-8")
    report = check_text(text, district, profile=profile)
    assert report.suppressed == []
    assert codes_at(report, "lower-frequency", "expired-ignore") == [
        ("expired-ignore", 1), ("lower-frequency", line_of(text, "每年至少带队"))]
