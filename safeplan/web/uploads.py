"""Uploaded files: the type is sniffed from the bytes (never the name), then the file is written to a
temporary folder that is removed afterwards. Nothing uploaded is ever executed.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from safeplan import names
from safeplan.corpus.decode import decode_bytes
from safeplan.corpus.docx_reader import check_zip_sizes
from safeplan.errors import SafeplanError

CONVERT_HINT = "请先转换为 DOCX：libreoffice --headless --convert-to docx 文件名"
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<div|<p[\s>]|<table|<h[1-6])", re.I)
_BINARY_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "PNG 图片",
    b"\xff\xd8\xff": "JPEG 图片",
    b"GIF8": "GIF 图片",
    b"%PDF": "PDF 文件",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "旧版 Word/WPS 文件 (.doc/.wps)",
    b"Rar!": "RAR 压缩包",
    b"7z\xbc\xaf\x27\x1c": "7z 压缩包",
    b"\x1f\x8b": "gzip 压缩包",
}


class UploadError(SafeplanError):
    """An upload that cannot be read: a status for the API and a message for the page."""

    def __init__(self, message: str, name: str | None = None, status: int = 415, code: str = "unsupported_file"):
        super().__init__(message, path=name)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class Upload:
    name: str          # a safe file name: the original stem, cleaned, with the sniffed extension
    kind: str          # docx | html | md | txt | yaml
    data: bytes


def safe_name(name: str) -> str:
    """An uploaded file's own name (its folders dropped), made safe as every name that becomes a path
    (safeplan.names, cli.md)."""
    return names.safe_name(Path(name.replace("\\", "/")).name, empty="upload")


def _decode_text(data: bytes) -> str | None:
    """The text as `safeplan check` reads it (corpus/decode.py: UTF-8, UTF-16 with BOM, GB18030), or None.
    Bytes the reader refuses but that still decode as UTF-8/GB18030 pass as text: the check then names what
    is wrong with them (control characters, an encoding error at line N) as it does for a file."""
    try:
        return decode_bytes(data, "upload")
    except SafeplanError:
        pass
    if b"\x00" in data:
        return None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def zip_parts(data: bytes, name: str, code: str = "broken_file") -> set[str]:
    """The part names of an uploaded ZIP package (DOCX, XLSX), checked as the checker's DOCX reader checks a
    file: corpus/docx_reader.check_zip_sizes refuses a zip bomb before anything unpacks it and unpacks every
    part once, so a truncated package or a part with a bad CRC is refused too. One message for every face
    (a plan on the check page and API, an evidence file of the 台账); `code` is the face's API error code."""
    try:
        return set(check_zip_sizes(data, name))
    except SafeplanError as exc:
        raise UploadError(f"DOCX/XLSX 文件已损坏或解压后过大，请用 Word/WPS 重新保存后上传（{exc.message}）", name,
                          status=400, code=code) from None


def _check_docx(data: bytes, name: str) -> None:
    parts = zip_parts(data, name, code="broken_docx")
    if "word/document.xml" not in parts or "[Content_Types].xml" not in parts:
        raise UploadError("这是一个 ZIP 压缩包，但不是 Word 文档 (.docx)", name)
    try:
        import docx

        docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types on a damaged package
        raise UploadError(f"DOCX 文件已损坏，无法读取：{type(exc).__name__}", name, status=400,
                          code="broken_docx") from exc


def sniff(filename: str, data: bytes, allowed: tuple[str, ...] = ("docx", "html", "md", "txt")) -> Upload:
    """What the bytes are. Raises UploadError (with a Chinese message) for anything not in `allowed`."""
    original = filename or "upload"
    if not data:
        raise UploadError("文件是空的（0 字节）", original, status=400, code="empty_file")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            hint = "；" + CONVERT_HINT if "PDF" in what or "Word" in what else ""
            raise UploadError(f"文件内容是{what}，不是可读取的方案（支持 .docx .md .txt .html）{hint}", original)
    stem = Path(safe_name(original)).stem or "upload"
    suffix = Path(original).suffix.lower()
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        _check_docx(data, original)
        kind = "docx"
    else:
        text = _decode_text(data)
        if text is None:
            raise UploadError("无法识别的文件：既不是 DOCX，也不是 UTF-8/UTF-16/GBK 文本", original)
        head = text[:2048].encode("utf-8")
        if _HTML_START.match(head):
            kind = "html"
        elif suffix in (".yaml", ".yml") or text.lstrip().startswith("schema:"):
            kind = "yaml"
        elif suffix in (".md", ".markdown") or re.search(r"(?m)^#{1,6} \S", text):
            kind = "md"
        else:
            kind = "txt"
    if kind not in allowed:
        raise UploadError(f"这里需要 {' / '.join(allowed)} 文件，上传的是 {kind}", original)
    return Upload(name=f"{stem}.{kind}", kind=kind, data=data)


@contextlib.contextmanager
def upload_folder(uploads: list[Upload]):
    """Writes the uploads to a fresh temporary folder and yields their paths; the folder is removed after."""
    folder = Path(tempfile.mkdtemp(prefix="safeplan-upload-"))
    try:
        paths = []
        used: set[str] = set()
        for up in uploads:
            name = up.name
            n = 1
            while name in used:
                n += 1
                name = f"{Path(up.name).stem}-{n}{Path(up.name).suffix}"
            used.add(name)
            path = folder / name
            path.write_bytes(up.data)
            paths.append(path)
        yield folder, paths
    finally:
        shutil.rmtree(folder, ignore_errors=True)


EVIDENCE_KINDS = {b"%PDF": "pdf", b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpg"}
EVIDENCE_HINT = "证明材料可以是 PDF、JPG/PNG 照片、Word (.docx)、Excel (.xlsx) 或文本文件"


def sniff_evidence(filename: str, data: bytes) -> Upload:
    """An evidence file for a report or a 销号, its type sniffed from the bytes as `sniff` does: PDF, PNG,
    JPEG, DOCX or XLSX (a zip passing the reader's zip-bomb limits and holding the parts of one), or text."""
    original = filename or "upload"
    if not data:
        raise UploadError("文件是空的（0 字节）", original, status=400, code="empty_file")
    stem = Path(safe_name(original)).stem or "upload"
    for magic, kind in EVIDENCE_KINDS.items():
        if data.startswith(magic):
            return Upload(name=f"{stem}.{kind}", kind=kind, data=data)
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        parts = zip_parts(data, original)
        if "word/document.xml" in parts:
            return Upload(name=f"{stem}.docx", kind="docx", data=data)
        if "xl/workbook.xml" in parts:
            return Upload(name=f"{stem}.xlsx", kind="xlsx", data=data)
        raise UploadError(f"这是一个 ZIP 压缩包，不是 Word/Excel 文件；{EVIDENCE_HINT}", original)
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise UploadError(f"文件内容是{what}；{EVIDENCE_HINT}", original)
    if _decode_text(data) is None:
        raise UploadError(f"无法识别的文件；{EVIDENCE_HINT}", original)
    return Upload(name=f"{stem}.txt", kind="txt", data=data)
