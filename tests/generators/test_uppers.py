"""Which documents are upper to a unit (safeplan.uppers): the workspace's own rules/ folder against the
sample street (upper chain 示例区 → 示例市 → 示例省) and a town of another chain (青山县 → 示范市)."""

from __future__ import annotations

from pathlib import Path

from safeplan.profiles import load_profile
from safeplan.rules.rulefiles import load_rule_files
from safeplan.uppers import select_uppers
from tests.generators.conftest import ROOT, load_fixture

TOWN = Path(__file__).parent / "town-shiqiao.yaml"


def _ids(files):
    return [rf.document.id for rf in files]


def test_rules_folder_keeps_the_national_plan_and_laws_and_sets_aside_the_rest():
    files = load_rule_files([ROOT / "rules"])
    s = select_uppers(files, load_profile(ROOT / "profiles/chengdong.yaml"))
    assert _ids(s.binding) == ["anwei-2024-2-zhiben-gongjian"]
    assert s.nearest.document.id == "anwei-2024-2-zhiben-gongjian"
    assert len(s.laws) == 12
    assert _ids(s.models) == [f"jiedao-zhiben-gongjian-fangan-muban-p{n}" for n in (1, 2, 3, 4)]
    reasons = {a.rule_file.document.id: a.reason for a in s.set_aside}
    # news are no deployment; 南浔 is another district (and 2021); a document of unknown level is not guessed
    assert set(reasons) == {"baoan-2021-anweiban-zongjie", "nanxun-2021-yjgl-gzyd", "shenzhen-2024-345-moshi",
                            "tianjin-2022-sannian-gongjian"}
    assert "新闻报道" in reasons["shenzhen-2024-345-moshi"]
    assert "不在本单位的上级链（示例区）" in reasons["nanxun-2021-yjgl-gzyd"]
    lines = s.report_lines()
    assert lines[0] == "上级文件: anwei-2024-2-zhiben-gongjian 《安全生产治本攻坚三年行动方案（2024-2026）》（国家）"
    assert any(line.startswith("未采用: nanxun-2021-yjgl-gzyd") for line in lines)


def test_the_nearest_upper_plan_does_not_depend_on_the_order():
    national, district = load_fixture("national-mini.yaml"), load_fixture("district-mini.yaml")
    profile = load_profile(ROOT / "profiles/chengdong.yaml")
    for files in ([national, district], [district, national]):
        s = select_uppers(files, profile)
        assert s.nearest.document.id == "test-district-2024"
        assert _ids(s.ordered()) == ["test-district-2024", "anwei-2024-2-zhiben-gongjian"]


def test_a_town_of_another_chain_sets_the_other_district_aside():
    files = [load_fixture(n) for n in ("national-mini.yaml", "district-mini.yaml", "county-mini.yaml")]
    s = select_uppers(files, load_profile(TOWN))
    assert _ids(s.ordered()) == ["test-county-2024", "anwei-2024-2-zhiben-gongjian"]
    assert [(a.rule_file.document.id, a.reason) for a in s.set_aside] == [
        ("test-district-2024", "示例市示例区的文件，不在本单位的上级链（青山县）中")]
