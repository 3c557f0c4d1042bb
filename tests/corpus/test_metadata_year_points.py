"""The genre of untitled texts that say what they are by their shape (README convention 12): a year's work of a
whole place and what guides it (2023年,全市…工作总体要求是:以…为指导), then numbered sections, is that year's 工作要点;
an outline whose first heading is a year's 工作总结 (【提纲】一、2024年工作总结。) is a report. Shapes of dev texts
hb-u704-y, hb-u158-y, hb-u297-y (their lines) and new pages."""

import pytest

from tests.corpus.metareading import meta


@pytest.mark.parametrize("opening", [
    # hb-u704-y's opening
    "2023年,全市应急管理工作总体要求是:以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,"
    "以高水平安全服务全市高质量发展。具体抓好六个方面的重点工作:\n",
    # hb-u158-y's opening
    "2022年全市应急管理工作,坚持以习近平新时代中国特色社会主义思想为指导,牢固树立安全发展理念,全力防范化解重大安全风险。\n",
    # new: a county's year
    "2024年全县安全生产工作的总体思路是:以党的二十大精神为指导,坚持人民至上、生命至上,统筹发展和安全。\n",
], ids=["u704", "u158", "new-county"])
def test_a_years_guided_work_with_sections_is_its_work_points(opening):
    m = meta(opening + "一、聚焦守正创新,持续推进体制机制改革\n(一)优化协同联动机制。推动应急部门与公安、自然资源等部门信息互联互通。\n")
    assert m.genre == "work_points"


def test_a_years_guided_work_with_no_sections_is_not_read_so():
    m = meta("2023年,全市应急管理工作总体要求是:以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神。\n")
    assert m.genre == "other"


@pytest.mark.parametrize("outline", [
    # hb-u297-y's outline
    "【提纲】一、2024年工作总结。(一)发挥党建引领作用,突出抓好政治建设。(二)织密风险防控网络,全力保障城区安全。"
    "二、2025年工作思路。(一)突出创新发展,拓展党建模式。\n",
    # new: the same heading with no label
    "一、2023年工作总结\n(一)安全生产形势总体平稳。全年未发生较大以上生产安全事故。\n二、2024年工作打算\n",
], ids=["u297", "new-unlabelled"])
def test_an_outline_opening_on_a_years_work_summary_is_a_report(outline):
    assert meta(outline).genre == "report"
