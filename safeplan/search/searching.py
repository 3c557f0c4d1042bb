"""`safeplan search`: the ranked hits, facets and snippets of cli.md's JSON object."""

from __future__ import annotations

import time

from safeplan.search import store
from safeplan.search.analysis import fold
from safeplan.search.lexicon import load_lexicon
from safeplan.search.query import build_filter, build_query, lifts, parse_query, split_common, title_documents
from safeplan.search.schema import FIELD_WEIGHTS, SCHEMA_VERSION, TITLE_BOOST, TITLE_MAX_DOCUMENTS, weighting
from safeplan.search.snippets import snippet

FACETS = (("sector", "sectors"), ("level", "level"), ("doc_id", "doc_id"))
RERANK = 100         # the top hits re-scored by how many of the query's words they hold
COMMON_SHARE = 0.1   # a word in more than this share of the rules does not choose which rules match,
COMMON_MOST = 300    # nor a word in more rules than this (keeps queries fast on a large index)
INTENT_FACTOR = 1.5  # … × this when the rule states what the question asks for (多久一次: a frequency)
COORDINATION = 1.0   # score × (share of the query's words held, weighted by their idf) ** COORDINATION


def _cut(opened):
    """jieba's default mode over the index's own vocabulary (see segment.py)."""
    if opened.segmenter is None:
        from safeplan.search.segment import QuerySegmenter

        opened.segmenter = QuerySegmenter(opened.freq, opened.total)
    return opened.segmenter.cut


def _facets(opened, mask) -> dict:
    """Facet counts over the rules of `mask` (every match, not only the hits shown)."""
    from safeplan.search.head import facet_counts, facet_table

    out = {}
    reader = opened.searcher.reader()
    for name, fieldname in FACETS:
        if fieldname not in opened.facet_values:
            opened.facet_values[fieldname] = facet_table(reader, fieldname)
        out[name] = facet_counts(opened.facet_values[fieldname], mask)
    return out


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]


def _hit(fields: dict, score: float, terms) -> dict:
    return {
        "doc_id": fields["doc_id"],
        "rule_id": fields["rule_id"],
        "title": fields.get("title") or fields.get("number") or "",
        "score": round(score, 3),
        "snippet": snippet(fields.get("text") or fields.get("title") or "", terms),
        "path": list(fields.get("path_list") or []),
        "sectors": _split(fields.get("sectors")),
        "responsible": {"lead": _split(fields.get("lead")), "support": _split(fields.get("support"))},
        "source": {"path": fields.get("source_path"), "line": fields.get("source_line")},
    }


def _coordinate(scored: list, clauses, searcher, titled=frozenset(), stating=None) -> list:
    """Re-scores hits by the share of query words they contain (rare words weigh more, synonyms less),
    and lifts the rules of documents the query names by title (消防法 占用消防车通道) and the rules
    `stating` (a mask) what the question asks for."""
    if not clauses:
        return [(fields, score) for _, fields, score in scored]
    weights = [max(searcher.idf("text", t) for alt in c.alternatives for t in alt) for c in clauses]
    whole = sum(weights) or 1.0
    out = []
    for docnum, fields, score in scored:
        held = fold(" ".join([fields.get("text") or "", fields.get("title") or "", " ".join(fields.get("path_list") or []),
                              fields.get("lead") or "", fields.get("support") or "", fields.get("sectors") or ""]))
        matched = 0.0
        for weight, clause in zip(weights, clauses):
            held_alts = [i for i, alt in enumerate(clause.alternatives) if all(t in held for t in alt)]
            if held_alts:
                matched += weight * max(clause.weight(i) for i in held_alts)
        lift = TITLE_BOOST if fields["doc_id"] in titled else 1.0
        if stating is not None and stating[docnum]:
            lift *= INTENT_FACTOR
        out.append((fields, lift * score * (matched / whole) ** COORDINATION))
    out.sort(key=lambda fs: -fs[1])
    return out


def _one_per_article(ranked: list) -> list:
    """A law's article and its 款/项 are one unit: only the best-ranked of them is kept."""
    from safeplan.search.documents import article_of

    seen, out = set(), []
    for fields, score in ranked:
        article = article_of(fields["rule_id"], fields.get("genre"))
        if article is not None:
            key = (fields["doc_id"], article)
            if key in seen:
                continue
            seen.add(key)
        out.append((fields, score))
    return out


def search(workspace, query: str, sector=None, responsible=None, due_before=None, level=None, doc=None,
           kind=None, limit: int = 10, genre=None, due_after=None, facets: bool = True) -> dict:
    """Ranked rules and law articles for `query`: exactly the JSON object of cli.md.

    `facets=False` skips counting every match (facets stay empty, `total` is whoosh's estimate):
    the benchmark times the hits alone that way. Raises SafeplanError for a bad flag value or a
    missing/unreadable index.
    """
    started = time.perf_counter()
    opened = store.open_index(workspace, SCHEMA_VERSION, weighting())
    lexicon = load_lexicon(workspace)
    cut = _cut(opened)
    parsed = parse_query(query or "", lexicon, cut)
    filtering = build_filter(lexicon, cut, sector=sector, responsible=responsible, due_before=due_before,
                             due_after=due_after, level=level, genre=genre, doc=doc, kind=kind)
    with opened.lock:
        hits, total, mask = _run(opened, parsed, filtering, max(1, int(limit)), facets)
        over = total if mask is not None else 0
        counts = _facets(opened, mask) if over else {name: {} for name, _ in FACETS}
        out = {"query": query, "total": total, "took_ms": 0.0, "facets_over": over, "facets": counts,
               "hits": hits}
        suggestion = _suggest(opened, parsed, lexicon, total, cut) if parsed.chunks else None
    if suggestion:
        out["did_you_mean"] = suggestion
    out["took_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return out


def _run(opened, parsed, filtering, limit: int, facets: bool):
    """(hits, total, mask of the matched rules — None unless `facets`).

    A query with a rare word runs in whoosh; a query of common words alone on the head arrays."""
    searcher = opened.searcher
    titled = title_documents(parsed, opened.meta.get("titles") or {}, TITLE_MAX_DOCUMENTS)
    _, common = split_common(parsed.clauses, lambda t: searcher.doc_frequency("text", t),
                             searcher.doc_count(), COMMON_SHARE, COMMON_MOST)
    wanted = max(limit, RERANK)
    if common and len(common) == len(parsed.clauses):
        scored, total, mask = _run_common(opened, parsed, filtering, wanted, facets)
    else:
        scored, total, mask = _run_whoosh(opened, parsed, filtering, wanted, common, facets)
    terms = parsed.highlight_terms()
    stating = opened.head.holding_any("has", parsed.intents) if parsed.intents else None
    ranked = _one_per_article(_coordinate(scored, parsed.clauses, searcher, set(titled), stating))
    hits = [_hit(fields, score, terms) for fields, score in ranked[:limit]]
    return hits, total, mask


def _run_whoosh(opened, parsed, filtering, wanted: int, common, facets: bool):
    """([(docnum, stored fields, score)], total, mask of the matches — None unless `facets`) of a query with
    at least one rare word (or a filter alone)."""
    from whoosh.query import And, Every

    searcher = opened.searcher
    scoring = build_query(parsed, FIELD_WEIGHTS, common=common)
    if scoring is None and filtering is None:
        return [], 0, None
    q = scoring if scoring is not None else Every()
    results = searcher.search(q, limit=wanted, filter=filtering)
    scored = [(hit.docnum, hit.fields(), hit.score) for hit in results]
    if not facets:
        return scored, results.estimated_length() if scored else 0, None
    docnums = list(searcher.docs_for_query(And([q, filtering]) if filtering is not None else q))
    return scored, len(docnums), opened.head.mask(docnums)


def _run_common(opened, parsed, filtering, wanted: int, facets: bool):
    """([(docnum, stored fields, score)], total, mask of the matches — None unless `facets`) of a query of
    common words alone: rules holding all of them, or (when none does) any of them, scored on the head
    arrays as whoosh would score them."""
    from safeplan.search.head import top

    head, searcher = opened.head, opened.searcher
    allowed = None
    if filtering is not None:
        allowed = head.mask(searcher.docs_for_query(filtering))
    lifting = lifts(parsed)
    docs, scores = head.run(parsed.clauses, FIELD_WEIGHTS, lifting, allowed)
    if not len(docs) and len(parsed.clauses) > 1:
        docs, scores = head.run(parsed.clauses, FIELD_WEIGHTS, lifting, allowed, every=False)
    scored = [(docnum, searcher.stored_fields(docnum), score) for docnum, score in top(docs, scores, wanted)]
    return scored, len(docs), head.mask(docs) if facets else None


def _suggest(opened, parsed, lexicon, total: int, cut) -> str | None:
    from safeplan.search.suggest import did_you_mean, vocabulary_buckets

    searcher = opened.searcher
    contexts = {}    # context words → mask of the rules holding them all

    def buckets():
        if "_vocabulary" not in opened.facet_values:
            opened.facet_values["_vocabulary"] = vocabulary_buckets(opened.freq)
        return opened.facet_values["_vocabulary"]

    def weight(word, context):
        """(rules holding `word` with every context word, rules holding `word`)."""
        key = tuple(context)
        if key not in contexts:
            contexts[key] = opened.head.holding("text", context)
        together = int(contexts[key][opened.head.postings("text", word)[0]].sum())
        return together, searcher.doc_frequency("text", word)

    return did_you_mean(parsed.chunks, opened.freq, buckets, weight, lexicon, total, cut)
