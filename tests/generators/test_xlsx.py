"""Open every generated XLSX: header, frozen panes, filters, 状态 validation, widths, print setup, and
the rows each unit should have."""

from __future__ import annotations

import openpyxl
import pytest

from safeplan.generators.xlsx_writer import display_width


def _sheet(path):
    return openpyxl.load_workbook(path).active


def _rows(sheet):
    return [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]


def test_every_xlsx_is_a_filterable_printable_list(generated):
    out, paths = generated
    files = [p for p in paths if p.suffix == ".xlsx" and p.stem != "检查清单"]   # the 台账: test_register.py
    assert len(files) == 4 * 2
    for path in files:
        sheet = _sheet(path)
        header = [c.value for c in sheet[2]]
        assert header[0] == "序号" and header[-1] == "状态", path
        assert sheet.freeze_panes == "A3"
        assert sheet.auto_filter.ref.startswith("A2:")
        validations = {str(dv.sqref): dv.formula1 for dv in sheet.data_validations.dataValidation}
        assert '"未开始,推进中,已完成"' in validations.values(), path
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        for row in _rows(sheet):
            assert not any("20__" in str(v) for v in row if v)
            assert row[-1] == "未开始"


def test_the_street_task_list_has_every_task_with_a_responsible_unit(generated):
    out, _ = generated
    sheet = _sheet(out / "城东街道" / "任务清单.xlsx")
    assert sheet["A1"].value == "城东街道安全生产治本攻坚三年行动任务清单"
    assert [c.value for c in sheet[2]] == ["序号", "重点任务", "具体措施", "责任单位", "配合单位", "完成时限",
                                           "目标/完成标准", "依据", "状态"]
    # widths fit the Chinese text: 序号 narrow, long measures wrap in a 60-wide column, names in 24
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    assert (widths["A"], widths["C"]) == (6, 60) and 16 <= widths["B"] <= 30 and 16 <= widths["D"] <= 30
    rows = _rows(sheet)
    assert len(rows) == 8           # the tasks; an upper 保障措施 is no task
    assert all(r[3] for r in rows)
    # the nearest upper plan's (the district's) tasks first
    assert [r[7] for r in rows][:2] + [r[7] for r in rows][-1:] == [
        "〔依据：示安委〔2024〕3号 二（一）1〕", "〔依据：示安委〔2024〕3号 二（二）1〕", "〔依据：安委〔2024〕2号 三（七）17〕"]


def test_a_community_gets_the_tasks_it_leads_or_supports(generated):
    out, _ = generated
    rows = _rows(_sheet(out / "东湖社区" / "任务清单.xlsx"))
    # 东湖社区 (自建房) supports 三(四)9 for its sector; 各村(居)/各社区 support 三(七)17, 二(一)1, 二(二)1
    assert [(r[4], r[7]) for r in rows] == [
        ("各社区", "〔依据：示安委〔2024〕3号 二（一）1〕"), ("各社区", "〔依据：示安委〔2024〕3号 二（二）1〕"),
        ("街道城市建设办公室、东湖社区", "〔依据：安委〔2024〕2号 三（四）9〕"),
        ("街道消防工作站、各社区", "〔依据：安委〔2024〕2号 三（七）17〕")]


def test_the_duty_list_of_the_street_covers_departments_and_communities(generated):
    out, _ = generated
    rows = _rows(_sheet(out / "城东街道" / "责任清单.xlsx"))
    fire = [(r[2], r[6]) for r in rows if r[1] == "街道消防工作站"]
    # 消防站 leads the fire works (三(四)9 opens with 老旧场所消防设施) and supports the street's coordination
    assert fire == [("牵头", "〔依据：安委〔2024〕2号 三（四）9〕"), ("配合", "〔依据：安委〔2024〕2号 三（七）17〕")]
    assert {"东湖社区", "新华社区", "光明社区"} <= {r[1] for r in rows if r[2] == "配合"}


@pytest.mark.parametrize("text, width", [("序号", 4.0), ("ab", 2.2), ("第28条", 6.2)])
def test_display_width_counts_chinese_characters_double(text, width):
    assert display_width(text) == pytest.approx(width)
