"""Names that become file or folder names (cli.md): an output folder `OUT/<unit>/`, an uploaded file.

`/ \\ : * ? " < > |` and control characters become `_`, a leading dot becomes `_`, NFC, at most 100 bytes of
UTF-8 (cut on a character boundary). Also safe on Windows: a device name (CON, NUL, COM1 …, with or without
an extension) gets a `_` after it, and a trailing dot or space (which Windows drops) becomes `_`.
"""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]')
MAX_BYTES = 100
WINDOWS_DEVICES = frozenset(["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                             *(f"{d}{n}" for d in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³"))])


def safe_name(name: str, empty: str = "_") -> str:
    """`name` made safe as one file or folder name (`empty` when nothing is left)."""
    text = _UNSAFE.sub("_", unicodedata.normalize("NFC", name).strip())
    text = re.sub(r"^\.+", lambda m: "_" * len(m.group(0)), text)
    text = re.sub(r"[. ]+$", lambda m: "_" * len(m.group(0)), text)
    device, dot, rest = text.partition(".")
    if device.rstrip(" ").upper() in WINDOWS_DEVICES:
        text = f"{device}_{dot}{rest}"
    while len(text.encode("utf-8")) > MAX_BYTES:
        text = text[:-1]
    return text or empty


def folder_key(name: str) -> str:
    """Two safe names that one file system may take for the same (Windows and macOS ignore case)."""
    return unicodedata.normalize("NFC", name).casefold()
