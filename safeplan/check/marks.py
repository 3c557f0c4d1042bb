"""What a plan writes for the checker: 〔依据：DOC REF〕 citations and 〔safeplan: ignore CODE 理由〕 comments."""

from __future__ import annotations

import re
from dataclasses import dataclass

from safeplan.corpus.numerals import to_int

_BODY = r"((?:[^〔〕\n]|〔[^〔〕\n]*〕)*)"       # allows one level of 〔〕 inside: 安委〔2024〕2号
CITATION_RE = re.compile(r"〔\s*依据\s*[：:]" + _BODY + r"〕")
IGNORE_RE = re.compile(r"〔\s*safeplan\s*[：:]\s*ignore\s+([a-z][a-z-]*)\s*([^〕\n]*)〕", re.IGNORECASE)

_NUMBER_TOKEN = re.compile(r"[零〇一二两三四五六七八九十百]+|\d+|[\u2460-\u2473]")
_RULE_ID = re.compile(r"^(?:\d+|t\d+|r\d+)(?:\.(?:\d+|r\d+))*(?:-\d+)?\.?$")


@dataclass(frozen=True)
class Citation:
    text: str          # the whole 〔依据：…〕 as written
    doc: str           # 文号 or doc id as written
    refs: tuple[str, ...]   # rule ids ("3.3.6"), converted from 三(三)6 where needed


@dataclass(frozen=True)
class Ignore:
    code: str
    reason: str


def rule_id_from_ref(ref: str) -> str | None:
    """A REF as written → a rule id: 三(三)6 → 3.3.6, 3.3.6 → 3.3.6, 第十二条 → 12; None when it holds no number."""
    ref = ref.strip().rstrip("。.")
    if _RULE_ID.match(ref):
        return ref.rstrip(".")
    numbers = [str(to_int(tok)) for tok in _NUMBER_TOKEN.findall(ref)]
    return ".".join(numbers) or None


def normalise_doc_number(s: str) -> str:
    """文号 compare equal whatever brackets or spaces they are typed with: 安委会[2024]2号 ~ 安委会〔2024〕2号."""
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"[\[［﹝【(（〔]", "〔", s)
    return re.sub(r"[\]］﹞】)）〕]", "〕", s)


def split_citation_body(body: str, doc_keys: list[str]) -> tuple[str, list[str]]:
    """Split `安委〔2024〕2号 三(三)6、三(三)7` into the DOC and its REFs.

    DOC is the longest known 文号/doc id the body starts with; failing that, the body up to the first space.
    """
    body = body.strip()
    norm = normalise_doc_number(body)
    doc = None
    for key in sorted(doc_keys, key=len, reverse=True):
        if key and norm.startswith(normalise_doc_number(key)):
            # find where the key ends in the original body by walking its non-space characters
            need, i = len(normalise_doc_number(key)), 0
            seen = 0
            while i < len(body) and seen < need:
                if not body[i].isspace():
                    seen += 1
                i += 1
            doc, rest = body[:i], body[i:]
            break
    if doc is None:
        m = re.match(r"(\S+?(?:号|〕\d+号)|\S+)\s+(.*)$", body)
        doc, rest = (m.group(1), m.group(2)) if m else (body, "")
    refs = [r for r in re.split(r"[、,，;；\s]+", rest.strip()) if r]
    return doc.strip(), refs


def find_citations(text: str, doc_keys: list[str]) -> list[Citation]:
    out = []
    for m in CITATION_RE.finditer(text):
        body = m.group(1).replace("\\", "")      # a Markdown table cell escapes the brackets: 安委会\[2024\]2号
        doc, refs = split_citation_body(body, doc_keys)
        ids = tuple(i for i in (rule_id_from_ref(r) for r in refs) if i)
        out.append(Citation(text=m.group(0), doc=doc, refs=ids))
    return out


def find_ignores(text: str) -> list[Ignore]:
    return [Ignore(code=m.group(1).lower(), reason=m.group(2).strip()) for m in IGNORE_RE.finditer(text)]


def strip_marks(text: str) -> str:
    """The text without citations and ignore comments, so 〔2024〕 in a 文号 is not read as a deadline."""
    return IGNORE_RE.sub("", CITATION_RE.sub("", text))
