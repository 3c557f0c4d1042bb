"""A 落款 in a copy that lost characters: the blanks before a signer turned to ?, a date's 年月日 dropped. Pages built
from dev texts of tests/corpus/heldback (not the held half), with names changed."""

from tests.corpus.metareading import meta


def test_a_signer_behind_the_question_marks_of_its_lost_blanks_signs_the_notice():
    """hb-u904-y: ??某市应急管理局 / ???2025年2月21日 under a covering notice (its title lost with its 《)."""
    m = meta("各县、区应急管理局,市局机关科室及下属单位:\n\n2025年应急管理工作要点》已经局党委会议同意,现印发给你们,"
             "请认真贯彻执行。\n\n?\n\n??某市应急管理局\n\n???2025年2月21日\n\n(此件公开发布)\n\n")
    assert (m.issuer, m.date) == ("某市应急管理局", "2025-02-21")


def test_a_落款_date_that_lost_its_年月日_and_reads_one_way_dates_the_notice_over_the_pages_day():
    """hb-s907-y: 某镇人民政府 / 202519 (2025年1月9日: 2025-19 is no month) — the info table's 成文日期 2025-01-21 is
    the page's."""
    m = meta("[ 发布机构 ] 某区青山镇 [ 发布日期 ] 2025-01-21\n[ 成文日期 ] 2025-01-21 [ 有效性 ]\n\n"
             "某区青山镇人民政府关于印发《青山镇有限空间安全生产整治方案》的通知\n\n各村(社区),镇属各单位:\n\n"
             "现将《青山镇有限空间安全生产整治方案》印发给你们,请结合实际认真贯彻落实。\n\n某区青山镇人民政府\n\n202519\n\n"
             "(此件公开发布)\n\n青山镇有限空间安全生产整治方案\n\n一、工作目标\n")
    assert (m.issuer, m.date) == ("某区青山镇人民政府", "2025-01-09")
