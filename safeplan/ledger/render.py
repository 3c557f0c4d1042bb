"""`ledger status` as tables for a person (rich): units, streets, every task, the overdue lists."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from safeplan.ledger.status import LedgerStatus

STYLE = {"绿": "bold green", "黄": "bold yellow", "红": "bold red"}


def _colour(text: str) -> str:
    return f"[{STYLE.get(text, '')}]{text}[/]" if text in STYLE else text


def _short(text: str, size: int = 18) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"


def render_status(result: LedgerStatus, stream, tasks: bool = True) -> None:
    """Print the status to `stream`: coloured on a terminal, plain text elsewhere."""
    console = Console(file=stream, highlight=False, soft_wrap=False,
                      width=None if stream.isatty() else 160)
    console.print(f"[bold]台账状态[/] as of {result.as_of.isoformat()}")
    units = Table(title="单位", title_justify="left")
    for name in ("单位", "街道", "颜色", "任务", "完成", "销号", "绿", "黄", "红", "未整改隐患", "其中逾期", "重大隐患",
                 "重大逾期"):
        units.add_column(name, justify="right" if name not in ("单位", "街道", "颜色") else "left")
    for f in result.units:
        units.add_row(f.unit, f.street, _colour(f.colour), *map(str, (
            f.tasks, f.done, f.closed, f.green, f.yellow, f.red, f.hazards_open, f.hazards_overdue, f.major_open,
            f.major_overdue)))
    console.print(units)
    if len(result.streets) > 1:
        streets = Table(title="街道合计", title_justify="left")
        for name in ("街道", "颜色", "任务", "完成", "红", "黄", "重大逾期"):
            streets.add_column(name)
        for f in result.streets:
            streets.add_row(f.unit, _colour(f.colour), str(f.tasks), str(f.done), str(f.red), str(f.yellow),
                            str(f.major_overdue))
        console.print(streets)
    if tasks and result.tasks:
        table = Table(title="任务", title_justify="left")
        for name in ("单位", "序号", "任务", "内容", "时限", "状态", "进度", "颜色", "说明"):
            table.add_column(name)
        for t in result.tasks:
            state = "销号" if t.closed_on else t.status
            table.add_row(t.unit, str(t.number), t.key.rsplit(":", 1)[-1], _short(t.text), t.due.isoformat(), state,
                          f"{t.percent}%", _colour(t.colour), t.reason)
        console.print(table)
    console.print(f"[bold]逾期任务[/] {len(result.overdue)}")
    for t in result.overdue:
        console.print(f"  {_colour(t.colour)} {t.unit} {t.key}  时限 {t.due.isoformat()}  {t.reason}  "
                      f"{t.status} {t.percent}%  {_short(t.text, 20)}")
    console.print(f"[bold]逾期未整改的重大隐患[/] {len(result.major_hazards)}")
    for h in result.major_hazards:
        console.print(f"  {_colour(h.colour)} {h.unit} 序号{h.seq}  {h.place}  {_short(h.description or h.item, 20)}  "
                      f"整改时限 {h.due.isoformat() if h.due else '—'}（逾期{h.days_overdue}天）  责任人 {h.owner or '—'}")
