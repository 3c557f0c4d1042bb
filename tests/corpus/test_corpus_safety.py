"""Hostile corpus files (issue 20): symlinks leading out of the workspace, loops, FIFOs and /dev/zero,
zip bombs, NUL bytes past the first 64 KiB, encoding errors, and documents of more than 999 items.
Each is refused with one line naming the file (and line), the rest of the corpus is still read."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from safeplan.cli import main
from safeplan.corpus import read_documents
from safeplan.corpus.files import confined, read_limited, roots_of
from safeplan.errors import SafeplanError
from safeplan.rules.extract import extract_corpus
from safeplan.workspace import Workspace

PLAN = "示范街道2024年安全生产工作要点\n一、主要任务\n(一)强化燃气安全。1.每季度至少检查1次。\n责任单位:街道城建办\n"
SECRET = "绝密事项\n一、机密清单\n(一)保险柜密码为九八七六。\n"


def _workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    (ws / "corpus" / "plans").mkdir(parents=True)
    (ws / "corpus" / "plans" / "good.txt").write_text(PLAN, encoding="utf-8")
    return ws


def _outside(tmp_path: Path) -> Path:
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET, encoding="utf-8")
    return secret


def _extract(capsys, monkeypatch, ws: Path, *args):
    monkeypatch.chdir(ws)
    with pytest.raises(SystemExit) as exit_:
        main(["extract", *args])
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


# --- #10 symlinks that lead out of the workspace -------------------------------------------------------

def test_a_symlink_out_of_the_workspace_is_refused_by_the_reader(tmp_path):
    ws = _workspace(tmp_path)
    link = ws / "corpus" / "plans" / "passwd.txt"
    link.symlink_to(_outside(tmp_path))
    with pytest.raises(SafeplanError) as err:
        read_documents(link, workspace=Workspace.at(ws))
    assert str(err.value).startswith("corpus/plans/passwd.txt: leads outside the workspace")
    # a file the user names outside the workspace is theirs to read (safeplan check ~/Downloads/plan.txt)
    assert read_documents(tmp_path / "elsewhere" / "secret.txt",
                          workspace=Workspace.at(ws))[0].text.startswith("绝密事项")


def test_a_symlink_inside_the_workspace_is_read(tmp_path):
    ws = _workspace(tmp_path)
    (ws / "corpus" / "plans" / "same.txt").symlink_to(ws / "corpus" / "plans" / "good.txt")
    docs = read_documents(ws / "corpus" / "plans" / "same.txt", workspace=Workspace.at(ws))
    assert [it.number for it in docs[0].walk()][1:3] == ["一、", "(一)"]


def test_extract_refuses_the_symlink_and_extracts_the_rest(tmp_path, capsys, monkeypatch):
    ws = _workspace(tmp_path)
    (ws / "corpus" / "plans" / "passwd.txt").symlink_to(_outside(tmp_path))
    code, out, err = _extract(capsys, monkeypatch, ws)
    assert code == 2
    assert "safeplan: error: corpus/plans/passwd.txt: leads outside the workspace" in err
    assert "rules/good.yaml: " in out
    assert sorted(p.name for p in (ws / "rules").glob("*.yaml")) == ["good.yaml"]
    assert "保险柜" not in (ws / "rules" / "good.yaml").read_text(encoding="utf-8")


def test_an_unchanged_extraction_does_not_hash_a_symlink_out(tmp_path):
    """The up-to-date test reads the file's hash: it goes through the same check as the reader."""
    ws = _workspace(tmp_path)
    extract_corpus(Workspace.at(ws))
    good = ws / "corpus" / "plans" / "good.txt"
    good.rename(tmp_path / "moved.txt")
    good.symlink_to(tmp_path / "moved.txt")          # same content, now outside: refused, not "unchanged"
    errors: list = []
    summary = extract_corpus(Workspace.at(ws), errors=errors)
    assert summary == [] and "leads outside the workspace" in str(errors[0])


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_the_source_view_does_not_serve_a_symlink_out(tmp_path):
    from starlette.testclient import TestClient

    from safeplan.web import create_app

    ws = _workspace(tmp_path)
    (ws / "rules").mkdir()
    (ws / "corpus" / "plans" / "passwd.txt").symlink_to(_outside(tmp_path))
    with TestClient(create_app(ws, check_workers=0), base_url="http://127.0.0.1", follow_redirects=False) as client:
        assert client.get("/source/good").status_code == 200
        r = client.get("/source/passwd")
        assert r.status_code in (400, 404)
        assert "保险柜" not in r.text


def test_the_index_never_sees_a_symlinked_document(tmp_path, capsys, monkeypatch):
    from safeplan.search import build_index, search

    ws = _workspace(tmp_path)
    (ws / "corpus" / "plans" / "passwd.txt").symlink_to(_outside(tmp_path))
    _extract(capsys, monkeypatch, ws)
    build_index(Workspace.at(ws))
    hits = search(Workspace.at(ws), "保险柜密码")
    assert all("保险柜" not in str(hit) for hit in hits["hits"])


def test_a_symlinked_folder_is_not_followed(tmp_path, capsys, monkeypatch):
    ws = _workspace(tmp_path)
    (ws / "corpus" / "linked").symlink_to(_outside(tmp_path).parent, target_is_directory=True)
    code, out, err = _extract(capsys, monkeypatch, ws)
    assert code == 2 and "corpus/linked: a symlink to a folder: not followed" in err
    assert "rules/good.yaml" in out


# --- #19 a symlink loop ------------------------------------------------------------------------------

def test_a_symlink_loop_is_one_line_and_exit_2(tmp_path, capsys, monkeypatch):
    ws = _workspace(tmp_path)
    (ws / "corpus" / "plans" / "loop.txt").symlink_to("loop.txt")
    code, out, err = _extract(capsys, monkeypatch, ws)
    assert code == 2
    assert "safeplan: error: corpus/plans/loop.txt: symlink loop" in err
    assert "internal error" not in err and "rules/good.yaml" in out
    monkeypatch.chdir(ws)
    with pytest.raises(SystemExit) as exit_:
        main(["corpus", "show", "corpus/plans/loop.txt"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.startswith("safeplan: error: corpus/plans/loop.txt: symlink loop")


# --- #14 FIFOs and devices: regular files only, and a read that stops at the limit ---------------------

def _run_limited(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """safeplan in a child with 1.5 GB of address space and 60 s: a read that never ends fails fast."""
    limit = textwrap.dedent("""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))
        from safeplan.cli import main
        main(sys.argv[1:])
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run([sys.executable, "-c", limit, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=60)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_the_corpus_does_not_hang_extract(tmp_path):
    ws = _workspace(tmp_path)
    os.mkfifo(ws / "corpus" / "plans" / "pipe.txt")
    done = _run_limited(["extract"], ws)
    assert done.returncode == 2, done.stderr
    assert "corpus/plans/pipe.txt: not a regular file (a FIFO, socket or device)" in done.stderr
    assert (ws / "rules" / "good.yaml").is_file()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_symlink_to_dev_zero_is_refused(tmp_path):
    ws = _workspace(tmp_path)
    (ws / "corpus" / "plans" / "zero.txt").symlink_to("/dev/zero")
    done = _run_limited(["extract"], ws)
    assert done.returncode == 2, done.stderr
    assert "corpus/plans/zero.txt: " in done.stderr and "MemoryError" not in done.stderr
    shown = _run_limited(["corpus", "show", "/dev/zero"], ws)
    assert shown.returncode == 2
    assert shown.stderr.startswith("safeplan: error: /dev/zero: not a regular file"), shown.stderr


def test_the_read_stops_at_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(SafeplanError, match="file too large"):
        read_limited(path, "big.txt", limit=1024)
    assert read_limited(path, "big.txt", limit=2048) == b"a" * 2048


def test_confined_names_the_folder_and_the_fifo(tmp_path):
    with pytest.raises(SafeplanError, match="is a folder"):
        confined(tmp_path, roots_of(Workspace.at(tmp_path)))


# --- #13 zip bombs ----------------------------------------------------------------------------------

def _docx_with(document_xml: bytes) -> bytes:
    """A minimal .docx (python-docx's own) whose document.xml is `document_xml` (deflated)."""
    import docx

    blank = io.BytesIO()
    docx.Document().save(blank)
    source = zipfile.ZipFile(blank)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = document_xml if info.filename == "word/document.xml" else source.read(info)
            target.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return out.getvalue()


def _padded_document(size: int) -> bytes:
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            b"<w:p><w:r><w:t>")
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    return head + b" " * (size - len(head) - len(tail)) + tail


def test_a_zip_bomb_docx_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    from safeplan.corpus import docx_reader

    monkeypatch.setattr(docx_reader, "MAX_PART_BYTES", 1 << 20)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_docx_with(_padded_document(4 << 20)))       # 4 MB of XML in a few KB
    assert bomb.stat().st_size < 64 * 1024
    with pytest.raises(SafeplanError) as err:
        read_documents(bomb)
    assert "unpacks to more than 1 MB in word/document.xml" in str(err.value)
    # a real document under the limit is still read
    fine = tmp_path / "fine.docx"
    fine.write_bytes(_docx_with(_padded_document(512 << 10)))
    with pytest.raises(SafeplanError, match="no text"):
        read_documents(fine)


def test_a_part_that_unpacks_to_more_than_it_declares_is_refused(tmp_path, monkeypatch):
    """A header may lie about the size: the bytes really unpacked are counted too."""
    from safeplan.corpus import docx_reader

    monkeypatch.setattr(docx_reader, "MAX_PART_BYTES", 1 << 20)
    data = bytearray(_docx_with(_padded_document(4 << 20)))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo("word/document.xml")
    # write 1,000 as the uncompressed size in the local header and the central directory
    true_size = info.file_size.to_bytes(4, "little")
    for at in _all(bytes(data), true_size):
        data[at:at + 4] = (1000).to_bytes(4, "little")
    path = tmp_path / "liar.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(SafeplanError) as err:
        read_documents(path)
    assert "bomb.docx" not in str(err.value) and str(err.value).startswith(str(path))
    assert "document.xml" in str(err.value)


def _all(data: bytes, needle: bytes) -> list[int]:
    found, at = [], data.find(needle)
    while at >= 0:
        found.append(at)
        at = data.find(needle, at + 1)
    return found


def test_an_uploaded_zip_bomb_is_refused_by_the_workbench(monkeypatch):
    from safeplan.corpus import docx_reader
    from safeplan.web.uploads import UploadError, sniff

    monkeypatch.setattr(docx_reader, "MAX_PART_BYTES", 1 << 20)
    with pytest.raises(UploadError) as err:
        sniff("方案.docx", _docx_with(_padded_document(4 << 20)))
    assert err.value.status == 400 and "document.xml" in err.value.message


# --- #21 NUL bytes after the first 64 KiB, more than 999 items ---------------------------------------

def test_a_nul_byte_after_64_kib_is_refused_with_its_line(tmp_path):
    body = "".join(f"{k}.第{k}项工作要落实到位。\n" for k in range(1, 4001))
    assert len(body.encode("utf-8")) > 65536
    lines = body.split("\n")
    lines[3000] = lines[3000][:3] + "\x00" + lines[3000][3:]
    path = tmp_path / "nul.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(SafeplanError) as err:
        read_documents(path)
    assert str(err.value).startswith(f"{path}:3001: binary file (NUL bytes")


def test_a_nul_character_in_utf16_text_is_refused(tmp_path):
    path = tmp_path / "nul16.txt"
    path.write_bytes(("一、总体要求\n二、主要任务\x00" + "落实安全生产责任。" * 20 + "\n").encode("utf-16"))
    with pytest.raises(SafeplanError) as err:
        read_documents(path)
    assert str(err.value).startswith(f"{path}:2: binary file (NUL characters")


def test_more_than_999_numbered_items_each_stay_an_item(tmp_path):
    body = "".join(f"{k}.第{k}项工作要落实到位。\n" for k in range(1, 1006))
    path = tmp_path / "long.txt"
    path.write_text("某某街道安全生产任务清单\n" + body, encoding="utf-8")
    items = [it for it in read_documents(path)[0].walk() if it.style == "arabic-dot"]
    assert len(items) == 1005
    assert [(it.id, it.number, it.text) for it in items[998:1001]] == [
        ("999", "999.", "第999项工作要落实到位。"),
        ("1000", "1000.", "第1000项工作要落实到位。"),
        ("1001", "1001.", "第1001项工作要落实到位。"),
    ]


def test_a_year_that_opens_a_line_is_not_an_item(tmp_path):
    path = tmp_path / "years.txt"
    path.write_text("一、工作目标\n1.完善制度。\n2024.全面完成整治任务。\n2.开展检查。\n", encoding="utf-8")
    items = [(it.id, it.text) for it in read_documents(path)[0].walk()]
    assert items == [("1", "工作目标"), ("1.1", "完善制度。\n2024.全面完成整治任务。"), ("1.2", "开展检查。")]


# --- #19 encoding errors name the right byte and line ------------------------------------------------

def test_a_damaged_byte_in_utf8_text_names_its_byte_and_line(tmp_path):
    good = "".join(f"第{k}行：安全生产责任落实。\n" for k in range(1, 41)).encode("utf-8")
    at = len(good)
    data = good + b"\xff" + "后面的内容。\n".encode("utf-8")
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    with pytest.raises(SafeplanError) as err:
        read_documents(path)
    assert str(err.value).startswith(f"{path}:41: byte {at} is not UTF-8")


def test_a_bad_byte_after_a_utf8_bom_names_the_byte_of_the_file(tmp_path):
    data = b"\xef\xbb\xbf" + "一、总体要求\n二、主要任务\n".encode("utf-8") + b"\xff"
    path = tmp_path / "bom.txt"
    path.write_bytes(data)
    with pytest.raises(SafeplanError) as err:
        read_documents(path)
    assert str(err.value).startswith(f"{path}:3: starts with a UTF-8 (with BOM) byte-order mark but byte "
                                     f"{len(data) - 1} is not UTF-8")
