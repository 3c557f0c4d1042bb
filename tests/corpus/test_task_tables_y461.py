"""Task tables as the tables batches' pages give them (issue 19, batches y251+ and y461+ of tests/corpus/heldback):
a table flattened one cell a line - its header lost (a document site's copy) or split over lines (责任 / 单位) - read
row by row from the cells that name units, and a row the page cut short, which carries nothing down past its last
cell. Expected values are the pages' own."""

from pathlib import Path

from safeplan.corpus import read_documents, read_text
from safeplan.rules.extract import extract_document

TEXTS = Path(__file__).parent / "heldback" / "texts"


def _rules(prefix: str) -> dict:
    return {r.id: r for r in extract_document(read_documents(next(TEXTS.glob(prefix + "*.txt")))[0]).rules}


def _holding(rules: dict, words: str):
    """The rule (the shortest, as the quality bench reads an anchor) whose text holds `words`."""
    return min((r for r in rules.values() if words in r.text), key=lambda r: len(r.text))


def test_a_table_flattened_one_cell_a_line_its_header_lost():
    # hb-r252-y: 作业 / 责任部门 / 依据 came one cell a line, no header: each 作业 opens its row, the unit cell after it
    # names who leads (安质部,设备部配合: the one named 配合 supports), the standards it follows close the row
    rules = _rules("hb-r252-y")
    rows = [r for r in rules.values() if r.id.startswith("t1.")]
    assert [r.title for r in rows] == ["破土作业", "断路作业", "设备检维修作业", "(28)劳动防护用品(具)和保健品管理", "特种设备管理"]
    assert [(r.responsible.lead, r.responsible.support) for r in rows] == [
        (["安质部"], ["设备部"]), (["安质部"], ["消防站"]), (["设备部"], []), (["安质部"], []), (["设备部"], [])]
    assert "《特种设备安全监察条例》(国务院令第549号)" in rows[4].text
    # the sentence after the table is an item of its own, not a cell
    assert "公司级风险评价组织" not in rows[4].text


def test_a_flattened_tables_rows_end_with_their_unit_cell_under_a_split_header():
    # hb-u251-y: 分类指标名称 / 分类指标值对照 / 责任 / 单位 / 国家规划 / 省规划 / 市规划, then each row's cells and its
    # 责任单位 last: the header stays with the item above, each row leads with its own unit
    rules = _rules("hb-u251-y")
    assert _holding(rules, "行政村灾害信息覆盖率").responsible.lead == ["水利局"]
    assert _holding(rules, "灾民24小时内得到基本救助").responsible.lead == ["民政局"]
    item = rules["1"]
    assert "分类指标值对照" in item.text and "水利局" not in item.text
    assert (item.responsible.lead, item.responsible.support) == ([], [])
    # the last row, cut by the page before its unit, names none
    cut = _holding(rules, "大江大河干流洪水预报时间准确率")
    assert (cut.responsible.lead, cut.responsible.support) == ([], [])


def test_a_row_the_page_cut_carries_nothing_down_past_its_last_cell():
    # hb-s251-y's last row (2.工作机制 | (5)汛前… | 1.制定《…应急指挥机制》, - cut at a comma): its 建设任务 spans down
    # from above, but its 责任清单 and 时限清单 were cut off, not merged - no 4月, no units from the row above
    rules = _rules("hb-s251-y")
    row = _holding(rules, "2.工作机制")
    assert row.deadlines == [] and (row.responsible.lead, row.responsible.support) == ([], [])
    assert [(d.month, d.day) for d in _holding(rules, "补充设置村(社区)水利工程巡查员").deadlines] == [(4, 30)]


def test_a_joined_tables_row_cut_mid_cell_keeps_the_units_it_gives():
    # hb-u461-y: the 分解表's second row stops at 区统计局、区 - its lead and the supporters given, the 区 no unit
    row = _holding(_rules("hb-u461-y"), "服务业增加值")
    assert row.responsible.lead == ["区发改经信局"]
    assert row.responsible.support == ["区财政局", "区住房和城建局", "区商务局", "区文化和广电旅游体育局", "区统计局"]


def test_short_lines_that_are_no_flattened_table():
    # a list of units one a line (a 落款 of two bodies, 成员单位 lines) and a 目录 whose cells came one a line with no
    # header naming a unit column (hb-u76-x: 全社会 under 公开对象) read no rows
    text = ("附件\n成员单位名单\n县应急局\n县公安局\n县住建局\n县消防救援大队\n"
            "中共某县委办公室\n某县人民政府办公室\n2024年3月1日\n")
    assert not [r for r in extract_document(read_text(text, "mingdan.txt")[0]).rules if r.id.startswith("t")]
    rules = _rules("hb-u76-x")
    assert not [r for r in rules.values() if r.id.startswith("t")]
    # hb-u461-y's signature block between its notice and its 附件 (…分解表 / 杭州市上城区人民政府办公室 / 2019年2月15日 /
    # (此件可公开发布) / 附件1): a body and its date, a remark in brackets - no table's rows
    rules = _rules("hb-u461-y")
    assert not [r for r in rules.values() if r.id.startswith("t")]


def test_a_flattened_table_whose_header_came_whole_is_read_by_its_serial_numbers():
    # the shape of hb-u201-y before its pipes: 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限, one a line, then each
    # row from its 序号 to the next - the lead and the supporting unit one after the other, the deadline the row's own
    text = ("附件:任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
            "1\n开展燃气安全排查\n县住建局\n县市场监管局\n6月底前\n"
            "2\n整治电动自行车违规充电\n县消防救援大队\n各乡镇\n9月底前\n")
    rules = {r.id: r for r in extract_document(read_text(text, "fengong.txt")[0]).rules}
    assert [(rules[i].title, rules[i].responsible.lead, rules[i].responsible.support) for i in ("1", "2")] == [
        ("开展燃气安全排查", ["县住建局"], ["县市场监管局"]), ("整治电动自行车违规充电", ["县消防救援大队"], ["各乡镇"])]
    assert [[d.month for d in rules[i].deadlines] for i in ("1", "2")] == [[6], [9]]
    assert (rules["0"].responsible.lead, rules["0"].deadlines) == ([], [])      # the header's lines name no unit


def test_a_two_level_header_whose_second_row_came_as_its_own_cells():
    # 责任单位 over 牵头 | 配合 in a web copy's text: the second row keeps only its own cells (| | 牵头 | 配合, the empty
    # ones at its ends lost) - they name the two columns 责任单位 spans; the row is no task
    text = ("重点任务分工表\n序号 | 重点任务 | 责任单位 | | 完成时限\n | | 牵头 | 配合 | \n"
            "1 | 开展燃气安全排查 | 县住建局 | 县市场监管局 | 6月底前\n")
    rules = {r.id: r for r in extract_document(read_text(text, "fengong.txt")[0]).rules}
    assert [i for i in rules if i != "0"] == ["1"]
    assert (rules["1"].responsible.lead, rules["1"].responsible.support) == (["县住建局"], ["县市场监管局"])
