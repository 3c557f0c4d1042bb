"""The inspection-item library (checks/): it loads and validates, every 依据 of a corpus document resolves to a
rule of the shipped rules/, and the items read as questions a grid worker ticks, not as law articles."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from safeplan.errors import SafeplanError
from safeplan.inspection import dangling, load_library
from safeplan.inspection.library import LAW_WORDS
from safeplan.rules.rulefiles import load_rule_files
from safeplan.rules.sectors import load_vocabulary
from safeplan.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library():
    return load_library()


def test_every_citation_of_a_corpus_document_resolves_to_one_of_its_rules(library):
    assert dangling(library, load_rule_files([ROOT / "rules"])) == []


def test_every_sector_is_in_the_vocabulary_and_every_sector_has_a_place_type(library):
    vocabulary = load_vocabulary()
    sectors = {s for i in library.items for s in i.sectors}
    assert sectors <= set(vocabulary.names)
    listed = {s for p in library.places.values() for s in p.sectors}
    assert sectors <= listed


def test_items_are_short_questions_not_law_articles(library):
    for item in library.items:
        assert not any(word in item.question for word in LAW_WORDS), item.id
        assert item.question.endswith("？"), item.id
    assert statistics.median(len(i.question) for i in library.items) <= 40


def test_every_item_has_a_basis_and_a_frequency_stated_by_a_source(library):
    for item in library.items:
        assert item.basis and item.frequency and item.frequency_basis.ref, item.id
        assert (item.judged_by is not None) == item.major, item.id


def _workspace_with(tmp_path, name, text):
    (tmp_path / "checks").mkdir(exist_ok=True)
    (tmp_path / "checks" / name).write_text(text, encoding="utf-8")
    return Workspace.at(tmp_path)


ITEM = ("schema: safeplan.checks/v1\ntitle: 测试\ndefaults: {sectors: [消防], frequency: 每月防火检查, "
        "frequency_basis: 61号令 第二十六条}\nitems:\n")


@pytest.mark.parametrize("body, message", [
    ("  - {id: xf-chukou, item: 出口, question: 出口是否畅通？, method: 查看, finding: 一般隐患, basis: [消防法 第二十八条]}\n",
     "checks/zz.yaml:5: item id 'xf-chukou' is used twice (first in checks/xiaofang.yaml)"),
    ("  - {id: zz-1, sectors: [火星], item: 出口, question: 出口是否畅通？, method: 查看, finding: 一般隐患, basis: [消防法 第二十八条]}\n",
     "checks/zz.yaml:5: unknown sector '火星' (the sector vocabulary is rules/sectors.yaml)"),
    ("  - {id: zz-1, item: 出口, question: 出口是否畅通？, method: 看看, finding: 一般隐患, basis: [消防法 第二十八条]}\n",
     "checks/zz.yaml:5: items.0.method: '看看' is not one of 查看, 询问, 测试, 查阅资料"),
    ("  - {id: zz-1, item: 出口, question: 出口是否畅通？, method: 查看, finding: 重大事故隐患, basis: [消防法 第二十八条]}\n",
     "checks/zz.yaml:5: items.0: 'judged_by' is missing"),
    ("  - {id: zz-1, item: 出口, question: 本法规定的出口是否畅通？, method: 查看, finding: 一般隐患, basis: [消防法 第二十八条]}\n",
     "checks/zz.yaml:5: item zz-1: 检查内容 reads as a law's text ('本法'); ask a question a grid worker can answer on site"),
    ("  - {id: zz-1, item: 出口, question: 出口是否畅通？, method: 查看, finding: 一般隐患, basis: [某法 第一条]}\n",
     "checks/zz.yaml:5: 依据 '某法 第一条' names no source of checks/sources.yaml ('某法')"),
    ("  - {id: zz-1, item: 出口, question: 出口是否畅通？, method: 查看, finding: 一般隐患, basis: [消防法 第二十八条], colour: red}\n",
     "checks/zz.yaml:5: items.0: unknown key(s) ('colour' was unexpected)"),
])
def test_a_broken_item_is_one_error_naming_file_and_line(tmp_path, body, message):
    ws = _workspace_with(tmp_path, "zz.yaml", ITEM + body)
    with pytest.raises(SafeplanError) as error:
        load_library(ws)
    assert str(error.value) == message


def test_a_workspace_file_replaces_the_packaged_file_of_the_same_name(tmp_path, library):
    ws = _workspace_with(tmp_path, "xiaofang.yaml", ITEM + "  - {id: xf-only, item: 出口, question: 出口是否畅通？, "
                         "method: 查看, finding: 一般隐患, basis: [消防法 第二十八条]}\n")
    mine = load_library(ws)
    assert [i.id for i in mine.items if i.path == "checks/xiaofang.yaml"] == ["xf-only"]
    assert len(mine.items) == len([i for i in library.items if i.path != "checks/xiaofang.yaml"]) + 1


def test_the_library_covers_every_sector_the_issue_names_with_at_least_250_items(library):
    by_sector = {}
    for item in library.items:
        for sector in item.sectors:
            by_sector.setdefault(sector, []).append(item.id)
    assert len(library.items) >= 250 and len(by_sector) >= 15
    named = ["九小场所", "燃气", "电动自行车", "有限空间", "自建房", "人员密集场所", "养老机构", "校园", "工贸", "粉尘涉爆",
             "危险化学品", "建设施工", "渔业船舶", "防汛", "自然灾害", "烟花爆竹", "消防"]
    assert all(len(by_sector.get(sector, [])) >= 5 for sector in named), {s: len(by_sector.get(s, [])) for s in named}
    # each of the nine kinds of 九小场所 has items of its own
    kinds = [p.name for p in library.place_types("九小场所")]
    assert len(kinds) == 9
    assert all(any(kind in i.places for i in library.items) for kind in kinds)


def test_every_source_is_cited_by_some_item(library):
    from safeplan.inspection.resolve import citations

    cited = {c.source.key for item in library.items for c in citations(item)}
    assert set(library.sources) == cited
