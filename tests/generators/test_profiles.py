"""Profiles: the sample loads; bad profiles are refused with file:line and the rule they would weaken."""

from __future__ import annotations

import pytest

from safeplan.errors import SafeplanError
from safeplan.profiles import check_overrides, load_profile

HEAD = """schema: safeplan.profile/v1
unit: {name: 城东街道, office: 街道安办}
period: {start_year: 2024, end_year: 2026}
date: "2024-03-15"
"""


def test_the_sample_profile_loads(profile):
    assert profile.unit.name == "城东街道"
    assert (profile.start_year, profile.end_year, profile.date) == (2024, 2026, "2024-03-15")
    assert [c.name for c in profile.communities] == ["东湖社区", "新华社区", "光明社区"]
    assert profile.office_department().name == "街道应急管理办公室"
    names = profile.all_unit_names()
    for name in ("城东街道", "街道安办", "城建办", "光明居委会", "区应急管理局", "派出所"):
        assert name in names


def test_unknown_sector_names_file_and_line(write_profile):
    path = write_profile(HEAD + "departments:\n  - {name: 城建办公室, sectors: [燃气, 火星探测]}\n")
    with pytest.raises(SafeplanError) as err:
        load_profile(path)
    assert str(err.value) == f"{path}:6: unknown sector '火星探测' of '城建办公室' (the sector vocabulary is rules/sectors.yaml)"


def test_a_sector_alias_becomes_the_canonical_name(write_profile):
    path = write_profile(HEAD + "departments:\n  - {name: 经发办, sectors: [危化品]}\n")
    assert load_profile(path).departments[0].sectors == ["危险化学品"]


def test_a_unit_named_twice_is_refused(write_profile):
    path = write_profile(HEAD + "departments:\n  - {name: 街道城市建设办公室, aliases: [城建办]}\n"
                         "communities:\n  - {name: 东湖社区, aliases: [城建办]}\n")
    with pytest.raises(SafeplanError) as err:
        load_profile(path)
    assert str(err.value) == f"{path}:8: unit name '城建办' is used twice (first on line 6)"


def test_malformed_yaml_gives_file_and_line(write_profile):
    path = write_profile(HEAD + "departments: [\n  {name: x\n")
    with pytest.raises(SafeplanError) as err:
        load_profile(path)
    assert str(err.value).startswith(f"{path}:7: not valid YAML")


def test_a_duplicate_key_is_refused(write_profile):
    path = write_profile(HEAD + "date: \"2024-04-01\"\n")
    with pytest.raises(SafeplanError) as err:
        load_profile(path)
    assert str(err.value) == f"{path}:5: duplicate key 'date' (first on line 4)"


def _with_override(write_profile, value, metric="检查对象分层分级分类纳管率"):
    return load_profile(write_profile(
        HEAD + f"overrides:\n  - {{metric: {metric}, op: \">=\", value: {value}, unit: \"%\"}}\n"))


def test_a_stricter_override_is_accepted(write_profile, district):
    check_overrides(_with_override(write_profile, 98), [district])


def test_a_weaker_override_is_refused_naming_the_rule(write_profile, district):
    profile = _with_override(write_profile, 90)
    with pytest.raises(SafeplanError) as err:
        check_overrides(profile, [district])
    assert str(err.value) == (f"{profile.path}:6: override 检查对象分层分级分类纳管率>=90% is weaker than "
                              "test-district-2024:2.1.1 (检查对象分层分级分类纳管率达95%以上: 检查对象分层分级分类纳管率>=95%)")


def test_an_override_of_a_metric_no_rule_has_is_refused(write_profile, national):
    profile = _with_override(write_profile, 99, metric="火灾发生率")
    with pytest.raises(SafeplanError) as err:
        check_overrides(profile, [national])
    assert str(err.value) == (f"{profile.path}:6: override '火灾发生率' names a metric that no upper rule has "
                              "(rules: anwei-2024-2-zhiben-gongjian)")


def test_the_sample_profile_overrides_name_metrics_of_the_national_plan(profile):
    from pathlib import Path

    from safeplan.rules.rulefiles import load_rule_files

    national = load_rule_files([Path(__file__).resolve().parents[2] / "rules" / "anwei-2024-2-zhiben-gongjian.yaml"])
    assert [o.metric for o in profile.overrides] == ["存在安全隐患自建房整治"]
    check_overrides(profile, national)
