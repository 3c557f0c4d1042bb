"""`build_index`: incremental by content hash, atomic swap, clear errors for a missing or damaged index."""

from __future__ import annotations

import json

import pytest
from searchdata import LAW, NATIONAL, STREET, rule, write_rules

from safeplan.errors import SafeplanError
from safeplan.search import build_index, index_version, search
from safeplan.search.store import index_root


def test_first_build_indexes_every_rule(workspace):
    stats = build_index(workspace)
    assert (stats["updated"], stats["full"], stats["documents"], stats["rules"]) == (True, True, 3, 7)
    assert stats["changed"] == sorted([NATIONAL["document"]["id"], STREET["document"]["id"], LAW["document"]["id"]])
    assert index_version(workspace) == "g000001"


def test_an_unchanged_workspace_is_not_indexed_again(indexed):
    stats = build_index(indexed)
    assert (stats["updated"], stats["changed"], stats["removed"]) == (False, [], [])
    assert index_version(indexed) == "g000001"


def test_only_the_changed_document_is_indexed_again(indexed):
    changed = dict(LAW, rules=LAW["rules"] + [rule("23", "生产、储存剧毒化学品或者国务院公安部门规定的可用于制造爆炸物品的"
                                                      "危险化学品的单位，应当如实记录其生产、储存的剧毒化学品的数量、流向。")])
    write_rules(indexed.root / "rules", changed)
    (indexed.root / "rules" / f"{STREET['document']['id']}.yaml").unlink()

    stats = build_index(indexed)

    assert (stats["full"], stats["changed"], stats["removed"]) == (False, [LAW["document"]["id"]], [STREET["document"]["id"]])
    assert stats["rules"] == 6
    assert index_version(indexed) == "g000002"
    assert search(indexed, "剧毒化学品 流向")["hits"][0]["rule_id"] == "23"
    assert search(indexed, "街道安办")["total"] == 0


def test_rebuild_starts_from_nothing(indexed):
    stats = build_index(indexed, rebuild=True)
    assert (stats["updated"], stats["full"], stats["rules"]) == (True, True, 7)


def test_an_interrupted_build_leaves_the_previous_index_working(indexed):
    write_rules(indexed.root / "rules", dict(LAW, rules=LAW["rules"] + [rule("24", "新条文")]))

    def interrupt(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_index(indexed, progress=interrupt)

    assert index_version(indexed) == "g000001"
    assert [p.name for p in index_root(indexed).iterdir() if ".tmp-" in p.name] == []
    assert search(indexed, "安全评价")["hits"][0]["rule_id"] == "22"


def test_a_missing_index_says_how_to_build_it(workspace):
    with pytest.raises(SafeplanError, match=r"run `safeplan index`"):
        search(workspace, "隐患")


def test_an_index_of_another_schema_version_asks_for_a_rebuild(indexed):
    meta_path = index_root(indexed) / "g000001" / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["schema_version"] = 1
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    from safeplan.search.store import forget

    forget(indexed)
    with pytest.raises(SafeplanError, match=r"another version of safeplan .*safeplan index --rebuild"):
        search(indexed, "隐患")


def test_a_damaged_index_asks_for_a_rebuild(whoosh_indexed):
    from safeplan.search.store import forget

    for toc in (index_root(whoosh_indexed) / "g000001").glob("*.toc"):
        toc.write_bytes(b"\x80\x04garbage")
    forget(whoosh_indexed)
    with pytest.raises(SafeplanError, match=r"cannot be opened .*safeplan index --rebuild"):
        search(whoosh_indexed, "隐患")
    assert build_index(whoosh_indexed, rebuild=True)["rules"] == 7
    assert search(whoosh_indexed, "隐患")["total"] > 0


@pytest.mark.parametrize("damage", ["missing", "truncated"])
def test_damaged_head_arrays_ask_for_a_rebuild(whoosh_indexed, damage):
    from safeplan.search.store import forget

    arrays = index_root(whoosh_indexed) / "g000001" / "head" / "postings.npy"
    if damage == "missing":
        arrays.unlink()
    else:
        arrays.write_bytes(arrays.read_bytes()[:20])
    forget(whoosh_indexed)
    with pytest.raises(SafeplanError, match=r"cannot be opened .*safeplan index --rebuild"):
        search(whoosh_indexed, "隐患")
    assert build_index(whoosh_indexed, rebuild=True)["rules"] == 7
    assert search(whoosh_indexed, "隐患")["total"] > 0


def test_a_schema_naming_a_module_that_is_gone_asks_for_a_rebuild(whoosh_indexed):
    """Whoosh unpickles the analyzer by its import path; a renamed module must not give a traceback."""
    from safeplan.search.store import forget

    for toc in (index_root(whoosh_indexed) / "g000001").glob("*.toc"):
        data = toc.read_bytes().replace(b"safeplan.search.whoosh_analysis", b"safeplan.search.whoosh_analysiz")
        toc.write_bytes(data)
    forget(whoosh_indexed)
    with pytest.raises(SafeplanError, match=r"ModuleNotFoundError.*safeplan index --rebuild"):
        search(whoosh_indexed, "隐患")


def test_a_damaged_tantivy_index_asks_for_a_rebuild(workspace):
    from safeplan.search.store import forget

    build_index(workspace, backend="tantivy")
    (index_root(workspace) / "g000001" / "tantivy" / "meta.json").write_text("{garbage", encoding="utf-8")
    forget(workspace)
    with pytest.raises(SafeplanError, match=r"cannot be opened .*safeplan index --rebuild"):
        search(workspace, "隐患")
    assert build_index(workspace, rebuild=True)["rules"] == 7
    assert search(workspace, "隐患")["total"] > 0
    assert (index_root(workspace) / "g000002" / "tantivy").is_dir()     # the rebuild kept the backend


@pytest.mark.parametrize("damage", ["rows.json", "rows.map"])
def test_tantivy_rows_that_do_not_fit_the_index_ask_for_a_rebuild(workspace, damage):
    from safeplan.search.store import forget

    build_index(workspace, backend="tantivy")
    path = index_root(workspace) / "g000001" / damage
    if damage == "rows.json":
        path.write_text('{"rows": 7, "bases": [0, 3], "docs": 7}', encoding="utf-8")   # two segments: tantivy has one
    else:
        path.unlink()
    forget(workspace)
    with pytest.raises(SafeplanError, match=r"cannot be opened .*safeplan index --rebuild"):
        search(workspace, "隐患")


def test_after_incremental_tantivy_builds_every_hit_is_its_own_rule(workspace):
    """tantivy keeps rows in files of its own (rowstore.py): after documents are changed, removed and added
    in several builds (segments merged, rows appended), each rule's own words still find that rule's text."""
    build_index(workspace, backend="tantivy")
    added = rule("23", "生产、储存剧毒化学品或者国务院公安部门规定的可用于制造爆炸物品的危险化学品的单位，应当如实记录其生产、"
                       "储存的剧毒化学品的数量、流向。", line=150)
    write_rules(workspace.root / "rules", dict(LAW, rules=LAW["rules"] + [added]))
    build_index(workspace)
    (workspace.root / "rules" / f"{STREET['document']['id']}.yaml").unlink()
    build_index(workspace)
    write_rules(workspace.root / "rules", STREET)
    assert build_index(workspace)["full"] is False
    for data in (NATIONAL, STREET, dict(LAW, rules=LAW["rules"] + [added])):
        for expected in data["rules"]:
            hit = search(workspace, expected["text"], limit=1)["hits"][0]
            assert (hit["doc_id"], hit["rule_id"]) == (data["document"]["id"], expected["id"])
            assert hit["source"]["line"] == expected["source"]["line"]
            assert hit["snippet"].replace("<b>", "").replace("</b>", "").strip("…") in expected["text"]


def test_only_a_generation_inside_the_workspace_is_opened(indexed, tmp_path_factory):
    (index_root(indexed) / "CURRENT").write_text("../../elsewhere\n", encoding="utf-8")
    with pytest.raises(SafeplanError, match="pointer is damaged"):
        search(indexed, "隐患")


def test_two_rule_files_with_one_document_id_are_refused(workspace):
    write_rules(workspace.root / "rules" / "copy", NATIONAL)
    (workspace.root / "rules" / "copy" / f"{NATIONAL['document']['id']}.yaml").rename(
        workspace.root / "rules" / "national-copy.yaml")
    with pytest.raises(SafeplanError, match="document id 'anwei-2024-2-zhiben-gongjian' is also used by"):
        build_index(workspace)


def test_a_pointer_written_again_is_read_again(workspace):
    """The live generation's name is kept while CURRENT is the same file; a swap (or a hand edit) is seen."""
    build_index(workspace)
    build_index(workspace, rebuild=True)
    assert index_version(workspace) == "g000002"
    (index_root(workspace) / "CURRENT").write_text("g000001\n", encoding="utf-8")
    assert index_version(workspace) == "g000001"
    (index_root(workspace) / "CURRENT").write_text("g00000x\n", encoding="utf-8")
    with pytest.raises(SafeplanError, match="pointer is damaged"):
        index_version(workspace)


def test_a_search_file_added_to_the_workspace_applies_at_once(indexed):
    """The lexicon is read again when a workspace file appears where the packaged default was used."""
    before = search(indexed, "奇怪词")["total"]     # the packaged lexicon, now cached
    (indexed.root / "search").mkdir()
    (indexed.root / "search" / "synonyms.yaml").write_text(
        "schema: safeplan.search-synonyms/v1\ngroups:\n  - [奇怪词, 安全评价]\n", encoding="utf-8")
    assert (before, search(indexed, "奇怪词")["hits"][0]["rule_id"]) == (0, "22")
