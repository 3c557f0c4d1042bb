"""`safeplan search`: the ranked hits, facets and snippets of cli.md's JSON object, over either backend."""

from __future__ import annotations

import time

from safeplan.search import store
from safeplan.search.lexicon import load_lexicon
from safeplan.search.query import filter_spec, parse_query, title_documents
from safeplan.search.schema import TITLE_BOOST, TITLE_MAX_DOCUMENTS
from safeplan.search.snippets import snippet

FACET_NAMES = ("sector", "level", "doc_id", "document")
RERANK = 100         # the top hits re-scored by how many of the query's words they hold (an engine may say
                     # fewer: `engine.rerank`)
INTENT_FACTOR = 1.5  # … × this when the rule states what the question asks for (多久一次: a frequency)
COORDINATION = 1.0   # score × (share of the query's words held, weighted by their idf ** IDF_POWER) ** COORDINATION
IDF_POWER = 2.0      # a rare word weighs so much more than common ones that they cannot drown it
FEW = 10             # "did you mean" is looked for when fewer rules than this match (a misspelt word seldom
                     # leaves a full page; looking costs index searches: a tenth of a warm search on average)


def _cut(opened):
    """jieba's default mode over the index's own vocabulary (see segment.py)."""
    if opened.segmenter is None:
        from safeplan.search.segment import QuerySegmenter

        opened.segmenter = QuerySegmenter(opened.freq, opened.total)
    return opened.segmenter.cut


def _split(value) -> list[str]:
    if isinstance(value, list):
        return [v for v in value if v]
    return [v for v in (value or "").split(",") if v]


def short_title(title: str | None) -> str:
    """A document's title as people say it: 《职业病防治法》 for 中华人民共和国职业病防治法."""
    if not title:
        return ""
    name = title.strip()
    if name.startswith("中华人民共和国") and len(name) > 7:
        name = name[len("中华人民共和国"):]
    return name if name.startswith("《") else f"《{name}》"


def _hit(fields: dict, score: float, terms, titles: dict, numbers: dict) -> dict:
    return {
        "doc_id": fields["doc_id"],
        "rule_id": fields["rule_id"],
        "title": fields.get("title") or fields.get("number") or "",
        "score": round(score, 3),
        "snippet": snippet(fields["text"], terms, folded=fields.get("folded")) if fields.get("text")
                   else snippet(fields.get("title") or "", terms),
        "path": list(fields.get("path_list") or []),
        "sectors": _split(fields.get("sectors")),
        "responsible": {"lead": _split(fields.get("lead")), "support": _split(fields.get("support"))},
        "source": {"path": fields.get("source_path"), "line": fields.get("source_line")},
        # beyond cli.md (issue 18): the document as people know it, its 文号 and level
        "document": short_title(titles.get(fields["doc_id"])),
        "doc_number": numbers.get(fields["doc_id"]) or "",
        "level": fields.get("level") or "unknown",
    }


def _coordinate(scored: list, clauses, engine, titled=frozenset(), intents=(), factors: dict | None = None) -> list:
    """Re-scores hits by the share of query words they contain (rare words weigh more, synonyms less),
    and lifts the rules of documents the query names by title (消防法 占用消防车通道) and the rules
    that state what the question asks for (`intents`). [(key, candidate, score)], best first. `factors`:
    what a key's score is multiplied by, kept by the caller for one search (a pool fetched again after
    an article's 款/项 filled it re-scores the rules it already read without reading their words again)."""
    if not clauses:
        return scored
    if factors is None:
        factors = {}
    plans, whole = None, 1.0
    held_of, doc_of, states = engine.held, engine.doc_id, engine.states
    out = []
    for key, candidate, score in scored:
        found = factors.get(key)
        if found is None:
            if plans is None:
                plans, whole = _plans(clauses, engine)
            held = held_of(candidate)
            matched = 0.0
            for alternatives in plans:
                for worth, first, rest in alternatives:
                    if first in held and (not rest or all(t in held for t in rest)):
                        matched += worth
                        break
            lift = TITLE_BOOST if doc_of(candidate) in titled else 1.0
            if intents and states(key, candidate, intents):
                lift *= INTENT_FACTOR
            found = factors[key] = (lift, (matched / whole) ** COORDINATION)
        lift, share = found
        out.append((key, candidate, lift * score * share))
    out.sort(key=lambda kcs: -kcs[2])
    return out


def _plans(clauses, engine) -> tuple[list, float]:
    """Per clause, its alternatives by weight, highest first (the first one a rule holds is what the clause
    adds: weight × share, with the alternative's first word and the rest: most have one word, tested without
    a loop); and the clauses' weights summed."""
    weights = [max(engine.idf(t) for alt in c.alternatives for t in alt) ** IDF_POWER for c in clauses]
    whole = sum(weights) or 1.0
    plans = [sorted(((weight * c.weight(i), alt[0], alt[1:]) for i, alt in enumerate(c.alternatives)),
                    key=lambda wft: -wft[0])
             for weight, c in zip(weights, clauses, strict=True)]
    return plans, whole


def _one_per_article(ranked: list, engine) -> list:
    """A law's article and its 款/项 are one unit: only the best-ranked of them is kept."""
    seen, out = set(), []
    for key, candidate, score in ranked:
        article = engine.article(candidate)
        if article is not None:
            if article in seen:
                continue
            seen.add(article)
        out.append((key, candidate, score))
    return out


def _with_documents(facets: dict, titles: dict) -> dict:
    """The doc_id facet again, keyed by the documents' titles (a document's parts counted together)."""
    by_title: dict[str, int] = {}
    for doc_id, count in facets.get("doc_id", {}).items():
        name = short_title(titles.get(doc_id)) or doc_id
        by_title[name] = by_title.get(name, 0) + count
    return {**facets, "document": dict(sorted(by_title.items(), key=lambda kv: (-kv[1], kv[0])))}


def search(workspace, query: str, sector=None, responsible=None, due_before=None, level=None, doc=None,
           kind=None, limit: int = 10, genre=None, due_after=None, facets: bool = True) -> dict:
    """Ranked rules and law articles for `query`: exactly the JSON object of cli.md.

    `facets=False` skips counting every match (facets stay empty; `total` is whoosh's estimate, or on
    tantivy the number of candidates fetched): the benchmark times the hits alone that way. Raises
    SafeplanError for a bad flag value or a missing/unreadable index.
    """
    started = time.perf_counter()
    opened = store.open_index(workspace)
    lexicon = load_lexicon(workspace)
    cut = _cut(opened)
    if opened.expansions[0] is not lexicon:      # the words' expansions parsed with this lexicon (query.py)
        opened.expansions = (lexicon, {})
    parsed = parse_query(query or "", lexicon, cut, opened.expansions[1])
    spec = filter_spec(lexicon, cut, sector=sector, responsible=responsible, due_before=due_before,
                       due_after=due_after, level=level, genre=genre, doc=doc, kind=kind)
    limit = max(1, int(limit))
    titles = opened.meta.get("doc_titles") or {}
    numbers = opened.meta.get("doc_numbers") or {}
    with opened.lock:
        engine = opened.engine
        titled = title_documents(parsed, opened.title_words(), TITLE_MAX_DOCUMENTS)
        wanted = max(limit, getattr(engine, "rerank", RERANK))
        seen, factors, titled = {}, {}, set(titled)   # what this search read of each rule, for a larger pool
        while True:
            found = engine.matches(parsed, spec, wanted, facets, seen)
            ranked = _one_per_article(_coordinate(found.scored, parsed.clauses, engine, titled, parsed.intents,
                                                  factors), engine)
            if len(ranked) >= limit or len(found.scored) < wanted:
                break
            wanted *= 2          # an article's 款/项 filled the pool: fetch more to show `limit` hits (twice
                                 # as many were enough for 6 of the 7 bench questions that needed more)
        terms = parsed.highlight_terms()
        hits = [_hit(engine.fields(key, candidate), score, terms, titles, numbers)
                for key, candidate, score in ranked[:limit]]
        over = found.total if found.facets is not None else 0
        counts = _with_documents(found.facets, titles) if over else {name: {} for name in FACET_NAMES}
        out = {"query": query, "total": found.total, "took_ms": 0.0, "facets_over": over, "facets": counts,
               "hits": hits}
        few = found.total < FEW    # without facets `total` is the rows fetched, never fewer than FEW when more match
        suggestion = _suggest(opened, parsed, lexicon, found.total, cut) if parsed.chunks and few else None
    if suggestion:
        out["did_you_mean"] = suggestion
    out["took_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return out


def _suggest(opened, parsed, lexicon, total: int, cut) -> str | None:
    from safeplan.search.suggest import did_you_mean, vocabulary_buckets

    def buckets():
        if "_vocabulary" not in opened.facet_values:
            opened.facet_values["_vocabulary"] = vocabulary_buckets(opened.freq)
        return opened.facet_values["_vocabulary"]

    return did_you_mean(parsed.chunks, opened.freq, buckets, opened.engine, lexicon, total, cut)
