"""The whoosh backend's Engine (see engine.py): a street's workspace, a few thousand rules.

A query is matched and scored on the head arrays (head.py: the postings of common words as arrays, the
few postings of a rare word read from whoosh, whoosh's BM25F formula and phrase matcher): the rules holding
one of its rare words, or, when it has only common words, all of them. The arrays also count facets and
"did you mean". whoosh itself lists the rules a filter alone keeps and stores the fields of a hit.
"""

from __future__ import annotations

from safeplan.search.analysis import fold
from safeplan.search.documents import article_of
from safeplan.search.engine import Matches
from safeplan.search.query import build_filter, lifts, split_common
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

    def matches(self, parsed, spec, wanted: int, facets: bool, seen: dict | None = None) -> Matches:
        """`seen`: the stored fields this search has read (docnum → fields), kept by the caller for a larger
        pool fetched again."""
        searcher = self.searcher
        seen = {} if seen is None else seen
        filtering = build_filter(spec) if spec else None
        rare, common = split_common(parsed.clauses, self.doc_frequency, searcher.doc_count(), COMMON_SHARE,
                                    searcher.doc_count())
        if rare:
            scored, total, mask = self._run_rare(parsed, rare, filtering, wanted, facets, seen)
        elif common:
            scored, total, mask = self._run_common(parsed, filtering, wanted, facets, seen)
        elif filtering is not None:
            scored, total, mask = self._run_filter(filtering, wanted, facets)
        else:
            scored, total, mask = [], 0, None
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

    def _run_filter(self, filtering, wanted: int, facets: bool):
        """([(docnum, stored fields, score)], total, mask of the matches — None unless `facets`) of a filter
        alone: the rules it keeps, in index order."""
        from whoosh.query import Every

        searcher = self.searcher
        results = searcher.search(Every(), limit=wanted, filter=filtering)
        scored = [(hit.docnum, hit.fields(), hit.score) for hit in results]
        if not facets:
            return scored, results.estimated_length() if scored else 0, None
        docnums = list(searcher.docs_for_query(filtering))
        return scored, len(docnums), self.head.mask(docnums)

    def _run_rare(self, parsed, rare, filtering, wanted: int, facets: bool, seen: dict):
        """Like _run_filter, for a query with a rare word: the rules holding any rare clause, scored on the head
        arrays as whoosh scores its query (BM25F term by term; a phrase by whoosh's own matcher), plus the lifts.

        Not whoosh's own search: it walks every posting in Python (a question of a few words held by
        1,000–3,000 rules took 100 ms on 37,000 rules, against 4 on the arrays), and its top-N skipping lost
        rules: on the embedded corpus 8 of 295 bench questions missed rules scoring in the top 5."""
        head = self.head
        docs, scores = head.run(rare, FIELD_WEIGHTS, lifts(parsed), self._allowed(filtering), every=False)
        return self._ranked(docs, scores, wanted, facets, seen)

    def _run_common(self, parsed, filtering, wanted: int, facets: bool, seen: dict):
        """Like _run_rare, for a query of common words alone: rules holding all of them, or (when none does)
        any of them, scored on the head arrays as whoosh would score them (a phrase by whoosh's own matcher, as
        in _run_rare: the same phrase matches the same rules whatever its words' frequency)."""
        head, allowed, lifting = self.head, self._allowed(filtering), lifts(parsed)
        docs, scores = head.run(parsed.clauses, FIELD_WEIGHTS, lifting, allowed)
        if not len(docs) and len(parsed.clauses) > 1:
            docs, scores = head.run(parsed.clauses, FIELD_WEIGHTS, lifting, allowed, every=False)
        return self._ranked(docs, scores, wanted, facets, seen)

    def _allowed(self, filtering):
        """The mask of the rules a filter keeps (None: no filter)."""
        return self.head.mask(self.searcher.docs_for_query(filtering)) if filtering is not None else None

    def _ranked(self, docs, scores, wanted: int, facets: bool, seen: dict):
        """([(docnum, stored fields, score)] of the best `wanted`, total, mask of the matches when `facets`);
        the fields of a rule in `seen` are not read again."""
        from safeplan.search.head import top

        stored = self.searcher.stored_fields
        scored = []
        for docnum, score in top(docs, scores, wanted):
            fields = seen.get(docnum)
            if fields is None:
                fields = seen[docnum] = stored(docnum)
            scored.append((docnum, fields, score))
        return scored, len(docs), self.head.mask(docs) if facets else None
