"""The whoosh backend's Engine (see engine.py): a street's workspace, a few thousand rules.

A query with a rare word runs in whoosh; a query of common words alone on the head arrays (head.py),
which also count facets and "did you mean".
"""

from __future__ import annotations

from safeplan.search.analysis import fold
from safeplan.search.documents import article_of
from safeplan.search.engine import Matches
from safeplan.search.query import build_filter, build_query, lifts, split_common
from safeplan.search.schema import FIELD_WEIGHTS

FACETS = (("sector", "sectors"), ("level", "level"), ("doc_id", "doc_id"))
COMMON_SHARE = 0.1   # a word in more than this share of the rules does not choose which rules match


class WhooshEngine:
    def __init__(self, opened):
        self.opened = opened
        self.searcher = opened.searcher
        self.head = opened.head
        self._contexts: dict = {}
        self._holding: tuple = (None, None)    # (context words, the mask of the rules holding them all)

    def matches(self, parsed, spec, wanted: int, facets: bool) -> Matches:
        searcher = self.searcher
        filtering = build_filter(spec) if spec else None
        _, common = split_common(parsed.clauses, lambda t: searcher.doc_frequency("text", t),
                                 searcher.doc_count(), COMMON_SHARE, searcher.doc_count())
        if common and len(common) == len(parsed.clauses):
            scored, total, mask = self._run_common(parsed, filtering, wanted, facets)
        else:
            scored, total, mask = self._run_whoosh(parsed, filtering, wanted, common, facets)
        counts = self._facets(mask) if mask is not None and total else None
        return Matches([(docnum, fields, score) for docnum, fields, score in scored], total,
                       counts if mask is not None else None)

    def idf(self, term: str) -> float:
        return self.searcher.idf("text", term)

    def doc_id(self, fields: dict) -> str:
        return fields["doc_id"]

    def article(self, fields: dict):
        article = article_of(fields["rule_id"], fields.get("genre"))
        return None if article is None else (fields["doc_id"], article)

    def fields(self, docnum, fields: dict) -> dict:  # noqa: ARG002 (the backends' one signature)
        return fields

    def held(self, fields: dict) -> str:
        return fold(" ".join([fields.get("text") or "", fields.get("title") or "", " ".join(fields.get("path_list") or []),
                              fields.get("lead") or "", fields.get("support") or "", fields.get("sectors") or ""]))

    def states(self, key, fields: dict, intents) -> bool:  # noqa: ARG002 (the backends' one signature)
        intents = tuple(intents)
        if self._contexts.get("_stating_for") != intents:
            self._contexts["_stating_for"] = intents
            self._contexts["_stating"] = self.head.holding_any("has", intents)
        return bool(self._contexts["_stating"][key])

    def counts(self, word: str, context) -> tuple[int, int]:
        context = tuple(context)
        if self._holding[0] != context:    # the last context only (a misspelt word's candidates share it)
            self._holding = (context, self.head.holding("text", context))
        together = int(self._holding[1][self.head.postings("text", word)[0]].sum())
        return together, self.doc_frequency(word)

    def together(self, words) -> int:
        """Rules holding every one of `words` in their text (every rule when there is none)."""
        return int(self.head.holding("text", words).sum())

    def doc_frequency(self, word: str) -> int:
        return self.searcher.doc_frequency("text", word)

    def _facets(self, mask) -> dict:
        """Facet counts over the rules of `mask` (every match, not only the hits shown)."""
        from safeplan.search.head import facet_counts, facet_table

        out = {}
        opened = self.opened
        reader = self.searcher.reader()
        for name, fieldname in FACETS:
            if fieldname not in opened.facet_values:
                opened.facet_values[fieldname] = facet_table(reader, fieldname)
            out[name] = facet_counts(opened.facet_values[fieldname], mask)
        return out

    def _run_whoosh(self, parsed, filtering, wanted: int, common, facets: bool):
        """([(docnum, stored fields, score)], total, mask of the matches — None unless `facets`) of a query
        with at least one rare word (or a filter alone)."""
        from whoosh.query import And, Every

        searcher = self.searcher
        scoring = build_query(parsed, FIELD_WEIGHTS, common=common)
        if scoring is None and filtering is None:
            return [], 0, None
        q = scoring if scoring is not None else Every()
        results = searcher.search(q, limit=wanted, filter=filtering)
        scored = [(hit.docnum, hit.fields(), hit.score) for hit in results]
        if not facets:
            return scored, results.estimated_length() if scored else 0, None
        docnums = list(searcher.docs_for_query(And([q, filtering]) if filtering is not None else q))
        return scored, len(docnums), self.head.mask(docnums)

    def _run_common(self, parsed, filtering, wanted: int, facets: bool):
        """Like _run_whoosh, for a query of common words alone: rules holding all of them, or (when none does)
        any of them, scored on the head arrays as whoosh would score them."""
        from safeplan.search.head import top

        head, searcher = self.head, self.searcher
        allowed = None
        if filtering is not None:
            allowed = head.mask(searcher.docs_for_query(filtering))
        lifting = lifts(parsed)
        docs, scores = head.run(parsed.clauses, FIELD_WEIGHTS, lifting, allowed)
        if not len(docs) and len(parsed.clauses) > 1:
            docs, scores = head.run(parsed.clauses, FIELD_WEIGHTS, lifting, allowed, every=False)
        scored = [(docnum, searcher.stored_fields(docnum), score) for docnum, score in top(docs, scores, wanted)]
        return scored, len(docs), head.mask(docs) if facets else None
