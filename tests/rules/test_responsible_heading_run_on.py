"""An item's heading run on into its first subject list without a stop (issue 19, helper units12b): the heading is a
verb and its object (认真开展森林防火宣传教育), the list a 各 list or names that open with their level, tasked by a
modal; the list leads (heldback README convention 2), the heading names no unit."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # hb-s707-y, hb-s102-y: the dev texts' sentences
    ("认真开展森林防火宣传教育镇森林防火指挥部及各村(组)要用广播、标语、发放森林防火入户通知书等方式搞好森林防火宣传,"
     "增强群众的防火扑火意识。", ["镇森林防火指挥部", "各村(组)"]),
    ("突出重点,切实加强重点行业领域安全监管各村委会、企事业单位要根据本辖区实际,制定检查方案。", ["各村委会", "企事业单位"]),
    # new sentences of the same shape
    ("全面加强隐患排查县住建局、县应急局要加强会商研判。", ["县住建局", "县应急局"]),
    ("扎实开展燃气安全专项整治区城管局、区市场监管局要联合开展夜间检查。", ["区城管局", "区市场监管局"]),
])
def test_a_heading_run_on_into_a_list_leaves_the_list(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text", [
    "切实加强对各村的安全检查,确保不留死角。",        # one predicate: the villages are what is checked
    "认真开展宣传教育各村开展了形式多样的宣传活动。",  # no modal: work told, no task
])
def test_no_list_after_a_heading_without_its_modal(text):
    assert parse_responsible(text, statute=False).lead == []


@pytest.mark.parametrize("text, lead", [
    # hb-u454-y: a numbered item's short heading of any words (单位防范) run on into its 各 list
    ("关注家中老人,及时就医。2.单位防范各单位要高度重视高温天气对职工健康和工作的影响。", ["各单位"]),
    ("做好防晒。(二)学校防范各中小学要加强学生防溺水教育。", ["各中小学"]),
    ("注意用电安全。3、企业防范各企业要落实企业主体责任。", ["各企业"]),
])
def test_a_numbered_items_short_heading_before_its_each_list(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


def test_a_numbered_items_heading_before_each_kind_names_nobody():
    assert parse_responsible("注意安全。2.居民防范各类人员要减少外出。", statute=False).lead == []


@pytest.mark.parametrize("text, lead", [
    # (session 12, helper units12c: the offices the heading runs on into were read twice, once with the heading glued
    # to the first name: 切实做好汛期值班值守县应急局)
    ("切实做好汛期值班值守县应急局、县水利局要严格落实24小时值班制度。", ["县应急局", "县水利局"]),
    ("切实做好汛期值班值守县应急局要严格落实24小时值班制度。", ["县应急局"]),
    ("扎实开展隐患排查整治镇应急办、镇派出所要加强巡查。", ["镇应急办", "镇派出所"]),
    ("抓好森林防火宣传教育镇林业站要深入各村宣传。", ["镇林业站"]),
    ("（三）认真落实防汛责任区水务局、区应急局要加强值守。", ["区水务局", "区应急局"]),
])
def test_the_heading_is_no_part_of_the_first_offices_name(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
