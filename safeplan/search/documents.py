"""Rule files → the whoosh documents of the index, and a content hash per source document."""

from __future__ import annotations

import dataclasses
import hashlib
import json


def content_hash(rule_file) -> str:
    """Changes whenever anything the index shows of this rule file changes."""
    data = dataclasses.asdict(rule_file.document), [dataclasses.asdict(r) for r in rule_file.rules]
    raw = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
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


def rule_documents(rule_file):
    """One whoosh field mapping per rule of `rule_file`."""
    doc = rule_file.document
    doc_title = document_title(doc)
    for rule in rule_file.rules:
        dues = sorted(d for d in (_yyyymmdd(x.date) for x in rule.deadlines) if d)
        dues += sorted(d for d in (_yyyymmdd(t.due.date) for t in rule.targets if t.due) if d)
        lead = list(rule.responsible.lead)
        support = list(rule.responsible.support)
        has = []
        if rule.frequencies:
            has.append("frequency")
        if dues or rule.deadlines:
            has.append("deadline")
        if rule.targets:
            has.append("target")
        if lead or support:
            has.append("responsible")
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
            "text": rule.text or "",
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
