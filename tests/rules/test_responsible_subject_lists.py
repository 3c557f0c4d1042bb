"""A list of units' names that opens its clause and goes on with what they are to do (rules/subject_list.py): the
subject of a task sentence leads, as written, every name of it (tests/corpus/heldback/README.md convention 2); those
whose task is to help support. Shapes from dev texts of the held-back set (ids in the comments) and written for these
tests; expected units read off the quoted text."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # a named level among the names (hb-n103-y)
    ("镇村两级、学校、卫生院要积极行动起来,开展消防安全隐患排查。", ["镇村两级", "学校", "卫生院"]),
    # a time before a 各 list, no stop between (hb-n184-y, hb-s402-y)
    ("收官之年各街道、管委会和各市级职能部门要认真攻坚。", ["各街道", "管委会", "各市级职能部门"]),
    ("汛前各村要对本村的水利工程进行全面检查。", ["各村"]),
    # the verb of an act after several names (hb-n195-y); after a 各 name, an enterprise in general dropped (hb-s153-y)
    ("县安委办、县减灾办成立督查组,开展百日行动督查。", ["县安委办", "县减灾办"]),
    ("• 各村(社区)、企业开展拉网式隐患排查。", ["各村(社区)"]),
    # a single office's name before a condition of its act (hb-u181-y) or 将 after a lead-in (hb-n164-y)
    ("公安部门在抓好人员密集场所消防安全整治的同时,要加强对易燃易爆场所的检查。", ["公安部门"]),
    ("下阶段,相关办(所)将进一步开展安全宣传教育。", ["相关办(所)"]),
    # the body a duty is given to, named as its 责任主体 (hb-s402-x); 深入 before the act (hb-u255-y)
    ("各行政村是基层防汛防旱工作的责任主体。", ["各行政村"]),
    ("各级政府深入落实消防安全责任制。", ["各级政府"]),
    # written for these tests: an office and a 各 name; three offices joined by 、 and 和; enterprises of a trade dropped
    ("区教育局、各中小学校要加强校园安全管理。", ["区教育局", "各中小学校"]),
    ("市场监管所、派出所和司法所要联合开展整治。", ["市场监管所", "派出所", "司法所"]),
    ("社区居委会、物业服务企业要落实消防安全巡查。", ["社区居委会"]),
])
def test_a_list_opening_its_clause_leads(text, lead):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, [])


@pytest.mark.parametrize("text, lead, support", [
    # those who help support, the unit they help, named right after, leads (hb-s401-x; one written for this test)
    ("各社区、流管办配合公安派出所加强对辖区出租屋的检查。", ["公安派出所"], ["各社区", "流管办"]),
    ("镇综治办、各村配合镇派出所开展打击非法燃放行动。", ["镇派出所"], ["镇综治办", "各村"]),
    # a modal before the help (hb-u214-y); what they help do names no unit
    ("村(居)民委员会应当配合做好烟花爆竹管理工作。", [], ["村(居)民委员会"]),
    # those they help named in general: no unit of them (相关部门)
    ("各村、镇直各单位配合相关部门开展检查。", [], ["各村", "镇直各单位"]),
])
def test_a_list_that_helps_supports(text, lead, support):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, support)


@pytest.mark.parametrize("text", [
    # places checked and enterprises in general (README convention 2), persons
    "人员密集场所、学校要落实消防安全主体责任。",
    "镇党委书记、镇长要亲自带队检查。",
    # a single name before the verb of an act: an account's subject (hb-n07), what is inspected (hb-n195-y)
    "杨陵区召开2025年安全生产工作会议。",
    "重点督查部门、企业开展工作情况。",
    # the whole area; words that end as a unit's name does (部署); a name running into its sentence (以…为单位)
    "全街道要从严入手,多措并举。",
    "工作部署、宣传教育要到位。",
    "危化生产单位以车间班组为单位开展排查。",
    "政务服务大厅要延长服务时间。",
    # the writer's verb that moves others opens the clause: the list is its object (the workspace's nanxun plan, 3.6.3)
    "引导鼓励部门、乡镇围绕各自安全监管职责和辖区实际,突出创新一项以上具体监管举措。",
    "督促各村、各企业落实安全生产主体责任。",
])
def test_no_unit(text):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == ([], [])


def test_a_law_charges_no_unit():
    """A law's article charges bodies with standing duties (README convention 1): the list is read in a plan only."""
    text = "乡镇人民政府、街道办事处应当做好辖区内烟花爆竹安全管理工作。"
    assert parse_responsible(text, statute=True).lead == []
    assert parse_responsible(text, statute=False).lead == ["乡镇人民政府", "街道办事处"]


@pytest.mark.parametrize("text, in_an_account, in_a_plan", [
    # the verb of an act in an account tells work done (hb-s05, a town's news: README convention 2)
    ("各村(社区)、各办(所)结合安全大检查工作,向群众做好安全生产宣传教育。", [], ["各村(社区)", "各办(所)"]),
    # unless its sentence says a meeting demands it; a modal tasks them in an account too
    ("会议要求,各村、各部门加强节日期间值班值守。", ["各村", "各部门"], ["各村", "各部门"]),
    ("下一步,各村、各部门将加强节日期间值班值守。", ["各村", "各部门"], ["各村", "各部门"]),
])
def test_an_account_names_who_is_to_act_not_who_acted(text, in_an_account, in_a_plan):
    assert parse_responsible(text, statute=False, account=True).lead == in_an_account
    assert parse_responsible(text, statute=False).lead == in_a_plan
