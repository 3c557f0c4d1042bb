"""A body's groups named with their count (市政府15个安全生产督查组, 县安委会22个综合督导组) and how often a subject is to
act written between it and its modal (…每个月至少要…): the list of units opening the clause leads as written
(rules/subject_list.py; tests/corpus/heldback/README.md convention 2). Shapes from dev texts of the held-back set (ids
in the comments) and written for these tests; expected units read off the quoted text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, account, lead", [
    # a county head's demands in a news item (hb-n902-y); a city notice's step (hb-u201-y)
    ("县安委会22个综合督导组每个月至少要对分包乡镇开展一次安全生产综合督导。", True, ["县安委会22个综合督导组"]),
    ("市政府15个安全生产督查组,要于4月20日前对各区县政府和各开发区管委会开展安全生产大检查活动情况进行督促检查。", False,
     ["市政府15个安全生产督查组"]),
    # written for these tests: how often, before the modal of a list
    ("县安委会综合督导组、县应急局每季度至少要开展一次联合检查。", False, ["县安委会综合督导组", "县应急局"]),
])
def test_a_counted_group_and_a_rhythm_before_the_modal(text, account, lead):
    r = parse_responsible(text, statute=False, account=account)
    assert (r.lead, r.support) == (lead, [])


@pytest.mark.parametrize("text", [
    # whom the writer urges on is no subject (hb-u03): 督导 as 督促
    "坚持以上率下,督导县(市、区)级党委常委会、政府常务会每季度要专题研究一次安全生产工作。",
    # written for this test: a count of days is no body's
    "3个工作日内要完成整改。",
])
def test_no_unit(text):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == ([], [])
