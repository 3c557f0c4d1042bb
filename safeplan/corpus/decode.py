"""Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK — detected, never guessed."""

from __future__ import annotations

import codecs
import re

from safeplan.errors import SafeplanError

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, path: str) -> str:
    """The text of a file's bytes, or SafeplanError naming the file (and the line and byte where it goes
    wrong) when no supported encoding fits."""
    if data.startswith(codecs.BOM_UTF8):
        return _no_nul(_checked(_strict(data, 3, "utf-8", path, "UTF-8 (with BOM)"), path), path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _no_nul(_checked(_strict(data, 0, "utf-16", path, "UTF-16"), path), path)
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise SafeplanError(f"binary file (NUL bytes; the first at byte {nul}), not a text document: "
                            "remove the NUL bytes or save the text again", path, line)
    try:
        return _checked(data.decode("utf-8"), path)
    except UnicodeDecodeError as exc:
        # a copy cut at a byte count may end inside a character: that is still UTF-8 text
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return _checked(data[:exc.start].decode("utf-8"), path)
        utf8_error = exc.start
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.start > 0:      # cut inside its last character
            try:
                text = data[:exc.start].decode("gb18030")
            except UnicodeDecodeError:
                text = None
            if text is not None and _looks_like_gb(text):
                return _checked(text, path)
        _damaged_utf8(data, utf8_error, path)
        raise SafeplanError(
            f"unknown encoding: byte {exc.start} decodes neither as UTF-8 nor as GB18030/GBK; "
            "save the file as UTF-8", path, data.count(b"\n", 0, exc.start) + 1) from None
    if not _looks_like_gb(text):
        _damaged_utf8(data, utf8_error, path)
        raise SafeplanError(
            "unknown encoding: not UTF-8, and as GB18030 it gives mostly rare characters "
            "(Big5? Shift-JIS?); save the file as UTF-8", path)
    return _checked(text, path)


def _damaged_utf8(data: bytes, at: int, path: str) -> None:
    """A file that is UTF-8 up to one bad byte (with Chinese text before it, so not GBK by chance): name
    that byte and its line rather than a GB18030 reading's."""
    if len(data[:at].decode("utf-8")) <= at - 16:        # at least 8 multi-byte characters before it
        raise SafeplanError(
            f"byte {at} is not UTF-8 although the text before it is: a damaged copy? retype the "
            "character there (or remove the byte) and save the file as UTF-8", path,
            data.count(b"\n", 0, at) + 1)


def _strict(data: bytes, skip: int, encoding: str, path: str, label: str) -> str:
    """`data[skip:]` decoded; an error names the byte of the file (BOM counted) and its line."""
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        at = skip + exc.start
        line = data[skip:at].decode(encoding, "replace").count("\n") + 1
        raise SafeplanError(f"starts with a {label} byte-order mark but byte {at} is not {label}; "
                            "save the file again as UTF-8", path, line) from None


def _no_nul(text: str, path: str) -> str:
    at = text.find("\x00")
    if at >= 0:
        raise SafeplanError("binary file (NUL characters), not a text document: remove the NUL characters "
                            "or save the text again", path, text.count("\n", 0, at) + 1)
    return text


def _checked(text: str, path: str) -> str:
    """Reject decoded text that is mostly control characters (a binary file that happens to decode)."""
    sample = text[:65536]
    if _CONTROL.search(sample):
        controls = len(_CONTROL.findall(sample))
        if controls > 0.05 * len(sample):
            raise SafeplanError("binary file (control characters), not a text document", path)
    return text


def _looks_like_gb(text: str) -> bool:
    """GBK text is mostly characters of GB2312 (the common 6,763); Big5 or Shift-JIS bytes read as
    GB18030 give mostly rare ones."""
    sample = [ch for ch in text[:20000] if ord(ch) > 0x7F]
    if not sample:
        return True
    common = 0
    for ch in sample:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common >= 0.8 * len(sample)
