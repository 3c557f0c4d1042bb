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
