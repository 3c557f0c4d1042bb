"""全覆盖 is a 100 % target when it is the state a task is to reach (README convention 3), not when it is one of a
list of principles a plan or 制度 is to follow (坚持全面覆盖、突出重点…的原则). Sentences from hb-s481-x and hb-r498-x
(tests/corpus/heldback, dev, the final probe of session 10, measured before this), the rest from convention 3."""

import pytest

from safeplan.rules.targets import parse_targets


@pytest.mark.parametrize("text", [
    "安全生产巡查工作应遵循“安全第一、预防为主、综合治理”的方针,坚持全面覆盖、突出重点、及时整改、责任追究的原则,确保巡查工作取得实效。",
    "方案的实施需遵循全面覆盖、突出重点、持续改进的原则。",
])
def test_a_principle_in_a_list_is_no_target(text):
    assert parse_targets(text) == []


@pytest.mark.parametrize("text, metric", [
    ("3月底前实现11个镇(街道)应急消防管理站建设全覆盖。", "11个镇(街道)应急消防管理站建设全覆盖"),
    ("确保全覆盖、无遗漏。", "全覆盖、无遗漏"),
])
def test_coverage_to_reach_is_a_full_target(text, metric):
    assert [(t.text, t.op, t.value, t.unit) for t in parse_targets(text)] == [(metric, ">=", 100, "%")]
