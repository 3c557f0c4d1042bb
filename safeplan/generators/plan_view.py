"""What the 实施方案 template is given: the notice, the plan's sections and the task table, with the unit's
own facts (its kind, leaders by post, reporting dates) and our own wording for the parts a street or town
writes itself (职责分工, 实施步骤, 保障措施, 工作要求). Upper text reaches it only through the cascade."""

from __future__ import annotations

import re
from dataclasses import dataclass

from safeplan.corpus.numerals import int_to_cn
from safeplan.generators.cascade import Cascade, upper_label
from safeplan.generators.content import ItemView, TaskRow, item_view, theme
from safeplan.generators.phrasing import gongwen_text, short_line
from safeplan.profiles import Profile

TITLE_WIDTH = 20          # characters of 2号 on the 156 mm line
DEFAULT_REPORT_DATES = ("06-10", "12-10")
_BREAK_AFTER = ("《", "街道", "镇", "乡", "攻坚", "三年行动", "行动", "工作", "安全生产")
_BREAK_BEFORE = ("实施方案", "工作方案", "（", "的通知", "任务分解表")


@dataclass
class Leader:
    role: str
    posts: str


@dataclass
class Phase:
    number: str
    name: str
    span: str
    text: str


@dataclass
class Paragraph:
    title: str
    body: str
    citation: str = ""


@dataclass
class GroupView:
    number: str
    title: str
    items: list[ItemView]


@dataclass
class PlanView:
    title: str
    title_lines: str            # the title broken at word boundaries, lines joined by |
    notice_title: str
    notice_lines: str
    issuer_mark: str
    theme: str
    basis: str
    period_text: str
    goals: list[str]
    leaders: list[Leader]
    team: str
    division: list[Paragraph]
    groups: list[GroupView]
    phases: list[Phase]
    safeguards: list[Paragraph]
    requirements: list[Paragraph]
    annex_title: str
    rows: list[TaskRow]         # the 附件 任务分解表: the measure cut to its short line
    pending: list[ItemView]     # 待明确责任
    date_text: str              # 成文日期, or 　年　月　日 for the office to fill
    print_office: str
    copy_to: str


def break_title(title: str, width: int = TITLE_WIDTH) -> list[str]:
    """A 标题 in lines of at most `width` characters, broken only between words (after 《, a unit's name,
    攻坚…; before 实施方案, （, 的通知), the lines as even as possible (GB/T 9704: 回行时词意完整, 长短适宜)."""
    if len(title) <= width:
        return [title]
    cuts = set()
    for word in _BREAK_AFTER:
        cuts |= {m.end() for m in re.finditer(re.escape(word), title)}
    for word in _BREAK_BEFORE:
        cuts |= {m.start() for m in re.finditer(re.escape(word), title)}
    cuts = sorted(c for c in cuts if 0 < c < len(title))
    best = None
    for lines in range(2, 4):
        for combo in _combinations(cuts, lines - 1):
            bounds = [0, *combo, len(title)]
            parts = [title[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
            if max(len(p) for p in parts) > width:
                continue
            score = (lines, max(len(p) for p in parts) - min(len(p) for p in parts))
            if best is None or score < best[0]:
                best = (score, parts)
        if best:
            return best[1]
    return [title[i:i + width] for i in range(0, len(title), width)]


def _combinations(cuts: list[int], n: int):
    if n == 0:
        yield ()
        return
    for i, c in enumerate(cuts):
        for rest in _combinations(cuts[i + 1:], n - 1):
            yield (c, *rest)


def _leaders(profile: Profile) -> list[Leader]:
    if profile.leaders:
        return [Leader(gongwen_text(x.role), "、".join(gongwen_text(p) for p in x.posts)) for x in profile.leaders]
    kind, below = profile.unit.kind, profile.unit.below
    if kind == "街道":
        head, deputy = "街道党工委书记、办事处主任", "分管安全生产工作的办事处副主任"
    else:
        head, deputy = f"{kind}党委书记、{kind}长", f"分管安全生产工作的副{kind}长"
    return [Leader("组长", head), Leader("副组长", deputy),
            Leader("成员", f"{kind}各部门主要负责人，各{below}党组织书记")]


def _phases(profile: Profile) -> list[Phase]:
    """实施步骤: at least three dated phases inside the plan's period."""
    start, end = profile.start_year, profile.end_year
    month = int(profile.date[5:7]) if profile.date else 3
    month = min(max(month, 1), 9)
    below = profile.unit.below
    phases = [("动员部署", f"{start}年{month}月—{start}年{month + 1}月",
               f"召开专题会议部署治本攻坚工作，细化任务分解表，各部门、各{below}明确专人负责，将任务逐项落实到人。"),
              ("排查整治", f"{start}年{month + 2}月—{start}年12月",
               f"各部门按行业领域、各{below}按网格开展全覆盖排查，建立隐患和问题清单，边查边改、立查立改。")]
    if end - start >= 2:
        phases.append(("攻坚突破", f"{start + 1}年1月—{end - 1}年12月",
                       "聚焦排查发现的重大事故隐患和共性问题，集中力量攻坚整治，对进展缓慢的事项挂牌督办。"))
    if end > start:
        phases.append(("巩固提升", f"{end}年1月—{end}年12月",
                       "全面总结治本攻坚成效，固化行之有效的制度机制，形成重大事故隐患动态清零的常态化工作格局。"))
    else:
        phases = [("动员部署", f"{start}年{month}月", phases[0][2]),
                  ("排查整治", f"{start}年{month + 1}月—{start}年10月", phases[1][2]),
                  ("巩固提升", f"{start}年11月—{start}年12月",
                   "全面总结全年工作，固化行之有效的制度机制，查漏补缺，确保各项任务按期完成。")]
    office = profile.office_department()
    lead = f"由{office.name if office else profile.unit.office or profile.unit.name}牵头，"
    return [Phase(int_to_cn(i), name, span, lead + text) for i, (name, span, text) in enumerate(phases, 1)]


# the unit's own 保障措施 under the upper plan's headings, in our words (keyed by a word of the heading)
_SAFEGUARD_TEXT = (
    ("组织领导", "领导小组每季度至少召开1次会议，听取工作进展汇报，研究解决重点难点问题；各部门、各{below}主要负责同志"
                 "是本单位治本攻坚第一责任人，分管同志具体抓落实。"),
    ("投入", "{kind}财政统筹安排安全生产专项经费，优先保障重大事故隐患整改、基层应急力量和宣传培训等所需；"
            "督促辖区生产经营单位足额提取和使用安全生产费用。"),
    ("法规制度", "认真贯彻安全生产法律法规和上级标准规范，完善{kind}安全生产工作制度和隐患排查治理闭环管理机制。"),
    ("激励", "对治本攻坚中成绩突出的部门、{below}和个人予以通报表扬，在评先评优中优先推荐。"),
    ("考核", "将治本攻坚任务完成情况纳入各部门、各{below}年度安全生产目标责任考核，对工作不力、进展滞后的"
            "予以通报、约谈，严格问责问效。"),
)


def _safeguards(c: Cascade) -> list[Paragraph]:
    kind, below = c.profile.unit.kind, c.profile.unit.below
    out: list[Paragraph] = []
    used: set[str] = set()
    for section in c.safeguards:
        for word, text in _SAFEGUARD_TEXT:
            if word in section.title and word not in used:
                used.add(word)
                out.append(Paragraph(gongwen_text(section.title), text.format(kind=kind, below=below),
                                     gongwen_text(section.citation)))
                break
    for word, title in (("组织领导", "加强组织领导"), ("考核", "强化督导考核")):
        if word not in used:
            out.append(Paragraph(title, dict(_SAFEGUARD_TEXT)[word].format(kind=kind, below=below)))
    return out


def _division(c: Cascade, office: str) -> list[Paragraph]:
    kind, below = c.profile.unit.kind, c.profile.unit.below
    citation = gongwen_text(c.division[0].citation) if c.division else ""
    return [
        Paragraph("统筹协调", f"由{office}负责{kind}治本攻坚的统筹协调、调度督办和情况汇总，牵头落实本方案中"
                              f"未明确到行业的任务。", citation),
        Paragraph("行业监管", f"由{kind}各有关部门按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”"
                              "的要求，对本行业领域的任务细化措施、牵头推进，督促生产经营单位落实主体责任。"),
        Paragraph("属地管理", f"由各{below}负责本{below}范围内的安全生产工作，按照属地原则依托网格化管理开展日常巡查、"
                              f"居家安全检查和宣传发动，发现隐患及时劝导、登记并报告{kind}相关部门。"),
    ]


def _requirements(profile: Profile, office: str) -> list[Paragraph]:
    kind, below = profile.unit.kind, profile.unit.below
    dates = profile.reporting.dates if profile.reporting and profile.reporting.dates else DEFAULT_REPORT_DATES
    days = "、".join(f"{int(d[:2])}月{int(d[3:])}日" for d in dates)
    upward = (f"，由{office}汇总后报{gongwen_text(profile.reporting.to)}"
              if profile.reporting and profile.reporting.to else "")
    return [
        Paragraph("强化工作调度", f"{office}每月调度一次各部门、各{below}工作进展，对重点任务实行清单化管理、"
                               f"销号式推进。"),
        Paragraph("按时报送信息", f"各部门、各{below}明确一名信息联络员，于每年{days}前将阶段工作情况和下一步"
                               f"打算报送{office}{upward}；重大事故隐患和突出问题随时报告。"),
        Paragraph("做好总结评估", f"{profile.end_year}年11月底前，各部门、各{below}对治本攻坚三年行动开展情况进行全面总结，"
                               f"{kind}适时组织评估验收。"),
    ]


def plan_view(c: Cascade) -> PlanView:
    profile = c.profile
    subject = theme(c.rule_files)
    name = profile.unit.name
    years = profile.end_year - profile.start_year + 1
    if years == 1:
        title = f"{name}{profile.start_year}年{subject}实施方案"
        period_text = "通过一年攻坚"
    else:
        title = f"{name}{subject}实施方案（{profile.start_year}—{profile.end_year}年）"
        period_text = f"通过{int_to_cn(years)}年治本攻坚"
    notice = f"关于印发《{title}》的通知"
    office_unit = profile.office_department()
    office = office_unit.name if office_unit else (profile.unit.office or name)
    goals = list(dict.fromkeys(g.text.rstrip("。") + "。" for g in c.goals))
    groups = [GroupView(int_to_cn(i + 1), gongwen_text(g.title), [item_view(x, profile) for x in g.items])
              for i, g in enumerate(c.tasks)]
    rows = []
    for group in groups:
        for item in group.items:
            rows.append(TaskRow(len(rows) + 1, group.title, short_line(item.sentence), item.lead, item.support,
                                item.deadline, item.standard, item.citation))
    sector_offices = [d.name for d in profile.departments if d.sectors and d.name != office]
    team = (f"领导小组下设办公室（工作专班），设在{office}，由{office}主要负责同志任办公室主任，"
            f"{'、'.join(sector_offices) or profile.unit.kind + '各部门'}各抽调1名业务骨干集中办公，"
            f"负责日常统筹协调、调度督办和情况汇总。")
    issuer = gongwen_text(profile.unit.issuer)
    return PlanView(
        title=title, title_lines="|".join(break_title(title)), notice_title=notice,
        notice_lines="|".join(break_title(notice)), issuer_mark=f"{issuer}文件", theme=subject,
        basis="、".join(upper_label(rf) for rf in c.rule_files[:1]), period_text=period_text, goals=goals,
        leaders=_leaders(profile), team=team, division=_division(c, office), groups=groups,
        phases=_phases(profile), safeguards=_safeguards(c), requirements=_requirements(profile, office),
        annex_title=f"{name}{subject}任务分解表", rows=rows,
        pending=[item_view(x, profile) for x in c.annex],
        date_text=_cn_date(profile.date) if profile.date else "　年　月　日",
        print_office=f"{issuer}办公室" if not issuer.endswith("办公室") else issuer,
        copy_to=gongwen_text(profile.copy_to) if profile.copy_to else "",
    )


def _cn_date(iso: str) -> str:
    year, month, day = (int(p) for p in iso.split("-"))
    return f"{year}年{month}月{day}日"
