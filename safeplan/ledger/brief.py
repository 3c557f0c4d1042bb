"""The 简报: what a street's (or a district's) 安办 reports every week, half-month, month, quarter or half-year,
as data and sentences written from it — one `Briefing` that every writer (DOCX, HTML, Markdown) renders.

    briefing = build_briefing(ledger, "half-month", as_of="2025-06-30", unit="城东街道")
    paths = write_briefing(ledger, briefing, "out/简报", ["docx", "html", "md"])     # assigns 第N期

Where the figures come from (periods.py says which days a period covers):
- completion: `status()` on `as_of` and on the previous period's last day; a task is done when 已完成 or 销号;
  the rate is done ÷ tasks, rounded half-up to one decimal (status.completion_rate, as the completion chart
  prints it), and the change is the difference of the two
  rounded rates (so that the reader can check it from the printed figures);
- 晾晒 (ranking): a street's brief ranks its units (the street's own tasks as 街道本级, each community), a
  brief over several streets ranks the streets; order: completion rate (high first), then fewer 红 tasks,
  then name; units equal in rate and 红 share a rank (1, 2, 2, 4);
- the red list: tasks past their deadline and not done on `as_of`, longest overdue first, with 牵头;
- 重大隐患: opened (检查日期) and closed (已整改销号 复查日期) from the period's first day to `as_of`, and those
  still open on `as_of` (past their 整改时限 or not);
- 销号: tasks whose 销号 in force on `as_of` is dated in the period;
- due next: tasks not done whose deadline falls after `as_of` and by the end of the next period.
A table lists at most LIST_LIMIT rows (the longest overdue, the soonest due …) and says so; every count in the
sentences is the full count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import and_, or_, select

from safeplan.ledger.models import Closure, Record, Task, Unit
from safeplan.ledger.periods import Period, cn_date, cn_full_date, following, period_of, previous
from safeplan.ledger.policy import GREEN, RED, YELLOW
from safeplan.ledger.progress import CLOSE
from safeplan.ledger.status import LedgerStatus, TaskState, UnitFigures, completion_rate, status, units_of
from safeplan.ledger.store import Ledger
from safeplan.ledger.units import parse_day

ACTION = "安全生产治本攻坚三年行动"
LIST_LIMIT = 30
GANTT_ALL = 60        # the 作战图 shows every task up to this many, else GANTT_SOME of the 红 and 黄 ones
GANTT_SOME = 30
OWN = "本级"          # a street's own tasks beside its communities: 城东街道本级
_COLOUR_ORDER = (RED, YELLOW, GREEN)
# the table columns of numbers and short marks, centred in the DOCX and the HTML
CENTERED_COLUMNS = {"名次", "序号", "任务数", "已完成", "完成率", "较上期（百分点）", "逾期", "临期或滞后", "未整改重大隐患",
             "评价", "逾期天数", "剩余天数"}


@dataclass
class Table:
    number: int
    title: str
    header: list[str]
    rows: list[list[str]]
    note: str = ""              # 共N项，列出…: when the rows are fewer than the items
    widths: list[float] = field(default_factory=list)      # relative column widths (DOCX)


@dataclass
class Section:
    heading: str                # 一、总体情况
    paragraphs: list[str]
    table: Table | None = None
    chart: str | None = None    # completion | hazards | gantt: drawn after the paragraphs


@dataclass
class Overall:
    tasks: int
    done: int
    rate: Decimal | None        # None when there is no task
    previous_tasks: int
    previous_done: int
    previous_rate: Decimal | None
    change: Decimal | None      # percentage points, rate − previous_rate
    red: int
    yellow: int
    green: int
    closed_in_period: int


@dataclass
class RankRow:
    rank: int
    unit: str
    tasks: int
    done: int
    rate: Decimal | None
    change: Decimal | None
    red: int
    yellow: int
    major_open: int
    colour: str


@dataclass
class RedTask:
    unit: str
    number: int
    text: str
    due: dt.date
    days_overdue: int
    lead: str
    status: str
    percent: int


@dataclass
class MajorHazard:
    unit: str
    seq: int
    place: str
    description: str
    found: dt.date
    due: dt.date | None
    closed_on: dt.date | None   # on or before as_of, else None
    owner: str
    days_overdue: int           # 0 unless open past its 整改时限


@dataclass
class ClosedTask:
    unit: str
    number: int
    text: str
    closed_on: dt.date
    approver: str


@dataclass
class DueTask:
    unit: str
    number: int
    text: str
    due: dt.date
    days_left: int
    status: str
    percent: int
    lead: str


@dataclass
class Briefing:
    title: str                  # the series: 城东街道安全生产治本攻坚三年行动工作简报
    headline: list[str]         # the article's title under the red line, by line
    issuer: str                 # 编发单位
    area: str                   # 全街道 / 东湖社区 / 辖区20个街道: how the sentences name the whole
    unit: str | None
    period: Period
    previous: Period
    next: Period
    as_of: dt.date
    overall: Overall
    ranking: list[RankRow]
    red: list[RedTask]          # all of them; the table shows LIST_LIMIT
    majors_opened: list[MajorHazard]
    majors_closed: list[MajorHazard]
    majors_open: list[MajorHazard]
    hazards_found: int          # every 隐患 (一般 and 重大) found in the period
    hazards_closed: int
    closed: list[ClosedTask]
    due_next: list[DueTask]
    lead: str                   # the first sentence
    sections: list[Section]
    figures: list[UnitFigures]  # the ranked units' figures (for the completion chart), in rank order
    status: LedgerStatus        # on as_of
    gantt: list[TaskState]      # the tasks the 作战图 shows (units named as in the tables: 城东街道本级)
    plan_start: dt.date         # the plan's first day: the 隐患 chart starts there
    report_to: str = ""         # 报送
    send_to: str = ""           # 发送
    number: int | None = None   # 第N期: set by write_briefing


def masthead_lines(title: str) -> tuple[str, str]:
    """(城东街道安全生产治本攻坚三年行动, 工作简报): a 简报's title as its red masthead sets it, the name above the
    word 简报 (工作简报, 简报); ('…', '') for a title that does not end in 简报."""
    for tail in ("工作简报", "简报"):
        if title.endswith(tail) and len(title) > len(tail):
            return title[:-len(tail)], tail
    return title, ""


def percent_text(rate: Decimal | None) -> str:
    return "—" if rate is None else f"{rate}%"


def change_phrase(change: Decimal | None) -> str:
    """较上期提高8.2个百分点 / 较上期下降1.0个百分点 / 与上期持平 ('' without a previous rate)."""
    if change is None:
        return ""
    if change > 0:
        return f"较上期提高{change}个百分点"
    if change < 0:
        return f"较上期下降{-change}个百分点"
    return "与上期持平"


def change_cell(change: Decimal | None) -> str:
    if change is None:
        return "—"
    return f"提高{change}" if change > 0 else f"下降{-change}" if change < 0 else "持平"


def _names(names: list[str], most: int = 5) -> str:
    shown = "、".join(names[:most])
    return shown + (f"等{len(names)}个单位" if len(names) > most else "")


def _short(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size - 1] + "…"


# ---- queries -------------------------------------------------------------------------------------------------

def _scope(ledger: Ledger, unit: str | None):
    """(units of the brief, {(street, unit name): (unit id, display name)}) — a street's own row is
    街道本级 when its communities are in the brief too."""
    with ledger.read() as session:
        units = units_of(session, unit)
        names = {u.id: u.name for u in session.scalars(select(Unit))}
    with_communities = {u.street_id for u in units if u.kind == "community"}
    scope = {}
    for u in units:
        street = names[u.street_id] if u.street_id else u.name
        shown = u.name + OWN if u.kind == "street" and u.id in with_communities else u.name
        scope[(street, u.name)] = (u.id, shown)
    return units, scope


def _in(column, units: list[Unit], everything: bool):
    return True if everything else column.in_([u.id for u in units])


def _majors(ledger: Ledger, units, display, everything: bool, period: Period, day: dt.date):
    opened, closed, still = [], [], []
    in_period = lambda d: d is not None and period.start <= d <= day  # noqa: E731
    with ledger.read() as session:
        rows = session.execute(select(
            Record.unit_id, Record.seq, Record.place, Record.description, Record.item, Record.date, Record.due,
            Record.closed_on, Record.owner).where(
            _in(Record.unit_id, units, everything), Record.level == "重大", Record.date <= day,
            or_(Record.closed_on.is_(None), Record.closed_on >= period.start))
            .order_by(Record.date, Record.unit_id, Record.seq)).all()
        found = session.execute(select(Record.id).where(
            _in(Record.unit_id, units, everything), Record.level.is_not(None), Record.date >= period.start,
            Record.date <= day)).all()
        fixed = session.execute(select(Record.id).where(
            _in(Record.unit_id, units, everything), Record.level.is_not(None), Record.closed_on >= period.start,
            Record.closed_on <= day)).all()
    for r in rows:
        if r.unit_id not in display:
            continue
        closed_on = r.closed_on if r.closed_on is not None and r.closed_on <= day else None
        late = (day - r.due).days if closed_on is None and r.due is not None and r.due < day else 0
        hazard = MajorHazard(unit=display[r.unit_id], seq=r.seq, place=r.place, description=r.description or r.item,
                             found=r.date, due=r.due, closed_on=closed_on, owner=r.owner, days_overdue=late)
        if in_period(r.date):
            opened.append(hazard)
        if in_period(closed_on):
            closed.append(hazard)
        if closed_on is None:
            still.append(hazard)
    closed.sort(key=lambda h: (h.closed_on, h.unit, h.seq))
    return opened, closed, still, len(found), len(fixed)


def _approvers(ledger: Ledger, units, everything: bool, period: Period, day: dt.date) -> dict:
    """{(unit id, key, date): approver} of the 销号 dated in the period."""
    with ledger.read() as session:
        return {(u, k, d): a or "" for u, k, d, a in session.execute(
            select(Task.unit_id, Task.key, Closure.date, Closure.approver).join(Task, Task.id == Closure.task_id)
            .where(_in(Task.unit_id, units, everything), Closure.action == CLOSE,
                   and_(Closure.date >= period.start, Closure.date <= day)))}


# ---- the briefing --------------------------------------------------------------------------------------------

def _done(t: TaskState) -> bool:
    return t.closed_on is not None or t.status == "已完成"


def _ranking(now: LedgerStatus, before: LedgerStatus, display_of) -> tuple[list[RankRow], list[UnitFigures]]:
    by_street = len(now.streets) > 1
    current = now.streets if by_street else now.units
    earlier = {(f.street, f.unit): f for f in (before.streets if by_street else before.units)}
    rows = []
    for f in current:
        rate = completion_rate(f.done, f.tasks)
        old = earlier.get((f.street, f.unit))
        old_rate = completion_rate(old.done, old.tasks) if old else None
        change = rate - old_rate if rate is not None and old_rate is not None else None
        rows.append((f, RankRow(rank=0, unit=f.unit if by_street else display_of(f), tasks=f.tasks, done=f.done, rate=rate, change=change,
                                red=f.red, yellow=f.yellow, major_open=f.major_open, colour=f.colour)))
    rows.sort(key=lambda p: (-(p[1].rate if p[1].rate is not None else Decimal(-1)), p[1].red, p[1].unit))
    for n, (_f, row) in enumerate(rows):
        prior = rows[n - 1][1] if n else None
        row.rank = prior.rank if prior and (prior.rate, prior.red) == (row.rate, row.red) else n + 1
    return [r for _f, r in rows], [replace(f, unit=r.unit) for f, r in rows]


def _lead(b_area: str, day: dt.date, overall: Overall, ranking: list[RankRow], one_unit: bool) -> str:
    if not overall.tasks:
        return f"截至{cn_date(day)}，{b_area}尚无任务。"
    text = f"截至{cn_date(day)}，{b_area}{overall.tasks}项任务已完成{overall.done}项，完成率{overall.rate}%"
    change = change_phrase(overall.change)
    if change:
        text += "，" + change
    if not overall.red:
        return text + "；无逾期任务。"
    late = sorted((r for r in ranking if r.red), key=lambda r: (-r.red, r.rank, r.unit))
    if one_unit:
        return text + f"；{overall.red}项任务逾期。"
    if len(late) == 1:
        return text + f"；{late[0].unit}{late[0].red}项任务逾期。"
    listed = "、".join(f"{r.unit}{r.red}项" for r in late[:5])
    more = f"等{len(late)}个单位" if len(late) > 5 else ""
    return text + f"；{overall.red}项任务逾期，其中{listed}{more}。"


def _ranking_text(ranking: list[RankRow]) -> list[str]:
    if len(ranking) < 2:
        return []
    rated = [r for r in ranking if r.rate is not None]
    out = []
    if rated:
        top, bottom = rated[0].rate, rated[-1].rate
        if top == bottom:
            out.append(f"各单位完成率均为{top}%。")
        else:
            best = [r.unit for r in rated if r.rate == top]
            worst = [r.unit for r in rated if r.rate == bottom]
            out.append(f"从各单位看，完成率最高的是{_names(best)}（{top}%），最低的是{_names(worst)}（{bottom}%）。")
    groups = []
    for colour in _COLOUR_ORDER:
        names = [r.unit for r in ranking if r.colour == colour]
        if names:
            groups.append(f"{colour}色{len(names)}个（{_names(names, 8)}）")
    out.append("按红黄绿评价，" + "，".join(groups) + "。排名见表{table}。")
    return out


def _tables():
    counter = iter(range(1, 100))
    return lambda: next(counter)


def _capped(items: list, what: str) -> tuple[list, str]:
    if len(items) <= LIST_LIMIT:
        return items, ""
    return items[:LIST_LIMIT], f"共{len(items)}项，列出{what}的{LIST_LIMIT}项。"


def _sections(b: Briefing) -> list[Section]:
    table_no = _tables()
    o, day = b.overall, b.as_of
    sections = []
    first = [b.lead]
    if o.tasks:
        colours = "，".join(f"{what}（{c}色）{n}项" for what, c, n in (
            ("逾期", RED, o.red), ("临期或进度滞后", YELLOW, o.yellow), ("已完成或按期推进", GREEN, o.green)) if n)
        first.append(f"其中{colours}。" + (f"本期销号任务{o.closed_in_period}项。" if o.closed_in_period else
                                               "本期无销号任务。"))
    sections.append(Section("一、总体情况", first))

    ranking_text = _ranking_text(b.ranking)
    if ranking_text:
        n = table_no()
        ranking_text[-1] = ranking_text[-1].format(table=n)
        sections.append(Section("二、各单位晾晒", ranking_text, Table(
            n, "各单位任务完成情况晾晒表",
            ["名次", "单位", "任务数", "已完成", "完成率", "较上期（百分点）", "逾期", "临期或滞后", "未整改重大隐患", "评价"],
            [[str(r.rank), r.unit, str(r.tasks), str(r.done), percent_text(r.rate), change_cell(r.change), str(r.red),
              str(r.yellow), str(r.major_open), r.colour] for r in b.ranking],
            widths=[1.0, 2.9, 1.2, 1.2, 1.7, 1.6, 1.0, 1.4, 1.6, 1.0]), chart="completion"))

    if b.red:
        n = table_no()
        shown, note = _capped(b.red, "逾期时间最长")
        longest = b.red[0]
        red_text = [f"逾期未完成任务{len(b.red)}项（见表{n}），逾期最长的是{longest.unit}第{longest.number}项任务，"
                    f"已逾期{longest.days_overdue}天。请牵头单位说明原因，明确完成时间。"]
        table = Table(n, "逾期任务清单", ["序号", "单位", "任务", "完成时限", "逾期天数", "牵头单位", "进度"],
                      [[str(i), t.unit, f"{t.number}. {_short(t.text)}", cn_full_date(t.due), str(t.days_overdue),
                        t.lead or "—", f"{t.status} {t.percent}%"] for i, t in enumerate(shown, 1)], note,
                      widths=[1.1, 2.0, 5.0, 2.6, 1.2, 2.4, 1.6])
    else:
        red_text, table = ["无逾期任务。"], None
    sections.append(Section(f"{_cn_index(len(sections))}、逾期任务", red_text, table))

    hazard_text = [_found_sentence(b), _open_sentence(b)]
    majors = _major_rows(b)
    table = None
    if majors:
        n = table_no()
        shown, note = _capped(majors, "逾期最久")
        hazard_text[-1] += f"详见表{n}。"
        table = Table(n, "重大隐患整改情况", ["序号", "单位", "场所", "隐患", "发现日期", "整改时限", "整改情况", "责任人"],
                      [[str(i), h.unit, h.place, _short(h.description, 40), cn_full_date(h.found),
                        cn_full_date(h.due) if h.due else "—", _hazard_state(h), h.owner or "—"]
                       for i, h in enumerate(shown, 1)], note, widths=[1.1, 2.0, 2.0, 3.4, 2.6, 2.6, 2.2, 1.8])
    sections.append(Section(f"{_cn_index(len(sections))}、重大隐患排查整治", hazard_text, table, chart="hazards"))

    if b.closed:
        n = table_no()
        shown, note = _capped(b.closed, "最近销号")
        closed_text = [f"本期（{b.period.label}）销号任务{len(b.closed)}项（见表{n}）。"]
        table = Table(n, "本期销号任务", ["序号", "单位", "任务", "销号日期", "审核人"],
                      [[str(i), c.unit, f"{c.number}. {_short(c.text)}", cn_full_date(c.closed_on), c.approver or "—"]
                       for i, c in enumerate(shown, 1)], note, widths=[1.1, 2.2, 6.0, 2.6, 2.0])
    else:
        closed_text, table = [f"本期（{b.period.label}）无销号任务。"], None
    sections.append(Section(f"{_cn_index(len(sections))}、任务销号", closed_text, table))

    window = f"{cn_date(day + dt.timedelta(days=1))}至{cn_date(b.next.end)}"
    if b.due_next:
        n = table_no()
        shown, note = _capped(b.due_next, "最先到期")
        due_text = [f"{window}，有{len(b.due_next)}项任务到期（见表{n}），请牵头单位抓紧推进，确保按期完成。"]
        table = Table(n, "近期到期任务", ["序号", "单位", "任务", "完成时限", "剩余天数", "牵头单位", "进度"],
                      [[str(i), t.unit, f"{t.number}. {_short(t.text)}", cn_full_date(t.due), str(t.days_left),
                        t.lead or "—", f"{t.status} {t.percent}%"] for i, t in enumerate(shown, 1)], note,
                      widths=[1.1, 2.0, 5.0, 2.6, 1.2, 2.4, 1.6])
    else:
        due_text, table = [f"{window}，无到期任务。"], None
    sections.append(Section(f"{_cn_index(len(sections))}、近期到期任务", due_text, table))
    if len(b.gantt) == len(b.status.tasks):
        shown = f"全部{len(b.gantt)}项任务"
    else:
        shown = f"因任务较多，图中仅列逾期和临近期限的{len(b.gantt)}项任务"
    if b.gantt:
        sections.append(Section(f"{_cn_index(len(sections))}、作战图", [
            f"截至{cn_date(day)}的作战图如下，{shown}；横条为计划起止，红色为逾期未完成，黄色为临近期限或进度滞后，"
            "绿色为已完成或按期推进。"], chart="gantt"))
    return sections


def _cn_index(count: int) -> str:
    return "一二三四五六七八九十"[count]


def _hazard_state(h: MajorHazard) -> str:
    if h.closed_on is not None:
        return f"{cn_date(h.closed_on)}已整改销号"
    return f"未整改，逾期{h.days_overdue}天" if h.days_overdue else "整改中"


def _major_rows(b: Briefing) -> list[MajorHazard]:
    """The 重大隐患 table: still open (longest overdue first), then those closed in the period."""
    seen, rows = set(), []
    for h in sorted(b.majors_open, key=lambda h: (-h.days_overdue, h.found, h.unit, h.seq)) + b.majors_closed:
        if (h.unit, h.seq) not in seen:
            seen.add((h.unit, h.seq))
            rows.append(h)
    return rows


def _found_sentence(b: Briefing) -> str:
    found = (f"新排查发现隐患{b.hazards_found}处" + (f"，其中重大隐患{len(b.majors_opened)}处" if b.majors_opened
                                                 else "，无重大隐患")) if b.hazards_found else "未新发现隐患"
    fixed = (f"整改销号隐患{b.hazards_closed}处" + (f"，其中重大隐患{len(b.majors_closed)}处" if b.majors_closed else "")
             ) if b.hazards_closed else "无隐患整改销号"
    return f"本期（{b.period.label}）{found}；{fixed}。"


def _open_sentence(b: Briefing) -> str:
    if not b.majors_open:
        return f"截至{cn_date(b.as_of)}，无未整改的重大隐患。"
    late = sum(1 for h in b.majors_open if h.days_overdue)
    tail = f"其中{late}处已超过整改时限" if late else "均在整改时限内"
    return f"截至{cn_date(b.as_of)}，仍有{len(b.majors_open)}处重大隐患未整改，{tail}。"


def build_briefing(ledger: Ledger, period: str, as_of=None, unit: str | None = None, title: str | None = None,
                   issuer: str | None = None, report_to: str = "", send_to: str | None = None) -> Briefing:
    """The 简报 of the `period` (week|half-month|month|quarter|half-year) containing `as_of` (default
    today), for `unit` (a street: with its communities; default every unit in the ledger)."""
    day = parse_day(as_of, "--as-of") if as_of is not None else dt.date.today()
    current = period_of(period, day)
    before, after = previous(current), following(current)
    units, scope = _scope(ledger, unit)
    everything = unit is None
    now = status(ledger, unit=unit, as_of=day)
    then = status(ledger, unit=unit, as_of=before.end)

    def display_of(f) -> str:
        return scope.get((f.street, f.unit), (None, f.unit))[1]

    ranking, figures = _ranking(now, then, display_of)
    streets = len(now.streets)
    if streets > 1:
        area, name = f"辖区{streets}个街道", ""
    elif unit is not None and len(now.units) == 1 and now.units[0].kind == "community":
        area = name = now.units[0].unit
    else:
        area, name = "全街道", (now.streets[0].unit if now.streets else "")
    total, old = _total(now), _total(then)
    rate, old_rate = completion_rate(total.done, total.tasks), completion_rate(old.done, old.tasks)
    in_period = lambda d: d is not None and current.start <= d <= day  # noqa: E731
    approvers = _approvers(ledger, units, everything, current, day)
    closed = sorted((ClosedTask(unit=display_of(t), number=t.number, text=t.text, closed_on=t.closed_on,
                                approver=approvers.get((scope.get((t.street, t.unit), (None,))[0], t.key, t.closed_on),
                                                       ""))
                     for t in now.tasks if in_period(t.closed_on)), key=lambda c: (c.closed_on, c.unit, c.number))
    overall = Overall(tasks=total.tasks, done=total.done, rate=rate, previous_tasks=old.tasks,
                      previous_done=old.done, previous_rate=old_rate,
                      change=rate - old_rate if rate is not None and old_rate is not None else None,
                      red=total.red, yellow=total.yellow, green=total.green, closed_in_period=len(closed))
    red = sorted((RedTask(unit=display_of(t), number=t.number, text=t.text, due=t.due,
                          days_overdue=(day - t.due).days, lead=t.lead, status=t.status, percent=t.percent)
                  for t in now.overdue), key=lambda r: (-r.days_overdue, r.unit, r.number))
    due_next = sorted((DueTask(unit=display_of(t), number=t.number, text=t.text, due=t.due,
                               days_left=(t.due - day).days, status=t.status, percent=t.percent, lead=t.lead)
                       for t in now.tasks if not _done(t) and day < t.due <= after.end),
                      key=lambda d: (d.due, d.unit, d.number))
    opened, fixed, still, found_count, fixed_count = _majors(ledger, units, {i: d for i, d in scope.values()}, everything, current, day)
    series = title or f"{name}{ACTION}工作简报"
    headline = [f"{ACTION}推进情况", f"（{current.label}）"] if current.kind == "week" else [
        current.label, f"{ACTION}推进情况"]
    briefing = Briefing(
        title=series, headline=headline, issuer=issuer or f"{name}安全生产委员会办公室", area=area, unit=unit,
        period=current, previous=before, next=after, as_of=day, overall=overall, ranking=ranking, red=red,
        majors_opened=opened, majors_closed=fixed, majors_open=still, hazards_found=found_count,
        hazards_closed=fixed_count, closed=closed, due_next=due_next,
        lead=_lead(area, day, overall, ranking, len(ranking) < 2), sections=[], figures=figures, status=now,
        gantt=[replace(t, unit=display_of(t)) for t in _gantt_tasks(now)], plan_start=min((u.period_start for u in units), default=current.start),
        report_to=report_to, send_to=_send_to(send_to, streets, name, now))
    briefing.sections = _sections(briefing)
    return briefing


def _gantt_tasks(result: LedgerStatus) -> list[TaskState]:
    if len(result.tasks) <= GANTT_ALL:
        return list(result.tasks)
    urgent = sorted((t for t in result.tasks if t.colour in (RED, YELLOW)), key=lambda t: (t.colour != RED, t.due))
    chosen = {id(t) for t in urgent[:GANTT_SOME]}          # the longest overdue, then the soonest due
    return [t for t in result.tasks if id(t) in chosen]      # in the ledger's order: grouped by unit


def _total(result: LedgerStatus) -> UnitFigures:
    total = UnitFigures(unit="", street="", kind="total")
    for street in result.streets:
        total.add(street)
    return total


def _send_to(given: str | None, streets: int, name: str, now: LedgerStatus) -> str:
    if given is not None:
        return given
    if streets > 1:
        return "各街道"
    return "各社区、街道各部门" if any(f.kind == "community" for f in now.units) and name else ""


def write_briefing(ledger: Ledger, briefing: Briefing, out_dir, formats, number: int | None = None,
                   charts: bool = True) -> list:
    """Number the 简报 (第N期 of its series, brief_numbers.py) and write it as OUT_DIR/<title>第N期.<fmt> for
    each of docx, html, md, with its charts (PNG in the DOCX, SVG in the HTML; `charts=False`: none); the
    files written. Everything is rendered before the first file is written."""
    from safeplan.ledger.brief_output import write_outputs

    return write_outputs(ledger, briefing, out_dir, formats, number=number, charts=charts)
