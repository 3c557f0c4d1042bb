"""Task and duty tables as web copies give them (issue 19, batch y251+ of tests/corpus/heldback): rows whose cells
are joined by " | ", a row spanning the table between its rows, cells that span several rows (so later rows have
fewer cells), a row written a cell a line with the pipes opening the lines, and column names as 公文 vary them."""

from pathlib import Path

import pytest

from safeplan.corpus import read_documents, read_text
from safeplan.corpus.tables import column_role
from safeplan.rules.extract import extract_document

TEXTS = Path(__file__).parent / "heldback" / "texts"


def _rules(text: str, name: str = "qingdan.txt") -> dict:
    return {r.id: r for r in extract_document(read_text(text, name)[0]).rules}


def _text(prefix: str) -> Path:
    return next(TEXTS.glob(prefix + "*.txt"))


@pytest.mark.parametrize(("name", "role"), [
    ("牵头单位", "lead"), ("责任单位", "lead"), ("责任部门", "lead"), ("牵头部门", "lead"), ("主责单位", "lead"),
    ("责任清单", "lead"), ("督查组牵头单位", "lead"), ("责任单位及责任人", "lead"), ("牵头单位(部门)", "lead"),
    ("配合单位", "support"), ("配合部门", "support"), ("协同单位", "support"), ("参与单位", "support"),
    ("完成时限", "deadline"), ("时间节点", "deadline"), ("时间安排", "deadline"), ("时限清单", "deadline"),
    ("序号", "serial"), ("序 号", "serial"),
    ("负责单位", "lead"), ("实施主体", "lead"), ("落实单位", "lead"), ("单位", "lead"), ("协作单位", "support"),
    ("完成期限", "deadline"), ("截止日期", "deadline"), ("负责人", None), ("被检查单位", None),
    # persons and duties are no unit columns; a unit inspected is none either
    ("责任人", None), ("牵头领导", None), ("责任事项", None), ("督查单位", None), ("重点任务", None),
])
def test_column_names_as_tables_vary_them(name, role):
    assert column_role(name) == role


def test_a_joined_table_goes_on_past_a_row_spanning_it_and_carries_merged_cells_down():
    # hb-s251-y: 一、体系建设 spans the table; the rows under (一) lost their 建设任务/工作事项 cells (merged), and the
    # row 2.根据辖区实际… has only its 任务清单 and 责任清单 cells - its 时限 (4月) spans down from the row above
    rules = {r.id: r for r in extract_document(read_documents(_text("hb-s251-y"))[0]).rules}
    rows = {i: rules[i] for i in rules if i.startswith("t1.")}
    assert [rows[i].responsible.lead for i in ("t1.r1", "t1.r2", "t1.r3", "t1.r4", "t1.r5")] == [
        ["党政办", "应消站"], ["应消站"], ["村(社区)"], ["综治办", "应消站"], ["农村办", "规划建设办", "国土所", "村(社区)"]]
    assert [(d.month, d.day) for d in rows["t1.r5"].deadlines] == [(4, 30)]
    assert rows["t1.r5"].text.startswith("2.根据辖区实际")
    assert rules["1"].title == "体系建设"            # the spanning row is a heading; the rows stay in the table


def test_a_row_written_a_cell_a_line_with_the_pipes_opening_the_lines():
    # hb-u201-y's 分组表 (分 组 / | 督查组牵头单位 / | 督查单位 / | 备 注 …): each group's lead is its 督查组牵头单位
    # cell; the district inspected (督查单位) is no unit of the row, and the notice's item above keeps its own subjects
    rules = {r.id: r for r in extract_document(read_documents(_text("hb-u201-y"))[0]).rules}
    rows = [rules[i] for i in rules if i.startswith("t1.")]
    assert [r.responsible.lead for r in rows[:3]] == [["市安监局"], ["市规划局"], ["市公安局"]]
    assert all(r.responsible.support == [] for r in rows)
    assert "市安监局" not in rules["5"].responsible.lead and "第一组" not in rules["5"].text


def test_a_row_with_fewer_cells_takes_the_columns_it_fits():
    text = ("重点任务清单\n类别 | 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
            "消防安全 | 1 | 开展高层建筑消防排查 | 区消防救援大队 | 区住建局 | 2024年6月底前\n"
            "2 | 整治电动自行车违规充电 | 各街道 | 区公安分局\n")     # 类别 and 完成时限 span down from the row above
    rows = _rules(text)
    assert rows["2"].responsible.lead == ["各街道"] and rows["2"].responsible.support == ["区公安分局"]
    assert [d.date for d in rows["2"].deadlines] == ["2024-06-30"]
    assert rows["2"].title == "整治电动自行车违规充电"


def test_a_spanning_row_without_its_pipe_between_rows():
    # docx_reader writes a row spanning the whole table as a plain line: the rows after it are the table's still
    text = "序号 | 工作任务 | 责任单位 | 完成时限\n一、宣传教育\n1 | 开展安全宣传月活动 | 街道宣传办 | 6月底前\n"
    rows = _rules(text)
    assert rows["1.1"].responsible.lead == ["街道宣传办"] and rows["1.1"].title == "开展安全宣传月活动"


def test_a_duty_list_line_naming_units_and_their_leaders():
    # hb-u253-y: 责任分解 - each task followed by 责任单位及责任人:…、市公安消防支队主要领导 (the units' leaders: the units lead)
    rules = {r.id: r for r in extract_document(read_documents(_text("hb-u253-y"))[0]).rules}
    first = next(r for r in rules.values() if "呈贡消防二中队建设" in r.text)
    assert first.responsible.lead == ["呈贡县政府", "市发改委", "市财政局", "市规划局", "市建设局", "市国土局", "市公安消防支队"]
    assert next(r for r in rules.values() if "盘龙消防三中队" in r.text).responsible.lead == ["盘龙区政府"]


def test_a_flattened_tables_header_lines_are_no_units():
    # a table flattened one cell a line (the shape of hb-u201-y before its pipes, of hb-u251-y's 责任 / 单位): its
    # header's 牵头单位 / 配合单位 lines are column names, never units (one row alone is read as lines: with a second
    # 序号 the rows are read as rows, test_task_tables_y461)
    from safeplan.rules.responsible import parse_responsible, split_units

    text = "附件:任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n开展燃气安全排查\n县住建局\n县市场监管局\n6月底前"
    found = parse_responsible(text, statute=False)
    assert "县住建局" in found.lead and not {"牵头单位", "配合单位"} & set(found.lead + found.support)
    assert split_units("牵头单位、配合部门、责任科室、督查组牵头单位") == []
    assert split_units("各有关责任单位") == ["各有关责任单位"]      # a 各X subject holding the task (hb-s15-x)


def test_an_html_tables_spanning_cells_are_written_into_every_row_they_span():
    # a web page's 任务分工表: 类别 spans two rows, 牵头单位 three (rowspan), a row spans the table (colspan)
    page = ("<table><tr><th>类别</th><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>"
            "<tr><td rowspan='2'>消防安全</td><td>1</td><td>排查高层建筑</td><td rowspan=\"3\">区消防救援大队</td>"
            "<td>6月底前</td></tr><tr><td>2</td><td>整治电动自行车违规充电</td><td>9月底前</td></tr>"
            "<tr><td>燃气</td><td>3</td><td>排查餐饮场所燃气</td><td>2024年12月底前</td></tr>"
            "<tr><td colspan=5>二、保障措施</td></tr></table><p>各街道要加强组织领导。</p>")
    doc = read_text(page, "fengong.html")[0]
    rows = [i for i in doc.walk() if i.style == "row"]
    assert [r.cells for r in rows] == [
        {"类别": "消防安全", "序号": "1", "重点任务": "排查高层建筑", "牵头单位": "区消防救援大队", "完成时限": "6月底前"},
        {"类别": "消防安全", "序号": "2", "重点任务": "整治电动自行车违规充电", "牵头单位": "区消防救援大队",
         "完成时限": "9月底前"},
        {"类别": "燃气", "序号": "3", "重点任务": "排查餐饮场所燃气", "牵头单位": "区消防救援大队",
         "完成时限": "2024年12月底前"}]
    # the text keeps its map to the page: a carried cell points at the tag it was written for
    row = rows[1]
    assert doc.text[row.start:row.end].startswith("消防安全 | 2 | 整治电动自行车违规充电")


@pytest.mark.parametrize(("line", "lead", "support"), [
    ("开展排查。(责任部门及责任人:县应急局)", ["县应急局"], []),
    ("开展排查。责任单位和责任人:县应急局、县公安局主要负责人。", ["县应急局", "县公安局"], []),
    ("开展排查。(牵头单位及责任人:县住建局;配合单位:县城管局)", ["县住建局"], ["县城管局"]),
])
def test_a_units_label_naming_their_persons_too(line, lead, support):
    # hb-u253-y's 责任单位及责任人: as a 责任分解 varies it: the units lead, the persons named with them are none
    from safeplan.rules.responsible import parse_responsible

    found = parse_responsible(line, statute=False)
    assert (found.lead, found.support) == (lead, support)


def test_a_header_over_two_rows_names_its_columns_by_both():
    # 责任单位 spans 牵头 | 配合 (colspan), the other header cells span both rows (rowspan): the second row is the
    # header's, not a task, and the columns it names are who leads and who supports
    page = ("<table><tr><th rowspan=2>序号</th><th rowspan=2>重点任务</th><th colspan=2>责任单位</th>"
            "<th rowspan=2>完成时限</th></tr><tr><th>牵头</th><th>配合</th></tr>"
            "<tr><td>1</td><td>开展燃气安全排查</td><td>区住建局</td><td>区市场监管局、各街道</td><td>6月底前</td></tr>"
            "</table>")
    rules = {r.id: r for r in extract_document(read_text(page, "fengong.html")[0]).rules}
    assert [i for i in rules if i != "0"] == ["1"]
    assert (rules["1"].responsible.lead, rules["1"].responsible.support) == (["区住建局"], ["区市场监管局", "各街道"])
