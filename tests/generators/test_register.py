"""The XLSX 检查清单 is a 隐患排查台账: sheet 检查项目 (the unit's items once each) and sheet 记录 (what a grid worker
fills in), with the columns of safeplan.register, data validation on choices, dates and item numbers, printable."""

from __future__ import annotations

import openpyxl

from safeplan.register import ITEMS_SHEET, RECORD_COLUMNS, RECORDS_SHEET


def _book(out, unit="东湖社区"):
    return openpyxl.load_workbook(out / unit / "检查清单.xlsx")


def test_the_register_has_an_items_sheet_and_a_records_sheet(generated):
    out, _ = generated
    book = _book(out)
    assert book.sheetnames == [ITEMS_SHEET, RECORDS_SHEET] == ["检查项目", "记录"]
    records = book[RECORDS_SHEET]
    assert [c.value for c in records[2]] == [
        "序号", "检查日期", "检查人", "被检查单位/场所", "地址", "检查项编号", "检查项目", "检查结果", "隐患描述", "整改措施",
        "整改时限", "整改责任人", "复查日期", "复查结果/销号"]
    assert [c.value for c in records[2]] == [c.header for c in RECORD_COLUMNS]
    items = book[ITEMS_SHEET]
    assert [c.value for c in items[2]] == ["检查项编号", "适用场所", "检查项目", "检查内容", "检查方法", "隐患等级", "判定依据",
                                           "依据", "频次", "时限"]


def test_the_records_sheet_validates_choices_dates_and_item_numbers(generated):
    out, _ = generated
    book = _book(out)
    records = book[RECORDS_SHEET]
    rules = {str(dv.sqref): dv for dv in records.data_validations.dataValidation}
    assert rules["H3:H1002"].formula1 == '"合格,一般隐患,重大隐患"'          # 检查结果
    assert rules["N3:N1002"].formula1 == '"已整改销号,未完成整改"'           # 复查结果/销号
    for column in ("B", "K", "M"):                                          # 检查日期, 整改时限, 复查日期
        assert rules[f"{column}3:{column}1002"].type == "date"
    count = book[ITEMS_SHEET].max_row - 2
    assert rules["F3:F1002"].formula1 == f"'检查项目'!$A$3:$A${count + 2}"    # 检查项编号 from the items sheet
    assert records["B3"].number_format == "yyyy-mm-dd"
    assert records.print_area == "'记录'!$A$1:$N$102"                         # 100 ruled rows print blank


def test_both_sheets_print_landscape_fit_to_width_with_the_header_repeated(generated):
    out, _ = generated
    for sheet in _book(out).worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$2:$2"
        assert sheet.freeze_panes == "A3"


def test_the_items_sheet_lists_each_item_once_with_its_places(generated):
    out, _ = generated
    rows = [[c.value for c in r] for r in _book(out)[ITEMS_SHEET].iter_rows(min_row=3)]
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    by_id = {r[0]: r for r in rows}
    # the 餐饮 gas alarm applies to the 小餐饮 and to 餐饮燃气用户 (东湖社区: 九小场所, 燃气)
    assert by_id["rq-cy-baojing"][1] == "小餐饮、餐饮燃气用户"
    assert by_id["rq-cy-baojing"][7:10] == ["《安全生产法》第三十六条第四款", "每月防火检查（公安部令第61号 第二十六条）", None]
    # the district's 2024年9月底前完成瓶装液化石油气用户“阀管灶”改造 (示安委〔2024〕3号 二(一)1) adds its deadline
    # to the hose item (keyword 阀管灶), and the rule joins its 依据
    assert by_id["rq-cy-ruanguan"][7:10] == ["《城镇燃气管理条例》第二十七条；示安委〔2024〕3号 二(一)1",
                                             "每月防火检查（公安部令第61号 第二十六条）", "2024年9月底前"]
    # a 重大事故隐患 names its 判定 clause
    assert by_id["jx-gw-chukou"][5:7] == ["重大事故隐患", "GB 35181-2017 5.5"]
