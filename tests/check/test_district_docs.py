"""Seeded defects in two more real documents, each checked against its own extracted rules:
南浔区2021年应急管理工作要点 (浔安委〔2021〕2号: 下降超20%, 控制在1%以内, 达80%以上 …) and the street template
篇2 (纳管率达95%以上, 每月至少带队 …). The document itself raises no weaker-target/later-deadline/lower-frequency;
each one-phrase edit is found with its code at the line of the edit (the raw .txt line)."""

import pytest
from checkhelp import ROOT, codes_at, line_of, mutate

from safeplan.rules.rulefiles import load_rule_files

NANXUN = (ROOT / "corpus/plans/nanxun-2021-yjgl-gzyd.txt").read_text(encoding="utf-8")
TEMPLATE = (ROOT / "corpus/plans/jiedao-zhiben-gongjian-fangan-muban.txt").read_text(encoding="utf-8")
COMPARED = ("weaker-target", "later-deadline", "lower-frequency")


@pytest.fixture(scope="module")
def nanxun_rules():
    return load_rule_files([ROOT / "rules/nanxun-2021-yjgl-gzyd.yaml"])


@pytest.fixture(scope="module")
def template_rules():
    return load_rule_files([ROOT / "rules/jiedao-zhiben-gongjian-fangan-muban-p2.yaml"])


def test_nanxun_identity(check_text, nanxun_rules):
    report = check_text(NANXUN, nanxun_rules, name="nanxun.txt")
    assert [(f.code, f.line, f.message) for f in report.findings if f.severity == "error"] == []


NANXUN_MUTATIONS = [
    ("drop-20-to-10", "下降超20%", "下降超10%", "weaker-target", "下降超10%"),
    ("drop-25-to-15", "下降超25%", "下降超15%", "weaker-target", "下降超15%"),
    ("ceiling-1-to-2", "控制在1%以内", "控制在2%以内", "weaker-target", "控制在2%以内"),
    ("floor-80-to-70", "社会化覆盖率达80%以上", "社会化覆盖率达70%以上", "weaker-target", "覆盖率达70%以上"),
    ("rate-100-to-90", "新修订的预案演练率达100%", "新修订的预案演练率达90%", "weaker-target", "预案演练率达90%"),
    ("rate-50-to-40", "其他预案演练率达50%以上", "其他预案演练率达40%以上", "weaker-target", "其他预案演练率达40%以上"),
    ("equipment-100-to-95", "规范配备率达100%", "规范配备率达95%", "weaker-target", "规范配备率达95%"),
    ("ceiling-1-to-1.5", "控制在1%以内", "控制在1.5%以内", "weaker-target", "控制在1.5%以内"),
    ("drop-over-20-to-over-15", "下降超20%", "下降超过15%", "weaker-target", "下降超过15%"),
    ("zero-to-fewer", "坚决杜绝较大以上安全生产事故", "努力减少较大以上安全生产事故", "weaker-target", "较大以上安全生产事故"),
    ("rate-in-chinese-numerals", "新修订的预案演练率达100%", "新修订的预案演练率达到百分之九十", "weaker-target", "百分之九十"),
    ("placeholder-year", "2021年是建党一百周年", "20__年是建党一百周年", "placeholder", "20__年是建党"),
    ("not-a-leap-year", "2021年3月11日", "2021年2月29日", "invalid-date", "2021年2月29日"),
]


@pytest.mark.parametrize("old, new, code, needle", [m[1:] for m in NANXUN_MUTATIONS], ids=[m[0] for m in NANXUN_MUTATIONS])
def test_nanxun_seeded_defect(check_text, nanxun_rules, old, new, code, needle):
    text = mutate(NANXUN, old, new)
    report = check_text(text, nanxun_rules, name="nanxun.txt")
    assert (code, line_of(text, needle)) in codes_at(report, code), [str(f) for f in report.findings if f.severity == "error"]


def test_nanxun_dropped_task(check_text, nanxun_rules):
    lines = NANXUN.split("\n")
    text = "\n".join(l for l in lines if not l.startswith("3.制定社会化参与安全共治政策措施"))
    assert len(text.split("\n")) == len(lines) - 1
    report = check_text(text, nanxun_rules, name="nanxun.txt")
    assert [(f.line, f.rule.id) for f in report.findings if f.code == "missing-task"] == [
        (line_of(text, "(三)实施监管服务提质年"), "3.3.3")]


def test_template_part2_identity_compares_clean(check_text, template_rules):
    report = check_text(TEMPLATE, template_rules, name="muban.txt")
    part2 = (line_of(TEMPLATE, "实施方案 篇2"), line_of(TEMPLATE, "实施方案 篇3"))
    assert [(f.code, f.line) for f in report.findings
            if f.code in COMPARED and f.line and part2[0] <= f.line < part2[1]] == []


TEMPLATE_MUTATIONS = [
    ("95-to-90", "纳管率达95%以上", "纳管率达90%以上", "weaker-target", "纳管率达90%以上"),
    ("gas-95-to-85", "金属软管使用率达95%以上", "金属软管使用率达85%以上", "weaker-target", "金属软管使用率达85%以上"),
    ("dual-95-to-80", "建设覆盖率达95%", "建设覆盖率达80%", "weaker-target", "建设覆盖率达80%"),
    ("month-to-quarter", "企业主要负责人每月至少带队开展1次自查", "企业主要负责人每季度至少带队开展1次自查", "lower-frequency", "企业主要负责人每季度至少带队"),
    ("half-year-to-year", "每半年至少组织一次疏散逃生演练", "每年至少组织一次疏散逃生演练,", "lower-frequency", "每年至少组织一次疏散逃生演练,"),
]


@pytest.mark.parametrize("old, new, code, needle", [m[1:] for m in TEMPLATE_MUTATIONS], ids=[m[0] for m in TEMPLATE_MUTATIONS])
def test_template_seeded_defect(check_text, template_rules, old, new, code, needle):
    text = mutate(TEMPLATE, old, new)
    report = check_text(text, template_rules, name="muban.txt")
    assert (code, line_of(text, needle)) in codes_at(report, code), [str(f) for f in report.findings if f.code == code]
