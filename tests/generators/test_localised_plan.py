"""The localised 实施方案 (issue 14), for the sample street and a test town (a 镇 with 村 and another upper
chain): its items against a hand-written expectation (fixtures/expected-items.yaml, written from the national
plan and the test county plan before the code), the 公文 hygiene of a plan for a new profile, and the
generated plan checked against the very rules it came from."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
import yaml

from safeplan.addressees import NATIONAL, PROVINCE, addressees
from safeplan.check import check_plans
from safeplan.generators import build_cascade, generate_plan
from safeplan.generators.phrasing import HALF_WIDTH_IN_CHINESE
from safeplan.profiles import load_profile
from safeplan.rules.rulefiles import load_rule_files
from tests.generators.conftest import FIXTURES, ROOT

HERE = Path(__file__).parent
EXPECTED = yaml.safe_load((FIXTURES / "expected-items.yaml").read_text(encoding="utf-8"))
TOWN = HERE / "town-shiqiao.yaml"


def _inputs(which: str):
    rules = load_rule_files([ROOT / "rules"])
    if which == "chengdong":
        return rules, load_profile(ROOT / "profiles/chengdong.yaml")
    return rules + load_rule_files([FIXTURES / "county-mini.yaml"]), load_profile(TOWN)


def _expected(which: str) -> list[tuple[str, str, str, tuple, tuple]]:
    spec = EXPECTED[which]
    names = spec["names"]

    def units(keys):
        out = []
        for key in keys or []:
            value = names[key]
            out += value if isinstance(value, list) else [value]
        return tuple(out)

    entries = [("test-county-2024", e) for e in spec.get("county", [])]
    entries += [("anwei-2024-2-zhiben-gongjian", e) for e in spec["items"]]
    return [(doc, e["upper"], e["level"], units(e.get("lead")), units(e.get("lead_any"))) for doc, e in entries]


@pytest.mark.parametrize("which", ["chengdong", "shiqiao"])
def test_the_plan_items_are_the_expected_ones(which):
    rules, profile = _inputs(which)
    c = build_cascade(rules, profile)
    got = [(i.rule_file.document.id, i.rule.id, i.level) for i in c.items]
    expected = _expected(which)
    # which upper tasks appear, in which order, at which level
    assert got == [(doc, upper, level) for doc, upper, level, _, _ in expected]
    for item, (_doc, upper, level, lead, lead_any) in zip(c.items, expected, strict=False):
        if lead:
            assert tuple(item.lead) == lead, (upper, level, item.lead)
        if lead_any:
            assert set(item.lead) & set(lead_any), (upper, level, item.lead)
        # nothing addressed only to 国务院/部委/省级 becomes a task of the unit
        assert not set(addressees(item.rule)) <= {NATIONAL, PROVINCE}, upper
    # the upper bodies' own work is set aside, never given to a street office
    only = {i.rule.id for i in c.upper_only}
    assert {"3.2.2", "3.3.3", "3.6.13", "3.8.20"} <= only


def test_a_town_says_town_and_village(tmp_path):
    rules, profile = _inputs("shiqiao")
    md = generate_plan(rules, profile, ["md"], tmp_path)[0].read_text(encoding="utf-8")
    assert "街道" not in md
    assert "各村、镇各有关部门：" in md                      # the default 主送 of a town
    assert "组长：镇党委书记" in md and "副组长：镇长、分管安全生产工作的副镇长" in md
    assert "于每年6月15日、12月15日前" in md and "报县安委办" in md
    # the profile's stricter override is printed beside what the county asks
    assert "检查对象分层分级分类纳管率达98%以上（本镇目标，上级要求达95%以上）" in md
    # national-only metrics only for the sectors the town has: no 煤矿, no 深井铸造 in its goals
    goals = md[md.index("## 二、主要目标"):md.index("## 三、组织机构")]
    assert "煤矿" not in goals and "深井铸造" not in goals
    assert "危化品重大危险源、重点粉尘涉爆等企业安全风险监测预警全覆盖" in goals


@pytest.fixture(scope="module")
def town_plan(tmp_path_factory):
    rules, profile = _inputs("shiqiao")
    out = tmp_path_factory.mktemp("town")
    paths = generate_plan(rules, profile, ["md", "docx"], out)
    return rules, profile, paths


def _docx_text(path) -> tuple[list[str], list[list[str]]]:
    document = docx.Document(str(path))
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    return [p.text for p in document.paragraphs], rows


def test_a_new_profile_gets_a_clean_plan(town_plan):
    _, profile, paths = town_plan
    paragraphs, rows = _docx_text(next(p for p in paths if p.suffix == ".docx"))
    text = "\n".join(paragraphs + [c for r in rows for c in r])
    # full-width punctuation in Chinese text, 文号 in 〔〕, the source's typo kept out
    assert HALF_WIDTH_IN_CHINESE.findall(text) == []
    assert re.findall(r"\[\d{4}\]", text) == [] and "若千" not in text
    # no paragraph said twice
    long = [p for p in paragraphs if len(p) > 15]
    assert len(long) == len(set(long))
    # a dated 实施步骤 of at least three phases inside the period
    phases = [p for p in paragraphs if re.match(r"（[一二三四五]）\S+阶段（(\d{4})年\d+月", p)]
    assert len(phases) >= 3
    assert all(2024 <= int(y) <= 2026 for p in phases for y in re.findall(r"(\d{4})年", p[:30]))
    # 组织机构 names its posts
    assert "组长：镇党委书记" in paragraphs
    # every village leads at least one task in the task table; every cell under 120 characters
    header, body = rows[0], rows[1:]
    lead = header.index("牵头单位")
    for village in (c.name for c in profile.communities):
        assert any(village in row[lead] for row in body), village
    assert max(len(c) for r in rows for c in r) < 120
    # no invented 成文日期: the office writes it when it signs
    assert paragraphs.count("　年　月　日") == 1
    assert paragraphs[-1] == "石桥镇安全生产委员会办公室\t　年　月　日印发"


@pytest.mark.parametrize("which", ["chengdong", "shiqiao"])
def test_the_generated_plan_passes_the_checker_strictly(tmp_path, which):
    rules, profile = _inputs(which)
    plans = [p for p in generate_plan(rules, profile, ["md", "docx"], tmp_path / "out") if p.suffix in (".md", ".docx")]
    report = check_plans(plans, rules, profile=profile, workspace=tmp_path, strict=True)
    assert [(f.plan, f.line, f.code, f.message) for f in report.findings] == []
    assert report.exit_code == 0
    assert report.summary["rules_covered"] == report.summary["rules_checked"] > 0
