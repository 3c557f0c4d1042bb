"""Rewriting a rule file a person edited: every save path (a review saved from the workbench form, an
extraction merging into the file, `extract --force`) changes only what it must, byte for byte."""

import difflib
import hashlib
import shutil
from pathlib import Path

import pytest
from clirun import safeplan as run

from safeplan.rules.review import RuleEdit, save_review
from safeplan.rules.rulefiles import load_rule_files
from safeplan.web import review_form, reviewing

ROOT = Path(__file__).resolve().parents[2]
LAW = "xiaofang-fa-2021"
FIELDS = "  meeting: 12:30\n  approved: no\n  code: 0755\n  due_on: 2024-05-01\n"
HAND = FIELDS + "  # 审核人的注释\n"


@pytest.fixture
def ws(tmp_path):
    """A workspace with the 消防法 and its committed rule file; rule 16.1.3 carries a person's own fields."""
    (tmp_path / "corpus" / "laws").mkdir(parents=True)
    (tmp_path / "rules").mkdir()
    shutil.copy(ROOT / "corpus" / "laws" / f"{LAW}.md", tmp_path / "corpus" / "laws")
    shutil.copy(ROOT / "rules" / f"{LAW}.yaml", tmp_path / "rules")
    path = tmp_path / "rules" / f"{LAW}.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index('- id: 16.1.3\n')
    end = text.index("\n- id:", at) + 1
    path.write_text(text[:end] + HAND + text[end:], encoding="utf-8")
    return tmp_path


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_a_review_saved_from_the_form_keeps_hand_fields_byte_for_byte(ws):
    path = ws / "rules" / f"{LAW}.yaml"
    before = path.read_text(encoding="utf-8")
    frequencies = load_rule_files([path])[0].rule("16.1.3").frequencies
    form = {"title": "消防安全责任", "kind": "duty", "obligation": "must", "sectors": "消防",
            "lead": "", "support": "", "reviewed": "on", "reviewed_by": "张三"}
    rows = review_form.rows_of(frequencies)     # the frequency controls as the page fills them
    form["frequencies-count"] = str(len(rows))
    for i, row in enumerate(rows):
        form.update({f"frequencies-{i}-{name}": row[name] for name in review_form.FIELDS["frequencies"]})
    reviewing.save_edit(ws, path, hashlib.sha256(path.read_bytes()).hexdigest(), "16.1.3", form)
    after = path.read_text(encoding="utf-8")
    assert FIELDS in after and "  # 审核人的注释\n" in after    # 12:30, no, 0755 and the date as written
    assert all(line.startswith(("-  title:", "+  title:", "-  reviewed:", "+  reviewed", "-  obligation:",
                                "+  obligation:", "-  kind:", "+  kind:"))
               for line in changed_lines(before, after)), changed_lines(before, after)


@pytest.mark.parametrize("force", [False, True])
def test_extraction_keeps_hand_fields_and_long_lines_byte_for_byte(ws, force):
    path = ws / "rules" / f"{LAW}.yaml"
    before = path.read_text(encoding="utf-8")
    assert max(len(line) for line in before.splitlines()) > 150          # long lines that must not re-wrap
    result = run("extract", "--workspace", str(ws), *(["--force"] if force else []))
    assert result.returncode == 0, result.stderr
    assert path.read_text(encoding="utf-8") == before


def test_a_one_character_source_change_is_a_one_rule_diff(ws):
    path = ws / "rules" / f"{LAW}.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  reviewed: false\n" + HAND, "  reviewed: true\n" + HAND)     # rule 16.1.3 reviewed
    path.write_text(text, encoding="utf-8")
    source = ws / "corpus" / "laws" / f"{LAW}.md"
    original = source.read_text(encoding="utf-8")
    reviewed = load_rule_files([path])[0].rule("16.1.3").text
    assert "存档备查" in reviewed
    source.write_text(original.replace("存档备查", "存档备案", 1), encoding="utf-8")   # one character
    assert run("extract", "--workspace", str(ws)).returncode == 0
    after = path.read_text(encoding="utf-8")
    changed = changed_lines(text, after)
    assert [c[:12] for c in changed] == ["-  source: {", "+  source: {", "+  stale: tr", "+  source_te"], changed
    rule = load_rule_files([path])[0].rule("16.1.3")
    assert (rule.text, rule.stale, rule.source_text) == (reviewed, True, reviewed.replace("备查", "备案"))
    assert FIELDS in after
    source.write_text(original, encoding="utf-8")                  # the source reads as reviewed again
    assert run("extract", "--workspace", str(ws)).returncode == 0
    assert path.read_text(encoding="utf-8") == text                 # stale and source_text are gone


def test_an_unreviewed_rule_follows_the_source_in_one_line(ws):
    path = ws / "rules" / f"{LAW}.yaml"
    text = path.read_text(encoding="utf-8")
    source = ws / "corpus" / "laws" / f"{LAW}.md"
    source.write_text(source.read_text(encoding="utf-8").replace("存档备查", "存档备案", 1), encoding="utf-8")
    assert run("extract", "--workspace", str(ws)).returncode == 0
    changed = changed_lines(text, path.read_text(encoding="utf-8"))
    assert [c[:9] for c in changed] == ["-  source", "+  source", "-  title:", "-  text: ", "+  title:",
                                        "+  text: "], changed


def test_document_block_edits_survive_reextraction(ws):
    path = ws / "rules" / f"{LAW}.yaml"
    text = path.read_text(encoding="utf-8")
    edited = (text.replace("  level: national\n", "  level: province\n", 1)
              .replace("  genre: law\n", "  genre: other\n", 1)
              .replace("  issuer: 全国人民代表大会常务委员会\n", "  issuer: 人工改的发布机构\n", 1))
    assert edited.count("\n") == text.count("\n") and edited != text
    path.write_text(edited, encoding="utf-8")
    source = ws / "corpus" / "laws" / f"{LAW}.md"
    source.write_text(source.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    for args in ([], ["--force"]):
        assert run("extract", "--workspace", str(ws), *args).returncode == 0
        doc = load_rule_files([path])[0].document
        assert (doc.level, doc.genre, doc.issuer) == ("province", "other", "人工改的发布机构")


def test_a_review_through_the_library_changes_only_the_edited_values(ws):
    path = ws / "rules" / f"{LAW}.yaml"
    before = path.read_text(encoding="utf-8")
    save_review(path, "16.1.3", RuleEdit(lead="县级以上人民政府、消防救援机构"), None)
    changed = changed_lines(before, path.read_text(encoding="utf-8"))
    assert changed == ["-  responsible: {lead: [], support: []}",
                       "+  responsible: {lead: [县级以上人民政府, 消防救援机构], support: []}"]
