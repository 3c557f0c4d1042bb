"""Field parsers on phrases of the batch-y dev texts (tests/corpus/heldback, ids hb-…-y-…, split dev) and of the
corpus laws: units named in running text, persons under a 领导 label, spaced-out names, shares of a population
as targets, a bare numeral as a count. Expected values are read off the quoted text."""

import pytest

from safeplan.rules.frequencies import parse_frequencies
from safeplan.rules.model import Responsible
from safeplan.rules.responsible import parse_responsible, split_units
from safeplan.rules.targets import parse_targets


@pytest.mark.parametrize("text, lead, support", [
    # hb-s31-y: 责任领导 names persons, 责任单位 the units
    ("第一检查督导组;\n责任领导:胡小波 杨 剑\n责任单位:政法(应急)办、派出所、市场监督管理所\n检查范围:消防易爆物品。",
     ["政法(应急)办", "派出所", "市场监督管理所"], []),
    # hb-s31-y: a name spaced out to align a column is one name
    ("第五检查督导组;\n责任领导:董 维\n责任单位:农 办、供电所\n检查范围:农产品加工。", ["农办", "供电所"], []),
    # hb-s31-y: 各…要 opening a line under its heading
    ("检查督导要求\n各检查督导组要深入行业、企业、单位,对所涉领域开展全方位的安全生产大检查", ["各检查督导组"], []),
    # hb-r31-y: 各…负责 leads
    ("各部门负责本部门的安全检查工作。", ["各部门"], []),
    # hb-u33-y: several offices as the subject of their clause
    ("城市街道办事处、社区居民委员会应当成立安全生产领导机构,定期研究、分析、部署和检查本辖区安全工作。",
     ["城市街道办事处", "社区居民委员会"], []),
    # hb-s33-y: an office opening its sentence, an adverb before its verb
    ("每周五12点前上报有关邮箱。\n镇安监办及时汇总,分析查找存在的问题", ["镇安监办"], []),
    # 消防法 第三十二条 (corpus/laws): committees that are to help support
    ("村民委员会、居民委员会应当协助人民政府以及公安机关、应急管理等部门，加强消防宣传教育。",
     [], ["村民委员会", "居民委员会"]),
    # 职业病防治法 (corpus/laws): the name after its description
    ("接到申请的劳动人事争议仲裁委员会应当受理", ["劳动人事争议仲裁委员会"], []),
])
def test_units_in_running_text(text, lead, support):
    resp = parse_responsible(text, statute=True)
    assert (resp.lead, resp.support) == (lead, support)


@pytest.mark.parametrize("text", [
    # a person, not a unit cut off at 负责 (各省级安委会主要) (治本攻坚 行动方案, corpus/national)
    "各省级安委会主要负责同志要亲自部署",
    "各成员单位依职责负责",
])
def test_负责_of_a_person_or_of_a_duty_is_no_lead(text):
    assert parse_responsible(text, statute=True).lead == []


def test_two_names_with_a_space_stay_two():
    assert split_units("区应急管理局 区住建局") == ["区应急管理局", "区住建局"]


def test_a_share_of_a_population_is_a_target():
    # hb-u33-y
    text = ("到2007年底,各县(市)、区建成3个以上示范性城市安全社区和示范性安全村,"
            "20%以上的社区(行政村)达到城市社区安全标准和农村安全标准。")
    found = [(t.op, t.value, t.unit, t.due.date if t.due else None) for t in parse_targets(text)]
    assert found == [(">=", 3, "个", "2007-12-31"), (">=", 20, "%", "2007-12-31")]


def test_a_share_already_reached_is_no_target():
    assert parse_targets("目前,90%以上的企业已完成标准化建设。") == []


def test_a_bare_numeral_before_the_activity_counts():
    # hb-s36-y
    [f] = parse_frequencies("对重要部门,重要企业的安全工作实行每天两汇报,确保镇党委政府能及时掌握其动态")
    assert (f.period, f.min_count) == ("day", 2)


def test_a_text_with_no_numbered_item_keeps_the_units_it_names(tmp_path):
    # hb-s33-y: a news piece of two paragraphs and no numbered item; the paragraph that names the office that
    # acts keeps it
    from safeplan.corpus.reader import read_documents
    from safeplan.rules.extract import extract_document

    path = tmp_path / "news.txt"
    path.write_text("本网讯 两年来,该镇坚持安全生产工作周报制度,每周五12点前上报有关邮箱。\n"
                    "镇安监办及时汇总,分析查找存在的问题,研究整改措施。(阮学竹)\n", encoding="utf-8")
    [doc] = read_documents(path)
    [rule] = [r for r in extract_document(doc).rules if "镇安监办及时汇总" in r.text]
    assert rule.responsible == Responsible(lead=["镇安监办"], support=[])


def test_a_covering_notice_before_numbered_items_names_no_addressee(tmp_path):
    from safeplan.corpus.reader import read_documents
    from safeplan.rules.extract import extract_document

    path = tmp_path / "plan.txt"
    path.write_text("各乡镇人民政府,县政府各部门:\n现将方案印发给你们,请认真贯彻落实。县应急管理局负责解释,2024年底前报送。\n"
                    "一、工作目标\n到2025年底前建立燃气安全管理长效机制。\n", encoding="utf-8")
    [doc] = read_documents(path)
    rules = extract_document(doc).rules
    # (the addressee line is no unit; 县应急管理局负责解释 is: heldback README convention 2)
    assert [r.responsible for r in rules if r.id == "0"] == [Responsible(lead=["县应急管理局"], support=[])]


def test_units_listed_before_等部门要_lead():
    # hb-s17-x (dev): the units of a stage, listed as the subject and closed by 等部门
    resp = parse_responsible("1、排查梳理阶段:城建办、农办、派出所(交通中队)、消防站等部门要明确职责,通过落实人员到一线开展摸排", statute=True)
    assert resp.lead == ["城建办", "农办", "派出所(交通中队)", "消防站"]
    # a list after a verb is not the subject: 联合公安、消防、市场监管等部门联合执法 (hb-s04)
    assert parse_responsible("镇应急办牵头,联合公安、消防、市场监管等部门联合执法", statute=True).lead == ["镇应急办"]


def test_recurring_dates_after_在_are_a_frequency_not_deadlines():
    # hb-s17-x (dev): twice a month
    from safeplan.rules.deadlines import parse_deadlines

    text = "汇总后每月在10日、25日前将《月度完成情况表》上报市安监局。"
    assert [(f.period, f.min_count, f.dates) for f in parse_frequencies(text)] == [("month", 2, ["10", "25"])]
    assert parse_deadlines("请各县每年于6月10日、12月10日前报送", year_hint=2021) == []


@pytest.mark.parametrize("text", [
    # corpus/plans/jiedao-zhiben-gongjian-fangan-muban.txt: posts and persons are no units
    "各社区支部书记要亲自部署,加强督导",
    "各社区主任需要随时听取治本攻坚行动进展情况汇报,研究解决突出问题",
    "各村居(社区)主要负责同志要亲自研究部署",
])
def test_a_post_or_a_person_is_no_unit(text):
    assert parse_responsible(text, statute=True).lead == []


def test_a_duty_phrase_after_the_units_is_not_part_of_their_name():
    # hb-s21-x (dev)
    assert parse_responsible("由各行业主管部门各司其职牵头组织开展安全宣传教育", statute=True).lead == ["各行业主管部门"]


def test_an_aim_named_after_the_target_in_its_clause_keeps_it_in_news(tmp_path):
    # hb-n25-x (dev): a news piece; 零死亡、零事故 are aimed at (…的安全生产目标), 检查企业12家 is a count
    from safeplan.corpus.reader import read_documents
    from safeplan.rules.extract import extract_document

    path = tmp_path / "news.txt"
    path.write_text("雨金街办召开安全生产大检查动员会\n本网讯 街办检查企业12家。要求建立安全生产长效机制,"
                    "以实现零死亡、零事故的安全生产目标,为辖区发展营造安全稳定的环境。(雨金街办白宇)\n", encoding="utf-8")
    [doc] = read_documents(path)
    data = extract_document(doc)
    assert data.document.genre == "news"
    found = [(t.metric, t.op, t.value) for r in data.rules for t in r.targets]
    assert found == [("死亡", "==", 0), ("事故", "==", 0)]


def test_the_于_of_关于_marks_no_deadline():
    # hb-u37-y (dev): the title of a 通报 names the quarter it reports on
    from safeplan.rules.deadlines import parse_deadlines

    assert parse_deadlines("关于2023年第四季度安全生产隐患报送情况的通报", year_hint=2024) == []
    assert [d.date for d in parse_deadlines("请于2024年第一季度完成", year_hint=2024)] == ["2024-03-31"]


@pytest.mark.parametrize("text", [
    # hb-u37-y (dev): rates next to counts of what was done, in sentences that aim at nothing
    "1-12月份,全市各单位共通过智慧应急隐患排查系统报送隐患124841条,已整改124841条,整改率100%。",
    "涡阳县:报送整改一般隐患32069条,整改率100%;其中报送重大隐患75家,已整改70家,整改率93.33%。",
    "其中全市分级分类挂牌重大隐患630家,已整改620家,总体整改率98.4%;按期整改率100%,余10家未到整改期限。",
])
def test_a_rate_reported_with_counts_is_no_target(text):
    assert parse_targets(text) == []


def test_a_rate_aimed_at_beside_a_count_stays_a_target():
    found = parse_targets("对辖区内31家企业开展检查,确保隐患整改率100%。")
    assert [(t.op, t.value, t.unit) for t in found] == [(">=", 100, "%")]
