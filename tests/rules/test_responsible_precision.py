"""Units a careful reader does not name (tests/corpus/heldback/README.md convention 2): the office an account tells
of holding a meeting or carrying out its work, where nobody assigns anything. Shapes from dev texts of the held-back
set (ids in the comments) and written for these tests; expected units read off the quoted text."""

import pytest

from safeplan.corpus import read_text
from safeplan.rules.extract import extract_document
from safeplan.rules.responsible import parse_responsible, split_units


@pytest.mark.parametrize("text", [
    # an office holding a meeting (hb-n154-y) or carrying out work with zeal (hb-n190-y), a headline's (hb-n60-x)
    "压实责任。办事处组织召开专题会议,对安全生产工作再部署再要求再落实。",
    "广泛宣传提高意识。镇防汛抗旱指挥部积极开展防汛抗旱演练,提高应急水平。",
    "文化路街道办事处深入开展消防安全专项整治工作",
    # written for these tests
    "镇安监办认真开展节前安全检查,共检查企业12家。",
])
def test_an_office_an_account_tells_of_names_no_unit(text):
    r = parse_responsible(text, statute=False, account=True)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, lead", [
    # the same sentences in a plan or a notice: the office leads what it is to do
    ("镇防汛抗旱指挥部积极开展防汛抗旱演练,提高应急水平。", ["镇防汛抗旱指挥部"]),
    ("镇安监办认真开展节前安全检查。", ["镇安监办"]),
])
def test_the_same_office_in_a_plan_leads(text, lead):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, [])


@pytest.mark.parametrize("text, lead", [
    # an account's measure told without zeal's adverb keeps its office (hb-n13-x), as does what a meeting demands
    ("五要建立健全安全生产长效机制,镇安监办加强对各村应急物品的检查,及时查补。", ["镇安监办"]),
    ("会议要求,镇安监办积极开展节前安全检查。", ["镇安监办"]),
])
def test_an_account_still_names_the_office_of_a_measure(text, lead):
    r = parse_responsible(text, statute=False, account=True)
    assert (r.lead, r.support) == (lead, [])


@pytest.mark.parametrize("text", [
    # a plan's review of a period gone by: a list acting without a modal (hb-u153-y, hb-u191-y), a request told (hb-u306-y)
    "“十三五”时期,全县各级各部门认真贯彻落实党中央、国务院关于安全生产的决策部署,安全生产形势持续稳定向好。",
    "“十三五”时期,全市消防工作完成重大任务。各板块、部门和单位认真落实消防安全责任制,采取一系列有效举措。",
    "去年2月底,区管委会召开全区安全生产年度专题工作会议,并要求各部门和区内全体企业切实加强领导和管理。",
    "去年2月底,区管委会召开全区安全生产年度专题工作会议。会议还要求各单位结合自身实际,制定年度安全生产工作计划。",
    # written for these tests
    "过去五年,各乡镇、各部门按照“党政同责”要求,层层签订安全生产责任书。",
])
def test_a_review_of_a_time_gone_by_names_no_unit(text):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == ([], [])


@pytest.mark.parametrize("text, lead", [
    # what the review's paragraph asks with a modal still leads; the plan's own period is no review
    ("去年以来事故多发,各乡镇、各部门要切实加强隐患排查。", ["各乡镇", "各部门"]),
    ("“十四五”时期,各板块、部门和单位认真落实消防安全责任制。", ["各板块", "部门和单位"]),
])
def test_a_modal_or_the_plans_own_period_still_leads(text, lead):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, [])


@pytest.mark.parametrize("text, account", [
    # a government of no place (hb-s281-y); a verb's 了 run into an office's name (hb-u174-y)
    ("成立村镇防洪指挥部,由政府组织负责,并设立相应的人员和物资调配机构。", False),
    ("区安委办印发了《关于增设城镇燃气安全生产专业委员会的通知》,进一步健全完善了安委会组织机构和责任体系。", True),
    # written for this test
    ("险情发生后由人民政府组织抢险。", False),
])
def test_words_that_name_no_body(text, account):
    r = parse_responsible(text, statute=False, account=account)
    assert (r.lead, r.support) == ([], [])


def test_a_government_after_a_list_of_each_level_is_theirs():
    # the 各 of 各级党委 is the governments' too: 政府 stays as written (a guard, as before)
    r = parse_responsible("各级党委和政府要切实加强对安全生产工作的领导。", statute=False)
    assert (r.lead, r.support) == (["各级党委", "政府"], [])


@pytest.mark.parametrize("text", [
    # a news item's paragraph closed by its source in brackets (hb-n108-y), as by its reporter's name
    "要加强宣传教育,普及燃气使用安全和应急处置等基本知识。要坚决遏制重特大生产安全事故的发生。(区应急局)\n区委常委会召开扩大会议",
    # written for this test
    "全镇共排查隐患12处,已全部整改到位。(城头山镇政府)",
])
def test_an_accounts_byline_names_no_unit(text):
    r = parse_responsible(text, statute=False, account=True)
    assert (r.lead, r.support) == ([], [])


def test_a_plans_bracket_after_its_task_still_names_its_unit():
    # a guard: the same bracket closing a task of a plan names who does it (as before)
    r = parse_responsible("开展燃气安全专项排查整治。(区应急局)", statute=False)
    assert (r.lead, r.support) == (["区应急局"], [])


@pytest.mark.parametrize("text, lead", [
    # the units' leaders named as a group's members are persons (hb-u492-x); the group's office still leads its work
    ("市经信委主任任组长,各单位负责安全生产工作的领导为成员,领导小组办公室设在市经信委经济运行科,具体负责指导、协调开展活动。",
     ["领导小组办公室"]),
    # written for this test
    ("成立安全生产检查领导小组。局长任组长,各科室负责安全工作的同志为成员。", []),
    # a post is a person's place (hb-r498-x: 各岗位 are posts, the departments lead)
    ("方案要求各部门、各岗位明确责任分工,落实隐患排查责任。", ["各部门"]),
])
def test_persons_and_posts_are_no_units(text, lead):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, [])


@pytest.mark.parametrize("text, lead", [
    # the adverb before what the units after 由 do is no part of their name (hb-n182-y, in Traditional characters)
    ("為確保取得實效,該活動由各級政府(管委會)安委會統一組織。", ["各級政府(管委會)安委會"]),
    # written for this test
    ("该活动由各县(市、区)安委会统一组织。", ["各县(市、区)安委会"]),
    # a flattened table's line opened by its 各 subject and a verb is no unit cell (hb-r252-y)
    ("二级单位的风险评价组织由各单位管理、操作人员组成。\n各单位排查作业活动\n列出", []),
])
def test_a_name_ends_where_the_act_begins(text, lead):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, [])


@pytest.mark.parametrize("text, lead, support", [
    # those a lead organises, enterprises in general, are no units (hb-u215-y, in Traditional characters)
    ("各縣區(經濟區)要按照屬地管理和責任分工,組織沿街單位開展除雪工作。", ["各縣區(經濟區)"], []),
    # written for this test; the offices it organises still support it
    ("镇应急办牵头,组织辖区物业服务企业开展消防设施检查。", ["镇应急办"], []),
    ("镇应急办牵头,组织镇应急中队开展消防设施检查。", ["镇应急办"], ["镇应急中队"]),
])
def test_enterprises_a_lead_organises_are_no_units(text, lead, support):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == (lead, support)


@pytest.mark.parametrize("text, units", [
    # a 各 name running through three levels, one character each, is one name (hb-u465-y's 责任单位 cell)
    ("各县、市、区政府", ["各县、市、区政府"]),
    # written for this test: a list of two names, one a level's, still splits
    ("各县、市直部门", ["各县", "市直部门"]),
])
def test_a_run_of_levels_is_one_name(text, units):
    assert split_units(text) == units


PLAN = ("某区2023年重点任务分解方案\n"
        "一、经济发展目标\n"
        "1.地区生产总值增长6%左右。\n"
        "牵头单位:区发改局\n"
        "责任单位:某经济开发区、各街道\n"
        "2.规模以上工业增加值增长5%左右。\n"
        "责任单位:区工信局\n")


def test_under_a_lead_line_the_responsible_units_support():
    # an item naming both a 牵头单位 and 责任单位 (hb-u464-y): the 责任单位 work under the lead (README convention 2);
    # a 责任单位 line alone leads (written for this test)
    [doc] = read_text(PLAN, "plan.txt")
    rules = [r.responsible for r in extract_document(doc).rules if "增长" in r.text]
    assert [(r.lead, r.support) for r in rules] == [
        (["区发改局"], ["某经济开发区", "各街道"]),
        (["区工信局"], []),
    ]
