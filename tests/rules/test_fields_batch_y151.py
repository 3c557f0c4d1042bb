"""Deadline, frequency and target phrasings of the fresh batch hb-…-y151+ (tests/corpus/heldback, split dev, taken as
the search tool returned them) and of the dev texts whose misses share their class: a time limit counted from a
recurring event (a standing limit, no deadline outside laws), dates written with spaces inside (3 月1日前), a yearless
date under a year its paragraph names, a time a copula names (2021年6月是…), an account's clause that is its event's
window alone, Traditional copies, how often or how long an activity runs (不少于2次), and 全覆盖 reported as done.
Expected values are read off the quoted text (heldback README conventions 3, 9, 10 and 11)."""

import pytest

from safeplan.corpus import read_text
from safeplan.rules.deadlines import parse_deadlines
from safeplan.rules.extract import extract_document
from safeplan.rules.frequencies import parse_frequencies
from safeplan.rules.targets import parse_targets


def _deadlines(text, year=None, standing_limits=True):
    return [(d.text, d.date, d.month, d.day) for d in parse_deadlines(text, year, standing_limits)]


@pytest.mark.parametrize("text, expected", [
    # hb-u72-y: the procedure on each report; hb-u76-x: a standing limit of a publication list
    ("县林技中心在接到紧急灾情报告后,30分钟内赶赴现场,进行初步调查。", []),
    ("信息形成或变更之日起20个工作日内 |", []),
    # counted from this document's issue or from a day named, a span is one to finish in (hb-n81-y)
    ("自本通知印发之日起3个月内完成自查自纠。", ["3个月内"]),
    ("从明天开始,一个月内清理完毕", ["一个月内"]),
    ("力争在3个月内完成", ["3个月内"]),
])
def test_outside_laws_a_span_counted_from_a_recurring_event_is_no_deadline(text, expected):
    assert [d.text for d in parse_deadlines(text, standing_limits=False)] == expected


def test_a_law_keeps_its_time_limits():
    # tests/rules/test_laws.py: an article's 七个工作日内 stays; the default reads a law's way
    assert [d.text for d in parse_deadlines("接到报告后一小时内上报,不得迟报")] == ["一小时内"]


def test_a_standing_limit_in_a_plan_gives_no_deadline_rule():
    text = ("县森林火灾应急部门职责\n一、县林技中心职责\n"
            "县林技中心在接到紧急灾情报告后,30分钟内赶赴现场,进行初步调查。\n")
    [doc] = read_text(text, "plan.txt")
    assert not any(r.deadlines for r in extract_document(doc).rules)


@pytest.mark.parametrize("text, expected", [
    # hb-s151-y: a Word copy's spaces inside the dates, and 一 for the dash of a window
    ("此次“两会”期间消防安保检查工作即日起至 3月11 日结束,共分三个阶段:", [("即日起至 3月11日", None, 3, 11)]),
    ("(一)动员部署阶段(3 月1日前) 各村、各有关单位要结合本单位实际", [("3月1日前", None, 3, 1)]),
    ("(二)组织实施阶段(3 月3日一 3月11 日)各村、各企事业单位成立", [("3月3日一 3月11日", None, 3, 11)]),
    # (一 stays a numeral where no date follows it)
    ("3月1日一次性完成报送", []),
])
def test_dates_with_spaces_inside_read_as_written_without_them(text, expected):
    assert _deadlines(text) == expected


def test_a_yearless_date_takes_the_year_its_paragraph_names_when_the_document_gives_none():
    # hb-n165-y: 2010年“安全生产月”活动于6月1日至6月30日开展。…(6月14日至20日)为应急预案演练周
    text = ("据悉,2010年“安全生产月”活动于6月1日至6月30日开展。6月份的第二个星期日(6月13日)为安全生产宣传咨询日,"
            "6月份的第三个星期(6月14日至20日)为应急预案演练周。")
    # (the 咨询日 named for the event is a deadline too, as hb-n165-y's gold reads it: test_fields_batch_y291.py)
    assert [d.date for d in parse_deadlines(text)] == ["2010-06-30", "2010-06-13", "2010-06-20"]
    # the document's own year comes first; a year inside a cited title or one since which does not count
    assert [d.date for d in parse_deadlines(text, 2011)] == ["2011-06-30", "2011-06-13", "2011-06-20"]
    assert _deadlines("根据《2019年工作要点》,3月底前完成。") == [("3月底前", None, 3, 31)]
    assert _deadlines("2019年以来,各地3月底前完成。") == [("3月底前", None, 3, 31)]


def test_a_time_a_copula_names_is_no_deadline():
    # hb-n164-y: 2021年6月是第20个全国“安全生产月” (a stage named so, 2025年6月为集中整治阶段, is read elsewhere)
    assert _deadlines("2021年6月是第20个全国“安全生产月”,为进一步普及安全生产知识,") == []


def test_an_accounts_clause_that_is_its_window_alone_is_when_the_event_ran():
    # hb-n152-y: 元旦将至,…,12月26-27日,市北区阜新路街道组织…开展节前安全生产和消防检查
    ran = ("元旦将至,为了维护辖区安全稳定的生产、生活秩序,12月26-27日,市北区阜新路街道组织街道和社区工作人员"
           "利用周末时间下沉网格,开展节前安全生产和消防检查。\n"
           "工作中,由街道处级领导带队,深入辖区各重点单位进行了检查。\n")
    ahead = ("元旦将至,12月26-27日,阜新路街道将组织街道和社区工作人员下沉网格,开展节前安全生产和消防检查。\n"
             "工作中,由街道处级领导带队,深入辖区各重点单位进行了检查。\n")
    [doc] = read_text(ran, "news.txt")
    assert doc.meta.genre == "news"
    assert not any(r.deadlines for r in extract_document(doc).rules)
    [doc] = read_text(ahead, "news.txt")
    assert [d.text for r in extract_document(doc).rules for d in r.deadlines] == ["12月26-27日"]


def test_a_traditional_copy_reads_like_a_simplified_one():
    # hb-u152-y: 杜絕安全事故隱患 (convention 11); hb-n151-y: 每周至少調度一次, 每週 written the Traditional way
    assert [(t.text, t.op, t.value) for t in parse_targets("加強安全生產經營管理,杜絕安全事故隱患。")] == [
        ("杜絕安全事故隱患", "==", 0)]
    assert [(f.text, f.period, f.min_count) for f in parse_frequencies("堅持街道、社區每週至少調度一次,全面了解")] == [
        ("每週至少調度一次", "week", 1)]
    text = "專項行動期間\n一、工作重點\n重點落實農貿市場的安全生產工作制度,杜絕安全事故隱患。\n"
    [doc] = read_text(text, "plan.txt")
    assert [(t.op, t.value) for r in extract_document(doc).rules for t in r.targets] == [("==", 0)]


@pytest.mark.parametrize("text", [
    # hb-u151-y: how often an activity is held, without a period (not a frequency either: no 每)
    "各县(区)政府牵头组织开展大型安全宣传教育活动不少于2次。",
    # hb-r41-x: how long a training lasts, a rule's standard
    "厂级安全 教育时间不得少于16小时",
    "每年组织应急演练至少2次",
])
def test_how_often_or_how_long_an_activity_runs_is_no_target(text):
    assert parse_targets(text) == []


def test_things_to_build_stay_targets():
    assert [(t.op, t.value, t.unit) for t in parse_targets("建成3个以上示范性城市安全社区")] == [(">=", 3, "个")]


def test_full_coverage_reported_as_done_is_no_target():
    # hb-n151-y: 現轄區共有生產經營單位428家,已實現安全檢查全覆蓋 (convention 3: a result reported)
    assert parse_targets("现辖区共有生产经营单位428家,已实现安全检查全覆盖。") == []
    assert parse_targets("現轄區共有生產經營單位428家,已實現安全檢查全覆蓋。") == []
    assert [(t.op, t.value) for t in parse_targets("确保安全检查全覆盖。")] == [(">=", 100)]


def test_a_double_drop_states_no_number():
    # hb-u157-y: 确保全年生产安全事故起数、死亡人数实现“双下降” (convention 11: a direction, as hb-u13-xx's gold)
    assert parse_targets("确保全年生产安全事故起数、死亡人数实现“双下降”,力争在考核中实现“双优秀”。") == []
    # hb-u104-y: a drop against earlier years without a number is a direction too; with one it is a target
    assert parse_targets("全县道路交通事故死亡人数与前三年(2022-2024年)平均数同比下降,") == []
    assert [(t.op, t.value, t.direction) for t in parse_targets("生产安全事故起数同比下降10%以上")] == [
        (">=", 10, "decrease")]


def test_zero_that_names_a_campaign_is_no_target():
    # hb-n45-x: 并开展隐患清零行动 (convention 11: 清零 naming a campaign); the state to reach stays
    assert parse_targets("对全区安全生产工作进行全方位排查,并开展隐患清零行动,对挂牌重大事故隐患做好督办") == []
    assert parse_targets("开展“清零”专项行动") == []
    assert [(t.op, t.value) for t in parse_targets("推动重大事故隐患动态清零。")] == [("==", 0)]



@pytest.mark.parametrize("text, expected", [
    # hb-u104-y: after a direction, 不发生较大及以上道路交通事故 is the state to keep (convention 11, whatever the verb)
    ("平均数同比下降,不发生较大及以上道路交通事故,为全县经济社会发展", [("较大及以上道路交通事故", "==", 0)]),
    # hb-n106-y: 第一重山不发生火警火灾; 力争确保不发生火警、火灾 (a list of harms)
    ("确保森林火灾受害率低于0.5%,省道、国道两旁第一重山不发生火警火灾。",
     [("森林火灾受害率", "<", 0.5), ("火警火灾", "==", 0)]),
    ("提高警惕,克服畏难和厌战情绪,力争确保不发生火警、火灾;采用多种形式", [("火警、火灾", "==", 0)]),
    # the convention's own example
    ("守住不发生重特大事故的底线", [("重特大事故", "==", 0)]),
    # a result (未发生) and a condition of an award are none
    ("全年未发生较大事故", []),
    ("对不发生事故的单位给予奖励", []),
])
def test_no_harm_to_happen_is_a_zero_target_whatever_the_verb(text, expected):
    assert [(t.metric, t.op, t.value) for t in parse_targets(text)] == expected


def test_days_off_are_no_window_of_work():
    # hb-u108-y: 2016年国庆节放假时间为:10月1日至7日放假,共7天
    assert parse_deadlines("根据市政府通知精神,2016年国庆节放假时间为:10月1日至7日放假,共7天。") == []
    assert [d.date for d in parse_deadlines("2016年10月1日至7日开展节日安全检查")] == ["2016-10-07"]


@pytest.mark.parametrize("text, expected", [
    # hb-n107-y: 全年将进行两次督查 (a year's count of a planned activity, convention 10)
    ("市安委会将把推进安全生产领域改革发展纳入巡查、考核的重要内容,全年将进行两次督查,对工作不力的", [("year", 2)]),
    ("全年开展消防演练不少于2次", [("year", 2)]),
    # counts of work done are none
    ("全年共开展检查12次", []),
    ("全年进行了两次督查", []),
    ("全年开展检查12次", []),
])
def test_a_years_count_of_a_planned_activity_is_a_frequency(text, expected):
    assert [(f.period, f.min_count) for f in parse_frequencies(text)] == expected


# the second fresh batch hb-…-y171+ (measured before these changes) and the units helper's y111+ batch


def test_a_rate_a_description_states_is_no_target():
    # hb-s173-y: 我乡具有丰富的竹木资源,森林覆盖率达70% (a baseline; convention 11)
    assert parse_targets("我乡具有丰富的竹木资源,森林覆盖率达70%,做好森林防火工作对我乡经济建设具有非常重要作用。") == []
    # aimed at, or 100%, or with 以上, it stays one
    assert [(t.op, t.value) for t in parse_targets("力争森林覆盖率达70%")] == [(">=", 70)]
    assert [(t.op, t.value) for t in parse_targets("持证上岗率达100%")] == [(">=", 100)]
    assert [(t.op, t.value) for t in parse_targets("森林覆盖率达70%以上")] == [(">=", 70)]


def test_a_floor_that_is_a_share_of_a_base_is_a_target():
    # hb-u115-y: 经费总额不得低于城市整体维护经费的7%
    assert [(t.op, t.value, t.unit) for t in parse_targets("确保消防经费的足额投入,经费总额不得低于城市整体维护经费的7%,并根据")] == [
        (">=", 7, "%")]


def test_by_a_year_then_a_clause_is_that_years_end():
    # hb-u120-y: 到2021年,9项重点工程建设目标基本完成 (convention 9); a period 2024至2026年 is none
    assert [d.date for d in parse_deadlines("到2021年,9项重点工程建设目标基本完成。到2030年,防治体系基本健全。")] == [
        "2021-12-31", "2030-12-31"]
    assert parse_deadlines("安全生产治本攻坚三年2024至2026年行动方案") == []
    assert parse_deadlines("2021年是建党一百周年") == []


def test_a_traditional_copys_review_period_is_no_window():
    # hb-n112-y: 區安監局通報了今年1至5月全區安全生產情況 (a statistic's period, read as in Simplified)
    assert parse_deadlines("會上,區安監局通報了今年1至5月全區安全生產情況;") == []


def test_an_undated_account_dates_a_later_paragraph_by_the_year_it_named():
    # hb-n173-y: 县水务局召开2015年汛前检查动员部署会议 … 本次检查计划在3月20日以前全面完成检查任务
    text = ("本报讯 3月13日,县水务局召开2015年汛前检查动员部署会议,从即日起分赴全县17个乡镇开展汛前安全大检查。\n"
            "按照汛前大检查工作安排,本次检查主要包括5个重点内容。\n"
            "本次检查计划在3月20日以前全面完成检查任务,检查结果由县防办集中汇总上报。\n")
    [doc] = read_text(text, "news.txt")
    assert [d.date for r in extract_document(doc).rules for d in r.deadlines] == ["2015-03-20"]


def test_a_news_result_is_no_target_though_it_says_quebao_or_lists_yaoqiu():
    # hb-n178-y: 確保了…平穩,取得了…森林草原零火災…的好成績; hb-n175-y: 措施、要求,做到…全覆盖 (work done)
    text = ("市应急管理局召开发布会\n"
            "2022年,确保了全市安全生产形势总体平稳,取得了森林草原零火灾、洪涝灾害零死亡“双零”的好成绩。\n"
            "该镇成立了领导小组,明确行动时间步骤和工作重点、措施、要求,做到镇、村、社全覆盖,生产经营单位全覆盖。\n")
    [doc] = read_text(text, "news.txt")
    assert doc.meta.genre == "news"
    assert [t.text for r in extract_document(doc).rules for t in r.targets] == []


# phrasings of the genre's grammar no batch has yet (a probe of 公文 wordings, not a miss): each read as convention 9/11 say


def test_the_latest_day_without_qian_is_a_deadline():
    assert [d.date for d in parse_deadlines("总结报送时间不晚于2024年10月31日。")] == ["2024-10-31"]
    assert [d.date for d in parse_deadlines("整改时限最迟为6月底;最迟6月底。", 2024)] == ["2024-06-30"]


def test_a_quoted_zero_that_is_aimed_at_is_a_target():
    assert [(t.metric, t.op, t.value) for t in parse_targets("确保全年实现“零伤亡”")] == [("伤亡", "==", 0)]
    assert parse_targets("开展“零事故”创建活动") == []             # a campaign's name stays none


def test_a_share_of_a_population_to_complete_something_is_a_target():
    assert [(t.op, t.value, t.unit) for t in parse_targets("力争90%以上的企业完成标准化建设")] == [(">=", 90, "%")]
    assert parse_targets("全市90%以上的企业完成了标准化建设") == []   # a result


def test_a_floor_of_people_is_a_teams_size_not_a_target():
    # hb-u131-y: 消防工作站工作人员不少于5人,其中在编人员不少于2人 (a staffing standard); 危险化学品安全管理条例:
    # 监督检查人员不得少于2人 (a law's number, convention 1)
    assert parse_targets("消防工作站工作人员不少于5人,其中在编人员不少于2人,并明确为消防专管员") == []
    assert parse_targets("监督检查人员不得少于2人,并应当出示执法证件") == []


def test_the_years_end_an_aim_names_is_a_deadline():
    # hb-u132-y: 确保2007年底100%社区消防建设达标
    assert [d.date for d in parse_deadlines("确保2007年底100%社区消防建设达标")] == ["2007-12-31"]


@pytest.mark.parametrize("text, numbers", [
    # a meeting's demands as ordinals in one paragraph (a probe of the genre's shapes; each is its own item)
    ("某镇安全生产工作部署\n会议要求:第一,要加强组织领导,各村要成立工作专班。第二,要开展隐患排查,各部门要全面排查。"
     "第三,要强化值班值守,镇安监办要每日调度。\n", ["第一", "第二", "第三"]),
    ("会议强调,其一,各村要成立专班;其二,各部门要全面排查;其三,镇安监办要每日调度。\n", ["其一", "其二", "其三"]),
    # a task list whose line breaks were lost: 1.…;2.…;3.…
    ("某镇方案。主要任务:1.加强组织领导,各村要成立专班;2.开展隐患排查,各部门要全面排查;3.强化值班值守,镇安监办要每日调度。\n",
     ["1.", "2.", "3."]),
])
def test_inline_ordinals_and_arabic_numbers_are_items(text, numbers):
    [doc] = read_text(text, "account.txt")
    rules = extract_document(doc).rules
    assert [r.number for r in rules if r.number] == numbers
    assert [r.responsible.lead for r in rules if r.number] == [["各村"], ["各部门"], ["镇安监办"]]


@pytest.mark.parametrize("text, expected", [
    # a probe of the genre's frequency wordings without 每 (convention 10: a period named)
    ("实行安全生产月报制度", [("month", 1)]),
    ("建立周报、月报制度", [("week", 1), ("month", 1)]),
    ("应急演练一年两次,由各单位组织", [("year", 2)]),
    ("专项检查半年一次", [("half_year", 1)]),
    ("每年6月、12月各开展一次", [("year", 2)]),
    # counts of events and forms are none
    ("近一年两次发生火灾", []),
    ("按时填写月报表", []),
])
def test_periods_named_without_mei(text, expected):
    assert [(f.period, f.min_count) for f in parse_frequencies(text)] == expected


# the third fresh batch hb-…-y181+ (measured before these changes, commit before)


def test_zero_aims_in_a_list_and_before_a_requirement():
    # hb-u182-y: 以杜绝重特大事故、遏制较大事故、减少一般事故…为主要目标; hb-n181-y: …不发生较大及以上安全生产事故的工作要求
    assert [(t.metric, t.op) for t in parse_targets("以杜绝重特大事故、遏制较大事故、减少一般事故为主要目标")] == [
        ("重特大事故", "==")]
    assert [(t.metric, t.op) for t in parse_targets("关于举办前后不发生较大及以上安全生产事故的工作要求,近日")] == [
        ("较大及以上安全生产事故", "==")]
    # hb-n154-y: 杜絕突發應急事件遲報、漏報 forbids a reporting fault (a behaviour), no target
    assert parse_targets("確保信息上下暢通,杜絕突發應急事件遲報、漏報。") == []


@pytest.mark.parametrize("text, expected", [
    # hb-u184-y: a task list's shares that open their clause (Traditional in the copy)
    ("5、開展消防安全社區創建達標活動,黨的召開前60%的社區達標。", [(">=", 60)]),
    ("2、80%的鄉鎮、街道消防安全網格實現規範化管理。", [(">=", 80)]),
    ("所有重點單位和80%的街道社區按標準建立微型消防站。", [(">=", 80)]),
    ("7、直轄市、省會市和計劃單列市建成消防遠程監控系統,70%以上的火災高危單位接入系統。", [(">=", 70)]),
    # hb-u91-y: 50%的社区建立公共消防器材配置点
    ("组织社区开展消防安全互查互督,50%的社区建立公共消防器材配置点;", [(">=", 50)]),
    # facts and results are none
    ("全市80%的事故发生在农村", []),
    ("去年80%的企业建立了台账", []),
])
def test_a_share_that_opens_a_task_is_a_target(text, expected):
    assert [(t.op, t.value) for t in parse_targets(text)] == expected


def test_a_window_from_a_day_it_opens_to_a_day_it_ends():
    # hb-n181-y: 从3月7日开始至6月30日结束, the year from the 文号 its sentence cites (郫安委〔2013〕1号)
    text = "近日,县政府安委会下发《关于…的通知》(郫安委〔2013〕1号),从3月7日开始至6月30日结束,在全县范围内开展专项整治工作。"
    assert [d.date for d in parse_deadlines(text)] == ["2013-06-30"]


def test_ordinal_adverbs_in_one_paragraph_are_items():
    # a probe of the genre's shapes: 会议要求,首先要…;其次要…;最后要… (a run from 首先 then 其次, 最后 closing it)
    text = "会议要求,首先要提高认识,各村要高度重视;其次要排查隐患,各部门要全面排查;最后要强化值守,镇安监办要每日调度。\n"
    [doc] = read_text(text, "account.txt")
    rules = extract_document(doc).rules
    assert [r.number for r in rules if r.number] == ["首先", "其次", "最后"]
    assert [r.responsible.lead for r in rules if r.number] == [["各村"], ["各部门"], ["镇安监办"]]
    # a lone 首先 is no run
    [doc] = read_text("首先要提高认识。各村要高度重视。\n", "one.txt")
    assert [r.number for r in extract_document(doc).rules] == [""]


def test_full_coverage_without_gaps_is_the_state_to_reach():
    # hb-n92-x: 确保全覆盖无盲区 (convention 3); an activity's 全覆盖无死角排查 stays none
    assert [(t.op, t.value) for t in parse_targets("对全县所有在建项目进行全面彻底的隐患排查整治,确保全覆盖无盲区。")] == [
        (">=", 100)]
    assert parse_targets("开展全覆盖无死角排查") == []


# the fourth fresh batch hb-…-y191+ (measured before these changes, commit before)


def test_a_hundred_percent_in_words_due_within_the_year_an_aim_names():
    # hb-u192-y: 确保年内人员密集场所一般单位百分百达标 (2012 from its title)
    text = "要组织行业、系统主管单位、部门开展社会单位“四个能力”达标创建工作,确保年内人员密集场所一般单位百分百达标。"
    assert [(t.op, t.value, t.unit) for t in parse_targets(text)] == [(">=", 100, "%")]
    assert [d.date for d in parse_deadlines(text, 2012)] == ["2012-12-31"]


def test_a_hedged_zero_is_a_direction():
    # hb-u193-y: 杜绝或减少重特大火灾尤其是群死群伤火灾事故的发生
    assert parse_targets("杜绝或减少重特大火灾尤其是群死群伤火灾事故的发生,实现消防工作与经济社会协调发展") == []


def test_a_monthly_ranking_as_a_regime_is_a_frequency():
    # hb-n195-y: …每月开展一次集中曝光,…每季度县政府常务会议上进行通报,实行月度排名、末位发言
    text = "每月开展一次集中曝光,督查情况将在每季度县政府常务会议上进行通报,实行月度排名、末位发言"
    assert [(f.period, f.min_count) for f in parse_frequencies(text)] == [("month", 1), ("quarter", 1), ("month", 1)]
    assert parse_frequencies("纳入年度考核") == []


def test_a_run_of_cn_paren_items_whose_first_follows_a_heading_word():
    # hb-u192-y: …责任状:一、各乡(镇)责任目标(一)落实政府消防工作责任。…(二)严格控制火灾事故。…(三)落实…
    text = ("市政府决定下达以下责任状:一、各乡(镇)责任目标(一)落实政府消防工作责任。各乡(镇)政府要明确消防工作责任。"
            "(二)严格控制火灾事故。本行政区域年内不发生较大及以上火灾事故。(三)落实消防规划编制。加快消防通道建设。\n")
    [doc] = read_text(text, "target-letter.txt")
    assert [r.number for r in extract_document(doc).rules if r.number][-3:] == ["(一)", "(二)", "(三)"]
