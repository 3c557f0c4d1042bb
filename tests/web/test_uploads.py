"""Uploads are told apart by their bytes, never by their names."""

import pytest

from safeplan.web.uploads import UploadError, safe_name, sniff, sniff_evidence, upload_folder

from .webfixtures import PNG, docx_bytes, zip_bytes


def test_a_real_docx_is_a_docx_whatever_its_name():
    assert sniff("方案.txt", docx_bytes()).kind == "docx"
    assert sniff("方案.txt", docx_bytes()).name == "方案.docx"


@pytest.mark.parametrize("name, data, status, code, words", [
    ("plan.docx", b"", 400, "empty_file", "0 字节"),
    ("plan.docx", PNG, 415, "unsupported_file", "PNG 图片"),
    ("plan.docx", b"PK\x03\x04" + b"\x00" * 200, 400, "broken_docx", "DOCX/XLSX 文件已损坏或解压后过大"),
    ("plan.docx", zip_bytes({"a.txt": b"x"}), 415, "unsupported_file", "不是 Word 文档"),
    ("plan.pdf", b"%PDF-1.7\n...", 415, "unsupported_file", "libreoffice --headless --convert-to docx"),
    ("plan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50, 415, "unsupported_file", "旧版 Word/WPS"),
    ("plan.txt", b"\x01\x02\x00binary\x00\xff", 415, "unsupported_file", "既不是 DOCX"),
], ids=["zero-bytes", "png-renamed-docx", "truncated-docx", "zip-not-docx", "pdf", "ole-doc", "binary"])
def test_unreadable_uploads_say_why(name, data, status, code, words):
    with pytest.raises(UploadError) as err:
        sniff(name, data)
    assert (err.value.status, err.value.code) == (status, code)
    assert words in str(err.value)


def test_a_docx_whose_document_part_is_damaged_is_broken():
    good = docx_bytes()
    import io
    import zipfile

    parts = {}
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        for n in archive.namelist():
            parts[n] = archive.read(n)
    parts["word/document.xml"] = b"<w:document>not closed"
    with pytest.raises(UploadError) as err:
        sniff("plan.docx", zip_bytes(parts))
    assert err.value.code == "broken_docx"


def _damaged_part(data: bytes, part: str) -> bytes:
    """`data` (a zip of stored parts) with one byte of `part`'s content changed: its CRC no longer matches."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    return data[:start] + bytes([data[start] ^ 0x01]) + data[start + 1:]


def _unzipped(data: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


@pytest.mark.parametrize("bad", ["truncated", "bad-crc", "over-the-part-limit"])
def test_a_damaged_docx_gets_one_message_as_a_plan_and_as_evidence(bad, monkeypatch):
    from safeplan.corpus import docx_reader

    good = zip_bytes(_unzipped(docx_bytes()))                      # every part stored: a byte can be flipped
    data = {"truncated": good[: len(good) // 2], "bad-crc": _damaged_part(good, "word/document.xml"),
            "over-the-part-limit": good}[bad]
    if bad == "over-the-part-limit":
        monkeypatch.setattr(docx_reader, "MAX_PART_BYTES", 100)   # the limits the checker's reader applies
    with pytest.raises(UploadError) as as_plan:
        sniff("方案.docx", data)
    with pytest.raises(UploadError) as as_evidence:
        sniff_evidence("方案.docx", data)
    assert str(as_plan.value) == str(as_evidence.value)
    assert "DOCX/XLSX 文件已损坏或解压后过大" in str(as_plan.value) and as_plan.value.status == 400
    assert {"truncated": "truncated or damaged", "bad-crc": "part word/document.xml is damaged",
            "over-the-part-limit": "unpacks to more than"}[bad] in str(as_plan.value)


@pytest.mark.parametrize("name, data, kind", [
    ("plan.docx", "一、总体要求\n（一）目标。2024年底前完成。\n".encode("gbk"), "txt"),
    ("plan.txt", "\ufeff一、总体要求\n".encode("utf-8"), "txt"),
    ("x.bin", b"<!DOCTYPE html><html><body><p>\xe4\xb8\x80</p></body></html>", "html"),
    ("plan.txt", "# 实施方案\n\n## 一、总体要求\n".encode("utf-8"), "md"),
    ("p.yaml", "schema: safeplan.profile/v1\n".encode("utf-8"), "yaml"),
], ids=["gbk-text-named-docx", "utf8-bom", "html-by-content", "markdown-headings", "yaml"])
def test_text_uploads_are_sniffed(name, data, kind):
    assert sniff(name, data, allowed=("docx", "html", "md", "txt", "yaml")).kind == kind


def test_a_yaml_where_a_plan_is_expected_is_refused():
    with pytest.raises(UploadError, match="这里需要"):
        sniff("p.yaml", b"schema: safeplan.profile/v1\n")


@pytest.mark.parametrize("name, safe", [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\boot.ini", "boot.ini"),
    ('a:b*c?"d<e>f|g.txt', "a_b_c__d_e_f_g.txt"),
    (".hidden.txt", "_hidden.txt"),
    ("方案" * 40 + ".txt", "方案" * 16 + "方"),
], ids=["unix-traversal", "windows-traversal", "reserved-chars", "leading-dot", "over-100-bytes"])
def test_upload_names_are_made_safe(name, safe):
    assert safe_name(name) == safe


def test_the_upload_folder_is_removed_afterwards():
    up = sniff("../../方案.txt", "一、总体要求\n".encode("utf-8"))
    with upload_folder([up, up]) as (folder, paths):
        assert [p.name for p in paths] == ["方案.txt", "方案-2.txt"]
        assert all(p.parent == folder and p.read_bytes() == up.data for p in paths)
    assert not folder.exists()
