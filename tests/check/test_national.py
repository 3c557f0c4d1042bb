"""The national plan (安委〔2024〕2号) against its own rules: the identity property, then seeded defects.

Identity: the upper document itself, saved as a plan (.md as shipped, and .docx built here with python-docx),
raises none of the error codes — only missing-responsible / unknown-unit warnings may remain. Each seeded
defect is a one-phrase edit of the real text; the finding must carry its code and the plan line of the edit.
"""

import docx
import pytest
from checkhelp import ROOT, codes_at, line_of, mutate

from safeplan.rules.rulefiles import load_rule_files

NATIONAL_MD = ROOT / "corpus/national/anwei-2024-2-zhiben-gongjian.md"
RULES = ROOT / "rules/anwei-2024-2-zhiben-gongjian.yaml"
ERRORS = ("missing-task", "weaker-target", "later-deadline", "lower-frequency", "placeholder", "invalid-date")
ALLOWED_IN_IDENTITY = {"missing-responsible", "unknown-unit"}
TEXT = NATIONAL_MD.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def national():
    return load_rule_files([RULES])


def paragraphs_of(text: str) -> list[str]:
    """The plan's paragraphs as the reader cleans them (no HTML, no &emsp;), one per DOCX paragraph."""
    from safeplan.corpus import read_text

    [doc] = read_text(text, name="anwei-2024-2-zhiben-gongjian.md")
    return [p.strip() for p in doc.text.split("\n") if p.strip()]


def write_docx(paras: list[str], path):
    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    d.save(path)


def docx_line(paras: list[str], needle: str) -> int:
    """A DOCX plan's line is the 1-based paragraph index (rules-format.md)."""
    return next(i for i, p in enumerate(paras, 1) if needle in p)


def test_identity_md(check_text, national):
    report = check_text(TEXT, national, name="anwei-2024-2-zhiben-gongjian.md")
    assert [(f.code, f.line, f.message) for f in report.findings if f.code not in ALLOWED_IN_IDENTITY
            and f.severity == "error"] == []
    assert report.summary["rules_covered"] == report.summary["rules_checked"] >= 10


def test_identity_docx(tmp_path, national):
    from safeplan.check import check_plans

    paras = paragraphs_of(TEXT)
    plan = tmp_path / "national-as-plan.docx"
    write_docx(paras, plan)
    report = check_plans([plan], national, workspace=tmp_path)
    assert [(f.code, f.line, f.message) for f in report.findings if f.code not in ALLOWED_IN_IDENTITY
            and f.severity == "error"] == []
    assert report.summary["rules_covered"] == report.summary["rules_checked"] >= 10


MUTATIONS = [
    # (id, old, new, code, needle of the line named)
    ("later-2024-to-2025-item7", "2024年底前建设完善危化品", "2025年底前建设完善危化品", "later-deadline", "2025年底前建设完善危化品"),
    ("later-item6", "健全重大事故隐患数据库,2024年底前", "健全重大事故隐患数据库,2025年底前", "later-deadline", "健全重大事故隐患数据库,2025年底前"),
    ("later-item8", "2025年底前推动变型拖拉机", "2026年底前推动变型拖拉机", "later-deadline", "2026年底前推动变型拖拉机"),
    ("later-item11", "2024年底前全面细化完善", "2025年底前全面细化完善", "later-deadline", "2025年底前全面细化完善"),
    ("later-goal", "2025年底前有效遏制重大事故隐患增量", "2026年底前有效遏制重大事故隐患增量", "later-deadline", "2026年底前有效遏制"),
    ("quarter-to-year", "每季度带队", "每年带队", "lower-frequency", "每年带队"),
    ("scope-month-to-quarter", "(高危行业领域每月至少1次)", "(高危行业领域每季度至少1次)", "lower-frequency", "高危行业领域每季度至少1次"),
    ("scope-dropped", "(高危行业领域每月至少1次)", "", "lower-frequency", "每季度带队"),
    ("drill-year-to-two-years", "每年至少组织开展1次疏散逃生演练", "每两年至少组织开展1次疏散逃生演练", "lower-frequency", "每两年至少组织"),
    ("drill-scope-half-year-to-year", "(高危行业领域每半年至少1次)", "(高危行业领域每年至少1次)", "lower-frequency", "高危行业领域每年至少1次"),
    ("drill-scope-dropped", "(高危行业领域每半年至少1次)", "", "lower-frequency", "疏散逃生演练"),
    ("placeholder-20__", "2024年底前基本消除2023年", "20__年底前基本消除2023年", "placeholder", "20__年底前基本消除"),
    ("placeholder-____", "各省级安委会负责制定", "____负责制定", "placeholder", "____负责制定"),
    ("placeholder-某某", "国务院安委会办公室将成立工作专班", "某某办公室将成立工作专班", "placeholder", "某某办公室"),
    ("feb-30", "2024年1月21日", "2024年2月30日", "invalid-date", "2024年2月30日"),
    ("outside-period", "2026年底前安全生产风险智能化管控", "2027年底前安全生产风险智能化管控", "invalid-date", "2027年底前安全生产"),
    ("outside-period-is-also-later", "2024年底前建设完善危化品", "2027年底前建设完善危化品", "later-deadline", "2027年底前建设完善危化品"),
    ("month-13", "2024年1月21日", "2024年13月21日", "invalid-date", "2024年13月21日"),
    ("later-by-half-a-year", "健全重大事故隐患数据库,2024年底前", "健全重大事故隐患数据库,2025年6月底前", "later-deadline", "2025年6月底前"),
    ("deadline-dropped", "2024年底前建设完善危化品", "建设完善危化品", "later-deadline", "建设完善危化品"),
    ("full-coverage-to-90", "消防供水全覆盖", "消防供水覆盖率达到90%", "weaker-target", "消防供水覆盖率达到90%"),
    ("full-coverage-dropped", "推动相关重点行业领域生产经营单位主要负责人教育培训全覆盖", "推动相关重点行业领域生产经营单位主要负责人教育培训",
     "weaker-target", "推动相关重点行业领域生产经营单位主要负责人教育培训"),
    ("quarter-to-half-year", "每季度带队", "每半年带队", "lower-frequency", "每半年带队"),
    ("drill-year-to-three-years", "每年至少组织开展1次疏散逃生演练", "每三年至少组织开展1次疏散逃生演练", "lower-frequency", "每三年至少"),
]


@pytest.mark.parametrize("old, new, code, needle", [m[1:] for m in MUTATIONS], ids=[m[0] for m in MUTATIONS])
def test_seeded_defect_md(check_text, national, old, new, code, needle):
    text = mutate(TEXT, old, new)
    report = check_text(text, national, name="plan.md")
    assert (code, line_of(text, needle)) in codes_at(report, code), [str(f) for f in report.findings if f.severity == "error"]


@pytest.mark.parametrize("old, new, code, needle", [m[1:] for m in MUTATIONS[::3]], ids=[m[0] for m in MUTATIONS[::3]])
def test_seeded_defect_docx(tmp_path, national, old, new, code, needle):
    from safeplan.check import check_plans

    paras = [p.replace(old, new, 1) for p in paragraphs_of(TEXT)]
    plan = tmp_path / "plan.docx"
    write_docx(paras, plan)
    report = check_plans([plan], national, workspace=tmp_path)
    assert (code, docx_line(paras, needle)) in codes_at(report, code)


@pytest.mark.parametrize("number, rule_id, section", [
    ("12.", "3.5.12", "(五)开展生产经营单位从业人员安全素质能力提升行动"),
    ("17.", "3.7.17", "(七)开展安全生产精准执法和帮扶行动"),
    ("3.", "3.3.3", "(三)开展重大事故隐患动态清零行动"),
    ("6.", "3.3.6", "(三)开展重大事故隐患动态清零行动")])
def test_dropped_task_is_missing(check_text, national, number, rule_id, section):
    lines = TEXT.split("\n")
    text = "\n".join(l for l in lines if not l.startswith(f"&emsp;&emsp;{number}"))
    assert len(text.split("\n")) == len(lines) - 1
    report = check_text(text, national)
    # the finding points at the section the task belongs in (SARIF needs a startLine)
    assert [(f.line, f.rule.id) for f in report.findings if f.code == "missing-task"] == [
        (line_of(text, section), rule_id)]


@pytest.mark.parametrize(
    "old, new",
    [("2025年底前基本实现城镇建成区", "2025年12月31日前基本实现城镇建成区"),
     ("健全重大事故隐患数据库,2024年底前", "健全重大事故隐患数据库,2024年12月底前")],
    ids=["year-end-as-a-date", "december-end"],
)
def test_the_same_deadline_written_otherwise_is_fine(check_text, national, old, new):
    assert codes_at(check_text(mutate(TEXT, old, new), national), *ERRORS) == []


def test_a_stricter_plan_raises_nothing(check_text, national):
    text = mutate(TEXT, "每季度带队", "每月带队")
    text = mutate(text, "2025年底前推动变型拖拉机", "2024年底前推动变型拖拉机")
    text = mutate(text, "每年至少组织开展1次疏散逃生演练", "每半年至少组织开展1次疏散逃生演练")
    assert codes_at(check_text(text, national), *ERRORS) == []


def as_html(paras: list[str]) -> str:
    from html import escape

    body = "\n".join(f"<p>{escape(p)}</p>" for p in paras)
    return f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(paras[0])}</title></head>\n<body>\n{body}\n</body></html>\n'


@pytest.mark.parametrize("suffix", ["txt", "html"])
def test_identity_txt_and_html(check_text, national, suffix):
    paras = paragraphs_of(TEXT)
    text = "\n".join(paras) + "\n" if suffix == "txt" else as_html(paras)
    report = check_text(text, national, name=f"national-as-plan.{suffix}")
    assert [(f.code, f.line) for f in report.findings if f.severity == "error"] == []
    assert report.summary["rules_covered"] == report.summary["rules_checked"] >= 10


@pytest.mark.parametrize("suffix", ["txt", "html"])
def test_seeded_defect_txt_and_html(check_text, national, suffix):
    paras = [p.replace("每季度带队", "每年带队") for p in paragraphs_of(TEXT)]
    text = "\n".join(paras) + "\n" if suffix == "txt" else as_html(paras)
    report = check_text(text, national, name=f"plan.{suffix}")
    assert ("lower-frequency", line_of(text, "每年带队")) in codes_at(report, "lower-frequency")


def test_docx_task_table(tmp_path, national):
    """A plan drafted as a task table (序号|重点任务|责任单位|完成时限): each row is an item, its line the row's
    place in document order (the title paragraph is line 1, the header row line 2, the first task row line 3)."""
    from safeplan.check import check_plans

    rows = [
        ("1", "生产经营单位主要负责人要每季度带队对本单位重大事故隐患排查整治情况至少开展1次检查(高危行业领域每月至少1次)。",
         "街道安办", "长期坚持"),
        ("2", "健全重大事故隐患数据库,完善数据库运行管理机制。", "街道安办", "2025年底前"),
        ("3", "推动生产经营单位每年至少组织开展1次疏散逃生演练(高危行业领域每半年至少1次)。", "街道消防工作站", "每年"),
    ]
    d = docx.Document()
    d.add_paragraph("城东街道安全生产治本攻坚三年行动任务分解表(2024—2026年)")
    table = d.add_table(rows=1, cols=4)
    for cell, name in zip(table.rows[0].cells, ("序号", "重点任务", "责任单位", "完成时限"), strict=False):
        cell.text = name
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=False):
            cell.text = value
    plan = tmp_path / "任务分解表.docx"
    d.save(plan)
    report = check_plans([plan], national, workspace=tmp_path)
    assert codes_at(report, "later-deadline", "lower-frequency", "missing-responsible") == [("later-deadline", 4)]
    assert {f.rule.id for f in report.findings if f.code == "missing-task"}.isdisjoint({"3.3.4", "3.3.6", "3.5.12"})
