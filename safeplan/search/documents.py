"""Rule files → the whoosh documents of the index, and a content hash per source document."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def content_hash(rule_file) -> str:
    """Changes whenever anything the index shows of this rule file changes: the dataclasses' own repr (every
    field; six times faster than dataclasses.asdict, which copies each rule deeply before it is hashed)."""
    raw = repr((rule_file.document, rule_file.rules))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _yyyymmdd(iso: str | None) -> int | None:
    if not iso or len(str(iso)) < 10:
        return None
    try:
        return int(str(iso)[:10].replace("-", ""))
    except ValueError:
        return None


def _commas(values) -> str:
    return ",".join(v.replace(",", " ") for v in values if v)


HEADING_MAX = 30   # longer "titles" are first sentences, not headings


def heading(title: str | None, genre: str | None) -> str:
    """The title as a heading worth a field boost: short, and not a law article's first sentence."""
    if not title or genre == "law" or len(title) > HEADING_MAX:
        return ""
    return title


def document_title(doc) -> str:
    """The words that name a document: title, 文号, issuer."""
    return " ".join(x for x in (doc.title, doc.doc_number, doc.issuer) if x)


PARAGRAPH_GENRES = ("news", "report")   # documents without numbered items: indexed by paragraph
PARAGRAPH_MIN = 40      # a shorter line of such a document is a heading (the path of the paragraphs below it)


def _clean(line: str) -> str:
    """A line without the decoration symbols web copies scatter inside words (全■◆★面 → 全面)."""
    return "".join(ch for ch in line if unicodedata.category(ch) != "So").strip()


def paragraphs(rule_file, source_text: str) -> list:
    """The paragraphs of an unnumbered document as rules `p<line>` (the line the paragraph starts at),
    the short lines above each as its path; lines some other rule of the file already starts at are left
    to that rule, and the root rule ("0", the whole text) is replaced by them."""
    from safeplan.rules.model import Rule, Source

    doc = rule_file.document
    taken = {r.source.line for r in rule_file.rules if r.id != "0"}
    title = _clean(doc.title or "")
    out, headings = [], []
    for number, raw in enumerate(source_text.splitlines(), 1):
        line = _clean(raw)
        if not line or line == title:
            continue
        if len(line) < PARAGRAPH_MIN:
            headings = (headings + [line])[-2:]
            continue
        if number in taken:
            continue
        source = Source(path=(doc.source or {}).get("path"), line=number, start=None, end=None)
        out.append(Rule(id=f"p{number}", path=list(headings), number="", title="", text=line, kind="background",
                        obligation="may", sectors=[], source=source))
    return out


def indexed_rules(rule_file, source_text: str | None = None) -> list:
    """The rules of `rule_file` as the index holds them: by paragraph for an unnumbered document."""
    rules = list(rule_file.rules)
    if source_text is not None and rule_file.document.genre in PARAGRAPH_GENRES:
        rules = [r for r in rules if r.id != "0"] + paragraphs(rule_file, source_text)
    return rules


def article_of(rule_id: str, genre: str | None) -> str | None:
    """The article a law's rule belongs to ("21.2.3" → "21"); None outside laws (a plan's items stand alone)."""
    if genre != "law":
        return None
    return rule_id.split(".", 1)[0]


def article_texts(rules, genre: str | None) -> dict[str, str]:
    """{article id: the article's whole text (its first line, then every 款 and 项)} of a law's rules."""
    out: dict[str, list[str]] = {}
    if genre == "law":
        for rule in rules:
            out.setdefault(article_of(rule.id, genre), []).append(rule.text or "")
    return {article: "".join(parts) for article, parts in out.items()}


# What a rule states, for the question intents of search/synonyms.yaml (lexicon.INTENTS).
_PENALTY = re.compile(r"罚款|处分|拘留|吊销|没收|责令停产停业|追究刑事责任")
_NUMBER = re.compile(r"\d|百分之|[零一二三四五六七八九十百千万两]+(?:人|日|天|小时|个|次|年|月|万元|元|家|项|座)")


def states(rule, dues) -> list[str]:
    """What `rule` states: frequency, deadline, target, responsible, penalty (a 法律责任 article or a fine),
    number (a count or a share), list (a first line introducing items: 负有下列职责:)."""
    has = []
    if rule.frequencies:
        has.append("frequency")
    if dues or rule.deadlines:
        has.append("deadline")
    if rule.targets:
        has.append("target")
    if rule.responsible.lead or rule.responsible.support:
        has.append("responsible")
    text = rule.text or ""
    if any("法律责任" in p for p in rule.path) or _PENALTY.search(text):
        has.append("penalty")
    if _NUMBER.search(text):
        has.append("number")
    if text.rstrip().endswith((":", "：")):
        has.append("list")
    return has


def rule_documents(rule_file, source_text: str | None = None):
    """One whoosh field mapping per rule of `rule_file` (`source_text`: the document's text, for the
    paragraphs of an unnumbered document)."""
    doc = rule_file.document
    doc_title = document_title(doc)
    rules = indexed_rules(rule_file, source_text)
    whole = article_texts(rules, doc.genre)
    for rule in rules:
        dues = sorted(d for d in (_yyyymmdd(x.date) for x in rule.deadlines) if d)
        dues += sorted(d for d in (_yyyymmdd(t.due.date) for t in rule.targets if t.due) if d)
        lead = list(rule.responsible.lead)
        support = list(rule.responsible.support)
        has = states(rule, dues)
        fields = {
            "key": f"{doc.id}:{rule.id}",
            "doc_id": doc.id,
            "rule_id": rule.id,
            "number": rule.number,
            "kind": rule.kind,
            "level": doc.level or "unknown",
            "genre": doc.genre or "other",
            "date": doc.date or "",
            "title": rule.title or "",
            "heading": heading(rule.title, doc.genre),
            # an article's first line is indexed with its 款/项 (they are one unit in ranking, see searching.py)
            "text": whole.get(rule.id) or rule.text or "",
            "path": " ".join(rule.path),
            "path_list": list(rule.path),
            "doc_title": doc_title,
            "tags": " ".join(rule.sectors),
            "units": " ".join(lead + support),
            "sectors": _commas(rule.sectors),
            "lead": _commas(lead),
            "support": _commas(support),
            "has": " ".join(has),
            "source_path": rule.source.path or (doc.source or {}).get("path"),
            "source_line": rule.source.line,
        }
        if dues:
            fields["due_min"], fields["due_max"] = min(dues), max(dues)
            fields["due_years"] = " ".join(sorted({str(d // 10000) for d in dues}))
        yield fields
