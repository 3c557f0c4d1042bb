"""What the reader understood, for people (an indented tree with line numbers) and for machines (JSON)."""

from __future__ import annotations

from dataclasses import asdict

from safeplan.corpus.model import Document, Item

_TEXT_PREVIEW = 40
_META_LABELS = [
    ("title", "标题"), ("issuer", "发布机构"), ("doc_number", "文号"), ("index_number", "索引号"), ("date", "日期"),
    ("level", "level"), ("region", "region"), ("genre", "genre"), ("period", "period"), ("template", "template"),
    ("original_name", "original"),
]


def document_lines(doc: Document) -> list[str]:
    """Metadata, then one line per item: `  L12  3.1.1  1. 健全应急管理组织机构 …` indented by depth."""
    meta = doc.meta
    values = asdict(meta)
    period = None
    if meta.period_start or meta.period_end:
        period = f"{meta.period_start or '?'}–{meta.period_end or '?'}"
    values["period"] = period
    out = [f"{doc.path}" + (f" (part {doc.part})" if doc.part else "") + f"  id: {doc.id}"]
    for key, label in _META_LABELS:
        value = values.get(key)
        if value not in (None, "", False) or key in ("level", "genre"):
            out.append(f"  {label}: {str(value).lower() if isinstance(value, bool) else value}")
    items = list(doc.walk())
    out.append(f"  items: {len(items)}")
    width = max((len(str(it.line)) for it in items), default=1)
    for item in items:
        out.append(_item_line(item, width))
    return out


def _item_line(item: Item, width: int) -> str:
    indent = "  " * len(item.path)
    text = item.text.replace("\n", " ")
    shown = item.title if item.title and len(text) > len(item.title) + 1 else text
    if len(shown) > _TEXT_PREVIEW:
        shown = shown[:_TEXT_PREVIEW]
    if len(shown) < len(text):
        shown += " …"
    line = f"  L{item.line:<{width}}  {indent}{item.id}  {item.number}{' ' if item.number else ''}{shown}"
    for resp in item.responsible_lines:
        line += f"\n  {' ' * (width + 1)}  {indent}  ↳ {resp}"
    if item.cells:
        cells = "; ".join(f"{k}={v}" for k, v in item.cells.items() if v)
        line += f"\n  {' ' * (width + 1)}  {indent}  ⊞ {cells}"
    return line


def item_json(item: Item) -> dict:
    data = {
        "id": item.id, "number": item.number, "style": item.style, "title": item.title, "text": item.text,
        "line": item.line, "start": item.start, "end": item.end, "path": item.path,
        "responsible_lines": item.responsible_lines,
    }
    if item.cells is not None:
        data["cells"] = item.cells
    data["children"] = [item_json(child) for child in item.children]
    return data


def document_json(doc: Document) -> dict:
    return {
        "id": doc.id, "path": doc.path, "part": doc.part, "sha256": doc.sha256, "meta": asdict(doc.meta),
        "items": [item_json(item) for item in doc.items],
    }
