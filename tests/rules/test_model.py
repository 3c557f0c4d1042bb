"""The one shape of a rule (rules/model.py) and its one writer: `rule_to_dict` / `rule_file_to_dict` give the
mapping a rule file holds; with `like` (the mapping read from the file) a rule that did not change is written
exactly as it was read, and a changed one changes only its changed keys."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from safeplan.rules.model import (
    Deadline,
    DocumentInfo,
    Frequency,
    Responsible,
    Rule,
    RuleFile,
    Source,
    Target,
    rule_file_from_dict,
    rule_file_to_dict,
    rule_from_dict,
    rule_to_dict,
)
from safeplan.rules.rulefiles import load_for_rewrite
from safeplan.rules.yamlio import dump_fresh

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = sorted(p for p in (ROOT / "rules").glob("*.yaml") if p.name != "sectors.yaml")

# a rule as a person may have left it: keys in their own order, no targets:/responsible:, `inferred: false`
# and `stale: false` written out, a key of their own inside a deadline, raw offsets in its source
HAND = {
    "id": "3.1", "title": "健全组织机构", "number": "1.", "path": ["三、主要任务"], "text": "2024年底前健全组织机构。",
    "kind": "task", "obligation": "must", "sectors": [], "note": "人工补充",
    "deadlines": [{"date": "2024-12-31", "text": "2024年底前", "year": 2024, "month": 12, "day": 31,
                   "placeholder": False, "inferred": False, "checked_by": "张三"}],
    "frequencies": [{"text": "每月1次", "period": "month"}],
    "source": {"path": "corpus/plans/a.txt", "line": 3, "start": 10, "end": 24, "raw_start": 12, "raw_end": 26},
    "reviewed": True, "stale": False, "reviewed_at": "2025-03-01",
}


@pytest.mark.parametrize("path", COMMITTED, ids=[p.stem for p in COMMITTED])
def test_every_committed_rule_file_is_written_back_as_read(path):
    data = load_for_rewrite(path).data
    rule_file = rule_file_from_dict(data)
    assert rule_file_to_dict(rule_file, like=data) == data
    assert [list(r) for r in rule_file_to_dict(rule_file, like=data)["rules"]] == [list(r) for r in data["rules"]]
    assert rule_file_to_dict(rule_file) == data          # (extracted files: the fresh layout is theirs)


def test_a_hand_edited_rule_keeps_its_keys_their_order_and_its_own_fields():
    rule = rule_from_dict(HAND)
    assert (rule.unknown, rule.deadlines[0].unknown, rule.source.raw_start) == ({"note": "人工补充"},
                                                                                {"checked_by": "张三"}, 12)
    written = rule_to_dict(rule, like=HAND)
    assert written == HAND and list(written) == list(HAND)
    assert list(written["deadlines"][0]) == list(HAND["deadlines"][0])


def test_a_changed_rule_changes_only_its_changed_keys():
    rule = rule_from_dict(HAND)
    edited = replace(rule, title="改过的标题", targets=[Target(text="覆盖率达80%", metric="覆盖率", op=">=", value=80,
                                                              unit="%")])
    written = rule_to_dict(edited, like=HAND)
    assert {k for k in written if written[k] != HAND.get(k)} == {"title", "targets"}
    assert list(written)[:-1] == list(HAND) and list(written)[-1] == "targets"     # a new key goes last
    assert written["targets"] == [{"text": "覆盖率达80%", "metric": "覆盖率", "op": ">=", "value": 80, "unit": "%",
                                   "direction": None, "baseline": None, "due": None}]
    # an optional key set back to its default goes; one the file wrote out as the default stays
    stale = {**HAND, "stale": True, "source_text": "2025年底前健全组织机构。"}
    cleared = rule_to_dict(replace(rule_from_dict(stale), stale=False, source_text=None), like=stale)
    assert "stale" not in cleared and "source_text" not in cleared
    assert rule_to_dict(rule, like=HAND)["stale"] is False


def test_a_fresh_rule_has_the_layout_of_an_extracted_one():
    rule = Rule(id="1", path=[], number="1.", title="t", text="每季度至少1次", kind="task", obligation="must",
                sectors=["消防"], source=Source("a.txt", 1, 0, 7),
                deadlines=[Deadline(text="3月底前", year=2024, month=3, day=31, date="2024-03-31", inferred=True)],
                frequencies=[Frequency(text="每季度至少1次", period="quarter")])
    written = rule_to_dict(rule)
    assert list(written) == ["id", "path", "number", "title", "text", "kind", "obligation", "sectors", "targets",
                             "deadlines", "frequencies", "responsible", "source", "reviewed"]
    assert written["deadlines"] == [{"text": "3月底前", "year": 2024, "month": 3, "day": 31, "date": "2024-03-31",
                                     "placeholder": False, "inferred": True}]
    assert written["frequencies"] == [{"text": "每季度至少1次", "period": "quarter", "every": 1, "min_count": 1,
                                       "scope": None, "activity": None}]
    assert written["responsible"] == {"lead": [], "support": []}


WORDS = st.text(alphabet=st.sampled_from("安全生产责任制消防 :#-?[]{}'\"\n01年%"), min_size=1, max_size=8)
DEADLINES = st.builds(Deadline, text=WORDS, year=st.none() | st.integers(2000, 2100), month=st.none() | st.integers(1, 12),
                      day=st.none() | st.integers(1, 28), placeholder=st.booleans(), inferred=st.booleans(),
                      relative=st.booleans())
TARGETS = st.builds(Target, text=WORDS, metric=WORDS, op=st.sampled_from([">=", ">", "<=", "<", "=="]),
                    value=st.none() | st.integers(0, 100) | st.floats(0, 100, allow_nan=False),
                    unit=st.none() | WORDS, due=st.none() | DEADLINES)
FREQUENCIES = st.builds(Frequency, text=WORDS, period=st.sampled_from(["month", "quarter", "year"]),
                        every=st.integers(1, 3), min_count=st.integers(1, 4), scope=st.none() | WORDS,
                        dates=st.lists(st.sampled_from(["06-10", "12-10", "25"]), max_size=2))
RULES = st.builds(Rule, id=st.from_regex(r"[0-9]{1,2}(\.[0-9]{1,2}){0,2}", fullmatch=True),
                  path=st.lists(WORDS, max_size=2), number=WORDS, title=WORDS, text=WORDS,
                  kind=st.just("task"), obligation=st.just("must"), sectors=st.lists(WORDS, max_size=2),
                  source=st.builds(Source, path=WORDS, line=st.integers(1, 99), start=st.integers(0, 9),
                                   end=st.integers(9, 99)),
                  targets=st.lists(TARGETS, max_size=2), deadlines=st.lists(DEADLINES, max_size=2),
                  frequencies=st.lists(FREQUENCIES, max_size=2),
                  responsible=st.builds(Responsible, lead=st.lists(WORDS, max_size=2), support=st.lists(WORDS, max_size=2)),
                  reviewed=st.booleans(), stale=st.booleans(), source_text=st.none() | WORDS,
                  applies_to=st.none() | st.just(["street"]), unknown=st.dictionaries(st.just("note"), WORDS))


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(RULES, min_size=1, max_size=3, unique_by=lambda r: r.id))
def test_a_written_rule_file_reads_back_as_the_same_objects(rules):
    document = DocumentInfo(id="doc", title="方案", source={"path": "a.txt", "sha256": "0" * 64, "part": None},
                            extra={"extractor": "1"})
    rule_file = RuleFile(document=document, rules=rules)
    data = yaml.safe_load(dump_fresh(rule_file_to_dict(rule_file)))
    assert rule_file_from_dict(data) == rule_file
