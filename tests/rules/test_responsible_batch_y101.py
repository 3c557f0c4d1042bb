"""Responsible units of the random batch y101+ (tests/corpus/heldback, hb-…-y1…, split dev): the phrasing classes its
first run missed — a province's 省安委会各成员单位, a 各 list acting with 做好/做到 or 每天, an adverbial of where before
its 要 (在工作上要), a 各 list after a bracket and a space or run into a flattened heading, the one department of
安监等部门要, the demander of X要求Y…, those urged by 督促, a 各 list that is to help the lead (积极配合牵头单位).
Expected units are read off the quoted text (tests/corpus/heldback/README.md convention 2: the subject of a task
sentence leads, as written; a trailing 等… is dropped; whom a sentence urges is no subject)."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # a province's committee before 各 (hb-u103-y)
    ("经省政府同意,现将《工作要点》印发给你们。省安委会各成员单位要按照任务分工,细化责任,加强协作,推动工作落实。",
     ["省安委会各成员单位"]),
    # a 各 list acting with 做好 / 做到, names ending in 处 and 中心 (hb-u108-y)
    ("加强防火安全的管理工作\n各处室、分中心、办事处做好防火、防盗等工作。要关好门窗。", ["各处室", "分中心", "办事处"]),
    ("各部门做到自查自检, 提前防范。", ["各部门"]),
    # 每天 like 每日 (hb-n102-y)
    ("要求辖区内所有企业、单位每天实行零报告制度,各单位每天下午四点以前把本单位的消防工作情况报综治办;", ["各单位"]),
    # an adverbial of where between the list and its 要 (hb-n110-y)
    ("会议要求,一是要抓痛点。全县各行业、各部门(单位)、各乡镇(街道办)在工作上要敢于争先创优,落实主体责任。",
     ["全县各行业", "各部门(单位)", "各乡镇(街道办)"]),
    ("各单位在工作中要加强协调配合。", ["各单位"]),
    # a 各 list after a bracket and a space (hb-s101-y)
    ("动员部署阶段(3 月1日前) 各村、各有关单位要结合本单位实际,全面安排部署,制定具体实施方案。", ["各村", "各有关单位"]),
    # a flattened heading run into a list of two 各 names (hb-s102-y)
    ("统一思想,提高做好安全生产工作重要性的认识各村委会、各企事业单位要认真贯彻关于安全生产的重要指示精神。",
     ["各村委会", "各企事业单位"]),
    # one department and 等部门 (hb-n103-y)
    ("一旦发现安全隐患问题,要立即整改。特别是三合一场所,安监等部门要监管整改到位。", ["安监"]),
    # X要求Y要…: Y acts (hb-n102-y)
    ("消防火灾隐患就像定时炸弹。镇综治委要求各相关部门要提高认识,坚决克服麻痹思想。", ["各相关部门"]),
])
def test_subjects_of_the_random_batch(text, lead):
    r = parse_responsible(text, statute=True)
    assert r.lead == lead
    assert r.support == []


def test_a_list_inside_a_list_read_already_is_not_read_again():
    # 全市各地 is one name: the glued-list reading does not add 各地 (hb-u75-y)
    r = parse_responsible("全市各地、各有关部门和单位要认真贯彻落实中央和省委的部署。", statute=True)
    assert r.lead == ["全市各地", "各有关部门和单位"]


def test_those_urged_are_no_subject():
    # 街道将…,督促各单位、企业要…: the street urges them (hb-n101-y; as 督促各有关部门 in hb-u74-y's gold)
    r = parse_responsible("下步工作中,街道将继续加大辖区安全生产检查力度,督促各单位、企业要进一步提高安全意识。", statute=True)
    assert "各单位" not in r.lead


def test_a_list_that_is_to_help_the_lead_supports():
    # 各责任单位要…积极配合牵头单位… (hb-n107-y): README convention 2, 配合 the named lead is support
    r = parse_responsible("各区县政府、各牵头单位要切实负起组织协调、督促检查、汇总情况的职责。各责任单位要主动作为、敢于担当,"
                          "积极配合牵头单位及相关单位做好工作,定期向牵头单位反馈落实情况。各单位要实行台账管理。", statute=True)
    assert r.lead == ["各区县政府", "各牵头单位", "各单位"]
    assert r.support == ["各责任单位"]


# The second random batch y111+ (hb-u111-y … hb-n116-y), its first run's misses.

@pytest.mark.parametrize("text, lead", [
    # 团体 in a 各 list, a 各 list after 同时 (hb-u117-y)
    ("各级各部门要按照要求,切实加强对消防工作的领导。各机关、团体、企事业单位要进一步完善和落实防火安全责任制,主要负责人和法人代表"
     "要对本单位的消防安全工作负责。同时各县市政府要加强对农村消防安全工作的领导。",
     ["各级各部门", "各机关", "团体", "企事业单位", "各县市政府"]),
    # 各X和有关部门: two of the list (hb-u112-y); 各有关部门和单位 stays one (hb-u15)
    ("各乡(镇、街道)和有关部门要精心组织开展防汛检查,抓紧整治影响防洪工程安全度汛的重大隐患。", ["各乡(镇、街道)", "有关部门"]),
    ("各市县、各有关部门和单位要认真做好安全生产大检查信息报送工作。", ["各市县", "各有关部门和单位"]),
])
def test_subjects_of_the_second_random_batch(text, lead):
    assert parse_responsible(text, statute=True).lead == lead


def test_a_heading_that_names_a_body_leads_the_duties_below_it(tmp_path):
    # hb-u115-y: 一、各级政府 over 1.…4. and (1)…(4) whose sentences name no unit (or persons: 主要领导)
    from safeplan.corpus import read_documents
    from safeplan.rules.extract import extract_document

    path = tmp_path / "zhize.txt"
    path.write_text("锦州市人民政府办公室关于进一步明确各级政府及有关部门消防工作职责的通知\n"
                    "各县(市)区人民政府,市政府有关部门:\n现对我市各级政府及有关部门消防工作职责明确如下:\n"
                    "一、各级政府\n1.落实政府消防工作责任制\n县(市)、区政府主要领导对本行政区的消防工作负总责。\n"
                    "2.政府基础消防工作\n(1)科学编制和组织实施本行政区的消防规划。\n(2)确保消防经费的足额投入。\n"
                    "二、公安部门\n1.县消防大队要加强消防监督检查。\n2.依法查处消防违法行为。\n"
                    "三、工作要求\n1.加强督促检查,确保职责落实到位。\n", encoding="utf-8")
    rules = {r.text.splitlines()[-1]: r for r in extract_document(read_documents(path)[0]).rules}
    assert rules["县(市)、区政府主要领导对本行政区的消防工作负总责。"].responsible.lead == ["各级政府"]
    assert rules["科学编制和组织实施本行政区的消防规划。"].responsible.lead == ["各级政府"]
    assert rules["依法查处消防违法行为。"].responsible.lead == ["公安部门"]
    assert rules["县消防大队要加强消防监督检查。"].responsible.lead == ["县消防大队"]   # its own subject first
    assert rules["加强督促检查,确保职责落实到位。"].responsible.lead == []                 # 工作要求 names no body


# Task-list shapes of upper plans that neither random batch held but the lead's list of the held half's error classes
# names (units at a task's end after a dash or in 〔〕, a bureau's 处室/科室 labels, 由…会同…负责, 甲负责,乙配合,
# 甲、乙按职责分工负责, 市级各有关部门, a bracket holding units and a time limit): phrasings of 公文 task lists.

@pytest.mark.parametrize("text, lead, support", [
    ("深化危化品整治。〔责任单位:县应急局〕", ["县应急局"], []),
    ("强化执法检查。(责任处室:执法监督处;配合处室:危化处)", ["执法监督处"], ["危化处"]),
    ("完善预案体系。牵头处室:应急预案管理处", ["应急预案管理处"], []),
    ("加强培训。(责任科室:宣教科)", ["宣教科"], []),
    ("推进企业安全生产标准化建设——县应急局", ["县应急局"], []),
    ("开展燃气安全整治——县住建局、县城管局\n完成时限:6月底前", ["县住建局", "县城管局"], []),
    ("由县应急局会同县公安局负责组织实施。", ["县应急局"], ["县公安局"]),
    ("县应急局负责,各乡镇配合。", ["县应急局"], ["各乡镇"]),
    ("市应急局、市消防救援支队按职责分工负责。", ["市应急局", "市消防救援支队"], []),
    ("县应急局牵头,县公安局、县住建局按职责分工负责。", ["县应急局"], ["县公安局", "县住建局"]),
    ("市级各有关部门要加强行业监管。", ["市级各有关部门"], []),
    ("开展打非治违专项行动。(县应急局、县公安局,2024年12月底前)", ["县应急局", "县公安局"], []),
    ("县应急局、县住建局等部门按照职责分工做好相关工作。", ["县应急局", "县住建局"], []),
    ("实施主体:县交通运输局", ["县交通运输局"], []),
])
def test_task_list_shapes_of_upper_plans(text, lead, support):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == (lead, support)


def test_a_dash_that_is_no_units_names_none():
    assert parse_responsible("工作时间:2024年——2026年", statute=True).lead == []
    assert parse_responsible("采访——记者 张三", statute=True).lead == []


def test_a_news_item_opening_with_its_source_in_brackets_names_no_unit(tmp_path):
    # hb-n112-y: (秦州区外宣办)6月16日,秦州区召开… — the office that wrote the piece, not one that acts
    from safeplan.corpus import read_documents
    from safeplan.rules.extract import extract_document

    path = tmp_path / "news.txt"
    path.write_text("(秦州区外宣办)6月16日,秦州区召开2015年安委会第三次全体会议,安排部署当前安全生产工作。\n"
                    "会议要求,各乡镇、各部门要切实加强安全生产检查。\n", encoding="utf-8")
    units = [u for r in extract_document(read_documents(path)[0]).rules for u in r.responsible.lead]
    assert "秦州区外宣办" not in units
    assert units == ["各乡镇", "各部门"]


def test_an_office_that_holds_a_meeting_is_no_lead():
    # hb-n131-y, hb-n108-y: a headline or a 'previous article' line, X召开…会议, reports an event
    assert parse_responsible("市城镇燃气安全专项整治工作专班召开全市专班工作会议", statute=True).lead == []
    assert parse_responsible("上一篇:\n区委常委会召开扩大会议", statute=True).lead == []
    assert parse_responsible("县安委会每季度召开一次全体会议。", statute=True).lead == ["县安委会"]      # a standing regime still leads


# From the fields helper's y151+ dev texts (their gold, committed before their first run).

@pytest.mark.parametrize("text, lead, support", [
    # those assigned act (hb-n157-y); not those urged (督促…, above)
    ("12月24日,街办领导高度重视,积极部署,安排各科室认真做好各自所包村的安全生产及稳定工作。", ["各科室"], []),
    # 由…: the names end where how they act begins; enterprises in general joined by 及 are no unit (hb-n165-y)
    ("由各县区、各有关部门及生产经营单位结合各自实际自行组织开展。", ["各县区", "各有关部门"], []),
    # a 各 list that 牵头组织… (hb-u151-y), and one after 期间 (hb-u152-y)
    ("各县(区)政府牵头组织开展大型安全宣传教育活动。", ["各县(区)政府"], []),
    ("专项行动期间各单位要严格抓安全生产经营首长问责制。", ["各单位"], []),
    # an office that 牵头…: those who help it support it
    ("县住建局牵头组织开展燃气排查,县城管局配合。", ["县住建局"], ["县城管局"]),
    # an account of work done (hb-u155-y), not an office's 要了解
    ("按照要求,县应急局牵头组织编制了《巫山县应急管理“十四五”规划》。", [], []),
    ("县应急局要了解企业情况。", ["县应急局"], []),
])
def test_subjects_of_the_fields_helpers_batch(text, lead, support):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == (lead, support)


def test_a_department_that_takes_charge_leads_outside_a_law():
    # hb-r44-x: a company 制度's 第五条 (convention 1: a 制度 is no law; its named departments follow convention 2)
    text = "安全管理部门负责组织、协调和监督重大隐患的排查与治理工作,定期对各部门进行检查和评估。"
    assert parse_responsible(text, statute=False).lead == ["安全管理部门"]
    assert parse_responsible(text, statute=True).lead == []                        # a law's …部门负责… is a standing duty
    assert parse_responsible("有关部门负责做好相关工作。", statute=False).lead == []     # no department named


# The fourth random batch (hb-s131-y … hb-r131-y), its first run's misses.

@pytest.mark.parametrize("text, lead", [
    # an office that opens a task's line and acts on what follows, without 要 (hb-s131-y)
    ("镇安监站在五一前对各村、各驻地单位进行安全生产检查,并将检查情况进行通报。", ["镇安监站"]),
    ("县应急局对全县危化品企业开展专项检查。", ["县应急局"]),
    # …but not in the middle of an account, nor work done
    ("如在危险化学品安全专项领域,市应急局对全市危险化学品企业进行排查评估。", []),
    ("县应急局对重点企业进行了检查。", []),
    # a 各 list whose leaders lead its duty (hb-s131-y)
    ("各安全生产责任单位由主要领导带班,要安排值班人员。", ["各安全生产责任单位"]),
])
def test_subjects_of_the_fourth_random_batch(text, lead):
    assert parse_responsible(text, statute=True).lead == lead


def test_a_department_named_for_its_role_then_taking_charge_leads_outside_a_law():
    # hb-r131-y: 安全生产管理部门作为公司…核心安全监管单位,负责统筹协调…
    text = "安全生产管理部门作为公司组织架构中的核心安全监管单位,负责统筹协调全公司的安全生产管理工作。"
    assert parse_responsible(text, statute=False).lead == ["安全生产管理部门"]


@pytest.mark.parametrize("text, lead, support", [
    # the short labels, read with their colon at a clause's start (not a 要牵头: in running text)
    ("持续推进“一件事”改革。牵头:市应急局;配合:市公安局", ["市应急局"], ["市公安局"]),
    ("各部门要牵头:做好", ["各部门"], []),
    # a label's units still run past a 牵头 without a colon (责任单位:甲牵头,乙、丙分工负责)
    ("责任单位:区安委办牵头,区工委组织部、区安委会各成员单位分工负责", ["区安委办"], ["区工委组织部", "区安委会各成员单位"]),
    # those who take part after a semicolon support the lead
    ("强化执法。市应急局牵头;市公安局、市市场监管局参与。", ["市应急局"], ["市公安局", "市市场监管局"]),
    # a party committee's department is an office
    ("严格考核巡查。区委组织部、区应急局按职责负责", ["区委组织部", "区应急局"], []),
    ("县委宣传部要加强舆论引导。", ["县委宣传部"], []),
])
def test_more_task_list_shapes(text, lead, support):
    r = parse_responsible(text, statute=True)
    assert (r.lead, r.support) == (lead, support)


# The fifth random batch (hb-u141-y … hb-u144-y), its first run's misses.

def test_the_subjects_of_an_opinions_item_outside_a_law():
    # hb-u143-y: the governments of two levels 按照…, an office that 担负…, 负有…职责的各…部门要…
    text = ("示范区、杨陵区两级政府按照“分级负责、属地管理”的原则,将安全生产工作纳入社会综合治理体系之中。安委办担负综合"
            "协调责任。安全生产监管部门要履行综合监管的职责,负有安全生产监管职责的各行业主管部门要认真履行行业安全监管职能。")
    assert sorted(parse_responsible(text, statute=False).lead) == sorted(
        ["示范区、杨陵区两级政府", "安委办", "安全生产监管部门", "负有安全生产监管职责的各行业主管部门"])   # (gold c4e3933)
    assert "安委办" not in parse_responsible(text, statute=True).lead          # in a law, 担负/承担 name a standing duty


def test_a_bodys_duties_under_a_heading_that_names_it(tmp_path):
    # hb-u144-y: (一)区应急委职责及组成 / 1.职责 / (1)…(5)
    from safeplan.corpus import read_documents
    from safeplan.rules.extract import extract_document

    path = tmp_path / "fangan.txt"
    path.write_text("区应急救援体系建设方案\n为进一步加强我区应急能力建设,制定本方案。\n一、领导体制\n成立区应急委员会。\n"
                    "(一)区应急委职责及组成\n1.职责\n(1)贯彻落实应急管理工作的重大决策部署,制定全区应急管理政策措施。\n"
                    "(2)定期分析全区公共安全形势,部署突发事件防范应对工作。\n2.组成\n主任由区长担任。\n", encoding="utf-8")
    rules = {r.text.splitlines()[-1]: r for r in extract_document(read_documents(path)[0]).rules}
    assert rules["贯彻落实应急管理工作的重大决策部署,制定全区应急管理政策措施。"].responsible.lead == ["区应急委"]
    assert rules["定期分析全区公共安全形势,部署突发事件防范应对工作。"].responsible.lead == ["区应急委"]


# From the fields helper's y171+/y181+ dev texts (their gold).

@pytest.mark.parametrize("text, lead, support", [
    # a 指挥部 is a body (hb-n186-y)
    ("镇指挥部负责调度,各村要加强巡查。", ["各村", "镇指挥部"], []),
    ("成立现场指挥部,负责现场处置工作。", ["现场指挥部"], []),
    # 由X集中汇总上报 (hb-n173-y), with the rest of its item
    ("各乡镇要开展汛前检查。检查结果由县防办集中汇总上报。", ["各乡镇", "县防办"], []),
    # those the lead works with 定期… support it (hb-n192-y)
    ("街道办要加强组织领导,联合枣园派出所定期开展消防安全整治行动。", ["街道办"], ["枣园派出所"]),
])
def test_subjects_of_the_fields_helpers_later_batches(text, lead, support):
    r = parse_responsible(text, statute=True)
    assert (sorted(r.lead), r.support) == (sorted(lead), support)
