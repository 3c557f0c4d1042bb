"""The charts (safeplan.ledger.charts): what the Figures draw, read back from their artists before saving and
checked against values worked out by hand from the fixture's dates; the files (SVG as XML, A3 PDF, the same
bytes twice); `safeplan ledger chart` and its bad input.

The fixture: conftest.plan_items (every task starts on the plan's first day, 2024-01-01) with the reports and
the 台账 below; on 2025-07-01 城东街道 has 1 of 3 tasks done (黄), 东湖社区 1 of 2 (销号; 红 for its open
重大隐患 past 整改时限), 新华社区 0 of 1 (红, overdue).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner
from matplotlib.colors import to_hex

from safeplan.cli import cli
from safeplan.ledger import charts, close_task, import_register, load_tasks, open_ledger, report_progress, status
from safeplan.ledger.charts import (
    HEX,
    HazardPoint,
    completion_chart,
    completion_figure,
    gantt_chart,
    gantt_figures,
    gantt_pages,
    hazard_chart,
    hazard_figure,
    hazard_series,
    write_chart,
)
from safeplan.ledger.errors import LedgerError
from safeplan.ledger.sample import fill_register

from .conftest import UNITS, plan_items

AS_OF = dt.date(2025, 7, 1)
EPOCH = dt.date(1970, 1, 1)           # matplotlib's date numbers count days from here


def _fill(ledger, tmp_path):
    load_tasks(ledger, UNITS, plan_items(), by="张三")
    report_progress(ledger, "城东街道", "doc:1", "2024-12-20", "已完成", 100, by="李四")
    report_progress(ledger, "城东街道", "doc:2", "2025-06-30", "推进中", 30, by="李四")
    proof = tmp_path / "验收.pdf"
    proof.write_bytes(b"%PDF")
    close_task(ledger, "东湖社区", "doc:4", "2025-05-20", proof, "王五", by="李四")
    folder = tmp_path / "东湖社区"
    folder.mkdir()
    fill_register(folder / "检查清单.xlsx", [
        {"seq": 1, "date": "2025-03-01", "inspector": "李四", "place": "东湖菜市场", "item": "消防通道",
         "result": "重大隐患", "description": "疏散通道封堵", "due": "2025-04-01", "owner": "王老板"},
        {"seq": 2, "date": "2025-06-01", "inspector": "李四", "place": "东湖小学", "item": "燃气",
         "result": "重大隐患", "description": "燃气报警器失效", "due": "2025-07-15", "owner": "陈校长",
         "recheck_date": "2025-06-20", "recheck_result": "已整改销号"},
        {"seq": 3, "date": "2025-02-01", "inspector": "李四", "place": "东湖饭店", "item": "灭火器",
         "result": "一般隐患", "description": "灭火器过期", "due": "2025-03-01", "owner": "刘经理",
         "recheck_date": "2025-02-25", "recheck_result": "已整改销号"},
        {"seq": 4, "date": "2025-02-01", "inspector": "李四", "place": "东湖超市", "item": "灭火器", "result": "合格"},
        {"seq": 5, "date": "2024-12-15", "inspector": "李四", "place": "东湖幼儿园", "item": "电气",
         "result": "一般隐患", "description": "私拉电线", "due": "2025-01-15", "owner": "赵园长",
         "recheck_date": "2025-01-10", "recheck_result": "已整改销号"},
        {"seq": 6, "date": "2025-03-10", "inspector": "李四", "place": "东湖网吧", "item": "消防通道",
         "result": "一般隐患", "description": "安全出口锁闭", "due": "2025-04-10", "owner": "孙老板"},
    ])
    import_register(ledger, folder / "检查清单.xlsx", by="李四")
    return ledger


@pytest.fixture
def filled(ledger, tmp_path):
    """The fixture ledger on SQLite and PostgreSQL (for the queries)."""
    return _fill(ledger, tmp_path)


@pytest.fixture(scope="module")
def sqlite_filled(tmp_path_factory):
    """The fixture ledger on SQLite only (for what is drawn: the database does not change it), filled once
    for the module: its tests only read it."""
    tmp_path = tmp_path_factory.mktemp("charts")
    ws = tmp_path / "ws"
    ws.mkdir()
    opened = open_ledger(ws, f"sqlite:///{tmp_path / 'ledger.sqlite'}")
    yield _fill(opened, tmp_path)
    opened.close()


def _point(label, first, last, found, found_major, rectified, rectified_major, still, still_major):
    return HazardPoint(dt.date.fromisoformat(first), dt.date.fromisoformat(last), label, found, found_major,
                       rectified, rectified_major, still, still_major)


def test_hazards_per_month_over_seven_months(filled):
    # 5 (found 2024-12-15) is open on 2025-01-01 and rectified in January; 3 found and rectified in February;
    # 1 (重大) and 6 found in March, open since; 2 (重大) found and rectified in June; 4 is 合格 (no 隐患)
    assert hazard_series(filled, "城东街道", "2025-01-01", "2025-07-31") == [
        _point("2025年1月", "2025-01-01", "2025-01-31", 0, 0, 1, 0, 0, 0),
        _point("2月", "2025-02-01", "2025-02-28", 1, 0, 1, 0, 0, 0),
        _point("3月", "2025-03-01", "2025-03-31", 2, 1, 0, 0, 2, 1),
        _point("4月", "2025-04-01", "2025-04-30", 0, 0, 0, 0, 2, 1),
        _point("5月", "2025-05-01", "2025-05-31", 0, 0, 0, 0, 2, 1),
        _point("6月", "2025-06-01", "2025-06-30", 1, 1, 1, 1, 2, 1),
        _point("7月", "2025-07-01", "2025-07-31", 0, 0, 0, 0, 2, 1),
    ]


def test_hazards_per_week_over_a_short_span(filled):
    # weeks from Monday 2025-02-17; 3 (found 02-01) is open at the start, rectified 02-25; 1 found Saturday
    # 03-01 (the week of 02-24); 6 found Monday 03-10
    assert hazard_series(filled, "东湖社区", "2025-02-20", "2025-03-12") == [
        _point("2/17", "2025-02-17", "2025-02-23", 0, 0, 0, 0, 1, 0),
        _point("2/24", "2025-02-24", "2025-03-02", 1, 1, 1, 0, 1, 1),
        _point("3/3", "2025-03-03", "2025-03-09", 0, 0, 0, 0, 1, 1),
        _point("3/10", "2025-03-10", "2025-03-16", 1, 0, 0, 0, 2, 1),
    ]
    assert [p.found for p in hazard_series(filled, "新华社区", "2025-02-20", "2025-03-12")] == [0, 0, 0, 0]


def test_hazards_by_default_from_the_first_one_and_never_past_the_end(filled):
    # the first 隐患 of the ledger: 5, found 2024-12-15
    points = hazard_series(filled, None, None, "2025-07-31")
    assert (points[0].label, points[0].start, len(points)) == ("2024年12月", dt.date(2024, 12, 1), 8)
    # an end before the first 隐患: one period, nothing in it
    assert hazard_series(filled, None, None, "2024-06-30") == [
        _point("6/24", "2024-06-24", "2024-06-30", 0, 0, 0, 0, 0, 0)]
    with pytest.raises(LedgerError, match="the 隐患 chart's end 2024-06-30 is before its start 2025-01-01"):
        hazard_series(filled, None, "2025-01-01", "2024-06-30")


def test_the_completion_bars_are_ranked_in_the_units_colours(sqlite_filled):
    figure = completion_figure(status(sqlite_filled, as_of=AS_OF).units)
    ax = figure.axes[0]
    bars = {p.get_gid(): p for p in ax.patches if p.get_gid()}
    # top to bottom: 东湖社区 1/2 (红), 城东街道 1/3 (黄), 新华社区 0/1 (红)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["东湖社区", "城东街道", "新华社区"]
    assert [round(bars[f"unit-{i}"].get_width(), 2) for i in range(3)] == [50.0, 33.33, 0.0]
    assert [to_hex(bars[f"unit-{i}"].get_facecolor()).upper() for i in range(3)] == [HEX["红"], HEX["黄"], HEX["红"]]
    assert [bars[f"unit-{i}"].get_y() + bars[f"unit-{i}"].get_height() / 2 for i in range(3)] == [2, 1, 0]
    texts = [t.get_text() for t in ax.texts]
    assert texts == ["50.0%（1/2）红", "33.3%（1/3）黄", "0.0%（0/1）红"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["黄：临近期限或进度滞后", "红：逾期未完成"]
    assert figure.get_size_inches()[0] == pytest.approx(156 / 25.4)


def test_the_gantt_has_a_bar_per_task_from_its_start_to_its_deadline(sqlite_filled):
    (figure,) = gantt_figures(status(sqlite_filled, as_of=AS_OF).tasks, AS_OF)
    ax = figure.axes[0]
    bars = {p.get_gid(): p for p in ax.patches if p.get_gid()}
    start = (dt.date(2024, 1, 1) - EPOCH).days
    # (colour on 2025-07-01, days from 2024-01-01 to the day after the deadline)
    expected = {
        "task-城东街道-doc:1": ("绿", 366),                 # 已完成; due 2024-12-31 (2024 has 366 days)
        "task-城东街道-doc:2": ("黄", 366 + 365),           # 30% against 75% expected; due 2025-12-31
        "task-城东街道-doc:3": ("黄", 366 + 365 + 365),     # no report: 0% against 50%; due 2026-12-31
        "task-东湖社区-doc:2": ("黄", 366 + 365),           # no report of its own
        "task-东湖社区-doc:4": ("绿", 366 + 181),           # 销号; due 2025-06-30
        "task-新华社区-doc:5": ("红", 366 + 90),            # due 2025-03-31
    }
    assert set(bars) == set(expected)
    for gid, (colour, days) in expected.items():
        bar = bars[gid]
        assert to_hex(bar.get_facecolor()).upper() == HEX[colour], gid
        assert (bar.get_x(), bar.get_x() + bar.get_width()) == (start, start + days), gid
    today = next(line for line in ax.lines if line.get_gid() == "today")
    assert list(today.get_xdata()) == [(AS_OF - EPOCH).days] * 2
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["城东街道（3项）", "1  建立重大事故隐患排查整治台账", "2  完成燃气管道老化更新改造", "3  开展全员安全生产培训",
                      "东湖社区（2项）", "1  完成燃气管道老化更新改造", "2  九小场所消防设施全覆盖",
                      "新华社区（1项）", "1  有限空间作业专项检查"]
    # a ◆ at each deadline: on the bar's row, at its end
    deadlines = next(line for line in ax.lines if line.get_gid() == "deadlines")
    assert deadlines.get_marker() == "D"
    ends = sorted(zip(deadlines.get_xdata(), deadlines.get_ydata(), strict=True))
    assert ends == sorted((bar.get_x() + bar.get_width(), bar.get_y() + bar.get_height() / 2)
                          for bar in bars.values())


def _task(unit, number, due="2025-06-30", colour="绿", street="城东街道"):
    from safeplan.ledger.status import TaskState

    return TaskState(unit=unit, street=street, key=f"doc:{number}", number=number, text=f"任务{number}", role="牵头",
                     lead="", deadline_text="", start=dt.date(2024, 1, 1), due=dt.date.fromisoformat(due),
                     status="推进中", percent=10, reported_on=None, closed_on=None, colour=colour, reason="",
                     version=1)


def test_a_long_gantt_is_paginated_without_splitting_a_unit_that_fits_a_page():
    # 15 communities × 20 tasks: a page of 62 rows (A3) takes 2 communities (2 × 21 rows; a third would need 63)
    tasks = [_task(f"第{c}社区", n) for c in range(1, 16) for n in range(1, 21)]
    assert gantt_pages(tasks, a3=True) == 8
    pages = gantt_figures(tasks, AS_OF, a3=True)
    first = [t.get_text() for t in pages[0].axes[0].get_yticklabels()]
    assert len(first) == 42 and first[0] == "第1社区（20项）" and first[21] == "第2社区（20项）"
    assert sum(1 for page in pages for p in page.axes[0].patches if p.get_gid()) == 300
    # a unit longer than a page goes on with its heading marked 续
    long = [_task("第1社区", n) for n in range(1, 71)]
    pages = gantt_figures(long, AS_OF, a3=True)
    assert [t.get_text() for t in pages[1].axes[0].get_yticklabels()][0] == "第1社区（续）"
    assert [sum(1 for p in page.axes[0].patches if p.get_gid()) for page in pages] == [61, 9]


def test_communities_of_several_streets_are_named_with_their_street():
    tasks = [_task("城东街道", 1), _task("东湖社区", 1), _task("城西街道", 1, street="城西街道"),
             _task("东湖社区", 1, street="城西街道")]
    (figure,) = gantt_figures(tasks, AS_OF)
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()][::2] == [
        "城东街道（1项）", "城东街道/东湖社区（1项）", "城西街道（1项）", "城西街道/东湖社区（1项）"]


def test_svg_is_xml_with_glyphs_as_paths_and_the_unit_names(sqlite_filled):
    svg = completion_chart(status(sqlite_filled, as_of=AS_OF).units, "svg")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert not root.findall(".//{http://www.w3.org/2000/svg}text")     # no text needing the font in the browser
    text = svg.decode("utf-8")
    assert all(f"<!-- {name} -->" in text for name in ("东湖社区", "城东街道", "新华社区"))


def test_the_a3_pdf_is_landscape_and_every_output_repeats_byte_for_byte(sqlite_filled):
    tasks = status(sqlite_filled, as_of=AS_OF).tasks
    pdf = gantt_chart(tasks, AS_OF, "pdf", a3=True)
    box = [float(v) for v in re.search(rb"/MediaBox \[\s*([\d. ]+)\]", pdf)[1].split()]
    assert box == pytest.approx([0, 0, 1190.55, 841.89], abs=0.01)
    assert b"CreationDate" not in pdf
    for fmt in ("png", "svg", "pdf"):
        assert gantt_chart(tasks, AS_OF, fmt) == gantt_chart(tasks, AS_OF, fmt), fmt
    points = hazard_series(sqlite_filled, None, "2025-01-01", "2025-07-31")
    assert hazard_chart(points, "svg") == hazard_chart(points, "svg")


def test_the_png_is_156_mm_wide_at_200_dpi(sqlite_filled):
    png = completion_chart(status(sqlite_filled, as_of=AS_OF).units, "png")
    width = int.from_bytes(png[16:20], "big")
    assert width == int(156 / 25.4 * 200)


def test_the_hazard_figure_stacks_the_major_part_at_the_foot(sqlite_filled):
    points = hazard_series(sqlite_filled, None, "2025-01-01", "2025-07-31")
    ax = hazard_figure(points).axes[0]
    heights = {gid: [round(p.get_height()) for p in ax.patches if p.get_gid() == gid]
               for gid in ("found-major", "found-general", "rectified-major", "rectified-general")}
    # months Jan–Jul, from test_hazards_per_month_over_seven_months
    assert heights == {"found-major": [0, 0, 1, 0, 0, 1, 0], "found-general": [0, 1, 1, 0, 0, 0, 0],
                       "rectified-major": [0, 0, 0, 0, 0, 1, 0], "rectified-general": [1, 1, 0, 0, 0, 0, 0]}
    still = next(line for line in ax.lines if line.get_gid() == "open-all")
    assert list(still.get_ydata()) == [0, 0, 2, 2, 2, 2, 2]


def test_a_missing_chinese_font_says_which_package_to_install(monkeypatch):
    monkeypatch.setattr(charts, "_fc_list", lambda: "")
    charts._font_family.cache_clear()
    try:
        with pytest.raises(LedgerError) as caught:
            completion_chart([], "png")
    finally:
        charts._font_family.cache_clear()
    assert str(caught.value) == ("no Chinese font found through fontconfig (fc-list :lang=zh): install "
                                 "fonts-noto-cjk (Debian/Ubuntu: apt-get install fonts-noto-cjk)")


def test_the_preferred_font_is_the_simplified_chinese_face():
    listing = ("/f/NotoSansCJK-Bold.ttc: Noto Sans CJK SC,Noto Sans CJK SC Bold:style=Bold,粗体\n"
               "/f/wqy-microhei.ttc: WenQuanYi Micro Hei,文泉驿微米黑:style=Regular\n"
               "/f/NotoSansCJK-Regular.ttc: Noto Sans CJK JP,Noto Sans CJK JP Regular:style=Regular\n"
               "/f/NotoSansCJK-Regular.ttc: Noto Sans CJK SC,Noto Sans CJK SC Regular:style=Regular\n")
    assert charts._pick(listing) == ("/f/NotoSansCJK-Regular.ttc", "Noto Sans CJK SC")
    assert charts._pick("/f/wqy-microhei.ttc: WenQuanYi Micro Hei:style=Regular\n") == (
        "/f/wqy-microhei.ttc", "WenQuanYi Micro Hei")


def test_write_chart_writes_every_format_and_a3_pages(sqlite_filled, tmp_path):
    out = tmp_path / "out"
    written = write_chart(sqlite_filled, "gantt", out, "png,svg,pdf", as_of=AS_OF)
    assert [p.name for p in written] == ["作战图.png", "作战图.svg", "作战图.pdf"]
    assert written[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and written[2].read_bytes()[:5] == b"%PDF-"
    named = write_chart(sqlite_filled, "completion", out / "东湖.png", ["svg"], unit="东湖社区", as_of=AS_OF)
    assert named == [out / "东湖.svg"]
    assert "<!-- 东湖社区 -->" in named[0].read_text(encoding="utf-8")


def test_an_a3_gantt_of_several_pages_is_a_png_a_page_and_one_pdf(sqlite_filled, tmp_path, monkeypatch):
    # 4 rows an A3 page: 城东街道 (heading + 3), 东湖社区 (heading + 2), 新华社区 (heading + 1): 3 pages
    monkeypatch.setattr(charts, "GANTT_ROWS_A3", 4)
    written = write_chart(sqlite_filled, "gantt", tmp_path, "png,pdf", as_of=AS_OF, a3=True)
    assert [p.name for p in written] == ["作战图-1.png", "作战图-2.png", "作战图-3.png", "作战图.pdf"]
    assert len(re.findall(rb"/Type /Page\b", written[-1].read_bytes())) == 3
    width, height = (int.from_bytes(written[0].read_bytes()[at:at + 4], "big") for at in (16, 20))
    assert (width, height) == (int(420 / 25.4 * 200), int(297 / 25.4 * 200))      # Agg drops the fraction of a pixel


def _cli(ledger, *args):
    return CliRunner().invoke(cli, ["ledger", "chart", *args, "--workspace", str(ledger.workspace.root),
                                    "--db", ledger.url])


def test_the_chart_command(sqlite_filled, tmp_path):
    out = tmp_path / "charts"
    result = _cli(sqlite_filled, "--kind", "hazards", "--unit", "城东街道", "--as-of", "2025-07-01",
                  "--format", "png,svg", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["隐患整改.png", "隐患整改.svg"]


@pytest.mark.parametrize("args, message", [
    (["--kind", "pie"], "unknown chart kind 'pie' (known: gantt, completion, hazards)"),
    (["--kind", "gantt", "--format", "png,jpg"], "unknown chart format 'jpg' (known: png, svg, pdf)"),
    (["--kind", "gantt", "--as-of", "下周"], "--as-of '下周' is not a date (write it as 2025-03-31)"),
    (["--kind", "completion", "--unit", "西湖社区"], "unknown unit '西湖社区' (known: 城东街道、东湖社区、新华社区)"),
], ids=["kind", "format", "date", "unit"])
def test_bad_chart_input_is_one_line_exit_2_and_nothing_written(sqlite_filled, tmp_path, args, message):
    out = tmp_path / "charts"
    result = _cli(sqlite_filled, *args, "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == f"safeplan: error: {message}\n"
    assert not out.exists()


def test_the_chart_command_has_help_with_an_example():
    result = CliRunner().invoke(cli, ["ledger", "chart", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "--a3" in result.output
