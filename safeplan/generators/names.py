"""Unit names as folder names (cli.md): `/ \\ : * ? " < > |` and control characters → `_`, no leading dot,
NFC, at most 100 bytes of UTF-8 (cut on a character boundary)."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]')
MAX_BYTES = 100


def safe_name(name: str) -> str:
    text = _UNSAFE.sub("_", unicodedata.normalize("NFC", name).strip())
    text = re.sub(r"^\.+", lambda m: "_" * len(m.group(0)), text)
    while len(text.encode("utf-8")) > MAX_BYTES:
        text = text[:-1]
    return text or "_"
