"""The level of the body that writes an unsigned page (README convention 13), read off the organs it names as its
own and the places it names as actors. Shapes of dev texts (hb-u601-y: a county's 预案 page)."""

from tests.corpus.metareading import meta


def test_a_plan_that_names_its_county_flood_office_is_the_countys():
    """hb-u601-y: 县防指 throughout; 乡镇防指按乡级预案 names towns in general, no town that acts."""
    m = meta("防汛抗旱应急预案合集11篇(第6/9页)\n(7)县防指有关成员单位每日14时向县防指报告工作动态;\n"
             "(8)洪涝台旱灾害影响地区的乡镇防指按乡级预案要求做好相应的工作,乡镇防指副指挥在岗指挥。\n"
             "(1)县防指副指挥长组织县应急、气象、林水等部门会商。\n")
    assert m.level == "district"


def test_towns_in_general_name_no_town():
    """…with no organ of its own named twice: 乡镇防指按乡级预案 is no town's doing (it was read as street)."""
    m = meta("防汛抗旱应急预案\n洪涝灾害影响地区的乡镇防指按乡级预案要求做好相应的工作,每日14时报告工作动态。\n")
    assert m.level == "unknown"


def test_a_sample_plan_is_the_body_whose_leader_heads_its_group():
    """hb-s168-x: a site's heading 乡镇安全生产计划 over a village's plan, its group headed by the 村支书."""
    m = meta("2024年乡镇安全生产计划\n一、指导思想\n深入贯彻落实镇经济工作会议精神,努力推进全村安全生产监管工作的均衡发展。\n"
             "二、工作计划\n(一)建立安全生产领导小组。\n成立以村支书为一把手,村主任为二把手的领导小组,明确一名干部负责安全生产工作。\n")
    assert m.level == "community"


def test_a_district_plan_that_names_the_city_more_often_is_the_districts():
    """hb-u410-x: 与全市同步…在全区开展, and its 领导小组 headed by the 副区长 (全市 twice was read as a city's)."""
    m = meta("开展安全生产活动方案\n为了认真贯彻落实《市安全生产委员会办公室关于在全市开展“安全生产月”活动的通知》部署,"
             "区安委会决定6月1日至6月30日与全市同步,在全区开展“全国安全生产月”活动。现制定本实施方案。\n"
             "一、组织领导\n经研究成立由区政府副区长郭利利任组长的活动领导小组,成员由区安委会成员单位负责人组成。\n")
    assert m.level == "district"


def test_the_towns_leaders_in_general_head_no_group_of_the_writer():
    """hb-u91-y: a city's tasks, each town to set up a group 由乡镇、街道分管领导任组长 — the towns', not the writer's."""
    m = meta("消防工作任务分工\n全市各地要抓紧建立农村、社区消防工作站,各地要以乡镇、街道为单位,建立由乡镇、街道分管领导任组长,"
             "公安派出所分管领导任副组长的消防工作站。全市要在年底前完成。\n")
    assert m.level == "city"
