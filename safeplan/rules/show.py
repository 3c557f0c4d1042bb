"""`safeplan rules show DOC_ID:RULE_ID`: a rule's fields beside the passage of its source."""

from __future__ import annotations

from safeplan.errors import SafeplanError
from safeplan.rules.model import Rule, RuleFile
from safeplan.rules.rulefiles import load_rule_files


def find_rule(ws, ref: str) -> tuple[RuleFile, Rule]:
    files = load_rule_files([ws.folder("rules")], workspace=ws)
    doc_id, _, rule_id = ref.rpartition(":")
    hits = [(rf, r) for rf in files if not doc_id or rf.document.id == doc_id for r in rf.rules if r.id == rule_id]
    if not hits:
        raise SafeplanError(f"no rule {ref} in {ws.relative(ws.folder('rules'))}")
    if len(hits) > 1:
        names = ", ".join(f"{rf.document.id}:{r.id}" for rf, r in hits[:8])
        raise SafeplanError(f"rule id {rule_id} is in several documents; name one: {names}")
    return hits[0]


def _source_passage(ws, rf: RuleFile, rule: Rule) -> str | None:
    """The rule's passage of its source (None when the source file is gone; a source that cannot be read,
    such as a symlink leading out of the workspace, is a SafeplanError naming it)."""
    from safeplan.corpus import read_documents
    from safeplan.corpus.locate import pick_part, source_file

    path = source_file(ws, rule.source.path, anywhere=True)
    if path is None:
        return None
    doc = pick_part(read_documents(path, workspace=ws), rf.document.source.get("part"))
    return doc.text[rule.source.start:rule.source.end] if doc is not None else None


def render(ws, rf: RuleFile, rule: Rule) -> str:
    lines = [f"{rf.document.id}:{rule.id}  {rule.number} {rule.title}",
             f"  document: {rf.document.title or '-'} ({rf.document.doc_number or '-'})",
             f"  path:     {' / '.join(rule.path) or '-'}",
             f"  kind:     {rule.kind}   obligation: {rule.obligation}   reviewed: {str(rule.reviewed).lower()}"
             + ("   STALE" if rule.stale else ""),
             f"  sectors:  {'、'.join(rule.sectors) or '-'}",
             f"  lead:     {'、'.join(rule.responsible.lead) or '-'}",
             f"  support:  {'、'.join(rule.responsible.support) or '-'}"]
    for t in rule.targets:
        due = f"  (due {t.due.date or t.due.text})" if t.due else ""
        lines.append(f"  target:   {t.metric} {t.op} {t.value}{t.unit or ''}"
                     + (f" [{t.direction}, baseline {t.baseline}]" if t.direction else "") + due)
    for d in rule.deadlines:
        lines.append(f"  deadline: {d.text} → {d.date or ('relative' if d.relative else 'year unknown')}"
                     + ("  (year inferred)" if d.inferred else ""))
    for f in rule.frequencies:
        lines.append(f"  frequency: {f.text} → every {f.every} {f.period}, at least {f.min_count}"
                     + (f", scope {f.scope}" if f.scope else "") + (f", dates {','.join(f.dates)}" if f.dates else ""))
    passage = _source_passage(ws, rf, rule)
    lines.append(f"\n  source {rule.source.path}:{rule.source.line} [{rule.source.start}:{rule.source.end}]")
    lines.append("  │ " + (passage if passage is not None else "(source file not found)").replace("\n", "\n  │ "))
    return "\n".join(lines) + "\n"
