"""The genre of untitled texts read from how they open (README conventions 5 and 12): an account that opens on its
event's day — a day of the month alone (13日,) or 昨日 — is news; a host's 今天,… opens a speech, no account. Shapes of
dev texts hb-n415-y, hb-n201-y, hb-u335-x; names and numbers changed."""

import pytest

from tests.corpus.metareading import meta


@pytest.mark.parametrize("opening", [
    "13日,我县召开安全生产工作会议,总结了当前我县安全生产工作中存在的问题,部署下一阶段安全生产工作。县长某某参加会议。\n",
    "昨日下午,市城市防汛指挥部在市级机关会议中心召开会议,启动市城市防汛预案,发布防汛防台风Ⅱ级预警。\n",
])
def test_an_untitled_account_opening_on_its_events_day_is_news(opening):
    m = meta(opening + "会上,某某指出,安全生产责任重于泰山,各级各部门要高度重视,切实增强做好安全生产工作的责任意识。\n"
             "会议还对其他工作进行安排部署。\n")
    assert m.genre == "news"


def test_a_hosts_today_opens_a_speech_not_an_account():
    m = meta("1、现在开会。今天,区政府召开这次会议,主要是贯彻落实全省安全生产电视会议精神,分析当前安全生产形势,严防重特大事故发生,"
             "确保我区安全生产形势持续稳定。今天的会议共有三项议程。大会进行第一项,收看警示片。\n"
             "2、大会进行第二项,请副区长某某同志安排部署今后工作。同志们,今天会议时间虽然很短,但很重要。\n")
    assert m.genre == "other"


@pytest.mark.parametrize("addressees", ["区政府各部门、各直属单位,各街道办事处:", "局属各单位、县交投公司:", "市直各单位:"])
def test_an_untitled_text_opened_by_a_bodys_own_units_as_addressees_is_a_notice(addressees):
    """hb-u461-y's shape: the addressee line names the writer's own units (区政府各部门, 局属各单位), not only 各X."""
    m = meta(addressees + "\n为确保完成年初确定的各项目标任务,经研究决定,将主要工作目标任务进行分解,就完成情况实行进度督察、"
             "数据评估、年底考核。各部门、各单位要明确责任、强化担当,严格按照进度计划抓好落实。\n")
    assert m.genre == "notice"


@pytest.mark.parametrize("cut", ["二", "二〇二三年", "2023年5"])
def test_an_excerpt_cut_in_its_signatures_date_keeps_the_signer(cut):
    """hb-s403-y's shape: the 附 list, the town's name, then the page ends on the date's first characters."""
    m = meta("各行政村、镇属有关单位:\n为切实做好当前的森林防火工作,结合本镇实际,现将有关事项通知如下:\n"
             "一、认真部署,确保各项措施到位\n各村要把森林防火作为头等大事来抓。\n"
             "附:1、某某镇森林防火责任制落实表\n2、森林防火宣传标语\n某某镇人民政府\n" + cut + "\n")
    assert (m.issuer, m.genre, m.level) == ("某某镇人民政府", "notice", "street")


@pytest.mark.parametrize("title", ["某某路办事处2023年7月5日高温橙色预警", "某某街办事处关于做好高温天气防范工作的通知"])
def test_an_office_named_by_its_road_or_street_is_a_streets(title):
    """hb-s453-y's shape: a 街道's office named 某某路办事处, no 街道 in its name."""
    m = meta(title + "\n\n某市气象台发布高温橙色预警信号。\n\n一、天气预报\n\n今天白天晴。\n\n二、应对措施\n\n"
             "1.各社区、各有关单位要落实好高温天气各项防范措施。\n")
    assert m.level == "street"


def test_a_bodys_own_zhidu_numbered_in_articles_is_its_rules_not_a_law():
    """hb-r460-y's shape: a project department's 制度 in Traditional characters, numbered 第一條… (README convention 1)."""
    m = meta("第1篇 安全生產檢查整改反饋制度\n第一條安全生產檢查是為了加強施工生產過程控制,及時消除安全事故隱患,提高員工安全意識。\n"
             "第二條安全生產檢查的依據。國家有關安全生產的法律、法規及公司有關安全生產的各項規定、制度等。\n"
             "第三條安全生產檢查的主要內容。\n項目部根據施工過程特點和安全目標要求,確定安全檢查內容。\n"
             "第四條項目部每月組織一次安全生產大檢查。\n")
    assert (m.title, m.genre, m.level) == ("安全生產檢查整改反饋制度", "other", "enterprise")


def test_a_rule_for_a_joint_stock_companys_own_units_is_the_companys():
    """hb-r105-x's shape: 本办法适用于某某(以下简称股份公司)本级、所属各级企业 — a company's 办法, no law."""
    m = meta("国企安全生产监督管理办法\n第一章总 则\n第一条为全面落实企业安全生产主体责任,规范和加强安全生产工作,结合实际,制定本办法。\n"
             "第二条本办法适用于某某(以下简称股份公司)本级、区域总部、所属各级企业、生产单位等(以下统称各单位)。\n"
             "第三条各单位要牢固树立安全发展理念。\n第四条股份公司对所属二级单位安全生产实行分类监督管理。\n")
    assert (m.genre, m.level) == ("other", "enterprise")


def test_an_alert_a_body_issues_to_its_units_is_a_notice():
    """hb-s453-y's shape: 某某路办事处…高温橙色预警 — a 预警 sent to 各社区、各有关单位 is a notice (README convention 12)."""
    m = meta("某某路办事处2023年7月5日高温橙色预警\n\n某市气象台发布高温橙色预警信号,请注意防范高温天气带来的不利影响。\n\n"
             "一、天气预报\n\n今天白天晴。\n\n二、应对措施\n\n1.各社区、各有关单位要落实好高温天气各项防范措施。\n")
    assert (m.genre, m.level) == ("notice", "street")


def test_a_legislatures_code_for_its_members_numbered_in_articles_stays_a_law():
    """The bench laws' shape (某省人民代表大会常务委员会组成人员守则): a legislature's rules are its law."""
    m = meta("某某省人民代表大会常务委员会组成人员守则\n(2003年3月27日某某省第十届人民代表大会常务委员会第一次会议通过)\n"
             "第一条 为了加强常务委员会自身建设,制定本守则。\n第二条 常务委员会组成人员应当遵守宪法和法律。\n"
             "第三条 常务委员会组成人员应当按时出席会议。\n第四条 本守则自通过之日起施行。\n")
    assert (m.genre, m.level) == ("law", "province")
