"""Field parsers on phrases of the batch-y dev texts from 41 up (tests/corpus/heldback, hb-…-y4…, split dev): units
named as the subject of running text (各A、B要…, 要求各单位要…, several subjects in one paragraph, a news sentence
opening with its date or 下一步, 县(市)、乡(镇)两级人民政府), a label closed by 。, those who form a group with its lead;
a rate written before its floor, a share of villages to reach, a news leader's 要; 到年底 and the year a title names.
Expected values are read off the quoted text."""

from pathlib import Path

import pytest

from safeplan.rules.deadlines import parse_deadlines
from safeplan.rules.extract import _aimed
from safeplan.rules.responsible import parse_responsible
from safeplan.rules.targets import parse_targets


@pytest.mark.parametrize("text, lead, support", [
    # hb-n47-y: a bare 部门 after 各… is one of the list, as written; the subject follows 会议要求,
    ("会议要求,各村(居)、部门要围绕“消除事故隐患,筑牢安全防线”活动主题,认真开展安全生产月活动。",
     ["各村(居)", "部门"], []),
    # hb-n46-y: 要求各单位要…
    ("会上,陈建伟传达了会议精神,要求各单位要提高认识,按照“三管三必须”的工作要求,切实认真履责。", ["各单位"], []),
    # hb-n42-y: every subject of the paragraph, 各… and the named bureau alike
    ("宋贤雄强调,各乡镇、各部门要高度重视,成立工作督查专班。县住建局要充分发挥牵头抓总作用,加强对各镇排查整治工作的"
     "业务指导。各单位、部门要加强沟通协调合作。", ["各乡镇", "各部门", "各单位", "部门", "县住建局"], []),
    # hb-n43-y: those who form the 督查组 with the lead support it
    ("安排部署到位。近日,屯溪区安委会办公室牵头,由阳湖镇、区科技经信局、区消防救援大队和九龙园区等组成联合督查组,"
     "开展“回头看”专项督查。", ["屯溪区安委会办公室"], ["阳湖镇", "区科技经信局", "区消防救援大队", "九龙园区"]),
    # hb-n43-y: a news sentence opens with 下一步 before the office that acts
    ("持续推进到位。下一步,区安委办将持续深入推动安全隐患“回头看”工作力度。", ["区安委办"], []),
    # hb-n44-y (its gold's notes): 11月7日,…组织召开…会议 reports a meeting held, no unit
    ("11月7日,未央区应急管理局组织召开冲刺60天工作专题会议,查漏补缺。", [], []),
    # hb-n41-y: a three-character office, and 结合… as what it does
    ("发挥好安全生产管理责任制作用。安监办结合不同时间节点风险类型,制定年度检查计划。", ["安监办"], []),
    # hb-u41-y: governments of a plan, the two levels' one lead as written (县 (市) spaced to align: no space kept)
    ("加强道路交通安全工作组织体系建设。县 (市)、乡(镇)两级人民政府要建立道路交通安全工作协调机制。同时。将农村道路"
     "交通安全工作纳入村委会工作职责。县级人民政府提供基本财政保障。",
     ["县(市)、乡(镇)两级人民政府", "县级人民政府"], []),
    # hb-s44-y: a label closed by 。 as the other lines of its list are
    ("三、组织机构 主办单位。安监所、宣教办、派出所、工会、共青团、妇联。 各主办单位负责人组成镇活动组委会。",
     ["安监所", "宣教办", "派出所", "工会", "共青团", "妇联"], []),
])
def test_units_in_running_text(text, lead, support):
    resp = parse_responsible(text, statute=True)
    assert (resp.lead, resp.support) == (lead, support)


@pytest.mark.parametrize("text", [
    "各村(居)和单位相应成立组织。",                                  # hb-s44-y: 相应 is no 应
    "8月9日,区安委办负责人一行赴广兴洲镇开展安全生产大检查。",           # (hb-n21-x) a person, 负责人
    "县级以上地方各级人民政府应当加强对安全生产工作的领导。",             # a law's article names no unit
    "明确问题整改的责任单位。督促企业落实整改。",                        # 责任单位。 closes a sentence, no label
])
def test_no_unit(text):
    resp = parse_responsible(text, statute=True)
    assert (resp.lead, resp.support) == ([], [])


def _targets(text):
    return [(t.op, t.value, t.unit) for t in parse_targets(text)]


def test_a_rate_written_before_its_floor_is_a_target():
    # hb-u43-y; 年内整改销案率 names a rate closed within the year, no deadline
    text = "县级挂牌督办重大隐患年内整改销案率95%以上。"
    assert _targets(text) == [(">=", 95, "%")]
    assert parse_deadlines(text, 2024) == []


def test_a_share_to_reach_is_a_target_where_its_clause_aims():
    # hb-u41-y
    assert _targets("基本实现全省所有乡(镇)、95%的建制村通班车,县城道路通行秩序明显好转") == [(">=", 95, "%")]
    assert _targets("全市80%的事故发生在农村地区") == []
    assert _targets("全县已实现了85%的企业达标") == []


def test_a_leaders_要_in_a_news_piece_aims():
    # hb-n45-y: 要…做到问题清零 is asked for; a count reported is not
    text = "杨祖斌要求,要建立问题整改责任清单,针对发现的问题,限期整改销号,做到问题清零。"
    [target] = parse_targets(text)
    assert (target.op, target.value) == ("==", 0)
    assert _aimed(target, text)
    reported = "截至目前,排查的问题已全部整改销号,问题清零。"
    assert not any(_aimed(t, reported) for t in parse_targets(reported))


def test_到年底_is_the_year_end():
    # hb-s43-y; the end of a window for work to be done is one too (heldback README convention 9)
    [d] = parse_deadlines("到年底,要求辖区内乡村和各类企事业单位基本完成应急预案编制工作", 2024)
    assert d.date == "2024-12-31"
    [d] = parse_deadlines("从即日起至年底,在全镇开展专项整治", 2024)
    assert d.date == "2024-12-31"
    assert parse_deadlines("截至年底,全镇共排查隐患", 2024) == []


@pytest.mark.parametrize("text, dates", [
    # hb-s44-y: the activity's window, its end
    ("活动时间。2014年6月1日至30日。在各村(居)和有关单位同时开展。", ["2014-06-30"]),
    # a month of a schedule's 时间安排 column, a day after 活动时间: (the table row as rule extraction reads it)
    ("专项整治行业名称：林产品加工；时间安排：11月份；责任单位：林站", ["2024-11-30"]),
    ("1.活动时间:6月16日。", ["2024-06-16"]),
    ("2023年8月至11月", ["2023-11-30"]),
    ("发布时间:2024年3月8日", []),                   # a page's time, no label of work
    ("每年6月至9月为汛期", []),                      # a recurring season
    ("2023年1月至今,全市共发生事故3起", []),          # no end
])
def test_the_end_of_a_window_or_a_labelled_date(text, dates):
    assert [d.date for d in parse_deadlines(text, 2024)] == dates


def test_a_span_to_finish_in_is_relative():
    # 用3个月左右时间 (heldback README convention 9)
    [d] = parse_deadlines("用3个月左右时间,全面排查整治城镇燃气安全隐患", 2024)
    assert d.relative and "3个月" in d.text


def test_a_text_without_a_date_takes_its_year_from_its_head(tmp_path: Path):
    # hb-s43-y: one flattened line opening with 2024 年…报告
    from safeplan.corpus.reader import read_documents
    from safeplan.rules.extract import extract_document

    path = tmp_path / "report.txt"
    path.write_text("2024 年镇应急管理工作中期评估报告 一、应急体系建设主要任务 (一)“一案三制”建设。 (2)企业、学校等"
                    "基层组织单位应急管理机制情况。到年底,要求辖区内乡村和各类企事业单位基本完成应急预案编制工作。\n",
                    encoding="utf-8")
    [doc] = read_documents(path)
    dates = [d.date for rule in extract_document(doc).rules for d in rule.deadlines]
    assert dates == ["2024-12-31"]


def test_a_window_in_an_account_is_kept_only_while_ahead():
    from safeplan.rules.extract import _ahead
    from safeplan.rules.model import Deadline

    assert _ahead(Deadline(text="即日起至10月底", month=10, day=31, date="2017-10-31"), "2017-08-04")
    assert _ahead(Deadline(text="8月1日至10月31日", month=10, day=31, date="2017-10-31"), "2017-08-04")
    assert not _ahead(Deadline(text="4月11日—4月14日", month=4, day=14, date="2017-04-14"), "2017-08-04")
    assert not _ahead(Deadline(text="4月11日—4月14日", month=4, day=14), None)


@pytest.mark.parametrize("text, lead, support", [
    # hb-u41-x, hb-n17-x: those asked to act (请…, 要求…) lead though no 要 follows them
    ("区委常委、副区长沈华棣要求“请区安委办牵头,对所列嘉定区的隐患点位,按通知要求,一一落实责任”。请各街镇按照通知要求,"
     "切实负起主体责任。", ["区安委办", "各街镇"], []),
    ("会议要求各镇乡(街道、园区)、市级相关部门加强领导,精心组织。", ["各镇乡(街道、园区)", "市级相关部门"], []),
    # hb-n41-x, hb-n47-x: 全区各…, 安委会各… (a bare 企业 is enterprises in general)
    ("全区各相关部门要从思想认识上高度重视。", ["全区各相关部门"], []),
    ("安委会各单位、企业要加强领导,精心组织。", ["安委会各单位"], []),
    # hb-n48-x: two offices joined by 和
    ("市县两级安委办和专业安委办要充分发挥综合协调作用。", ["市县两级安委办", "专业安委办"], []),
    # hb-r05-x… (company rules): a clause opening with its bare number; hb-r03: a 团队
    ("制应及时下发至各部门。2安全生产科将征求的意见汇总后反馈给公司总经理。", ["安全生产科"], []),
    ("技术支持团队负责提供专业技术支持,协助解决复杂的安全问题。", ["技术支持团队"], []),
    # hb-r03, hb-s44-y: an office set up to do the work leads it
    ("安委会下设办公室,负责日常安全管理事务,办公室主任由分管安全的副总经理兼任。", ["办公室"], []),
    ("三、组织机构 主办单位。安监所、宣教办、派出所。 各主办单位负责人组成镇活动组委会,组委会办公室设在镇安监所,"
     "具体负责组织、协调、指导工作。", ["安监所", "宣教办", "派出所", "组委会办公室"], []),
])
def test_units_asked_to_act_and_offices_set_up(text, lead, support):
    resp = parse_responsible(text, statute=True)
    assert (resp.lead, resp.support) == (lead, support)


def test_a_set_up_office_without_a_duty_is_no_unit():
    # hb-s43-y: 下设应急管理办公室,作为日常办事机构 (an organ described, nothing it is to do)
    assert parse_responsible("设立镇应急工作领导小组。下设应急管理办公室,作为日常办事机构。", statute=True).lead == []


@pytest.mark.parametrize("text, expected", [
    ("要达到杜绝较大事故发生,遏制一般安全事故的目标", [("==", 0, None)]),        # hb-n46-y: 达到 is no range's 到
    ("交通安全宣传教育社会化水平不断提高,宣传教育网络覆盖全部乡(镇)和行政村。", [(">=", 100, "%")]),   # hb-u41-y
])
def test_targets_of_batch_y41(text, expected):
    assert _targets(text) == expected


def _rules(tmp_path, text):
    from safeplan.corpus.reader import read_documents
    from safeplan.rules.extract import extract_document

    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    [doc] = read_documents(path)
    return extract_document(doc).rules


def test_a_covering_notice_names_who_is_to_act_but_not_its_addressees(tmp_path):
    # hb-u01 (dev): the notice before the plan asks the 县(区) and members to act; its addressee line is no unit
    rules = _rules(tmp_path, "广元市安全生产委员会关于印发《广元市安全生产治本攻坚三年行动方案》的通知\n"
                             "各县(区)安委会,市级有关部门(单位):\n"
                             "现将《方案》印发你们,请结合实际,认真抓好贯彻落实。各县(区)、广元经济技术开发区和市安委会有关成员单位"
                             "(详见任务分工)要认真研究制定本地工作方案。\n广元市安全生产委员会\n2024年3月7日\n"
                             "一、总体要求\n以习近平新时代中国特色社会主义思想为指导。\n")
    assert rules[0].responsible.lead == ["各县(区)", "广元经济技术开发区", "市安委会有关成员单位"]


def test_an_account_without_items_is_a_rule_when_it_names_who_is_to_act(tmp_path):
    # hb-n42-y: no target, deadline or frequency, but units asked to act; hb-n46-y: the closing bracket is a byline
    rules = _rules(tmp_path, "近日,清水县召开自建房安全专项整治工作推进会。\n宋贤雄强调,各乡镇、各部门要高度重视,"
                             "成立工作督查专班。县住建局要充分发挥牵头抓总作用。(澧县城头山镇政府)\n")
    assert [r.responsible.lead for r in rules] == [["各乡镇", "各部门", "县住建局"]]


@pytest.mark.parametrize("text, lead, support", [
    # hb-s45-y: each field of a 责任分工 names its lead; those it organises or works with support
    ("(一)道路交通领域\n镇派出所强化执法力度,严厉查处超载、超员等违法行为。联合交通部门检查“一超四究”制度执行情况。",
     ["镇派出所"], ["交通部门"]),
    ("镇应急办牵头,组织各村(居)委会及网格员开展“敲门行动”,逐户排查居民住宅火灾隐患。针对电动自行车,联合市场监管部门"
     "检查销售、维修店铺。", ["镇应急办"], ["各村(居)委会", "市场监管部门"]),
    # hb-n48-y: 各X and offices as subjects without 要
    ("二、开展安全检查。各行业安委员会结合三年专项整治、百日攻坚等活动,各村居安委会结合住宅消防大排查活动,开展安全生产"
     "大检查。", ["各行业安委员会", "各村居安委会"], []),
    ("三、森林防火。各村在做好防火宣传得同时,两委干部、护林员要不间断巡逻。镇安委会做好调度,一旦发现火情,立即组织人员"
     "扑救。", ["各村", "镇安委会"], []),
    ("五、规范化创建。各部门协力做好安全管理规范化乡镇创建工作。", ["各部门"], []),
    # hb-r31-y: the unit after 由
    ("公司安全大检查由安委会组织,各部门参加。", ["安委会"], []),
])
def test_subjects_without_要_and_those_a_lead_works_with(text, lead, support):
    resp = parse_responsible(text, statute=True)
    assert (resp.lead, resp.support) == (lead, support)


@pytest.mark.parametrize("text", [
    "健全区安委会组织框架,副区长均担任区安委会副主任。",            # (nanxun, corpus) a verb opens it: no name
    "各区、各部门全面统筹推进本区域三年行动进展。",                  # (tianjin news, corpus) a review of work done
])
def test_no_subject_unit(text):
    assert parse_responsible(text, statute=True).lead == []


@pytest.mark.parametrize("text, lead", [
    # hb-n52-x, hb-n51-x (dev): an office as subject after a comma; 各单位进一步…
    ("三要压实责任,高标准完成各项任务落实,区安委办、消安办要加强明查暗访和督导检查。", ["区安委办", "消安办"]),
    ("会议同意《重点任务清单》,区安委会负责按程序印发执行。", ["区安委会"]),
    ("各单位进一步做好人员密集场所消防安全工作。", ["各单位"]),
    # hb-s48-x (dev): 由X对…进行…
    ("明确由各村对限额以下工程进行包联监督。", ["各村"]),
    # hb-s13 (dev): 具体负责的工作小组 names a group, 负责的 is no 负责; hb-n01: 由…组成的巡查队对表对标 reports work done
    ("街办成立工作小组,街办群众工作站具体负责的工作小组,制定责任分工表。", []),
    ("由街道公共安全管理办及各社区安全员组成的“安全巡查队”对表对标,对辖区重点企业进行排查。", []),
])
def test_subjects_after_a_comma_and_由x对(text, lead):
    assert parse_responsible(text, statute=True).lead == lead


def test_frequencies_and_targets_of_the_x41_dev_texts():
    from safeplan.rules.frequencies import parse_frequencies

    # hb-n46-x: 按周、月 names two periods; hb-u44-x: 一年一度 is an idiom
    assert [(f.period, f.min_count) for f in parse_frequencies("按周、月定期开展安全检查")] == [("week", 1), ("month", 1)]
    assert parse_frequencies("这是一年一度最重要的安全生产宣传活动") == []
    # hb-s48-x: 以不出现亡人事故为目标
    assert _targets("全镇以不出现亡人事故为目标,压实责任") == [("==", 0, None)]
    # hb-s43-y: an account's 要求… aims (到年底,要求…,实现应急预案全覆盖)
    text = "到年底,要求辖区内乡村和各类企事业单位基本完成应急预案编制工作,实现应急预案全覆盖。"
    [target] = parse_targets(text)
    assert _aimed(target, text)


@pytest.mark.parametrize("text", [
    "下一步,区安委办将切实采取强有力措施,坚决杜绝已整治隐患问题“反弹”。",          # hb-n43-y
    "加大风险隐患排查整治,持续保持重大隐患动态清零,确保重点行业领域生产安全。",     # hb-n44-y
])
def test_坚决_and_保持_aim_in_a_news_piece(text):
    [target] = parse_targets(text)
    assert (target.op, target.value) == ("==", 0) and _aimed(target, text)


@pytest.mark.parametrize("text, dates", [
    # corpus/plans/jiedao-zhiben-gongjian-fangan-muban (篇2): a clause opening with a year's end is its deadline
    ("(1)道路交通领域:20__年底,农村公路临水临崖、急弯陡坡等险要路段警告标志、减速设施和路侧护栏设置", [(12, 31, True)]),
    ("1、总体目标。通过实施三年行动,实现辖区安全生产水平显著提升。20__年底,进一步梳理部分安全监管盲区。", [(12, 31, True)]),
    ("2025年底,全面实现城镇建成区消防供水全覆盖", [(12, 31, False)]),
    ("排查工作9月底完成", [(9, 30, False)]),
    # not a statistic's or a past event's date
    ("2023年末,全镇共有12个村(社区),50个自然村", []),
    ("2018年2月,宝安先试先行,制定了《实施意见》", []),
    ("2023年11月,区应急局印发方案", []),
])
def test_a_clause_opening_with_a_years_end(text, dates):
    assert [(d.month, d.day, d.placeholder) for d in parse_deadlines(text, 2024)] == dates


@pytest.mark.parametrize("text, lead", [
    ("要求区内各企业单位对照安全要求,开展自查自纠。", ["区内各企业单位"]),                      # hb-n55-x (dev)
    ("全州各级各部门要找准差距,补齐短板。", ["全州各级各部门"]),                                # hb-n57-x (dev)
    # hb-n56-x (dev): the site footer's 主办单位 is the site's owner, not who is to act
    ("会议要求,各乡镇、街道,各有关行业部门要针对岁末年初安全风险特点开展排查。\n\n"
     "主办单位:佳木斯市郊区人民政府办公室\n黑公网安备 23081102000108号   黑ICP备10008672号-2",
     ["各乡镇", "街道", "各有关行业部门"]),          # (the 各 list the comma joins to the one with 要, as hb-n56-x's gold)
])
def test_units_of_the_x41_news(text, lead):
    assert parse_responsible(text, statute=True).lead == lead


@pytest.mark.parametrize("text, found", [
    # hb-n49-y: a schedule's stages, two months sharing one 月 and a year's stage
    ("《行动计划》分四个阶段进行 , 今年4-5月为动员部署阶段、6-12月为排查整治阶段 , 2021年为集中攻坚阶段 , 2022年巩固提升阶段 。",
     [(5, 31, None), (12, 31, None), (12, 31, "2021-12-31"), (12, 31, "2022-12-31")]),
    ("1-11月,我市安全生产形势总体较为平稳", []),           # (hb-u44-x) a review's period
    ("2023年1-11月,全市共发生事故3起", []),
    ("1-12月份全市安全生产形势平稳", []),
])
def test_a_schedules_stages(text, found):
    assert [(d.month, d.day, d.date) for d in parse_deadlines(text, None)] == found


def test_an_undated_accounts_window_is_kept_unless_reported():
    from safeplan.rules.extract import _ahead
    from safeplan.rules.model import Deadline

    text = "《行动计划》分四个阶段进行 , 今年4-5月为动员部署阶段。近日,对4月11日—4月14日的行动开展了督查。"
    assert _ahead(Deadline(text="今年4-5月", month=5, day=31), None, text)
    assert not _ahead(Deadline(text="4月11日—4月14日", month=4, day=14), None, text)
