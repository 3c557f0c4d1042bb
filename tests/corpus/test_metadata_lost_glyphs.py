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


def test_a_laws_history_whose_day_lost_its_年_and_月_dates_the_law_and_the_pages_posting_lines_do_not():
    """hb-r423-x: [2016-12-07] and 安监局 (2005-5-25 11:02:07) are the page's; 2005331日…会议通过) is the law's day."""
    m = meta("某省燃气管理条例\n[2016-12-07]\n\n 安监局 (2005-5-25 11:02:07) \n\n"
             "2005331日某省第十届人民代表大会常务委员会第十五次会议通过)\n\n第一章  \n\n"
             "第一条 为了加强燃气管理,结合本省实际,制定本条例。\n\n第二条 本省行政区域内燃气的管理活动,适用本条例。\n\n"
             "第三条 省、设区的市、县(市)人民政府建设行政主管部门负责本行政区域内的燃气管理工作。\n")
    assert (m.title, m.genre, m.date) == ("某省燃气管理条例", "law", "2005-03-31")


def test_a_落款_date_read_two_ways_is_read_the_way_the_pages_own_date_says():
    """hb-u202-y: 某省民营经济发展局 / 2024123 (1-23 or 12-3) on a page whose 发布日期 is 2024-12-03; without a page's
    date it stays unread (test_metadata_page_chrome: 2024113)."""
    page = ("关于做好冬春火灾防控工作的提醒函\n\n发布日期:2024-12-03\n发布机构:协调服务处\n\n关于做好冬春火灾防控工作的提醒函\n\n"
            "各级民营经济主管部门、广大民营企业:\n\n请各地认真落实有关工作部署,及时提醒民营企业做好安全生产工作。\n\n"
            "某省民营经济发展局\n\n2024123\n")
    assert (meta(page).issuer, meta(page).date) == ("某省民营经济发展局", "2024-12-03")
    assert meta(page.replace("2024-12-03", "2024-12-30")).date is None


def test_a_signer_over_a_blank_date_signs_and_dates_nothing_under_a_sites_recommendations():
    """hb-s902-y: 乡人民政府 / 年 月 日 (a 责任书's blanks), then a sample site's 相关推荐 / 猜你喜欢 / 大家正在看 / 换一换."""
    m = meta("乡安全生产目标责任书\n\n一、工作职责\n\n1、每季度召开一次防范安全事故的工作会议。\n\n三、具体要求\n\n"
             "1、各村委会要根据本责任书下达的安全生产控制指标,认真制订安全生产目标管理计划。\n\n  乡人民政府\n\n  年 月 日\n\n"
             "相关推荐\n\n猜你喜欢\n\n大家正在看\n\n换一换\n")
    assert (m.issuer, m.date) == ("乡人民政府", None)


def test_a_文号_that_lost_its_brackets_and_号_on_a_line_of_its_own_is_given_as_written():
    """hb-s485-x: 府通20259 under the covering notice's title (README convention 8: as written, nothing added)."""
    m = meta("某镇人民政府\n\n关于印发《某镇2025年夏季消防安全专项整治工作方案》的通知\n\n府通20259\n\n社区、镇属各单位:\n\n"
             "现将《某镇2025年夏季消防安全专项整治工作方案》印发给你们,请认真抓好贯彻落实。\n\n某镇人民政府\n\n2025430\n\n"
             "某镇2025年夏季消防安全专项整治工作方案\n\n一、工作目标\n")
    assert (m.doc_number, m.date) == ("府通20259", "2025-04-30")
