"""_may_be_subject, the cheap test before SUBJECT, never rejects a clause start SUBJECT matches (on every sentence
the rules tests hold) and does reject where no office ending is followed by what an office does."""

import ast
from pathlib import Path

import pytest

from safeplan.rules.responsible import (
    CLAUSE_STARTS,
    DEPT_CHARGED_TAIL,
    DEPT_TASKED_TAIL,
    OPENS_TASK,
    OPENS_TASK_TAIL,
    PLACE_WILL,
    PLACE_WILL_TAIL,
    SUBJECT,
    SUBJECT_DEPT,
    SUBJECT_DEPT_CHARGED,
    SUBJECT_TAIL,
    _may_be_subject,
)


def _sentences() -> list[str]:
    found = []
    for path in sorted(Path(__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and any("\u4e00" <= c <= "\u9fff" for c in node.value):
                found.append(node.value)
    return found


def _starts(text: str) -> list[int]:
    return [0, *(m.end() for m in CLAUSE_STARTS.finditer(text))]


def test_never_rejects_a_subject_match():
    sentences = _sentences()
    matched = 0
    for text in sentences:
        tails = [t.start() for t in SUBJECT_TAIL.finditer(text)]
        for start in _starts(text):
            if SUBJECT.match(text, start):
                matched += 1
                assert _may_be_subject(text, tails, start), (text, start)
    assert matched > 100              # the sentences hold many subjects (区应急管理局要…)


def test_rejects_a_clause_without_an_acting_office():
    text = "区应急管理局要加强检查。全年开展培训两次;镇安监站负责汇总"
    tails = [t.start() for t in SUBJECT_TAIL.finditer(text)]
    assert [s for s in _starts(text) if _may_be_subject(text, tails, s)] == [0, text.index("镇")]


# _subject tries a pattern at a clause start only where its tail (the look-ahead after the unit's last characters) is
# found somewhere in the text: the tail must hold wherever the pattern matches
@pytest.mark.parametrize("pattern, tail", [(OPENS_TASK, OPENS_TASK_TAIL), (PLACE_WILL, PLACE_WILL_TAIL),
                                           (SUBJECT_DEPT, DEPT_TASKED_TAIL), (SUBJECT_DEPT_CHARGED, DEPT_CHARGED_TAIL)])
def test_a_tail_is_found_wherever_its_pattern_matches(pattern, tail):
    matched = 0
    for text in _sentences():
        for start in _starts(text):
            if pattern.match(text, start):
                matched += 1
                assert tail.search(text), (text, start)
    assert matched > 0


def test_the_tails_reject_texts_without_what_the_unit_does():
    text = "公安部门应当对辖区内企业进行检查;城关镇将其纳入考核。"
    assert not DEPT_TASKED_TAIL.search(text) and not PLACE_WILL_TAIL.search(text) and not OPENS_TASK_TAIL.search(text)
    assert DEPT_CHARGED_TAIL.search("公安部门负责对辖区内企业进行检查")


def test_clause_starts_at_each_stop_and_at_blanks_between_words():
    text = "会议要求,七区政府要做好 市国土局:防范  县住建局要检查 市 应急局。"
    assert [text[s:s + 2] for s in _starts(text)] == ["会议", "七区", "市国", "防范", "县住", "市 ", ""]
