"""Loading and saving rule files; the sector vocabulary."""

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest

from safeplan.rules.review import ReviewConflict, RuleEdit, save_review
from safeplan.rules.rulefiles import load_rule_files
from safeplan.rules.sectors import load_vocabulary

ROOT = Path(__file__).resolve().parents[2]
NANXUN = ROOT / "rules" / "nanxun-2021-yjgl-gzyd.yaml"


def test_a_folder_skips_the_vocabulary_and_loads_every_rule_file():
    files = load_rule_files([ROOT / "rules"])
    assert len(files) == 21
    assert all(rf.document.id for rf in files)


def test_save_one_rule_keeps_comments_and_the_other_rules(tmp_path):
    path = tmp_path / "nanxun.yaml"
    text = "# 人工注释\n" + NANXUN.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    before = load_rule_files([path])[0]
    save_review(path, "3.3.1", RuleEdit(title="我的标题", reviewed=True, reviewed_by="张三"),
                expected_sha256=hashlib.sha256(path.read_bytes()).hexdigest(), today=date(2025, 3, 1))
    after = load_rule_files([path])[0]
    assert path.read_text(encoding="utf-8").startswith("# 人工注释\n")
    saved = after.rule("3.3.1")
    assert (saved.title, saved.reviewed, saved.reviewed_by, saved.reviewed_at, saved.unknown) == (
        "我的标题", True, "张三", "2025-03-01", {})
    assert [r for r in after.rules if r.id != "3.3.1"] == [r for r in before.rules if r.id != "3.3.1"]


def test_save_refuses_a_file_changed_since_it_was_loaded(tmp_path):
    path = tmp_path / "nanxun.yaml"
    shutil.copy(NANXUN, path)
    original = path.read_bytes()
    with pytest.raises(ReviewConflict):
        save_review(path, "3.3.1", RuleEdit(title="改"), expected_sha256="0" * 64)
    assert path.read_bytes() == original


def test_vocabulary():
    v = load_vocabulary(ROOT)
    assert v.canonical("危化品") == "危险化学品"
    assert v.canonical("建筑施工") == "建设施工"
    assert v.expand("工矿") == ["矿山", "工贸"]
    assert v.canonical("文旅") == "旅游"
    assert v.canonical("燃气安全") == "燃气"
    assert v.canonical("不存在") is None
    assert v.match("加强森林火灾防控和危化品、建筑施工安全") == ["危险化学品", "建设施工", "森林防火"]
    assert v.match("强化工作统筹协调") == []           # 化工 inside 强化工作 is no sector
    assert len(v.names) == 32


def test_vocabulary_of_one_character_words_is_read_without_the_two_character_look_ahead():
    """The look-ahead for a word's first two characters (sectors._words_pattern) would pass over a word of one:
    a vocabulary that has one is searched by its trie alone, and finds it at a text's end too."""
    from safeplan.rules.sectors import Vocabulary

    v = Vocabulary({"水利": ["水"], "燃气": ["燃气管道"]})
    assert v.match("加强燃气管道巡查和水") == ["水利", "燃气"]
    assert v.match_titled("燃气管道", "燃气管道巡查") == ["燃气"]
    assert Vocabulary({"燃气": ["燃气管道"]}).match("燃气管道巡查,燃") == ["燃气"]


def test_document_metadata_has_one_shape_from_the_reader_to_the_rule_file(tmp_path):
    """A rule file's document block reads back as the reader's corpus.Metadata (issue 13): the 南浔 work
    points' 标题, 落款, 文号, 索引号 and date as their text gives them, the period as two years."""
    from dataclasses import fields

    from safeplan.corpus import Metadata, read_documents
    from safeplan.rules.extract import extract_document
    from safeplan.rules.model import rule_file_from_dict, rule_file_to_dict

    doc = read_documents(ROOT / "corpus" / "plans" / "nanxun-2021-yjgl-gzyd.txt")[0]
    rf = rule_file_from_dict(rule_file_to_dict(extract_document(doc)))       # as written, read back
    assert isinstance(rf.document, Metadata)
    read_back = {f.name: getattr(rf.document, f.name) for f in fields(Metadata) if f.name != "original_name"}
    assert read_back == {f.name: getattr(doc.meta, f.name) for f in fields(Metadata) if f.name != "original_name"}
    assert (rf.document.title, rf.document.issuer, rf.document.doc_number, rf.document.date) == (
        "2021年南浔区应急管理工作要点", "南浔区安全生产委员会", "浔安委〔2021〕2号", "2021-03-11")
    assert (rf.document.period_start, rf.document.period_end) == (2021, 2021)


def test_a_rule_file_linked_from_outside_the_workspace_is_refused_by_every_loader(tmp_path):
    """issue 20 item 10: rules/evil.yaml → a file outside the workspace is not read into the rule set, the
    search index or `rules validate` (the symlink confined as corpus documents are)."""
    from safeplan.errors import SafeplanError
    from safeplan.rules.validate import validate_paths
    from safeplan.search import build_index
    from safeplan.workspace import Workspace

    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.yaml"
    secret.write_text(NANXUN.read_text(encoding="utf-8").replace("nanxun-2021-yjgl-gzyd", "secret-doc"),
                      encoding="utf-8")
    ws = Workspace.at(tmp_path / "ws")
    (ws.root / "rules").mkdir(parents=True)
    shutil.copy(NANXUN, ws.root / "rules" / NANXUN.name)
    (ws.root / "rules" / "evil.yaml").symlink_to(secret)
    for load in (lambda: load_rule_files([ws.root / "rules"], workspace=ws),
                 lambda: validate_paths([ws.root / "rules"], workspace=ws),
                 lambda: build_index(ws, rebuild=True)):
        with pytest.raises(SafeplanError, match="leads outside the workspace") as raised:
            load()
        assert raised.value.path.endswith("evil.yaml")
    # a rule file the user names outside the workspace is theirs to read
    assert load_rule_files([secret], workspace=ws)[0].document.id == "secret-doc"


def test_every_read_gets_objects_of_its_own_and_a_copy_of_the_file_is_not_parsed_again(tmp_path, monkeypatch):
    """read_rule_file keeps one validated copy per version of a file (its bytes): each caller's objects are
    built from it and share nothing with it or with another caller's; a copy elsewhere (another workspace's
    rules/) is the same version, a changed byte another."""
    from safeplan.rules import rulefiles
    from safeplan.rules.model import rule_file_from_dict

    text = NANXUN.read_text(encoding="utf-8").replace("    extractor: \"1\"\n",
                                                      "    extractor: \"1\"\n    hand: {notes: [甲]}\n", 1)
    text += f"# {tmp_path.name}\n"          # a version no other test has read in this process
    here, there = tmp_path / "a" / "nanxun.yaml", tmp_path / "b" / "nanxun.yaml"
    for path in (here, there):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    truth = rule_file_from_dict(rulefiles.parse_rule_text(text, "truth"), path=str(here))
    parsed = []
    parse = rulefiles.parse_yaml
    monkeypatch.setattr(rulefiles, "parse_yaml", lambda text, label: parsed.append(label) or parse(text, label))

    first = load_rule_files([here])[0]
    assert first == truth
    first.document.extra["hand"]["notes"].append("乙")        # every list and mapping a caller might change
    first.document.source["part"] = 9
    first.extra = {"x": 1}
    for rule in first.rules:
        rule.path.append("x")
        rule.sectors.append("x")
        rule.responsible.lead.append("x")
        for entry in (*rule.targets, *rule.deadlines, *rule.frequencies):
            entry.text += "x"
        rule.targets.clear()
        rule.frequencies.clear()
    assert load_rule_files([here])[0] == truth
    copy = load_rule_files([there])[0]
    assert copy.path == str(there) and copy.rules == truth.rules and copy.document == truth.document
    assert parsed == [str(here)]                                  # the file and its copy: parsed once

    there.write_text(text.replace("2021年南浔区应急管理工作要点", "2021年南浔区应急管理工作要点（修订）", 1), encoding="utf-8")
    assert load_rule_files([there])[0].document.title == "2021年南浔区应急管理工作要点（修订）"
    assert parsed == [str(here), str(there)]
