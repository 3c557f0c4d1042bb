"""The fresh YAML writer (yamlio.dump_fresh): whatever the text, YAML reads back exactly what was written."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from safeplan.rules.yamlio import dump_fresh

# Strings YAML treats specially, mixed with Chinese text and characters YAML cares about.
TRICKY = st.sampled_from(["", "yes", "No", "null", "~", "1.0", "0x1F", "2024-12-31", "- 项", "? 问", "键: 值",
                          "注 #释", "第一条：", " 前后空格 ", "'单引号'", '"双引号"', "[列表]", "{映射}", "a,b",
                          "%指令", "@at", "`反引号", "|块", ">折叠", "!标签", "&锚", "*别名", "行\n换行",
                          "\u2028分隔", "\x85下一行", "\ufeffBOM", "制表\t符", "安全生产"])
TEXT = st.lists(st.one_of(TRICKY, st.text(max_size=6)), min_size=1, max_size=4).map("".join)


def _rule(rule_id, path, title, text, sectors, lead, line):
    return {"id": rule_id, "path": path, "number": rule_id, "title": title, "text": text, "kind": "task",
            "obligation": "must", "sectors": sectors, "targets": [], "deadlines": [], "frequencies": [],
            "responsible": {"lead": lead, "support": []},
            "source": {"path": "corpus/plans/方案.txt", "line": line, "start": 0, "end": len(text)},
            "reviewed": False}


RULES = st.builds(_rule, TEXT, st.lists(TEXT, max_size=3), TEXT, TEXT, st.lists(TEXT, max_size=2),
                  st.lists(TEXT, max_size=2), st.integers(1, 10_000))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(RULES, min_size=1, max_size=3), TEXT)
def test_yaml_reads_back_exactly_what_was_written(rules, title):
    data = {"schema": "safeplan.rules/v1", "document": {"id": "doc", "title": title}, "rules": rules}
    assert yaml.safe_load(dump_fresh(data)) == data


def test_a_question_mark_inside_a_flow_list_is_quoted():
    # found by the property test above: PyYAML ends a plain scalar at "?" inside [...] and {...}
    data = {"responsible": {"lead": ["0? 问"], "support": []}}
    assert yaml.safe_load(dump_fresh(data)) == {"responsible": {"lead": ["0? 问"], "support": []}}


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.floats(allow_nan=False) | st.sampled_from([1e-05, 1e16, -2e-07, 0.008, 1.5]))
def test_a_float_reads_back_as_the_same_float(value):
    # 1e-05 (a 0.001% target) was written as PyYAML's resolver reads a string: a float needs its dot
    assert yaml.safe_load(dump_fresh({"value": value})) == {"value": value}


def test_element_lines_gives_each_list_elements_line_from_one_parse():
    from safeplan.rules.yamlio import element_lines, line_of

    text = "schema: x\nitems:\n  - id: a\n    item: 出口\n\n  - {id: b}\n  -\n    id: c\nplaces: []\n"
    assert element_lines(text, ["items"]) == [3, 6, 8] == [line_of(text, ["items", n]) for n in range(3)]
    assert element_lines(text, ["places"]) == []
    assert element_lines(text, ["nothing"]) == [] and element_lines(text, ["schema"]) == []
    assert element_lines("items: [a, b", ["items"]) == []          # not YAML: no lines, the loader says why
