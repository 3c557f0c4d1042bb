"""_may_be_subject, the cheap test before SUBJECT, never rejects a clause start SUBJECT matches (on every sentence
the rules tests hold) and does reject where no office ending is followed by what an office does."""

import ast
from pathlib import Path

from safeplan.rules.responsible import CLAUSE_STARTS, SUBJECT, SUBJECT_TAIL, _may_be_subject


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
