"""Metadata of flattened copies whose first sentence runs on from the document's title with no break (sample and
document-sharing sites): the title is the name up to the last 文种 before the sentence's first stop, and the genre is
the title's. Shapes of dev texts hb-s102-y, hb-s401-x, hb-s452-x, hb-r497-x; names, places and numbers changed."""

import pytest

from tests.corpus.metareading import meta

SENTENCE = ("各社区、各单位要切实增强忧患意识和责任意识,充分认识当前消防工作面临形势的严峻性,根据辖区的火灾特点及规律,"
            "全力做好预防工作,扎扎实实地抓好各项措施的落实。")


def test_a_plan_whose_first_sentence_runs_on_from_its_title_is_that_plan():
    m = meta("某某街道防台风工作方案今年台风季节已经来临,各项生产活动处于高峰期,极易引发事故。为切实做好防台风工作,"
             "现将有关事项通知如下:一、全面发动,周密部署" + SENTENCE + "二、组织机构街道成立防台风工作领导小组。\n")
    assert (m.title, m.genre, m.level) == ("某某街道防台风工作方案", "plan", "street")


def test_a_page_number_between_the_title_and_its_first_sentence_is_no_part_of_the_title():
    m = meta("2022年乡镇安全生产大检查方案3进入五月以来,复工复产在稳步推进中,强降雨、大风等自然灾害多发,季节性安全问题突出,"
             "诱发事故隐患因素逐步增多,这一时段是安全生产工作的重点。现就做好大检查有关事项通知如下:一、统一思想" + SENTENCE + "\n")
    assert (m.title, m.genre) == ("2022年乡镇安全生产大检查方案", "plan")


def test_a_duty_list_glued_to_its_first_numbered_duty_is_a_units_own_rules():
    m = meta("各班组长安全生产责任制1、有责任使本班组人员充分理解安全生产方针并使之贯彻执行。2、规定所属人员的职责、权限及相应关系,"
             "并接受上级的监督和指导。3、制定本班组的安全管理措施;组织本班组相应的安全管理工作的开展及落实。\n")
    assert (m.title, m.genre) == ("各班组长安全生产责任制", "other")


@pytest.mark.parametrize("opening", [
    "该县将加强乡村规划布局和防火改造,结合农村人居环境整治、美丽乡村建设、“空心村”治理和供水供电供气等项目建设,",   # a subject and 将
    "严格落实防汛责任制。镇政府成立了以镇长任组长的防汛指挥部,严格落实汛前检查整改,连日来组织镇村干部对低洼地段排查,",  # a sentence
    "(三)交通安全设施规划设置合理完善。按照“优化建设、合理规划、逐步推进、整体提高”的原则,高起点规划路网,优化路网结构,",  # an item
])
def test_a_first_sentence_that_only_mentions_a_plan_or_a_duty_gives_no_title(opening):
    assert meta(opening + SENTENCE + "\n").title is None


def test_an_offices_implementing_opinion_under_its_own_line_is_that_offices_notice():
    """hb-u455-x's shape: 关于…的实施意见 is a 公文's title as much as 关于…的意见, its office on the line above."""
    m = meta("某府办〔2010〕12号\n某某县人民政府办公室\n关于在县城区内开展烟花爆竹限时燃放工作的实施意见\n各乡镇人民政府,县级各部门:\n"
             "为进一步加强县城区烟花爆竹燃放的安全管理,结合我县实际,提出如下实施意见:\n一、限时燃放区域:县城区。\n"
             "二、燃放时间:每年农历除夕至正月初二。\n")
    assert (m.issuer, m.doc_number, m.genre, m.level) == ("某某县人民政府办公室", "某府办〔2010〕12号", "notice", "district")


def test_a_flattened_covering_notice_whose_plan_runs_on_in_numbered_items_gives_the_plan():
    """hb-s254-x's shape: one line from 关于印发《…方案》的通知 through the plan's (二)…(三)…: the plan is on the page."""
    m = meta("关于印发《某某镇防汛工作方案》的通知镇直各部门、各村党组织:《某某镇防汛工作方案》已经镇党委、政府同意,现印发给你们,"
             "请认真贯彻执行。建立镇级防汛工作分指挥部,(二)建立分工负责的镇村两级防汛组织体系镇政府负责镇域内干渠的隐患排查,"
             "(三)建立防汛抢险应急响应机制,气象部门发布蓝色预警时,镇政府启动四级应急响应。\n")
    assert (m.title, m.genre) == ("某某镇防汛工作方案", "plan")


def test_a_covering_notice_that_does_not_print_its_plan_is_a_notice():
    m = meta("关于印发《某某镇防汛工作方案》的通知\n镇直各部门、各村党组织:\n《某某镇防汛工作方案》已经镇党委、政府同意,现印发给你们,"
             "请认真贯彻执行。\n某某镇人民政府\n2023年5月6日\n")
    assert m.genre == "notice"


def test_a_covering_notice_over_a_plan_that_says_it_makes_this_plan_gives_the_plan():
    """hb-u285-y's shape: the notice, its signature, a site's 规划全文 label (no title), then 制定本规划."""
    m = meta("基本信息\n某省安委会办公室关于印发 道路交通安全“十二五”规划的通知\n某安委办〔2011〕50号\n"
             "各地区要以学习宣传《规划》为契机,按照《规划》要求细化任务、落实责任。\n某省安全生产委员会办公室\n二○一一年十二月三十一日\n"
             "规划全文\n为贯彻落实党的十七大精神,根据《安全生产“十二五”规划》,制定本规划。\n道路交通安全现状与发展趋势\n"
             "(一)“十一五”期间道路交通安全工作取得明显成效。\n")
    assert (m.title, m.genre) == ("某省安委会办公室关于印发 道路交通安全“十二五”规划的通知", "plan")
