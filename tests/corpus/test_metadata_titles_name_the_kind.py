"""What a title names outranks how its text is numbered or whose name it abbreviates (README conventions 6, 12, 13): a
预案 or 应对措施 in 章 and 条 is a plan, a 政办 (the government's office, short) that opens a paper's title issued it, a
news headline on 全国… is the nation's doings. Shapes of dev texts hb-s507-y, hb-u501-y, hb-n502-y, hb-n505-y; names
changed; an agency named short (经信委) or its own 预警 (hb-u492-x, hb-s453-y)."""

import pytest

from tests.corpus.metareading import meta

ARTICLES = ("\n第一章 总则\n第一条 为有效预防、及时控制洪涝灾害,保障居民生命财产安全,结合本社区实际,制定本措施。\n"
            "第二条 本措施适用于本社区范围内洪涝灾害的预防和应急处置。\n第三条 社区成立防汛救灾领导小组,负责组织指挥。\n")


@pytest.mark.parametrize("title", ["某某社区居委会社区防汛救灾应对措施", "某某社区防汛应急预案"], ids=["measures", "plan"])
def test_a_plan_written_in_chapters_and_articles_is_a_plan(title):
    m = meta(title + ARTICLES)
    assert (m.genre, m.level) == ("plan", "community")


def test_a_sample_heading_over_a_regulation_that_enacts_itself_is_the_regulation():
    m = meta("严禁燃放烟花爆竹应急预案范文 篇1\n第一条为了加强烟花爆竹安全管理,保障公共安全,根据有关法律法规,结合本省实际,制定本规定。\n"
             "第二条本省行政区域内经营、储存、燃放烟花爆竹,适用本规定。\n第三条县级以上人民政府负责本行政区域内烟花爆竹安全管理工作。\n")
    assert m.genre == "law"


def test_a_regulation_in_articles_stays_a_law():
    m = meta("某某市消防安全责任制规定" + ARTICLES.replace("本措施", "本规定").replace("社区", "市"))
    assert m.genre == "law"


@pytest.mark.parametrize("office", ["市政办", "县政府办"], ids=["city", "county"])
def test_the_governments_office_named_short_opens_a_papers_title_as_its_issuer(office):
    m = meta(office + "企业安全生产工作意见\n各街道办事处、政府各部门、各有关单位:\n为全面提高企业安全生产水平,结合我区实际,"
             "特制定本意见,内容如下:\n一、总体要求\n")
    assert (m.issuer, m.genre) == (office, "notice")


@pytest.mark.parametrize("headline", ["全国安全生产电视电话会议强调", "全国安全生产大检查“回头看”工作收效明显"],
                         ids=["meeting", "inspection"])
def test_a_news_headline_on_the_nations_doings_is_national(headline):
    m = meta(headline + "\n- 发布时间:2017-12-18 15:54:56\n党的十九大召开期间,按照国务院安委会部署,由有关部门负责人带队的"
             "31个检查组赴各地区对安全生产大检查开展情况进行了“回头看”。此次“回头看”重点检查了各省(区、市)安全防范责任措施"
             "落实情况。\n")
    assert (m.genre, m.level) == ("news", "national")


def test_a_news_headline_on_a_national_day_that_names_a_community_is_the_communitys():
    m = meta("全国防灾减灾日:某某社区开展应急疏散演练\n- 发布时间:2024-05-12 10:00:00\n5月12日上午,某某社区组织居民开展应急疏散演练,"
             "社区工作人员现场讲解了逃生知识。\n")
    assert (m.genre, m.level) == ("news", "community")


@pytest.mark.parametrize("title, issuer", [
    ("经信委安全生产月活动方案", "经信委"),                       # hb-u492-x's shape: a commission named short
    ("某某路办事处2023年7月5日高温橙色预警", "某某路办事处"),       # hb-s453-y's: an office's own 预警
], ids=["commission", "warning"])
def test_an_agency_named_short_or_issuing_a_warning_opens_its_papers_title(title, issuer):
    m = meta(title + "\n为深化安全生产宣传教育,营造良好氛围,请各单位认真做好以下工作:\n一、加强组织领导。\n二、做好防范工作。\n")
    assert m.issuer == issuer



PLAN_BODY = "\n为做好安全生产工作,特制定本方案。\n一、工作目标\n全年不发生较大事故。\n二、工作措施\n(一)加强隐患排查。\n"


@pytest.mark.parametrize("title, issuer", [
    ("某某县消防救援大队2023年冬春火灾防控工作方案", "某某县消防救援大队"),
    ("某某社区居委会2023年安全生产工作计划", "某某社区居委会"),          # (not 某某社区居委: 委 alone is a commission's)
    ("某某开发区管委会2023年安全生产工作方案", "某某开发区管委会"),
    ("某某县人民政府办公室印发某某县防汛应急预案的通知", "某某县人民政府办公室"),   # a sender with no 关于
], ids=["brigade", "residents-committee", "zone-committee", "sender"])
def test_the_body_that_opens_a_title_is_named_whole(title, issuer):
    """Written for the test (no dev text had these): the agency words a title opens with, read to their end."""
    assert meta(title + PLAN_BODY).issuer == issuer
