"""Charts of the ledger for the 简报, the dashboard and the office wall: completion per unit (bars in 红黄绿),
隐患 found against rectified over time, and the 作战图 (a Gantt of every task against its deadline).

matplotlib on the Agg backend through `matplotlib.figure.Figure` (never pyplot), a Chinese font found through
fontconfig (Noto Sans CJK SC on Debian: the package fonts-noto-cjk), deterministic output (no dates in the
metadata, a fixed SVG hash salt: the same ledger gives the same bytes). SVG keeps its glyphs as paths, so a
browser without the font shows it the same. Sizes: the 公文 text width (156 mm, PNG at 200 dpi) so that a DOCX
embeds a chart at Mm(156) unscaled; `a3=True`: A3 landscape (420 × 297 mm) for the wall.

The 作战图 is paginated: at most GANTT_ROWS (156 mm) or GANTT_ROWS_A3 (A3) rows a page (a unit's heading and
its tasks; a unit is not split when it fits a page). A PDF holds every page; a PNG or SVG is one page
(`page=N`) or, with page=None, the whole chart on one image whose height follows the number of rows.

    png = completion_chart(status(ledger, unit="城东街道").units, "png")
    png = hazard_chart(hazard_series(ledger, "城东街道", start, end), "png")
    pdf = gantt_chart(status(ledger, unit="城东街道", as_of=day).tasks, day, "pdf", a3=True)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from safeplan.ledger.errors import LedgerError
from safeplan.ledger.policy import GREEN, RED, YELLOW
from safeplan.ledger.status import completion_rate

FORMATS = ("png", "svg", "pdf")
KINDS = ("gantt", "completion", "hazards")
MM = 1 / 25.4                      # inches per millimetre
TEXT_WIDTH_MM = 156                # the 公文 text width (GB/T 9704: 156 mm × 225 mm)
TEXT_HEIGHT_MM = 225
A3_MM = (420, 297)
DPI = 200
HEX = {GREEN: "#2E9D44", YELLOW: "#F2A900", RED: "#D7261E"}
MEANING = {GREEN: "绿：已完成或按期推进", YELLOW: "黄：临近期限或进度滞后", RED: "红：逾期未完成"}
FONT_PACKAGE = "fonts-noto-cjk"
_PREFERRED = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Serif CJK SC",
              "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback")
GANTT_ROWS = 46                    # rows of a 156 mm page (4.2 mm a row + 30 mm: the 225 mm text height)
GANTT_ROWS_A3 = 62                 # rows of an A3 page (about 4 mm a row at 8 pt)
_LOCK = threading.Lock()           # rcParams are process-wide: one chart is drawn at a time


@dataclass(frozen=True)
class HazardPoint:
    """One period (a week or a month) of the 隐患 of a selection of units."""

    start: dt.date
    end: dt.date
    label: str                     # 6月 / 2025年1月 / 6/2–6/8
    found: int                     # 隐患 whose 检查日期 is in the period
    found_major: int               # … of them 重大
    rectified: int                 # 隐患 whose 复查 (已整改销号) is in the period
    rectified_major: int
    open_end: int                  # not rectified at the end of the period
    open_major_end: int


# ---------------------------------------------------------------- font

def _fc_list() -> str:
    """fontconfig's Chinese fonts: `file|family|style` lines ('' when fontconfig is missing)."""
    if shutil.which("fc-list") is None:
        return ""
    try:
        return subprocess.run(["fc-list", ":lang=zh", "file", "family", "style"], capture_output=True, text=True,
                              timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def _pick(listing: str) -> tuple[str, str] | None:
    """(file, family) of the preferred regular Chinese font in an fc-list listing."""
    found: list[tuple[int, str, str]] = []
    for line in listing.splitlines():
        file, _, rest = line.partition(":")
        families, _, style = rest.partition(":")
        names = [n.strip() for n in families.split(",") if n.strip()]
        if not file or not names:
            continue
        style = style.removeprefix("style=").split(",")[0].strip()      # the first name; then translations
        regular = style in ("Regular", "Book", "Normal", "")
        for name in names:
            rank = _PREFERRED.index(name) if name in _PREFERRED else len(_PREFERRED)
            found.append((rank * 2 + (not regular), file.strip(), name))
    if not found:
        return None
    _, file, name = min(found)
    return file, name


@functools.lru_cache(maxsize=1)
def _font_family() -> str:
    chosen = _pick(_fc_list())
    if chosen is None:
        raise LedgerError(f"no Chinese font found through fontconfig (fc-list :lang=zh): install {FONT_PACKAGE} "
                          f"(Debian/Ubuntu: apt-get install {FONT_PACKAGE})")
    from matplotlib import font_manager

    file, family = chosen
    known = {f.name for f in font_manager.fontManager.ttflist}
    if family not in known:
        font_manager.fontManager.addfont(file)
        known = {f.name: f.fname for f in font_manager.fontManager.ttflist}
        if family not in known:       # a name matplotlib reads differently: take the face it read from the file
            family = next((name for name, fname in known.items() if fname == file), None)
            if family is None:
                raise LedgerError(f"the Chinese font {file} cannot be read by matplotlib: install {FONT_PACKAGE}")
    return family


@contextlib.contextmanager
def _style():
    """The chart style for one chart (the font, sizes, deterministic SVG ids), under the drawing lock."""
    import matplotlib

    family = _font_family()
    with _LOCK, matplotlib.rc_context({
            "font.family": [family], "font.size": 8, "axes.unicode_minus": False, "svg.hashsalt": "safeplan",
            "svg.fonttype": "path", "pdf.fonttype": 3, "axes.spines.top": False, "axes.spines.right": False,
            "axes.titlesize": 10, "legend.fontsize": 7, "legend.frameon": False}):
        yield


def _save(figures, fmt: str) -> bytes:
    """The bytes of `figures` (one, or several pages for a PDF) in `fmt`, without dates in the metadata."""
    if fmt not in FORMATS:
        raise LedgerError(f"unknown chart format {fmt!r} (known: {', '.join(FORMATS)})")
    out = io.BytesIO()
    if fmt == "pdf":
        from matplotlib.backends.backend_pdf import PdfPages

        with PdfPages(out, metadata={"CreationDate": None, "ModDate": None, "Creator": "safeplan",
                                     "Producer": "safeplan"}) as pdf:
            for figure in figures:
                pdf.savefig(figure)
        return out.getvalue()
    (figure,) = figures
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": "safeplan"}
    figure.savefig(out, format=fmt, dpi=DPI, metadata=metadata)
    return out.getvalue()


def _figure(width_mm: float, height_mm: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(width_mm * MM, height_mm * MM), dpi=DPI, layout="constrained")


def _rate(f) -> float:
    return f.done / f.tasks if f.tasks else 0.0


# ---------------------------------------------------------------- completion per unit

def _unit_labels(figures) -> list[str]:
    """The units' names: a community with its street when its name repeats, a street's total marked （合计）
    when the figures mix it with single units."""
    plain = [f.unit for f in figures]
    totals_only = all(f.kind == "street-total" for f in figures)
    labels = []
    for f in figures:
        name = f.unit if plain.count(f.unit) == 1 or f.kind != "community" else f"{f.street}/{f.unit}"
        labels.append(f"{name}（合计）" if f.kind == "street-total" and not totals_only else name)
    return labels


def completion_figure(figures, title: str | None = None, ranked: bool = True, a3: bool = False):
    """The Figure of completion per unit: one horizontal bar a unit (done/tasks), in the unit's colour, its
    rate, counts and colour word printed at the bar; highest rate on top when `ranked` (晾晒)."""
    rows = sorted(figures, key=_rate, reverse=True) if ranked else list(figures)
    if not rows:
        raise LedgerError("no unit to chart (the ledger has no units yet: run `safeplan ledger load` first)")
    width, height = A3_MM if a3 else (TEXT_WIDTH_MM, min(TEXT_HEIGHT_MM, 28 + 7 * len(rows)))
    figure = _figure(width, height)
    ax = figure.add_subplot()
    labels = _unit_labels(rows)
    y = list(range(len(rows)))[::-1]
    for pos, f in zip(y, rows, strict=True):
        rate = _rate(f) * 100
        ax.barh(pos, rate, height=0.62, color=HEX[f.colour], edgecolor="#333333", linewidth=0.4,
                gid=f"unit-{len(rows) - 1 - pos}")
        printed = completion_rate(f.done, f.tasks) if f.tasks else "0.0"   # as the 简报's tables print it: 1/16 is 6.3%
        ax.text(min(rate, 100) + 1.5, pos, f"{printed}%（{f.done}/{f.tasks}）{f.colour}", va="center", fontsize=7)
    ax.set_yticks(y, labels)
    ax.set_xlim(0, 128)
    ax.set_xticks([0, 20, 40, 60, 80, 100], ["0", "20%", "40%", "60%", "80%", "100%"])
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.set_xlabel("任务完成率（已完成或销号 ÷ 任务数）")
    ax.xaxis.grid(True, color="#DDDDDD", linewidth=0.5)
    ax.set_axisbelow(True)
    _legend(ax, {f.colour for f in rows})
    if title:
        ax.set_title(title)
    return figure


def _legend(ax, colours, loc="lower right") -> None:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=HEX[c], edgecolor="#333333", linewidth=0.4, label=MEANING[c])
               for c in (GREEN, YELLOW, RED) if c in colours]
    ax.legend(handles=handles, loc=loc)


def completion_chart(figures, fmt: str = "png", title: str | None = None, ranked: bool = True,
                     a3: bool = False) -> bytes:
    """Completion per unit (a list of status.UnitFigures) as PNG, SVG or PDF bytes."""
    with _style():
        return _save([completion_figure(figures, title, ranked, a3)], fmt)


# ---------------------------------------------------------------- 隐患 over time

def _periods(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date, str]]:
    """Weeks (Monday to Sunday) for a span up to 26 weeks, months beyond."""
    if (end - start).days <= 26 * 7:
        first = start - dt.timedelta(days=start.weekday())
        out = []
        while first <= end:
            last = first + dt.timedelta(days=6)
            out.append((first, last, f"{first.month}/{first.day}"))
            first = last + dt.timedelta(days=1)
        return out
    out = []
    year, month = start.year, start.month
    while dt.date(year, month, 1) <= end:
        first = dt.date(year, month, 1)
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        out.append((first, nxt - dt.timedelta(days=1), f"{year}年{month}月" if month == 1 or not out else f"{month}月"))
        year, month = nxt.year, nxt.month
    return out


def hazard_series(ledger, unit: str | None = None, start=None, end=None) -> list[HazardPoint]:
    """隐患 found and rectified per period from `start` to `end` (default: the first 检查日期 to today) in
    `unit` (a street: with its communities; None: every unit). Weeks for a span up to 26 weeks, else months;
    the first and last period may reach outside start–end, but only 隐患 dated within start–end are counted."""
    from sqlalchemy import func, select

    from safeplan.ledger.models import Record
    from safeplan.ledger.status import units_of
    from safeplan.ledger.units import parse_day

    with ledger.read() as session:
        units = units_of(session, unit)
        ids = [u.id for u in units]
        chosen = Record.unit_id.in_(ids) if unit is not None else True
        hazard = Record.level.is_not(None)
        end = parse_day(end, "end") if end is not None else dt.date.today()
        if start is None:     # the first 隐患 (the plan's start without one), never after `end`
            first = session.scalar(select(func.min(Record.date)).where(chosen, hazard))
            start = min(first or min((u.period_start for u in units), default=end), end)
        start = parse_day(start, "start")
        if end < start:
            raise LedgerError(f"the 隐患 chart's end {end.isoformat()} is before its start {start.isoformat()}")
        major = Record.level == "重大"
        open_before = session.execute(select(func.count(), func.count().filter(major)).where(
            chosen, hazard, Record.date < start,
            (Record.closed_on.is_(None)) | (Record.closed_on >= start))).one()
        found = session.execute(select(Record.date, func.count(), func.count().filter(major)).where(
            chosen, hazard, Record.date >= start, Record.date <= end).group_by(Record.date)).all()
        fixed = session.execute(select(Record.closed_on, func.count(), func.count().filter(major)).where(
            chosen, hazard, Record.closed_on >= start, Record.closed_on <= end).group_by(Record.closed_on)).all()
    periods = _periods(start, end)
    starts = [p[0] for p in periods]

    def index(day: dt.date) -> int:
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= day:
                lo = mid
            else:
                hi = mid - 1
        return lo

    counts = [[0, 0, 0, 0] for _ in periods]
    for day, total, heavy in found:
        counts[index(day)][0] += total
        counts[index(day)][1] += heavy
    for day, total, heavy in fixed:
        counts[index(day)][2] += total
        counts[index(day)][3] += heavy
    still, still_major = open_before
    points = []
    for (first, last, label), (f, fm, r, rm) in zip(periods, counts, strict=True):
        still += f - r
        still_major += fm - rm
        points.append(HazardPoint(start=first, end=last, label=label, found=f, found_major=fm, rectified=r,
                                  rectified_major=rm, open_end=still, open_major_end=still_major))
    return points


HAZARD_HEX = {"found": "#F4A582", "found_major": "#B2182B", "rectified": "#92C5DE", "rectified_major": "#2166AC"}


def hazard_figure(points: list[HazardPoint], title: str | None = None, a3: bool = False):
    """The Figure of 隐患 found against rectified: per period two bars side by side (发现, 整改), the 重大 part
    of each dark at its foot, and lines of what is still open at each period's end (all, 重大)."""
    if not points:
        raise LedgerError("no period to chart")
    width, height = A3_MM if a3 else (TEXT_WIDTH_MM, 85)
    figure = _figure(width, height)
    ax = figure.add_subplot()
    x = list(range(len(points)))
    w = 0.4
    left = [i - w / 2 for i in x]
    right = [i + w / 2 for i in x]
    ax.bar(left, [p.found_major for p in points], w, color=HAZARD_HEX["found_major"], label="发现：重大隐患", gid="found-major")
    ax.bar(left, [p.found - p.found_major for p in points], w, bottom=[p.found_major for p in points],
           color=HAZARD_HEX["found"], label="发现：一般隐患", gid="found-general")
    ax.bar(right, [p.rectified_major for p in points], w, color=HAZARD_HEX["rectified_major"],
           label="整改销号：重大隐患", gid="rectified-major")
    ax.bar(right, [p.rectified - p.rectified_major for p in points], w, bottom=[p.rectified_major for p in points],
           color=HAZARD_HEX["rectified"], label="整改销号：一般隐患", gid="rectified-general")
    ax.plot(x, [p.open_end for p in points], color="#333333", linewidth=1.2, marker="o", markersize=2.5,
            label="期末未整改：全部", gid="open-all")
    ax.plot(x, [p.open_major_end for p in points], color=HAZARD_HEX["found_major"], linewidth=1.2, linestyle="--",
            marker="o", markersize=2.5, label="期末未整改：重大", gid="open-major")
    step = max(1, -(-len(points) // (40 if a3 else 14)))
    ax.set_xticks(x[::step], [p.label for p in points][::step])
    ax.set_xlim(-0.6, len(points) - 0.4)
    ax.set_ylabel("隐患数（项）")
    ax.yaxis.grid(True, color="#DDDDDD", linewidth=0.5)
    ax.set_axisbelow(True)
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="upper left", ncols=3)
    top = max(max(p.found, p.rectified, p.open_end) for p in points)
    ax.set_ylim(0, max(1, top) * 1.3)     # room for the legend above the bars
    if title:
        ax.set_title(title)
    return figure


def hazard_chart(points: list[HazardPoint], fmt: str = "png", title: str | None = None, a3: bool = False) -> bytes:
    """隐患 found against rectified (the points of hazard_series) as PNG, SVG or PDF bytes."""
    with _style():
        return _save([hazard_figure(points, title, a3)], fmt)


# ---------------------------------------------------------------- the 作战图 (Gantt)

@dataclass(frozen=True)
class _Row:
    unit: str
    task: object | None            # a TaskState, or None for the unit's heading row


def _rows(tasks) -> list[_Row]:
    """A heading row before each unit's tasks; a community is named with its street when the tasks are of
    more than one street."""
    several = len({t.street for t in tasks}) > 1
    rows: list[_Row] = []
    current = None
    for t in tasks:
        name = f"{t.street}/{t.unit}" if several and t.unit != t.street else t.unit
        if name != current:
            rows.append(_Row(name, None))
            current = name
        rows.append(_Row(name, t))
    return rows


def _paginate(rows: list[_Row], per_page: int) -> list[list[_Row]]:
    """Pages of at most `per_page` rows, a page break before a unit's heading when the unit would not fit
    the rest of the page but fits a page of its own; a page never starts with a task without its heading."""
    units: list[list[_Row]] = []
    for row in rows:
        if row.task is None:
            units.append([])
        units[-1].append(row)
    pages: list[list[_Row]] = [[]]
    for block in units:
        if pages[-1] and len(pages[-1]) + len(block) > per_page and len(block) <= per_page:
            pages.append([])
        for row in block:
            if len(pages[-1]) >= per_page:
                pages.append([_Row(row.unit, None)])          # the heading again: “（续）”
            pages[-1].append(row)
    return [p for p in pages if p]


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def gantt_pages(tasks, a3: bool = False) -> int:
    """How many pages the 作战图 of `tasks` takes."""
    return len(_paginate(_rows(tasks), GANTT_ROWS_A3 if a3 else GANTT_ROWS))


def _span(tasks, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """From the first of the month of the earliest start to a first of the month at least 15 days after the
    latest deadline and `as_of` (the ◆ and the 今天 line never sit on the frame)."""
    first = min([t.start for t in tasks] + [as_of])
    last = max([t.due for t in tasks] + [as_of]) + dt.timedelta(days=15)
    return dt.date(first.year, first.month, 1), dt.date(last.year + last.month // 12, last.month % 12 + 1, 1)


def gantt_figure(rows: list[_Row], as_of: dt.date, span: tuple[dt.date, dt.date], a3: bool = False,
                 title: str | None = None, continued: set[int] = frozenset()):
    """The Figure of one page of the 作战图: a row a task under its unit's heading, a bar from the task's start
    to its due date in its colour on `as_of`, a ◆ at the deadline, the 今天 line, month ticks."""
    from matplotlib.dates import date2num

    label_chars = 34 if a3 else 17
    row_mm = 3.9 if a3 else 4.2
    width, height = A3_MM if a3 else (TEXT_WIDTH_MM, max(60, 30 + row_mm * len(rows)))
    figure = _figure(width, height)
    ax = figure.add_subplot()
    n = len(rows)
    labels, colours, bars = [], set(), []
    for i, row in enumerate(rows):
        y = n - 1 - i
        if row.task is None:
            count = sum(1 for r in rows if r.unit == row.unit and r.task is not None)
            labels.append(f"{row.unit}（{'续' if i in continued else f'{count}项'}）")
            ax.axhspan(y - 0.5, y + 0.5, color="#EEEEEE", linewidth=0, zorder=0)
            continue
        t = row.task
        begin, end = date2num(t.start), date2num(t.due + dt.timedelta(days=1))   # the due day is inside the bar
        bars.append((y, begin, end, t))
        labels.append(f"{t.number}  {_short(t.text, label_chars)}")
        colours.add(t.colour)
    if bars:      # one call for every bar and one for every ◆: a call a task costs 10 ms
        drawn = ax.barh([b[0] for b in bars], [b[2] - b[1] for b in bars], left=[b[1] for b in bars], height=0.64,
                        color=[HEX[b[3].colour] for b in bars], edgecolor="#333333", linewidth=0.3, zorder=2)
        for patch, (_, _, _, t) in zip(drawn.patches, bars, strict=True):
            patch.set_gid(f"task-{t.unit}-{t.key}")
        ax.plot([b[2] for b in bars], [b[0] for b in bars], linestyle="", marker="D", markersize=2.6 if a3 else 2.2,
                color="#222222", zorder=3, gid="deadlines")
    ax.set_yticks(range(n - 1, -1, -1), labels)
    for tick, row in zip(ax.get_yticklabels(), rows, strict=True):
        if row.task is None:
            tick.set_fontweight("bold")
    ax.tick_params(axis="y", length=0, labelsize=8 if a3 else 6)
    ax.set_ylim(-0.5, n - 0.5)
    _month_axis(ax, *span, a3)
    today = date2num(as_of)
    ax.axvline(today, color=HEX[RED], linewidth=1.0, linestyle="--", zorder=4, gid="today")
    where = (today - date2num(span[0])) / (date2num(span[1]) - date2num(span[0]))
    ax.text(today, n - 0.5, f"今天 {as_of.month}月{as_of.day}日", color=HEX[RED], va="top",
            ha="right" if where > 0.85 else "left" if where < 0.15 else "center",
            fontsize=8 if a3 else 7, zorder=5, bbox={"facecolor": "white", "edgecolor": HEX[RED], "linewidth": 0.5, "pad": 1.2})
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=HEX[c], edgecolor="#333333", linewidth=0.3, label=MEANING[c])
               for c in (GREEN, YELLOW, RED) if c in colours]
    handles.append(Line2D([], [], marker="D", markersize=3, color="#222222", linestyle="", label="完成期限"))
    handles.append(Line2D([], [], color=HEX[RED], linestyle="--", linewidth=1.0, label=f"今天（{as_of.isoformat()}）"))
    figure.legend(handles=handles, loc="outside lower center", ncols=len(handles) if a3 else 3, fontsize=9 if a3 else 7)
    if title:
        figure.suptitle(title, fontsize=14 if a3 else 10)
    return figure


def _month_axis(ax, first: dt.date, last: dt.date, a3: bool) -> None:
    from matplotlib.dates import date2num

    months = []
    day = first
    while day <= last:
        months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    span = len(months)
    every = 1 if span <= (24 if a3 else 12) else 3 if span <= (48 if a3 else 24) else 6
    major = [m for m in months if (m.month - 1) % every == 0]
    ax.set_xticks([date2num(m) for m in major],
                  [f"{m.year}年{m.month}月" if m.month == 1 or m == major[0] else f"{m.month}月" for m in major])
    ax.set_xticks([date2num(m) for m in months], minor=True)
    ax.tick_params(axis="x", labelsize=8 if a3 else 6, labeltop=True, top=True)
    ax.set_xlim(date2num(first), date2num(last))
    ax.xaxis.grid(True, which="major", color="#CCCCCC", linewidth=0.5)
    ax.xaxis.grid(True, which="minor", color="#EEEEEE", linewidth=0.3)
    ax.set_axisbelow(True)
    ax.spines["top"].set_visible(True)


def gantt_figures(tasks, as_of, a3: bool = False, title: str | None = None, paginate: bool = True,
                  page: int | None = None) -> list:
    """The 作战图 of `tasks` (status.TaskState, in the order status() gives: by unit, then 序号) on `as_of`,
    one Figure a page, or only page `page` (1-based); one Figure for every row when not `paginate`."""
    from safeplan.ledger.units import parse_day

    as_of = parse_day(as_of, "--as-of")
    tasks = list(tasks)
    if not tasks:
        raise LedgerError("no task to chart (the ledger has no tasks for this selection: run `safeplan ledger load`)")
    rows = _rows(tasks)
    pages = _paginate(rows, GANTT_ROWS_A3 if a3 else GANTT_ROWS) if paginate else [rows]
    if page is not None and not 1 <= page <= len(pages):
        raise LedgerError(f"the 作战图 has {len(pages)} page(s): page {page} does not exist")
    span = _span(tasks, as_of)
    out = []
    for number, rows_ in enumerate(pages, 1):
        if page is not None and number != page:
            continue
        heading = f"{title}（第{number}页，共{len(pages)}页）" if title and len(pages) > 1 else title
        continued = {0} if number > 1 and pages[number - 2][-1].unit == rows_[0].unit else set()
        out.append(gantt_figure(rows_, as_of, span, a3, heading, continued))
    return out


def gantt_chart(tasks, as_of, fmt: str = "png", a3: bool = False, page: int | None = None,
                title: str | None = None) -> bytes:
    """The 作战图 as bytes: a PDF has every page (or page `page`); a PNG or SVG is page `page` (1-based) or,
    with page=None, every row on one image as tall as they need (156 mm wide; with a3, whose only layout is
    A3 pages, page=None is page 1 — gantt_pages says how many there are)."""
    if fmt not in FORMATS:
        raise LedgerError(f"unknown chart format {fmt!r} (known: {', '.join(FORMATS)})")
    with _style():
        if fmt == "png" or fmt == "svg":
            if page is None and not a3:
                return _save(gantt_figures(tasks, as_of, a3, title, paginate=False), fmt)
            page = page or 1
        return _save(gantt_figures(tasks, as_of, a3, title, page=page), fmt)


# ---------------------------------------------------------------- files

NAMES = {"gantt": "作战图", "completion": "完成率", "hazards": "隐患整改"}


def _formats(formats) -> list[str]:
    chosen = [f.strip().lower() for f in (formats.split(",") if isinstance(formats, str) else formats) if f.strip()]
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise LedgerError(f"unknown chart format {', '.join(unknown) or '(none)'!r} (known: {', '.join(FORMATS)})")
    return list(dict.fromkeys(chosen))


def _date_text(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def write_chart(ledger, kind: str, out, formats=("png",), unit: str | None = None, as_of=None,
                a3: bool = False) -> list[Path]:
    """Draw chart `kind` (gantt | completion | hazards) of `unit` (a street: with its communities; None: every
    unit) on `as_of` (default today) and write it in each format to `out`: a folder (files named 作战图.png …)
    or a file name whose suffix is replaced per format. Every file is drawn before the first is written, each
    written atomically. A 作战图 PNG/SVG of several pages is one file a page (作战图-1.png …); its PDF has them all.
    The 隐患 chart spans from the first 隐患's 检查日期 (the plan's start when there is none) to `as_of`."""
    from safeplan.generators.output import write_outputs
    from safeplan.ledger.status import status
    from safeplan.ledger.units import parse_day

    if kind not in KINDS:
        raise LedgerError(f"unknown chart kind {kind!r} (known: {', '.join(KINDS)})")
    chosen = _formats(formats)
    day = parse_day(as_of, "--as-of") if as_of is not None else dt.date.today()
    out = Path(out)
    base = out / NAMES[kind] if out.suffix.lower() not in {f".{f}" for f in FORMATS} else out.with_suffix("")
    scope = unit or "全部单位"
    files: list[tuple[Path, bytes]] = []
    if kind == "hazards":
        points = hazard_series(ledger, unit, None, day)
        title = f"{scope}隐患发现与整改情况（截至{_date_text(day)}）"
        files = [(base.with_suffix(f".{f}"), hazard_chart(points, f, title, a3)) for f in chosen]
    else:
        result = status(ledger, unit=unit, as_of=day)
        if kind == "completion":
            title = f"{scope}任务完成率（截至{_date_text(day)}）"
            files = [(base.with_suffix(f".{f}"), completion_chart(result.units, f, title, a3=a3)) for f in chosen]
        else:
            title = f"{scope}治本攻坚作战图（{_date_text(day)}）"
            pages = gantt_pages(result.tasks, a3) if result.tasks else 1
            for f in chosen:
                if f == "pdf" or pages == 1 or not a3:
                    files.append((base.with_suffix(f".{f}"), gantt_chart(result.tasks, day, f, a3, title=title)))
                else:
                    files.extend((base.with_name(f"{base.name}-{n}.{f}"),
                                  gantt_chart(result.tasks, day, f, a3, page=n, title=title))
                                 for n in range(1, pages + 1))
    return write_outputs(files)
