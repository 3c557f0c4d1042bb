"""Merging a fresh extraction into an existing rule file, the way a reviewer expects:

- a `reviewed: true` rule keeps its text and every field as reviewed; when the source passage no longer
  reads as the reviewed text it gets `stale: true` and `source_text:` (the passage as the source now reads),
  and only its `source:` position follows the source. When the source reads as the reviewed text again,
  `stale` and `source_text` go away;
- an unreviewed rule takes the fresh extracted fields and keeps every field a person added;
- a rule whose source vanished is kept, marked `stale: true`, and reported — never silently deleted;
- the `document:` block keeps what a person wrote in it (level, genre, title, issuer, date …); its
  `source:` and the extractor's counts follow the extraction.

It works on the rule files as objects (the file as read, the fresh extraction); the file's writer
(model.rule_file_to_dict with the mapping read as its `like`, then rewrite.py) writes only what changed, so
comments, layout and a person's fields stay byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from safeplan.rules.model import DocumentInfo, Rule, RuleFile

EXTRACTED = ("id", "path", "number", "title", "text", "kind", "obligation", "sectors", "targets", "deadlines",
             "frequencies", "responsible", "source")
NOT_STALE = {"stale": False, "source_text": None, "previous_text": None}


@dataclass
class MergeReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)       # reviewed rules whose source changed
    vanished: list[str] = field(default_factory=list)    # rules whose source is gone (kept, flagged)


def merge(old: RuleFile, fresh: RuleFile) -> tuple[RuleFile, MergeReport]:
    """The rule file after merging `fresh` (a fresh extraction) into `old` (the file as read). Neither is
    changed: the result holds new rules where they differ."""
    report = MergeReport()
    old_rules = {r.id: r for r in old.rules}
    rules = []
    for rule in fresh.rules:
        rid = rule.id
        before = old_rules.pop(rid, None)
        if before is None:
            rules.append(rule)
            report.added.append(rid)
        elif before.reviewed:
            rules.append(_reviewed(before, rule, report))
        elif _unchanged(before, rule):
            rules.append(before)
        else:
            rules.append(replace(before, **{k: getattr(rule, k) for k in EXTRACTED}, **NOT_STALE))
            report.updated.append(rid)
    for rid, before in old_rules.items():           # source gone: keep, flag, report
        rules.append(before if before.stale else replace(before, stale=True))
        report.vanished.append(rid)
    return replace(old, document=merged_document(old.document, fresh.document), rules=rules), report


def _unchanged(before: Rule, rule: Rule) -> bool:
    """An unreviewed rule as the fresh extraction has it."""
    return (not before.stale and before.source_text is None and before.previous_text is None
            and all(getattr(before, k) == getattr(rule, k) for k in EXTRACTED))


def _reviewed(before: Rule, rule: Rule, report: MergeReport) -> Rule:
    """A reviewed rule: its text and fields stay; the source change is shown beside it."""
    # (a file from before source_text: previous_text was the reviewed text)
    reviewed_text = before.previous_text if before.previous_text is not None else before.text
    if rule.text == reviewed_text:
        return replace(before, text=reviewed_text, source=rule.source, **NOT_STALE)
    report.stale.append(rule.id)
    return replace(before, text=reviewed_text, source=rule.source, stale=True, source_text=rule.text,
                   previous_text=None)


def merged_document(old: DocumentInfo, new: DocumentInfo) -> DocumentInfo:
    """The document block: what the file says wins (a person's level, genre, title …); `id`, `source` and
    the extractor's own `extra` entries follow the extraction."""
    extra = old.extra
    if isinstance(new.extra, dict):
        extra = {**old.extra, **new.extra} if isinstance(old.extra, dict) else new.extra
    return replace(old, id=new.id, source=new.source, extra=extra)
