"""Merging a fresh extraction into an existing rule file, the way a reviewer expects:

- a `reviewed: true` rule keeps its text and every field as reviewed; when the source passage no longer
  reads as the reviewed text it gets `stale: true` and `source_text:` (the passage as the source now reads),
  and only its `source:` position follows the source. When the source reads as the reviewed text again,
  `stale` and `source_text` go away;
- an unreviewed rule takes the fresh extracted fields and keeps every field a person added;
- a rule whose source vanished is kept, marked `stale: true`, and reported — never silently deleted;
- the `document:` block keeps what a person wrote in it (level, genre, title, issuer, date …); its
  `source:` and the extractor's counts follow the extraction.

It works on plain data (the file as read, the fresh extraction); the rewriter (rewrite.py) then writes
only what changed, so comments, layout and a person's fields stay byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EXTRACTED = ("id", "path", "number", "title", "text", "kind", "obligation", "sectors", "targets", "deadlines",
             "frequencies", "responsible", "source")
STALE_KEYS = ("stale", "source_text", "previous_text")
# document keys that follow the source document, whatever the file says
DOCUMENT_FOLLOWS_SOURCE = ("id", "source")


@dataclass
class MergeReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)       # reviewed rules whose source changed
    vanished: list[str] = field(default_factory=list)    # rules whose source is gone (kept, flagged)


def merge(old: dict, fresh: dict) -> tuple[dict, MergeReport]:
    """The rule-file data after merging `fresh` (a fresh extraction) into `old` (the file as read)."""
    report = MergeReport()
    old_rules = {str(r.get("id")): r for r in old.get("rules") or []}
    rules = []
    for rule in fresh["rules"]:
        rid = rule["id"]
        before = old_rules.pop(rid, None)
        if before is None:
            rules.append(rule)
            report.added.append(rid)
        elif before.get("reviewed"):
            rules.append(_reviewed(before, rule, rid, report))
        else:
            wanted = {**before, **{k: rule[k] for k in EXTRACTED if k in rule}}
            for key in STALE_KEYS:
                wanted.pop(key, None)
            if wanted != before:
                report.updated.append(rid)
            rules.append(wanted)
    for rid, before in old_rules.items():           # source gone: keep, flag, report
        rules.append({**before, "stale": True} if not before.get("stale") else before)
        report.vanished.append(rid)
    return {**old, "document": merged_document(old.get("document") or {}, fresh["document"]), "rules": rules}, \
        report


def _reviewed(before: dict, rule: dict, rid: str, report: MergeReport) -> dict:
    """A reviewed rule: its text and fields stay; the source change is shown beside it."""
    wanted = dict(before)
    reviewed_text = before["previous_text"] if before.get("previous_text") is not None else before.get("text")
    wanted["text"] = reviewed_text           # (a file from before source_text: previous_text was the reviewed text)
    wanted.pop("previous_text", None)
    wanted["source"] = rule["source"]
    if rule["text"] == reviewed_text:
        wanted.pop("stale", None)
        wanted.pop("source_text", None)
    else:
        wanted["stale"] = True
        wanted["source_text"] = rule["text"]
        report.stale.append(rid)
    return wanted


def merged_document(old: dict, new: dict) -> dict:
    """The document block: what the file says wins (a person's level, genre, title …), new keys of the
    extraction are added; `source` and the extractor's own `extra` entries follow the extraction."""
    merged = {**new, **old}
    for key in DOCUMENT_FOLLOWS_SOURCE:
        if key in new:
            merged[key] = new[key]
    old_extra, new_extra = old.get("extra"), new.get("extra")
    if isinstance(new_extra, dict):
        merged["extra"] = {**old_extra, **new_extra} if isinstance(old_extra, dict) else new_extra
    return merged
