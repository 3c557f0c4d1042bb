"""Which upper rules a plan must cover (fixtures/shiliqu-2024-3-fangan.yaml, a district document)."""

from types import SimpleNamespace

from checkhelp import load_fixture_rules

from safeplan.check.align import RuleIndex
from safeplan.check.scope import applicable_rules, unit_checker

KINDS = ("task", "measure", "duty")
UPPERS = RuleIndex(load_fixture_rules("shiliqu-2024-3-fangan.yaml")).uppers


def profile(level, *sectors):
    unit = SimpleNamespace(name="城东街道", level=level)
    return SimpleNamespace(unit=unit, departments=[SimpleNamespace(sectors=list(sectors))], communities=[],
                           all_unit_names=lambda: ["城东街道", "街道安办"])


def ids(uppers):
    return [u.rule.id for u in uppers]


def test_without_a_profile_every_task_applies():
    assert ids(applicable_rules(UPPERS, None, None, KINDS)) == ["2.1.1", "2.1.2", "2.2.3", "2.2.4"]


def test_a_profile_narrows_by_sector():
    # 2.2.3 is about 人员密集场所/消防, 2.2.4 about 九小场所/消防: a street with neither has neither
    assert ids(applicable_rules(UPPERS, profile("street", "工贸"), None, KINDS)) == ["2.1.1", "2.1.2"]
    assert ids(applicable_rules(UPPERS, profile("street", "九小场所"), None, KINDS)) == ["2.1.1", "2.1.2", "2.2.4"]


def test_applies_to_and_the_issuers_level():
    # 2.2.4 binds streets only; a community still has the rest
    assert ids(applicable_rules(UPPERS, profile("community"), None, KINDS)) == ["2.1.1", "2.1.2", "2.2.3"]
    # a district's own document does not bind another district
    assert ids(applicable_rules(UPPERS, profile("district"), None, KINDS)) == []


def test_unit_names():
    known = unit_checker(profile("street"))
    assert [known(u) for u in ("街道安办", "城东街道应急管理办公室", "各社区", "有关部门", "城西派出所")] == [
        True, True, True, True, False]
