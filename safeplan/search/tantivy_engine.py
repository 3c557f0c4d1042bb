"""The tantivy backend (PyPI `tantivy`): an index for large corpora (a law library, a province's documents).

Same units as whoosh (documents.py) and the same analyzer: text is cut by our jieba Segmenter with the
search lexicon (analysis.index_tokens) and handed to tantivy already cut, words separated by spaces,
through tantivy's whitespace tokenizer. A long word's sub-words (重大事故隐患 → 重大, 事故, 隐患) follow the
field's words, so a phrase of whole words still matches words in order. tantivy stores nothing: each
document has a `row` fast field, and what the re-ranking and the hits read is in rowstore.py's files.
Facets are counted by tantivy's terms aggregation over every match.

A query searches one field, `all`: the unit's heading, units, sectors, path and text cut once and put
together, the heading and units twice (their weight), the parts apart (`|` between them: no phrase spans
two). The five fields searched one by one (each word and synonym five term queries) cost tantivy 1.8 ms
at p95 on the bench index against 1.3 for the one field, and ranked the tuning half of the questions no
better (one field, with what is added in Python: hit@5 0.967 → 0.943, MRR 0.810 → 0.821). `text` stays a
field of its own for the word statistics (idf, common words, "did you mean"), `units` for --responsible.
What common words and the lifts (a rule stating what the question asks for, a deadline in a year
written) add to a score is added to the fetched rows in Python (`_added`): as optional clauses of the
query they cost tantivy a third of its time (every rule holding 安全 or 单位 read, to add to the few
holding the rare word).

    <generation>/tantivy/      tantivy's own files
    <generation>/rows.*        the rows (rowstore.py)
"""

from __future__ import annotations

import math
from pathlib import Path

from safeplan.search.analysis import index_tokens
from safeplan.search.engine import Matches
from safeplan.search.query import lifts, split_common
from safeplan.search.rowstore import Rows, RowWriter

FOLDER = "tantivy"
SEARCHED = "all"       # the one field a query searches: the parts below, each part this many times
PARTS = (("heading", 2), ("units", 2), ("tags", 1), ("path", 1), ("text", 1))
APART = " | "          # between two parts (never a word: the analyzer keeps letters, digits and Chinese)
ANALYZED = (SEARCHED, "text", "units")             # text: word statistics; units: --responsible
KEYWORDS = ("doc_id", "kind", "level", "genre")    # one value each, matched exactly
MULTI = ("sectors", "lead", "support", "has", "due_years")   # several values each
FACETS = (("sector", "sectors"), ("level", "level"), ("doc_id", "doc_id"))
FACET_SIZE = 10_000        # facet values counted (a law library has 3,500 documents)
COMMON_SHARE = 0.1         # a word in more than this share of the rules does not choose which rules match
K1 = 1.2                   # BM25's term-frequency saturation (tantivy's), for what a common word adds
HEAP = 256_000_000         # the writer's memory budget
AHEAD = 2                  # a search fetches this many times the rows it re-ranks (its pool may need twice as many)
FETCHED = "fetched"        # the key of what a search fetched, in the `seen` its caller keeps


def make_schema():
    import tantivy

    sb = tantivy.SchemaBuilder()
    for name in ANALYZED:
        sb.add_text_field(name, stored=False, tokenizer_name="whitespace", index_option="position")
    for name in KEYWORDS + MULTI:
        sb.add_text_field(name, stored=False, tokenizer_name="raw", index_option="basic",
                          fast=name in ("doc_id", "level", "sectors"))
    for name in ("due_min", "due_max"):
        sb.add_integer_field(name, stored=False, indexed=True, fast=True)
    sb.add_unsigned_field("row", stored=False, indexed=False, fast=True)    # the unit's row (rowstore.py)
    return sb.build()


class TokenCache:
    """Cut text once: the same path (the headings above a rule) and unit names come back rule after rule."""

    def __init__(self, segmenter, stoplist, most: int = 50_000):
        self.segmenter, self.stoplist, self.most = segmenter, stoplist, most
        self.memo: dict[str, str] = {}
        self.vocabulary: set[str] = set()

    def cut(self, text: str, remember: bool = False) -> str:
        """`text` as space-separated words, each word's sub-words after all words."""
        if remember and text in self.memo:
            return self.memo[text]
        words, subs, last = [], [], -1
        for term, pos, _, _ in index_tokens(text, self.segmenter, self.stoplist):
            if pos != last:
                words.append(term)
                last = pos
            else:
                subs.append(term)
        out = " ".join(words + subs)
        self.vocabulary.update(words)
        self.vocabulary.update(subs)
        if remember and len(self.memo) < self.most:
            self.memo[text] = out
        return out


def tantivy_document(fields: dict, tokens: TokenCache, row: int):
    """A tantivy Document of one unit's fields (documents.rule_documents), pointing at its row."""
    import tantivy

    doc = tantivy.Document()
    parts = []
    for name, times in PARTS:
        value = fields.get(name) or ""
        if value:
            cut = tokens.cut(value, remember=name in ("path", "units", "tags"))
            parts += [cut] * times
            if name in ANALYZED:
                doc.add_text(name, cut)
    if parts:
        doc.add_text(SEARCHED, APART.join(parts))
    for name in KEYWORDS:
        doc.add_text(name, fields.get(name) or "")
    for name in MULTI:
        raw = fields.get(name) or ""
        for value in (raw.split(",") if name in ("sectors", "lead", "support") else raw.split()):
            if value:
                doc.add_text(name, value)
    for name in ("due_min", "due_max"):
        if fields.get(name) is not None:
            doc.add_integer(name, int(fields[name]))
    doc.add_unsigned("row", row)
    return doc


class TantivyWriter:
    """Adds and deletes the units of documents in a generation's tantivy/ folder and its rows."""

    def __init__(self, folder: Path, segmenter, stoplist, fresh: bool, previous: Path | None = None):
        import tantivy

        self.tantivy = tantivy
        target = folder / FOLDER
        target.mkdir(parents=True, exist_ok=True)
        self.index = tantivy.Index(make_schema(), path=str(target), reuse=not fresh)
        self.writer = self.index.writer(heap_size=HEAP, num_threads=1)
        self.tokens = TokenCache(segmenter, frozenset(stoplist))
        self.rows = RowWriter(folder, None if fresh else previous)

    def delete_document(self, doc_id: str) -> None:
        self.writer.delete_documents_by_term("doc_id", doc_id)

    def add(self, fields: dict) -> None:
        row = self.rows.add(fields)
        self.writer.add_document(tantivy_document(fields, self.tokens, row))

    def commit(self) -> int:
        """Commits, then maps tantivy's documents to their rows; the number of rules the index holds."""
        self.writer.commit()
        self.writer.wait_merging_threads()
        self.rows.close()
        self.index.reload()
        searcher = self.index.searcher()
        self.rows.write_map(searcher, self.tantivy)
        return searcher.num_docs

    def cancel(self) -> None:
        self.writer.rollback()
        self.rows.close()


class TantivyEngine:
    """engine.py's Engine over a generation's tantivy/ folder and rows. A candidate is a row's ranking
    record [doc_id, article, has, due years, held]; a hit's stored fields are read for the hits shown only."""

    rerank = 30      # the hits fetched and re-scored (searching.RERANK); as good as 100 on asked.yaml's tuning half

    def __init__(self, folder: Path):
        import tantivy

        self.tantivy = tantivy
        self.index = tantivy.Index.open(str(Path(folder) / FOLDER))
        self.schema = self.index.schema
        self.searcher = self.index.searcher()
        self.documents = self.searcher.num_docs
        self.rows = Rows(folder, self.searcher)
        self._df: dict[str, int] = {}

    # -- the Engine interface ----------------------------------------------------------------------
    def matches(self, parsed, spec, wanted: int, facets: bool, seen: dict | None = None) -> Matches:
        """`seen`: what this search has read, kept by the caller for a larger pool fetched again: the ranking
        records (row → record) and, under FETCHED, the query, the hits fetched (AHEAD times `wanted`: tantivy
        scores every match of most queries whatever the number kept, 1% more time for twice as many, and
        the first `wanted` of them are its top `wanted`), how many match and the facets."""
        if seen is None:
            seen = {}
        fetched = seen.get(FETCHED)
        if fetched is None:
            query, adding = self._query(parsed, spec)
            if query is None:
                return Matches([], 0, None)
            fetched = seen[FETCHED] = {"query": query, "adding": adding, "size": 0}
        if fetched["size"] < wanted:
            # without facets nothing needs every match counted: tantivy then skips what cannot reach the top
            result = self.searcher.search(fetched["query"], wanted * AHEAD, count=facets)
            fetched.update(size=wanted * AHEAD, hits=result.hits, count=result.count)
        rows, adding = self.rows, fetched["adding"]
        scored = []
        for score, address in fetched["hits"][:wanted]:
            row = rows.row(address)
            record = seen.get(row)
            if record is None:
                record = seen[row] = rows.ranking(row)
            scored.append((row, record, score))
        if adding is not None and (adding or parsed.intents or parsed.years):
            scored = self._added(scored, adding, lifts(parsed))
        total = (fetched["count"] or 0) if facets else len(scored)
        if facets and total and "facets" not in fetched:
            fetched["facets"] = self._facets(fetched["query"])
        return Matches(scored, total, fetched.get("facets") if facets else None)

    def doc_id(self, candidate) -> str:
        return candidate[0]

    def article(self, candidate):
        return (candidate[0], candidate[1]) if candidate[1] else None

    def fields(self, row, candidate) -> dict:
        """The hit's stored fields, and `folded`: its text folded, the head of the words it holds (rowstore)."""
        out = self.rows.fields(row)
        out["folded"] = candidate[4][:len(out["text"])]
        return out

    def doc_frequency(self, term: str) -> int:
        if term not in self._df:
            self._df[term] = self.searcher.doc_freq("text", term)
        return self._df[term]

    def idf(self, term: str) -> float:
        """BM25's idf, as tantivy (and whoosh) compute it."""
        df = self.doc_frequency(term)
        return math.log(1 + (self.documents - df + 0.5) / (df + 0.5))

    def held(self, candidate) -> str:
        return candidate[4]

    def states(self, key, candidate, intents) -> bool:  # noqa: ARG002 (the backends' one signature)
        has = candidate[2].split()
        return any(intent in has for intent in intents)

    def counts(self, word: str, context) -> tuple[int, int]:
        return self.together(list(context) + [word]), self.doc_frequency(word)

    def together(self, words) -> int:
        """Rules holding every one of `words` in their text (every rule when there is none)."""
        if not words:
            return self.documents
        Occur, Query = self.tantivy.Occur, self.tantivy.Query
        query = Query.boolean_query([(Occur.Must, Query.term_query(self.schema, "text", w)) for w in words])
        return self.searcher.search(query, 1, count=True).count

    # -- queries ----------------------------------------------------------------------------------
    def _alternative(self, tokens: list[str], boost: float):
        Query = self.tantivy.Query
        if len(tokens) == 1:
            q = Query.term_query(self.schema, SEARCHED, tokens[0])
        else:
            q = Query.phrase_query(self.schema, SEARCHED, tokens)
        return Query.boost_query(q, boost)

    def _query(self, parsed, spec):
        """(query, adding): a rare word's clause (any alternative, weighted) must match; the clauses of common
        words (in more than COMMON_SHARE of the rules), `adding`, are left to `_added` — unless the query has
        only common words; the filter must hold and adds nothing. (None, None) when there is neither a word
        nor a filter; `adding` is None when no word chooses the matches (a filter alone)."""
        Occur, Query = self.tantivy.Occur, self.tantivy.Query
        rare, common = split_common(parsed.clauses, self.doc_frequency, self.documents, COMMON_SHARE, self.documents)
        choosing = rare or common
        choices = [(Occur.Should, self._alternative(toks, clause.weight(i)))
                   for clause in choosing for i, toks in enumerate(clause.alternatives)]
        filtering = self._filter(spec) if spec else None
        if not choices and filtering is None:
            return None, None
        chosen = {id(c) for c in choosing}     # by identity: a Clause's == compares its lists
        adding = [c for c in parsed.clauses if id(c) not in chosen] if choices else None
        if filtering is None:   # the disjunction alone, not wrapped as a required clause (p95 -8%, measured);
            return Query.boolean_query(choices), adding     # its boosted terms are still scored on every match
        matching = Query.boolean_query(choices) if choices else Query.all_query()
        filtered = Query.const_score_query(filtering, 0.0)
        return Query.boolean_query([(Occur.Must, matching), (Occur.Must, filtered)]), adding

    def _added(self, scored: list, adding, lifting) -> list:
        """`scored` with what the common words and the lifts add to each row's score, best first (ties keep
        tantivy's order). A common word adds its BM25 weight at the times the row's words hold it (no length
        norm); a lift (field, term, boost) its boost when the row's ranking record holds it (`has`: what the
        rule states; its due years)."""
        plans = [[(clause.weight(i), "".join(alt), sum(self.idf(t) for t in alt))
                  for i, alt in enumerate(clause.alternatives)] for clause in adding]
        out = []
        for row, record, score in scored:
            held = record[4]
            for alternatives in plans:
                for weight, word, idf in alternatives:
                    tf = held.count(word)
                    if tf:
                        score += weight * idf * tf * (K1 + 1) / (tf + K1)
                        break
            if lifting:
                stated = {"has": record[2].split(), "due_years": record[3].split()}
                score += sum(boost for name, term, boost in lifting if term in stated[name])
            out.append((row, record, score))
        out.sort(key=lambda rcs: -rcs[2])
        return out

    def _filter(self, spec):
        """The tantivy query of a FilterSpec (query.filter_spec)."""
        Occur, Query, FieldType = self.tantivy.Occur, self.tantivy.Query, self.tantivy.FieldType
        schema = self.schema

        def any_of(queries):
            return Query.boolean_query([(Occur.Should, q) for q in queries])

        parts = []
        if spec.sectors:
            parts.append(any_of([Query.term_query(schema, "sectors", n) for n in spec.sectors]))
        if spec.responsible:
            subs = [Query.term_query(schema, f, n) for n in spec.units for f in ("lead", "support")]
            subs += [Query.term_query(schema, "units", t[0]) if len(t) == 1 else Query.phrase_query(schema, "units", t)
                     for t in spec.unit_words]
            parts.append(any_of(subs))
        if spec.due_before is not None:
            parts.append(Query.range_query(schema, "due_min", FieldType.Integer, 0, spec.due_before))
        if spec.due_after is not None:
            parts.append(Query.range_query(schema, "due_max", FieldType.Integer, spec.due_after, 99_991_231))
        for name, value in spec.terms:
            parts.append(Query.term_query(schema, name, value))
        if spec.doc:
            pattern = _regex_literal(spec.doc) + r"(-p[0-9]+)?"
            parts.append(Query.regex_query(schema, "doc_id", pattern))
        return Query.boolean_query([(Occur.Must, q) for q in parts])

    def _facets(self, query) -> dict:
        aggs = {name: {"terms": {"field": field, "size": FACET_SIZE}} for name, field in FACETS}
        found = self.searcher.aggregate(query, aggs)
        out = {}
        for name, _ in FACETS:
            buckets = (found.get(name) or {}).get("buckets") or []
            pairs = [(b["key"], int(b["doc_count"])) for b in buckets if b.get("doc_count")]
            out[name] = dict(sorted(pairs, key=lambda kv: (-kv[1], kv[0])))
        return out


def _regex_literal(text: str) -> str:
    """`text` matched literally by tantivy's regex syntax."""
    return "".join("\\" + ch if ch in r".^$*+?()[]{}|\-" else ch for ch in text)
