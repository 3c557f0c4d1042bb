"""Text from a plan or a file name is untrusted: written to a terminal, a CI log or an XML file, a control
character (ESC starting a terminal sequence, NUL, a C1 control, a bidi override, U+FFFE) must show as what it
is. Every check formatter and the CLI's error lines pass what they write through here."""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL and C1, line/paragraph separators, bidi embeddings/overrides/isolates,
# lone surrogates and the two noncharacters XML 1.0 forbids
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")


def _escape(m: re.Match) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every unsafe character written as \\xNN or \\uNNNN (tab and newline kept)."""
    return _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """printable, and on one line (newlines written as \\n): a text report has one finding a line."""
    return printable(text).replace("\n", "\\n").replace("\t", " ")


def scrub(value):
    """A JSON-ready structure with every string made printable."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [scrub(v) for v in value]
    return value
