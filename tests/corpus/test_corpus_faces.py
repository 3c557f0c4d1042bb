"""One home per piece of corpus knowledge (issue 13), and every face agreeing on it: which files are
documents (extract, check, the workbench), how bytes decode (check and uploads), how a document is found
from its id (rules show/validate, corpus show, the source view, the review page, plan citations), how
Chinese numerals read, and what `extract` says about files it does not read."""

from __future__ import annotations

import codecs
import importlib.util
from pathlib import Path

import pytest

from safeplan.cli import main
from safeplan.corpus import read_documents
from safeplan.workspace import Workspace

PLAN = "示范街道2024年安全生产工作要点\n一、主要任务\n(一)强化燃气安全。1.每季度至少检查1次。\n责任单位:街道城建办\n"
CHINESE = "区治本攻坚三年行动方案"
CHINESE_ID = "qu-zhi-ben-gong-jian-san-nian-xing-dong-fang-an"     # 区 治 本 攻 坚 三 年 行 动 方 案
CHINESE_TEXT = ("某区安全生产治本攻坚三年行动方案\n一、总体要求\n坚持人民至上、生命至上。\n"
                "二、重点任务\n(一)开展重大事故隐患排查整治。各街道每月至少开展1次排查。\n责任单位:区应急管理局\n")
pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


def _cli(capsys, monkeypatch, ws: Path, *args):
    monkeypatch.chdir(ws)
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


def _client(ws: Path):
    from starlette.testclient import TestClient

    from safeplan.web import create_app

    return TestClient(create_app(ws, check_workers=0), base_url="http://127.0.0.1", follow_redirects=False)


# --- supported suffixes: one list (corpus/files.py) ----------------------------------------------------

SUFFIX_FILES = {"a.markdown": "# 某街道工作要点\n\n一、主要任务\n", "b.text": PLAN, "c.htm": "<p>一、主要任务</p>\n",
                "d.md": "# 要点\n\n一、主要任务\n", "e.txt": PLAN, "f.html": "<p>一、主要任务</p>\n"}


def test_every_face_takes_the_same_suffixes(tmp_path, capsys, monkeypatch):
    from safeplan.check.plans import expand_plan_paths

    ws = tmp_path / "ws"
    folder = ws / "corpus" / "plans"
    folder.mkdir(parents=True)
    (ws / "rules").mkdir()
    for name, text in SUFFIX_FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    stems = sorted(Path(n).stem for n in SUFFIX_FILES)
    # safeplan check FOLDER
    assert sorted(p.stem for p in expand_plan_paths([folder]).plans) == stems
    # the workbench's source view, before any extraction
    with _client(ws) as client:
        assert {stem: client.get(f"/source/{stem}").status_code for stem in stems} == dict.fromkeys(stems, 200)
    # safeplan extract
    code, out, err = _cli(capsys, monkeypatch, ws, "extract")
    assert (code, err) == (0, "")
    assert sorted(p.stem for p in (ws / "rules").glob("*.yaml")) == stems


# --- decoding: the workbench reads what `safeplan check` reads ------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "gb18030"])
def test_an_upload_decodes_as_check_reads_it(tmp_path, encoding):
    from safeplan.web.uploads import sniff, upload_folder

    data = PLAN.encode(encoding)
    if encoding == "utf-16":
        assert data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    upload = sniff("方案.txt", data)
    assert upload.kind == "txt"
    with upload_folder([upload]) as (_, paths):
        uploaded = read_documents(paths[0])[0].raw_text
    plain = tmp_path / "方案.txt"
    plain.write_bytes(data)
    assert uploaded == read_documents(plain)[0].raw_text == PLAN


# --- finding a document from its id ---------------------------------------------------------------------

@pytest.fixture
def chinese_ws(tmp_path, capsys, monkeypatch):
    ws = tmp_path / "ws"
    (ws / "corpus" / "plans").mkdir(parents=True)
    (ws / "corpus" / "plans" / f"{CHINESE}.txt").write_text(CHINESE_TEXT, encoding="utf-8")
    code, out, err = _cli(capsys, monkeypatch, ws, "extract")
    assert (code, err) == (0, "")
    return ws


def test_a_chinese_file_name_gets_a_pinyin_id(chinese_ws):
    doc = read_documents(chinese_ws / "corpus" / "plans" / f"{CHINESE}.txt", Workspace.at(chinese_ws))[0]
    assert doc.id == CHINESE_ID
    assert (chinese_ws / "rules" / f"{CHINESE_ID}.yaml").is_file()


@pytest.mark.parametrize("stem, expected", [
    ("重庆市安全生产条例", "chong-qing-shi-an-quan-sheng-chan-tiao-li"),      # 重 read as in 重庆
    ("２０２４年方案", "2024-nian-fang-an"),                                 # full-width digits
    ("方案 ver2", "fang-an-ver2"),
    ("nanxun-2021-yjgl-gzyd", "nanxun-2021-yjgl-gzyd"),                     # ASCII names as they were
])
def test_ids_of_file_names(stem, expected):
    from safeplan.corpus.ids import slugify

    assert slugify(stem) == expected


def test_names_without_pinyin_keep_a_hash():
    from safeplan.corpus.ids import MAX_ID, slugify

    assert slugify("ひらがな").startswith("doc-") and slugify("ひらがな") != slugify("カタカナ")
    long = slugify("最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释（三）")
    assert len(long) <= MAX_ID + 9 and long.startswith("zui-gao-ren-min-jian-cha-yuan-")
    assert long != slugify("最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释（四）")


def test_rules_show_and_validate_find_the_source(chinese_ws, capsys, monkeypatch):
    code, out, err = _cli(capsys, monkeypatch, chinese_ws, "rules", "show", f"{CHINESE_ID}:2.1")
    assert code == 0, err
    assert f"source corpus/plans/{CHINESE}.txt:5" in out
    assert "│ 开展重大事故隐患排查整治。各街道每月至少开展1次排查。" in out
    code, out, err = _cli(capsys, monkeypatch, chinese_ws, "rules", "validate")
    assert code == 0, out + err


def test_corpus_show_takes_an_id(chinese_ws, capsys, monkeypatch):
    code, out, err = _cli(capsys, monkeypatch, chinese_ws, "corpus", "show", CHINESE_ID)
    assert code == 0, err
    assert out.startswith(f"corpus/plans/{CHINESE}.txt  id: {CHINESE_ID}\n")


def test_the_source_view_and_review_page_find_the_document(chinese_ws):
    with _client(chinese_ws) as client:
        source = client.get(f"/source/{CHINESE_ID}", params={"rule": "2.1"})
        assert source.status_code == 200
        assert "开展重大事故隐患排查整治" in source.text
        review = client.get(f"/review/{CHINESE_ID}", params={"rule": "2.1"})
        assert review.status_code == 200
        assert "各街道每月至少开展1次排查。" in review.text


def test_a_plan_citation_by_id_finds_the_upper_document(chinese_ws):
    from safeplan.check.engine import check_plans
    from safeplan.generators.cascade import doc_label
    from safeplan.rules.rulefiles import load_rule_files

    ws = Workspace.at(chinese_ws)
    rule_files = load_rule_files([chinese_ws / "rules"], workspace=ws)
    assert doc_label(rule_files[0]) == CHINESE_ID          # what a generated plan cites
    plan = chinese_ws / "plan.txt"
    plan.write_text(f"某街道实施方案\n一、重点任务\n(一)每月开展重大事故隐患排查整治。〔依据：{CHINESE_ID} 二(一)〕\n"
                    "〔依据：doc-1245ed02 二(一)〕\n", encoding="utf-8")
    report = check_plans([plan], rule_files, workspace=ws)
    unknown = [f.message for f in report.findings if f.code == "unknown-reference"]
    assert unknown == ["〔依据：doc-1245ed02 二(一)〕 未对应到所加载的上级规则"]


def test_two_files_of_one_name_are_found_by_their_ids(tmp_path, capsys, monkeypatch):
    """The second 方案.txt gets fang-an-2 from extract: the rule files say which file that is."""
    ws = tmp_path / "ws"
    for folder, text in (("a", "甲街道方案\n一、甲的任务\n"), ("b", "乙街道方案\n一、乙的任务\n")):
        (ws / "corpus" / folder).mkdir(parents=True)
        (ws / "corpus" / folder / "方案.txt").write_text(text, encoding="utf-8")
    code, out, err = _cli(capsys, monkeypatch, ws, "extract")
    assert code == 0, err
    assert sorted(p.name for p in (ws / "rules").glob("*.yaml")) == ["fang-an-2.yaml", "fang-an.yaml"]
    with _client(ws) as client:
        assert "乙的任务" in client.get("/source/fang-an-2").text
        assert "甲的任务" in client.get("/source/fang-an").text
    code, out, err = _cli(capsys, monkeypatch, ws, "rules", "show", "fang-an-2:1")
    assert "│ 乙的任务" in out


def test_a_rule_file_keeps_the_id_an_older_version_gave(chinese_ws, capsys, monkeypatch):
    """Rule files written before ids were pinyin (doc-1245ed02) keep their id: reviews and citations
    name it. Re-extraction merges into that file, and every face still finds the document by it."""
    rules = chinese_ws / "rules"
    text = (rules / f"{CHINESE_ID}.yaml").read_text(encoding="utf-8")
    (rules / f"{CHINESE_ID}.yaml").unlink()
    (rules / "doc-1245ed02.yaml").write_text(text.replace(f"id: {CHINESE_ID}", "id: doc-1245ed02"),
                                              encoding="utf-8")
    code, out, err = _cli(capsys, monkeypatch, chinese_ws, "extract", "--force")
    assert code == 0, err
    assert sorted(p.name for p in rules.glob("*.yaml")) == ["doc-1245ed02.yaml"]
    with _client(chinese_ws) as client:
        assert "开展重大事故隐患排查整治" in client.get("/source/doc-1245ed02").text


def test_an_unknown_id_is_404(chinese_ws):
    with _client(chinese_ws) as client:
        assert client.get("/source/qu-zhi-ben").status_code == 404


# --- what extract does not read -------------------------------------------------------------------------

def test_extract_names_the_files_it_does_not_read_and_extracts_the_rest(tmp_path, capsys, monkeypatch):
    ws = tmp_path / "ws"
    folder = ws / "corpus" / "plans"
    folder.mkdir(parents=True)
    (folder / "good.txt").write_text(PLAN, encoding="utf-8")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "empty.txt").write_bytes(b"")
    code, out, err = _cli(capsys, monkeypatch, ws, "extract")
    assert code == 2
    assert err.splitlines() == [
        "safeplan: warning: corpus/plans/old.doc: Word 97-2003 (.doc) files are not read yet: convert it first "
        "with `libreoffice --headless --convert-to docx old.doc` (skipped)",
        "safeplan: warning: corpus/plans/scan.pdf: PDF files are not read yet: convert it first with "
        "`libreoffice --headless --convert-to docx scan.pdf` (skipped)",
        "safeplan: error: corpus/plans/empty.txt: empty file (skipped; the other files were extracted)",
        "safeplan: error: 1 file(s) not extracted (see the error lines above)",
    ]
    assert out == "rules/good.yaml: 3 rules, 0 targets, 0 deadlines, 1 frequencies (written)\n"


# --- Chinese numerals: one reader ------------------------------------------------------------------------

@pytest.mark.parametrize("written, value", [
    ("十", 10), ("十二", 12), ("一十二", 12), ("二十", 20), ("九十五", 95), ("一百", 100), ("一百零五", 105),
    ("一百一十", 110), ("两百", 200), ("一千零十", 1010), ("一千零一十", 1010), ("三千二百", 3200),
    ("二〇二四", 2024), ("两", 2),
    ("百", None), ("一百一", None), ("一百十", None), ("十十", None), ("一百零零五", None), ("一千十", None),
])
def test_numbers_in_rule_fields_read_as_written(written, value):
    from safeplan.rules.numbers import to_number

    assert to_number(written) == value


def test_no_second_numeral_parser():
    package = Path(__file__).resolve().parents[2] / "safeplan"
    assert [p for p in package.rglob("*.py") if "cn2an" in p.read_text(encoding="utf-8")] == []


def test_the_docx_reader_does_not_shadow_python_docx():
    assert importlib.util.find_spec("safeplan.corpus.docx") is None
    assert importlib.util.find_spec("safeplan.corpus.docx_reader") is not None
