"""Rule files of the embedded corpus: deadlines, targets and frequencies as read off the source text."""

from pathlib import Path

import pytest

from safeplan.corpus import read_documents
from safeplan.rules.extract import extract_document
from safeplan.rules.model import Responsible
from safeplan.rules.rulefiles import load_rule_files

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "corpus" / "dev"   # copies of ../shared/corpus/dev, so a fresh clone runs them


def rules_of(rel, part=None):
    docs = read_documents(ROOT / rel)
    doc = next(d for d in docs if d.part == part)
    return extract_document(doc).rules


def test_every_embedded_document_has_a_valid_rule_file():
    files = load_rule_files([ROOT / "rules"])
    ids = {rf.document.id for rf in files}
    corpus = [p for p in (ROOT / "corpus").rglob("*") if p.suffix in (".txt", ".md")]
    expected = set()
    for p in corpus:
        expected |= {d.id for d in read_documents(p)}
    assert ids == expected
    assert {f"jiedao-zhiben-gongjian-fangan-muban-p{n}" for n in (1, 2, 3, 4)} <= ids


def test_national_plan_deadlines():
    got = [(r.id, d.text) for r in rules_of("corpus/national/anwei-2024-2-zhiben-gongjian.md")
           for d in r.deadlines]
    assert got == [("1.2", "2024年底前"), ("1.2", "2025年底前"), ("1.2", "2026年底前"), ("3.2.2", "2024年底前"),
                   ("3.3.5", "2024年底前"), ("3.3.6", "2024年底前"), ("3.4.7", "2024年底前"), ("3.4.7", "2025年底前"),
                   ("3.4.7", "2026年底前"), ("3.4.8", "2025年底前"), ("3.4.9", "2025年底前"), ("3.5.10", "2024年底前"),
                   ("3.5.10", "2025年底前"), ("3.5.11", "2024年底前"), ("3.6.14", "2025年底前"), ("3.7.16", "2024年底前"),
                   ("3.7.18", "三年内"), ("3.7.18", "2024年底前")]


def test_national_plan_frequencies():
    got = [(r.id, f.period, f.min_count, f.scope)
           for r in rules_of("corpus/national/anwei-2024-2-zhiben-gongjian.md") for f in r.frequencies]
    assert got == [("3.3.4", "quarter", 1, None), ("3.3.4", "month", 1, "高危行业领域"),
                   ("3.5.12", "year", 1, None), ("3.5.12", "half_year", 1, "高危行业领域")]


def targets_of(rules, ids=None):
    return [(r.id, t.metric, t.op, t.value, t.unit, t.due.text if t.due else None)
            for r in rules for t in r.targets if ids is None or r.id in ids]


def test_national_plan_targets():
    # 全覆盖 (>= 100%), 动态清零 (== 0); "一轮全覆盖条件复核" is a review, not a coverage target
    assert targets_of(rules_of("corpus/national/anwei-2024-2-zhiben-gongjian.md")) == [
        ("1.1", "重大事故隐患", "==", 0, None, None),
        # 2024年底前基本消除2023年及以前排查发现的重大事故隐患存量 (issue 19: 基本消除…存量 is a zero target)
        ("1.2", "2023年及以前排查发现的重大事故隐患存量", "==", 0, None, "2024年底前"),
        ("1.2", "重大事故隐患", "==", 0, None, "2026年底前"),
        ("3.1.1", "相关重点行业领域生产经营单位主要负责人教育培训", ">=", 100, "%", None),
        # (三)开展重大事故隐患动态清零行动 names a campaign, no target (heldback README convention 11; it was one before)
        ("3.4.7", "危化品重大危险源、煤矿、钢铁、铝加工(深井铸造)、重点粉尘涉爆等企业安全风险监测预警", ">=", 100, "%",
         "2025年底前"),
        ("3.4.9", "城镇建成区消防供水", ">=", 100, "%", "2025年底前"),
        ("3.4.9", "存在安全隐患自建房整治", ">=", 100, "%", "2025年底前"),
    ]


def test_nanxun_targets():
    assert targets_of(rules_of("corpus/plans/nanxun-2021-yjgl-gzyd.txt"), {"3.1.4", "3.3.3", "3.4.2", "3.4.3"}) == [
        ("3.1.4", "风险隐患整治", ">=", 100, "%", None),                 # 确保风险隐患整治全覆盖
        ("3.3.3", "小微园区社会化覆盖率", ">=", 80, "%", None),
        ("3.4.2", "新修订的预案演练率", ">=", 100, "%", None),            # 新修订的预案演练率达100%
        ("3.4.2", "其他预案演练率", ">=", 50, "%", None),                 # 其他预案演练率达50%以上
        ("3.4.3", "区、镇(开发区)两级基层执法装备规范配备率", ">=", 100, "%", None),
    ]


def test_street_plan_part2_staged_targets():
    rules = rules_of("corpus/plans/jiedao-zhiben-gongjian-fangan-muban.txt", 2)
    assert targets_of(rules, {"1.2.1"}) == [
        ("1.2.1", "街道应急消防管理站建立", ">=", 100, "%", "20__年底"),
        ("1.2.1", "检查对象分层分级分类纳管率", ">=", 95, "%", "20__年底"),
        ("1.2.1", "基层监管人员重大事故隐患检查准确率", ">=", 90, "%", "20__年底"),
        ("1.2.1", "已排查发现重大事故隐患存量", "==", 0, None, "20__年底"),
        ("1.2.1", "企业员工应知应会知识抽查知晓率", ">=", 95, "%", "20__年底"),
        ("1.2.1", "安全生产互助联盟", ">=", 2, "个", "20__年底"),
        ("1.2.1", "街道应急消防管理站达标", ">=", 100, "%", "20__年底"),
        ("1.2.1", "基层监管人员重大事故隐患检查准确率", ">=", 95, "%", "20__年底"),
        # (…死亡人数同比20__年-20__年双下降: a direction without a number, no target — heldback README convention 11)
        ("1.2.1", "较大生产安全事故", "==", 0, None, None),             # 力争不发生较大生产安全事故 (issue 19)
        ("1.2.1", "重特大生产安全事故", "==", 0, None, None),           # …,不发生重特大生产安全事故 (convention 11)
        ("1.2.1", "亿元GDP生产安全事故死亡率", "<=", 0.008, None, None),
    ]
    assert targets_of(rules, {"1.2.2.4", "2.1.3", "2.3.7"}) == [
        ("1.2.2.4", "区级以上建筑施工安全生产标准化管理优良工地占当年度竣工项目数量", ">=", 15, "%", "20__年底"),
        ("1.2.2.4", "新开工项目承插型盘扣式支撑架、全刚型附着式升降脚手架等新工艺、新技术应用覆盖", ">=", 100, "%",
         "20__年底"),
        ("2.1.3", "村(社区)网格协同开展安全生产、消防安全等工作覆盖率", ">=", 100, "%", "20__年"),
        ("2.1.3", "街道应急消防管理站覆盖", ">=", 100, "%", "20__年9月"),
        ("2.3.7", "文旅企业(单位)使用", ">=", 100, "%", "20__年"),
        ("2.3.7", "重点粉尘涉爆等企业安全风险监测预警", ">=", 100, "%", "20__年底前"),
    ]
    assert not any(t.direction == "decrease" for t in next(r for r in rules if r.id == "1.2.1").targets)


def test_street_plan_frequencies():
    def freqs(part):
        return [(r.id, f.period, f.min_count, f.scope)
                for r in rules_of("corpus/plans/jiedao-zhiben-gongjian-fangan-muban.txt", part) for f in r.frequencies]

    # 3.9.2 持续深化生产安全事故“一季一警示”活动: a quarterly activity written without 每 (issue 19)
    assert freqs(1) == [("3.2.1", "quarter", 1, None), ("3.2.1", "month", 1, "高危行业领域"),
                        ("3.9.1", "year", 1, None), ("3.9.1", "half_year", 1, "高危行业领域"), ("3.9.2", "quarter", 1, None)]
    assert freqs(2) == [("2.2.4", "half_year", 1, "高危行业领域"), ("2.2.4", "year", 1, None),
                        ("2.5.12", "month", 1, "高危行业领域"), ("2.5.12", "quarter", 1, "其他行业领域"),
                        ("2.5.14", "year", 1, None), ("3.1", "quarter", 1, None),
                        ("3.3", "quarter", 1, None)]        # 建立季度例会制度: a quarterly meeting as a regime
    # 篇3: 每年初组织…述职, 每半年组织1次督导检查, 每年组织召开一次培训会议, 16、…每年至少组织1次 / 每季度学习1次,
    # 每月调度各社区, 每半年…总结, 每年6月10日、12月10日前报送
    assert freqs(3) == [("2.1.3", "year", 1, None), ("2.1.4", "half_year", 1, None), ("2.1.5", "year", 1, None),
                        ("2.7.16", "year", 1, None), ("2.7.16", "quarter", 1, None), ("4.1", "month", 1, None),
                        ("4.4", "half_year", 1, None), ("4.4", "year", 2, None)]


def test_nanxun_goal_targets():
    rule = next(r for r in rules_of("corpus/plans/nanxun-2021-yjgl-gzyd.txt") if r.id == "2")
    got = [(t.metric, t.op, t.value, t.unit, t.direction, t.baseline) for t in rule.targets]
    assert got == [("生产安全事故起数", ">", 20, "%", "decrease", "前两年平均数"),
                   ("生产安全事故死亡人数", ">", 20, "%", "decrease", "前两年平均数"),
                   ("亿元GDP生产安全事故死亡率", ">", 25, "%", "decrease", "前两年平均数"),
                   ("自然灾害直接损失占全区GDP比例", "<=", 1, "%", None, None),
                   ("较大以上安全生产事故和自然灾害导致人员伤亡事故", "==", 0, None, None, None)]


def test_street_plan_part1_responsibility_lines_belong_to_the_section_and_its_children():
    rules = {r.id: r for r in rules_of("corpus/plans/jiedao-zhiben-gongjian-fangan-muban.txt", 1)}
    lead = ["街道安办", "街道负有安全生产管理责任的行业领域各部门", "各村(居)"]
    assert rules["3.2"].responsible.lead == lead
    assert [rules[i].responsible.lead for i in ("3.2.1", "3.2.2", "3.2.3")] == [lead, lead, lead]
    lead_35 = ["街道安办", "街道负有安全生产管理责任的行业领域各部门", "街道综合行政执法大队", "各村(居)"]
    assert [rules[i].responsible.lead for i in ("3.5", "3.5.1", "3.5.2")] == [lead_35] * 3
    lead_39 = ["街道负有安全生产管理责任的行业领域各部门", "各村(居)"]
    assert [rules[i].responsible.lead for i in ("3.9", "3.9.1", "3.9.2")] == [lead_39] * 3


def test_street_plan_placeholder_deadlines_have_no_year():
    for part in (1, 2, 3, 4):
        for r in rules_of("corpus/plans/jiedao-zhiben-gongjian-fangan-muban.txt", part):
            for d in r.deadlines:
                if d.text.startswith("20__"):
                    assert (d.year, d.date, d.placeholder) == (None, None, True)


def test_recurring_report_dates_are_a_frequency_not_a_deadline():
    rules = [r for part in (1, 2, 3, 4) for r in rules_of("corpus/plans/jiedao-zhiben-gongjian-fangan-muban.txt", part)]
    freqs = [f for r in rules for f in r.frequencies if f.dates]
    assert [(f.period, list(f.dates), f.min_count) for f in freqs] == [("year", ["06-10", "12-10"], 2)]
    assert not any("6月10日" in d.text for r in rules for d in r.deadlines)


@pytest.mark.skipif(not DEV.is_dir(), reason="dev texts not present")
def test_dev_slogans_are_not_targets():
    doc = read_documents(DEV / "09-district-yudu-zeren-luoshi-quanfugai-2022.txt")[0]
    data = extract_document(doc)
    metrics = [t.metric for r in data.rules for t in r.targets]
    assert not any("五个" in m or "1+5" in m for m in metrics)


@pytest.mark.skipif(not DEV.is_dir(), reason="dev texts not present")
def test_dev_counts_are_not_targets():
    doc = read_documents(DEV / "07-district-datong-yinhuan-yuepaicha-tongbao-2020.txt")[0]
    texts = [t.text for r in extract_document(doc).rules for t in r.targets]
    assert not any("6家单位" in t for t in texts)


def test_nanxun_led_by():
    rules = {r.id: r for r in rules_of("corpus/plans/nanxun-2021-yjgl-gzyd.txt")}
    # 3.3.1: "由区安委办牵头制定贯彻落实工作实施方案"; 3.1.4: "由主管部门牵头" names no unit
    assert rules["3.3.1"].responsible == Responsible(lead=["区安委办"], support=[])
    assert rules["3.1.4"].responsible == Responsible(lead=[], support=[])


@pytest.mark.skipif(not DEV.is_dir(), reason="dev texts not present")
def test_dev_brackets_after_each_task_and_spaced_frequency():
    doc = read_documents(DEV / "01-street-xinliao-anweihui-gongzuoyaodian-2023.txt")[0]
    rules = {r.id: r for r in extract_document(doc).rules}
    # (镇安委办牵头,镇安委会各成员单位依职责负责): the unit that 牵头 leads, the members support (issue 19)
    assert rules["1"].responsible == Responsible(lead=["镇安委办", "镇党建办"], support=["镇安委会各成员单位"])
    assert [(f.text, f.period, f.min_count) for f in rules["2.1"].frequencies] == [
        ("每季度至少组织研究 1 次", "quarter", 1)]


@pytest.mark.skipif(not DEV.is_dir(), reason="dev texts not present")
def test_dev_deadlines():
    def deadlines(name):
        doc = read_documents(DEV / name)[0]
        return [(d.text, d.date) for r in extract_document(doc).rules for d in r.deadlines]

    assert ("9月29日18时前", "2019-09-29") in deadlines("08-district-yangling-xinxi-baosong-tongzhi-2019.txt")
    anhui = deadlines("12-province-anhui-anweihui-gongzuoyaodian-2024.txt")
    assert ("6月25日", "2024-06-25") in anhui and ("12月20日前", "2024-12-20") in anhui
    assert ("3月底前", "2022-03-31") in deadlines("09-district-yudu-zeren-luoshi-quanfugai-2022.txt")


@pytest.mark.skipif(not DEV.is_dir(), reason="dev texts not present")
def test_dev_monthly_report_day():
    doc = read_documents(DEV / "11-city-wuzhong-shifan-chengshi-zeren-qingdan-2020.txt")[0]
    freqs = [(f.text, f.period, f.dates or None) for r in extract_document(doc).rules for f in r.frequencies]
    assert ("每月25日前上报1次", "month", ["25"]) in freqs
    assert ("每月通报1次", "month", None) in freqs


def test_kinds_follow_the_headings():
    kinds = {r.id: r.kind for r in rules_of("corpus/plans/nanxun-2021-yjgl-gzyd.txt")}
    # 一、指导思想 / 二、工作目标 / 三、主要任务 and every numbered task under it (3.3.3 speaks of 政策措施)
    assert (kinds["0"], kinds["1"], kinds["2"]) == ("background", "principle", "goal")
    assert {kinds[i] for i in kinds if i.startswith("3")} == {"task"}
    national = {r.id: r.kind for r in rules_of("corpus/national/anwei-2024-2-zhiben-gongjian.md")}
    assert (national["1.1"], national["1.2"], national["3.3.5"], national["4.1"]) == (
        "principle", "goal", "task", "requirement")


@pytest.mark.skipif(not DEV.is_dir(), reason="dev texts not present")
def test_dev_flattened_task_table():
    # dev 10: 主要任务 | 重点工作和要求 | 责任单位 | 完成时限 flattened to one cell a line, dated 2021年1月18日
    doc = read_documents(DEV / "10-city-ankang-zhuanxiang-zhengzhi-renwu-qingdan-2021.txt")[0]
    rules = {r.id: r for r in extract_document(doc).rules}
    got = [(i, rules[i].responsible.lead, [(d.text, d.date, d.inferred) for d in rules[i].deadlines])
           for i in ("1.1.1", "1.1.2", "1.1.3")]
    assert got == [("1.1.1", ["市安委办(工作专班办公室)"], [("1月20日前", "2021-01-20", True)]),
                   ("1.1.2", ["市级各专委会办公室", "市生态环境局"], [("2月10日前", "2021-02-10", True)]),
                   ("1.1.3", ["各县区(开发区)安委会"], [("2月5日前", "2021-02-05", True)])]
    # the covering notice: its addressees are no units, but 市安委办将持续跟踪问效 names one (heldback README convention 2)
    assert rules["0-2"].responsible == Responsible(lead=["市安委办"], support=[])      # (0: its header, addressees)


def test_ids_are_stable_and_an_edit_changes_only_its_rule():
    from safeplan.corpus import read_text

    raw = (ROOT / "corpus/plans/nanxun-2021-yjgl-gzyd.txt").read_text(encoding="utf-8")
    before = {r.id: r.text for r in extract_document(read_text(raw, "nanxun.txt")[0]).rules}
    again = {r.id: r.text for r in extract_document(read_text(raw, "nanxun.txt")[0]).rules}
    assert again == before
    edited = raw.replace("提高安全生产执法检查质量", "提高安全生产执法检查质量和效率")
    after = {r.id: r.text for r in extract_document(read_text(edited, "nanxun.txt")[0]).rules}
    assert after.keys() == before.keys()
    assert [i for i in before if before[i] != after[i]] == ["3.3.2"]


def test_a_text_without_numbered_items_gives_an_empty_rule_list():
    data = extract_document(read_documents(ROOT / "corpus/news/tianjin-2022-sannian-gongjian.txt")[0])
    assert data.document.id == "tianjin-2022-sannian-gongjian"
    assert data.rules == []


def test_news_pieces():
    # news: results are not targets; the routines they describe are frequencies
    def fields(rel):
        rules = rules_of(rel)
        return ([t.metric for r in rules for t in r.targets], [d.text for r in rules for d in r.deadlines],
                [(r.id, f.text, f.period, f.min_count) for r in rules for f in r.frequencies])

    assert fields("corpus/news/baoan-2021-anweiban-zongjie.txt") == ([], [], [("3.2", "每周开展两次", "week", 2)])
    assert fields("corpus/news/shenzhen-2024-345-moshi.txt") == ([], [], [      # (each paragraph is a rule)
        ("3", "每半个月", "half_month", 1), ("8", "每周", "week", 1), ("10", "每月", "month", 1)])
    assert fields("corpus/news/tianjin-2022-sannian-gongjian.txt") == ([], [], [])


def test_street_plan_parts_3_and_4_deadlines_targets_and_frequencies():
    """篇3 L84/L99/L111 and 篇4 L152, read off the template: every deadline there is 20__年底前 or 三年内."""
    def of(part):
        return {r.id: r for r in rules_of("corpus/plans/jiedao-zhiben-gongjian-fangan-muban.txt", part)}

    p3, p4 = of(3), of(4)
    deadlines = [(i, d.text, d.year, d.date) for rs in (p3, p4) for i, r in rs.items() for d in r.deadlines]
    assert deadlines == [("1.2", "20__年底前", None, None)] * 3 + [("2.4.10", "20__年底前", None, None),
                                                                 ("2.8.18", "三年内", None, None)] \
        + [("4.4.7", "20__年底前", None, None)] * 3
    # 1.2 …20__年底前基本消除…存量, …20__年底前形成重大事故隐患动态清零的常态化机制; 8、…确保辖区生产经营单位主要
    # 负责人教育培训全覆盖
    assert [(t.op, t.value, t.due.text if t.due else None) for t in p3["1.2"].targets] == \
        [("==", 0, "20__年底前"), ("==", 0, "20__年底前")]
    assert [(t.metric, t.op, t.value, t.unit) for t in p3["2.2.8"].targets] == \
        [("辖区生产经营单位主要负责人教育培训", ">=", 100, "%")]
    assert [(t.op, t.value) for t in p4["4.4.7"].targets] == [("==", 0), ("==", 0)]   # 基本消除…存量, 动态清零
    # 篇4: 7、…每季度带队检查; 14、…每年至少组织开展1次疏散逃生演练(高危行业领域每半年至少1次)
    assert [(i, f.period, f.min_count, f.scope) for i, r in p4.items() for f in r.frequencies] == \
        [("4.4.7", "quarter", 1, None), ("4.7.14", "year", 1, None), ("4.7.14", "half_year", 1, "高危行业领域")]


def test_nanxun_frequencies_and_deadlines():
    """The work points state two frequencies (3.1.2 …主要负责人每年向区安委会提交…书面述职报告; 3.1.4 实行“一月一主题
    微整治”, monthly though written without 每) and no deadline."""
    rules = rules_of("corpus/plans/nanxun-2021-yjgl-gzyd.txt")
    assert [(r.id, f.period, f.every, f.min_count, f.scope) for r in rules for f in r.frequencies] \
        == [("3.1.2", "year", 1, 1, None), ("3.1.4", "month", 1, 1, None)]
    assert [d for r in rules for d in r.deadlines] == []
