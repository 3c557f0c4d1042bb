"""The cascade of upper rules onto 城东街道 (profiles/chengdong.yaml): expected values read from the
fixture rule files (fixtures/*.yaml, copied from the national plan and a test district file)."""

from __future__ import annotations

import dataclasses

import pytest

from safeplan.errors import SafeplanError
from safeplan.generators import build_cascade
from safeplan.generators.cascade import cascade, rule_ref
from safeplan.profiles import Override


def _by_ref(c):
    return {item.ref: item for item in c.items + c.annex}


def test_every_upper_task_binding_a_street_is_an_item_or_in_the_annex(national, district, profile):
    c = build_cascade([national, district], profile)
    # the nearest upper plan (the district's) first, whatever the order of the rule files
    assert [i.ref for i in c.items] == [
        "示安委〔2024〕3号 二(一)1", "示安委〔2024〕3号 二(二)1",
        "安委〔2024〕2号 三(一)1", "安委〔2024〕2号 三(三)4", "安委〔2024〕2号 三(三)6", "安委〔2024〕2号 三(四)9",
        "安委〔2024〕2号 三(五)12", "安委〔2024〕2号 三(七)17"]
    assert [i.ref for i in build_cascade([district, national], profile).items] == [i.ref for i in c.items]
    # 区交通运输局's own inspection is the district's work (市/区县), not a street task; 2.2.2 binds the
    # district only (applies_to); 四(二) 加强安全投入 feeds the street's own 保障措施, it is no task
    assert [i.ref for i in c.upper_only] == ["示安委〔2024〕3号 二(一)2"]
    assert c.annex == []
    assert [(s.title, s.citation) for s in c.safeguards] == [("加强安全投入", "〔依据：安委〔2024〕2号 四（二）〕")]


def test_groups_follow_the_upper_plans(national, district, profile):
    c = build_cascade([national, district], profile)
    assert [g.title for g in c.tasks] == [
        "燃气安全专项整治", "有限空间作业整治", "开展生产经营单位主要负责人安全教育培训行动", "开展重大事故隐患动态清零行动",
        "开展安全科技支撑和工程治理行动", "开展生产经营单位从业人员安全素质能力提升行动", "开展安全生产精准执法和帮扶行动"]


@pytest.mark.parametrize("ref, lead, support", [
    # 综合统筹乡镇(街道)…人员力量: the street's own coordination → the lead office; 消防工作 → 消防站 supports
    ("安委〔2024〕2号 三(七)17", "街道应急管理办公室", "街道消防工作站、各社区"),
    # 各镇(街道) on a 燃气 inspection → the office answering for 燃气
    ("示安委〔2024〕3号 二(一)1", "街道城市建设办公室", "各社区"),
    # 行业主管部门 on a 有限空间 rule → 经发办
    ("示安委〔2024〕3号 二(二)1", "街道经济发展办公室", "各社区"),
    # no unit written, no sector → the lead office
    ("安委〔2024〕2号 三(三)6", "街道应急管理办公室", ""),
    # no unit written: the sector the item opens with (老旧场所消防设施) leads, the others (自建房) support,
    # and 东湖社区, the community that has 自建房
    ("安委〔2024〕2号 三(四)9", "街道消防工作站", "街道城市建设办公室、东湖社区"),
    # the businesses' own checks, no sector named → the lead office supervises
    ("安委〔2024〕2号 三(三)4", "街道应急管理办公室", ""),
], ids=["coordination", "street-by-sector", "sector-departments", "office", "topic-sector", "businesses"])
def test_upper_wording_maps_onto_the_profile(national, district, profile, ref, lead, support):
    item = _by_ref(build_cascade([national, district], profile))[ref]
    assert (item.lead_text(), item.support_text()) == (lead, support)


def test_deadlines_are_inherited_one_date_and_never_after_the_period(national, district, profile):
    from safeplan.rules.model import Responsible

    items = _by_ref(build_cascade([national, district], profile))
    assert items["示安委〔2024〕3号 二(一)1"].deadline_text(profile) == "2024年9月底前"
    # 2027年底前 is after the street's 2024—2026 period: pulled in, in the text too
    rule = dataclasses.replace(district.rules[1], text="各镇(街道)开展燃气运输车辆专项检查，2027年底前实现运输车辆动态监控全覆盖。",
                               responsible=Responsible(lead=["各镇(街道)"]))
    late = cascade([dataclasses.replace(district, rules=[rule])], profile).items[0]
    assert late.deadline_text(profile) == "2026年底前"
    assert late.text == "开展燃气运输车辆专项检查，2026年底前实现运输车辆动态监控全覆盖。"
    # a recurring task without a deadline is 长期坚持 and keeps its frequencies
    drill = items["安委〔2024〕2号 三(五)12"]
    assert drill.deadline_text(profile) == "长期坚持"
    assert [f.text for f in drill.frequencies] == ["每年至少组织开展1次疏散逃生演练", "高危行业领域每半年至少1次"]


def test_a_stricter_override_replaces_the_target_in_text_and_goals(district, profile):
    stricter = dataclasses.replace(profile, overrides=[Override("检查对象分层分级分类纳管率", ">=", 98, "%")])
    c = build_cascade([district], stricter)
    item = _by_ref(c)["示安委〔2024〕3号 二(一)1"]
    assert "检查对象分层分级分类纳管率达98%以上" in item.text
    # the override is printed as the street's goal, beside what the upper level asks
    assert [(g.text, g.targets[0].value) for g in c.goals] == [
        ("检查对象分层分级分类纳管率达到98%以上（本街道目标，上级要求达95%以上）", 98)]


def test_placeholder_years_are_resolved_from_the_period(profile, template):
    item = cascade([template], profile).items[0]
    assert item.text == ("城东街道负有安全生产管理责任的行业领域各部门2024年底前基本消除重大事故隐患存量，"
                         "2025年底前有效遏制重大事故隐患增量，2026年底前形成重大事故隐患动态清零的常态化机制。")
    assert [d.date for d in item.deadlines] == ["2024-12-31", "2025-12-31", "2026-12-31"]
    assert item.lead_text() == "街道应急管理办公室" and item.support_text() == "各社区"
    # one date: the first the item binds (the later milestones are in its text)
    assert item.deadline_text(profile) == "2024年底前"


def test_an_unresolvable_placeholder_year_stops_before_anything_is_written(bare_profile, template, tmp_path):
    from safeplan.generators import generate_plan

    rule = template.rules[0]
    rule.text = "20__年底前基本消除重大事故隐患存量。"
    rule.deadlines = rule.deadlines[:1]
    with pytest.raises(SafeplanError) as err:
        generate_plan([template], bare_profile, ["md"], tmp_path)
    assert "test-template:3.2.1 has 1 placeholder year(s) 20__" in str(err.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("path, number, ref", [
    (["三、主要任务", "(三)开展重大事故隐患动态清零行动。"], "6.", "三(三)6"),
    (["三、主要任务", "（二）开展隐患清零行动"], "1、", "三(二)1"),
    (["四、保障措施"], "(二)", "四(二)"),
])
def test_citations_write_the_number_path_as_written(national, path, number, ref):
    rule = dataclasses.replace(national.rules[0], path=path, number=number)
    assert rule_ref(national, rule) == ref


def test_a_law_article_is_cited_by_article(law):
    assert rule_ref(law, law.rules[2]) == "第二十八条"


def test_a_deadline_whose_year_was_inferred_names_its_year(national, profile):
    from safeplan.rules.model import Deadline

    rule = dataclasses.replace(national.rules[3], text="各镇(街道)3月底前完成辖区重点企业隐患排查。", frequencies=[],
                               deadlines=[Deadline(text="3月底前", year=2025, month=3, day=31, date="2025-03-31",
                                                   inferred=True)])
    item = cascade([dataclasses.replace(national, rules=[rule])], profile).items[0]
    assert item.deadline_text(profile) == "2025年3月底前"


def test_a_task_led_by_the_communities(national, profile):
    from safeplan.rules.model import Responsible

    rule = dataclasses.replace(national.rules[3], responsible=Responsible(lead=["各社区"], support=["城建办"]))
    item = cascade([dataclasses.replace(national, rules=[rule])], profile).items[0]
    # named to lead, the communities own the task: each of them is its 责任单位
    assert item.level == "村/社区"
    assert (item.lead_text(), item.support_text()) == ("东湖社区、新华社区、光明社区", "街道城市建设办公室")
    assert item.involves("光明社区", community=True) == "lead"
    assert item.involves("街道城市建设办公室", community=False) == "support"
