"""Merging a fresh extraction into an existing rule file, the way a reviewer expects:

- a `reviewed: true` rule is kept as it is; when its source text changed it gets `stale: true` and
  `previous_text` (the text that was reviewed), and its text/source follow the new source;
- an unreviewed rule takes the fresh extracted fields and keeps every field a person added;
- a rule whose source vanished is kept, marked `stale: true`, and reported — never silently deleted;
- comments and key order of the file survive (ruamel.yaml round trip).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from safeplan.rules.io import plain_rt, to_roundtrip, update_mapping

EXTRACTED = ("id", "path", "number", "title", "text", "kind", "obligation", "sectors", "targets", "deadlines",
             "frequencies", "responsible", "source")


@dataclass
class MergeReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)       # reviewed rules whose source changed
    vanished: list[str] = field(default_factory=list)    # rules whose source is gone (kept, flagged)


def merge(tree, fresh: dict) -> MergeReport:
    """Merge `fresh` (a plain rule-file mapping) into `tree` (the existing file as a ruamel CommentedMap),
    in place."""
    report = MergeReport()
    old_rules = {str(r.get("id")): r for r in (tree.get("rules") or [])}
    update_mapping(tree["document"], _merged_document(plain_rt(tree["document"]), fresh["document"]))
    new_list = []
    for rule in fresh["rules"]:
        rid = rule["id"]
        old = old_rules.pop(rid, None)
        if old is None:
            new_list.append(to_roundtrip(rule))
            report.added.append(rid)
            continue
        before = plain_rt(old)
        if before.get("reviewed"):
            wanted = dict(before)
            if before.get("text") != rule["text"] and not before.get("stale"):
                wanted["stale"] = True
                wanted["previous_text"] = before.get("text")
                report.stale.append(rid)
            elif before.get("stale") and before.get("previous_text") is not None:
                report.stale.append(rid)
            wanted["text"] = rule["text"]
            wanted["source"] = rule["source"]
        else:
            wanted = {**before, **{k: rule[k] for k in EXTRACTED if k in rule}}
            for key in [k for k in ("stale", "previous_text") if k in wanted]:
                del wanted[key]
            if wanted != before:
                report.updated.append(rid)
        update_mapping(old, wanted)
        new_list.append(old)
    for rid, old in old_rules.items():           # source gone: keep, flag, report
        if not old.get("stale"):
            old["stale"] = True
        new_list.append(old)
        report.vanished.append(rid)
    rules = tree["rules"]
    del rules[:]
    rules.extend(new_list)
    return report


def _merged_document(old: dict, new: dict) -> dict:
    """The document block follows the source; keys a person added to it stay."""
    return {**old, **new}
