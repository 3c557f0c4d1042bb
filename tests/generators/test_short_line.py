"""The task table's one short line per task (generators.phrasing.short_line), on clauses from upper plans."""

import pytest

from safeplan.generators.phrasing import short_line


@pytest.mark.parametrize("text, line", [
    # a framing clause is not the task: the line starts at what is to be done
    ("结合各行业领域实际情况，2024年底前全面细化完善生产经营单位各类从业人员安全生产教育培训的频次、内容、范围、时间等规定要求，"
     "健全教育培训效果督导检查机制。",
     "2024年底前全面细化完善生产经营单位各类从业人员安全生产教育培训的频次、内容、范围、时间等规定要求"),
    ("按照上级部署要求，组织开展燃气安全专项检查，建立问题清单。", "组织开展燃气安全专项检查，建立问题清单"),
    # a clause that only starts like one but states the task stays
    ("结合网格化管理开展居家安全检查，发现隐患及时报告。", "结合网格化管理开展居家安全检查，发现隐患及时报告"),
    ("督促辖区相关重点行业领域生产经营单位主要负责人教育培训全覆盖。组织对未覆盖到的开展培训。",
     "督促辖区相关重点行业领域生产经营单位主要负责人教育培训全覆盖"),
])
def test_the_short_line_states_the_task(text, line):
    assert short_line(text) == line
