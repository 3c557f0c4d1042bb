"""Where a 依据 of the library is in the corpus: the rule id its REF resolves to in the source's rule file."""

from __future__ import annotations

from safeplan.inspection.library import Citation, Item, Library
from safeplan.rules.model import RuleFile


def _refs(rule_file: RuleFile) -> dict[str, str]:
    """REF as the lists print it (第十六条第一款(三), 三(三)4) → rule id; the first rule wins."""
    from safeplan.generators.cascade import (
        rule_ref,  # the generators import this package
    )

    refs: dict[str, str] = {}
    for rule in rule_file.rules:
        refs.setdefault(rule_ref(rule_file, rule), rule.id)
    return refs


class Resolver:
    """Resolves citations against the rule files at hand (those of the corpus documents the sources name)."""

    def __init__(self, rule_files: list[RuleFile]):
        self._files = {rf.document.id: rf for rf in rule_files}
        self._refs: dict[str, dict[str, str]] = {}

    def has(self, citation: Citation) -> bool:
        """Whether the citation's document is among the rule files (so its REF must resolve)."""
        return citation.source.rules is not None and citation.source.rules in self._files

    def rule_id(self, citation: Citation) -> str | None:
        """The rule id the citation resolves to, or None (not a corpus document, not loaded, or dangling)."""
        if not self.has(citation):
            return None
        doc = citation.source.rules
        if doc not in self._refs:
            self._refs[doc] = _refs(self._files[doc])
        return self._refs[doc].get(citation.ref)

    def link(self, citation: Citation) -> str | None:
        """`document-id:rule-id` of a resolved citation (how `safeplan rules show` names a rule)."""
        rule_id = self.rule_id(citation)
        return f"{citation.source.rules}:{rule_id}" if rule_id else None


def citations(item: Item) -> list[Citation]:
    return [*item.basis, item.frequency_basis, *([item.judged_by] if item.judged_by else [])]


def dangling(library: Library, rule_files: list[RuleFile]) -> list[str]:
    """`file:line: item id: 依据 …` for every citation of a loaded corpus document whose REF is none of its rules."""
    resolver = Resolver(rule_files)
    out = []
    for item in library.items:
        for citation in citations(item):
            if resolver.has(citation) and resolver.rule_id(citation) is None:
                out.append(f"{item.path}:{item.line}: {item.id}: 依据 {citation.text} is no rule of "
                           f"{citation.source.rules}")
    return out
