"""A title without the page's trimmings around it: a list's bullet, a site's label in 【】 (kept when it names the
place the document is for), the 文号 run on after the 文种. Shapes of dev texts hb-u408-y, hb-u465-y, hb-u414-x,
hb-u410-y; names and numbers changed."""

import pytest

from safeplan.corpus.metadata.shapes import strip_doc_number
from tests.corpus.metareading import meta

NOTICE_BODY = ("\n各县、市、区人民政府,市政府各部门:\n为做好当前森林防火工作,现就有关事项通知如下:\n"
               "一、严格火源管理。\n二、落实责任追究。\n")


def test_a_bullet_before_a_headline_is_no_part_of_the_title():
    m = meta("• 关于切实做好防汛应急响应期间安全监管工作的通告\n    来源:某县政府网   2017-08-17\n" + NOTICE_BODY)
    assert m.title == "关于切实做好防汛应急响应期间安全监管工作的通告"


def test_a_columns_label_in_brackets_is_dropped_and_its_agency_issues_the_notice():
    m = meta("【市政府重点工作及责任分解】某某市人民政府关于2020年市政府重点工作及责任分解的通知\n发布时间:2020-02-03 17:29\n"
             + NOTICE_BODY)
    assert (m.title, m.issuer, m.level) == ("某某市人民政府关于2020年市政府重点工作及责任分解的通知", "某某市人民政府", "city")


def test_a_places_label_in_brackets_is_the_titles_first_words():
    m = meta("【武汉市】危险化学品事故灾难应急预案\n\n发布:2016-01-01 浏览量:30\n\n1 总则\n\n1.1 目的\n\n"
             "为了规范危险化学品事故的应急救援工作,结合实际情况,特制定本预案。\n\n1.2 工作原则\n\n以人为本,安全第一。\n")
    assert (m.title, m.level, m.genre) == ("武汉市危险化学品事故灾难应急预案", "city", "plan")


@pytest.mark.parametrize("line, title", [
    ("市人民政府办公室关于切实做好当前森林防火工作的紧急通知某政办发〔2010〕16号", "市人民政府办公室关于切实做好当前森林防火工作的紧急通知"),
    ("关于印发某县安全生产工作方案的通知(某政办〔2023〕5号)", "关于印发某县安全生产工作方案的通知"),
    ("某县安全生产工作方案", "某县安全生产工作方案"),
])
def test_a_titles_document_number_after_it_is_no_part_of_it(line, title):
    assert strip_doc_number(line) == title


PIECE = "一、指导思想\n以预防为主。\n二、工作措施\n我镇各村要加强巡查。\n"


def test_a_sample_sites_count_of_pieces_is_no_part_of_the_sample_it_names():
    """hb-s483-x's shape: 小编精心整理的12篇森林防火工作方案 names the sample 森林防火工作方案."""
    m = meta("时间:2022-02-14 02:07:11\n开篇:写作不仅是一种记录,更是一种创造。下面是小编精心整理的12篇森林防火工作方案,"
             "希望这些内容能成为您创作过程中的良师益友。\n今年已进入秋冬森林火灾高发期,为预防森林火灾,结合某镇具体情况制定以下"
             "工作方案。\n" + PIECE)
    assert (m.title, m.genre) == ("森林防火工作方案", "plan")


def test_a_sample_sites_blurb_that_chose_samples_for_you_names_their_genre():
    """hb-u454-x's blurb (我们为您选了8篇的…方案样本) over an untitled piece: the piece is a plan."""
    m = meta("发布时间:2022-06-03 02:39:17\n序言:写作是分享个人见解和探索未知领域的桥梁,我们为您选了8篇的森林防火工作方案样本,"
             "期待这些样本能够为您提供丰富的参考和启发。\n随着清明节的临近,新一轮野外用火高峰就要到来。各乡镇、街道和相关部门要"
             "采取非常手段和非常措施,切实抓好森林防火工作。\n一、宣传培训工作\n1、区森林防火指挥部印发一封信。\n")
    assert (m.title, m.genre) == (None, "plan")


def test_a_notice_about_a_law_it_does_not_issue_is_a_notice_though_it_quotes_articles():
    """hb-u341-x's shape: 关于认真学习宣传贯彻《…条例》的通知 quotes the 条例's 条; it issues none (convention 12)."""
    m = meta("某省人民政府安全生产委员会办公室关于认真学习宣传贯彻《某省安全生产条例》的通知\n各市(州)安委会:\n"
             "《某省安全生产条例》已经省人大常委会审议通过,现就学习宣传贯彻有关事项通知如下:\n"
             "第一条 为了加强安全生产监督管理,制定本条例。\n第二条 本省行政区域内的生产经营单位适用本条例。\n"
             "第三条 安全生产工作坚持安全第一、预防为主。\n第四条 生产经营单位必须遵守本条例。\n")
    assert (m.genre, m.level) == ("notice", "province")


def test_a_notice_that_issues_a_law_printed_below_it_is_the_law():
    m = meta("某市人民政府关于印发《某市消防安全责任制规定》的通知\n各区人民政府:\n现将《某市消防安全责任制规定》印发给你们,请遵照执行。\n"
             "某市消防安全责任制规定\n第一条 为了落实消防安全责任,制定本规定。\n第二条 本市行政区域内的单位适用本规定。\n"
             "第三条 消防工作实行政府统一领导。\n第四条 各单位应当落实消防安全责任制。\n")
    assert m.genre == "law"


@pytest.mark.parametrize("text", [
    # a lede ending in an ASCII full stop is a sentence, no headline (hb-n412-y)
    "4月29日,某某乡组织全体机关干部召开“五一”期间安全生产隐患排查整改工作部署会.\n主管领导会议强调,安全生产是发展的生命线,"
    "各行政村、部门务必绷紧安全弦。\n",
    # an item's heading, its number written 1, or 1. (hb-s491-x, hb-r416-y)
    "1,指导思想\n以安全发展为主线,结合实际开展安全生产月活动,普及安全知识。\n2,活动时间\n6月1日至6月30日。\n",
    # a chapter's heading in a garbled copy (hb-r316-y)
    "第【一章 总则》\n第一条 为了预防火灾和减少火灾危害,加强应急救援工作,根据有关法律、法规,结合本省实际,制定本条例。\n",
])
def test_a_sentence_or_a_numbered_heading_is_no_title(text):
    assert meta(text).title is None


def test_an_untitled_company_rule_that_names_itself_a_banfa_is_the_companys_own_rule():
    """hb-r416-y's shape: an untitled copy in Traditional characters, 特制訂本辦法, 公司."""
    m = meta("1. 目的\n為加強公司安全管理,規範安全生產責任制,預防及避免安全事故發生,特制訂本辦法。\n2. 範圍:\n"
             "公司之消防安全管理的各項工作,均按本辦法處理。\n3. 權責:\n3.1 安全管理委員會負責公司消防安全管理的全面統籌工作。\n")
    assert (m.title, m.genre, m.level) == (None, "other", "enterprise")


def test_a_news_items_account_of_a_document_is_not_titled_by_that_document():
    """hb-n216-x / hb-n418-x's shape: 某厅日前印发《…要点》(以下简称《要点》)… — the item tells of the 要点; its own
    headline is not on the page."""
    m = meta("某省应急管理厅日前印发《2023 年全省应急管理工作要点 》(以下简称《要点》),就今年我省应急管理工作进行了安排部署。\n"
             "《要点》指出,今年我省将着力推进安全生产五大体系建设。\n《要点》提出,今年我省将持续提升自然灾害防治水平。\n")
    assert (m.title, m.genre) == (None, "news")
