"""城镇 (towns in general: 城镇燃气, the campaign's own words) names no town as the actor of an account (README
convention 13): a city's or a zone's news about its 城镇燃气 work is the city's or the zone's, not a street's.
Shapes of dev texts hb-n418-x, hb-n490-x, hb-n285-y; names changed."""

import pytest

from tests.corpus.metareading import meta


@pytest.mark.parametrize("text, level", [
    ("(记者 张三)4月4日下午,我市召开城镇燃气安全生产工作会议。副市长某某参加。 会议通报了一季度城镇燃气安全检查情况。"
     "自本月8日起,我市将开展为期一个月的瓶装燃气经营市场专项整治行动。\n", "city"),
    ("6月23日,某某高新区城镇燃气安全隐患排查整治工作推进会议召开,深入分析全区城镇燃气安全形势,安排部署全区城镇燃气安全隐患"
     "排查整治工作。区党工委委员、城乡建设和交通局局长某某出席会议并讲话。\n", "district"),
], ids=["city", "zone"])
def test_an_account_of_urban_gas_work_is_the_writing_bodys(text, level):
    assert meta(text).level == level


def test_a_named_town_still_acts():
    m = meta("近日,某某镇组织开展城镇燃气安全隐患排查,共检查餐饮场所30家。\n")
    assert (m.genre, m.level) == ("news", "street")
