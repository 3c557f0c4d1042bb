"""Common words as numpy arrays: the postings whoosh would otherwise walk one at a time in Python.

Whoosh reads a posting list in pure Python, a microsecond or more per posting, so a query made only
of common words (部门 发展: 67,531 and 11,899 of 352,809 rules) takes a quarter of a second on a large
index. When an index generation is built, the postings of every word that at least `HEAD_MIN_DF`
rules hold in a searched field are written beside it, in `head/`, as numpy arrays (document numbers
and term frequencies), with every rule's field lengths as whoosh stores them. A query of common words
is then matched and scored with array operations, using whoosh's own BM25F formula, idf and average
field lengths, so a rule gets the score whoosh would give it. Facet counts and "did you mean" counts
use the same arrays.

A phrase alternative (a quoted phrase, a synonym or legal term of several words) is matched and scored
by whoosh's own phrase matcher, whatever its words' frequency, so a phrase ranks the same in a query of
common words as in one with a rare word.

    head/postings.npy   uint32 document numbers, term after term (deleted documents left out)
    head/weights.npy    float32 term frequencies, in the same order
    head/lengths.npy    float32 [field, document] lengths (0: the field is empty)
    head/terms.json     {"fields": [...], "terms": {field: {term: [start, stop]}}, "documents": N}
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

HEAD_DIR = "head"
HEAD_MIN_DF = 300       # a word in at least this many rules is kept here (searching.COMMON_MOST: every
                        # word a query treats as common is found here, never walked by whoosh)
LIFT_FIELDS = ("has", "due_years")    # every term of these fields, however rare: the query's lifts


def _leaf_postings(segment_reader, fieldname: str, text: str):
    """(document numbers, weights) of one segment's postings, read a block at a time."""
    from whoosh.matching.wrappers import FilterMatcher

    matcher = segment_reader.postings(fieldname, text)
    if isinstance(matcher, FilterMatcher):      # the segment has deleted documents; they are dropped below
        matcher = matcher.child
    ids, weights = [], []
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        ids.append(np.asarray(matcher._ids, dtype=np.uint32))
        weights.append(np.asarray(matcher._weights, dtype=np.float32))
        matcher._next_block()
    if not ids:
        return np.zeros(0, np.uint32), np.zeros(0, np.float32)
    ids, weights = np.concatenate(ids), np.concatenate(weights)
    deleted = segment_reader.deleted_docs_set
    if deleted:
        keep = ~np.isin(ids, np.fromiter(deleted, dtype=np.uint32, count=len(deleted)))
        ids, weights = ids[keep], weights[keep]
    return ids, weights


def write_head(reader, folder: Path, fields, min_df: int = HEAD_MIN_DF) -> dict:
    """Writes `folder/head/` for the index `reader` reads; returns {"terms": …, "postings": …}."""
    target = folder / HEAD_DIR
    target.mkdir(exist_ok=True)
    fields = [f for f in fields if f in reader.schema]
    documents = reader.doc_count_all()
    spans: dict[str, dict[str, list[int]]] = {f: {} for f in fields}
    ids_parts, weight_parts, at = [], [], 0
    leaves = reader.leaf_readers()
    for fieldname in fields:
        field = reader.schema[fieldname]
        everything = fieldname in LIFT_FIELDS
        for raw, info in reader.iter_field(fieldname):
            if not everything and info.doc_frequency() < min_df:
                continue
            term = field.from_bytes(raw)
            count = 0
            for segment_reader, offset in leaves:
                if (fieldname, term) in segment_reader:
                    ids, weights = _leaf_postings(segment_reader, fieldname, term)
                    ids_parts.append(ids + np.uint32(offset))
                    weight_parts.append(weights)
                    count += len(ids)
            if count:
                spans[fieldname][term] = [at, at + count]
                at += count
    lengths = np.zeros((len(fields), documents), dtype=np.float32)
    for row, fieldname in enumerate(fields):
        if reader.schema[fieldname].scorable and reader.field_length(fieldname):
            for docnum in range(documents):
                lengths[row, docnum] = reader.doc_field_length(docnum, fieldname) or 0
    _save(target / "postings.npy", np.concatenate(ids_parts) if ids_parts else np.zeros(0, np.uint32))
    _save(target / "weights.npy", np.concatenate(weight_parts) if weight_parts else np.zeros(0, np.float32))
    _save(target / "lengths.npy", lengths)
    (target / "terms.json").write_text(json.dumps({"fields": fields, "terms": spans, "documents": documents},
                                                  ensure_ascii=False), encoding="utf-8")
    return {"terms": sum(len(t) for t in spans.values()), "postings": at}


def _save(path: Path, array) -> None:
    with open(path, "wb") as handle:
        np.save(handle, array)


class Head:
    """The head arrays of an opened index generation (memory-mapped), and any word's postings."""

    def __init__(self, folder: Path, searcher):
        target = folder / HEAD_DIR
        meta = json.loads((target / "terms.json").read_text(encoding="utf-8"))
        self.fields = meta["fields"]
        self.terms = meta["terms"]
        self.documents = meta["documents"]
        self.row = {name: i for i, name in enumerate(self.fields)}
        self.ids = np.load(target / "postings.npy", mmap_mode="r")
        self.weights = np.load(target / "weights.npy", mmap_mode="r")
        self.lengths = np.load(target / "lengths.npy", mmap_mode="r")
        self.searcher = searcher

    def postings(self, fieldname: str, term: str):
        """(document numbers, term frequencies): from the head, or read from whoosh for a rare word."""
        span = self.terms.get(fieldname, {}).get(term)
        if span:
            return self.ids[span[0]:span[1]], self.weights[span[0]:span[1]]
        reader = self.searcher.reader()
        ids, weights = [], []
        if (fieldname, term) in reader:
            matcher = reader.postings(fieldname, term)
            while matcher.is_active():
                ids.append(matcher.id())
                weights.append(matcher.weight())
                matcher.next()
        return np.array(ids, dtype=np.uint32), np.array(weights, dtype=np.float32)

    def term_scores(self, fieldname: str, term: str, boost: float):
        """(document numbers, scores) of `Term(fieldname, term, boost=boost)`, as whoosh's BM25F scores it."""
        ids, weights = self.postings(fieldname, term)
        tf = weights.astype(np.float64)
        searcher = self.searcher
        if not len(ids) or not searcher.schema[fieldname].scorable:
            return ids, tf * boost           # whoosh's WeightScorer: the weight itself
        model = searcher.weighting
        b = model._field_B.get(fieldname, model.B)
        k1 = model.K1
        idf = searcher.idf(fieldname, term)
        average = searcher.avg_field_length(fieldname) or 1
        length = self.lengths[self.row[fieldname]][ids].astype(np.float64)
        return ids, idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * length / average))) * boost

    def phrase_scores(self, fieldname: str, tokens, boost: float):
        """(document numbers, scores) of `Phrase(fieldname, tokens, boost=boost)` as whoosh matches and scores
        it (its own matcher, segment by segment, as a search runs it)."""
        from whoosh.query import Phrase

        searcher = self.searcher
        query, context = Phrase(fieldname, list(tokens), boost=boost), searcher.context()
        ids, scores = [], []
        for leaf, offset in searcher.leaf_searchers():
            matcher = query.matcher(leaf, context)
            while matcher.is_active():
                ids.append(matcher.id() + offset)
                scores.append(matcher.score())
                matcher.next()
        return np.array(ids, dtype=np.int64), np.array(scores, dtype=np.float64)

    def mask(self, docnums) -> np.ndarray:
        """A mask of the rules numbered in `docnums`."""
        out = np.zeros(self.documents, dtype=bool)
        out[docnums if isinstance(docnums, np.ndarray) else np.fromiter(docnums, dtype=np.int64)] = True
        return out

    def holding(self, fieldname: str, words) -> np.ndarray:
        """A mask of the rules holding every one of `words` in `fieldname`."""
        mask = None
        for word in words:
            here = np.zeros(self.documents, dtype=bool)
            here[self.postings(fieldname, word)[0]] = True
            mask = here if mask is None else mask & here
        return mask if mask is not None else np.ones(self.documents, dtype=bool)

    def holding_any(self, fieldname: str, words) -> np.ndarray:
        """A mask of the rules holding one of `words` in `fieldname`."""
        mask = np.zeros(self.documents, dtype=bool)
        for word in words:
            mask[self.postings(fieldname, word)[0]] = True
        return mask

    def run(self, clauses, field_weights: dict, lifts=(), allowed=None, every=True):
        """(document numbers, scores) of the rules matching the query's `clauses` (each: any alternative in any
        field, weighted `clause.weight(i)`; an alternative of several words a phrase); all of them when
        `every`, else any. `lifts` are (field, term, boost) added to the score of a matching rule that holds
        them; `allowed` a mask."""
        score = np.zeros(self.documents, dtype=np.float64)
        matched = None
        for clause in clauses:
            held = np.zeros(self.documents, dtype=bool)
            for i, tokens in enumerate(clause.alternatives):
                factor = clause.weight(i)
                for fieldname, weight in field_weights.items():
                    if len(tokens) == 1:
                        ids, scores = self.term_scores(fieldname, tokens[0], weight * factor)
                    else:
                        ids, scores = self.phrase_scores(fieldname, tokens, weight * factor)
                    held[ids] = True
                    score[ids] += scores
            matched = held if matched is None else (matched & held if every else matched | held)
        if matched is None:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        if allowed is not None:
            matched &= allowed
        for fieldname, term, boost in lifts:
            ids, scores = self.term_scores(fieldname, term, boost)
            score[ids] += scores
        docs = np.flatnonzero(matched)
        return docs, score[docs]


def top(docs: np.ndarray, scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The `k` best (document number, score), best first; ties go to the lower document number (as whoosh)."""
    if len(docs) > k:
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        keep = scores >= kth
        docs, scores = docs[keep], scores[keep]
    order = np.lexsort((docs, -scores))[:k]
    return [(int(docs[i]), float(scores[i])) for i in order]


def facet_table(reader, fieldname: str):
    """(values, document numbers, value codes): one pair per (rule, value) of a keyword field."""
    values, docs, codes = [], [], []
    for code, term in enumerate(reader.field_terms(fieldname)):
        ids = np.fromiter(reader.postings(fieldname, term).all_ids(), dtype=np.int64)
        values.append(term)
        docs.append(ids)
        codes.append(np.full(len(ids), code, dtype=np.int32))
    if not values:
        return [], np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32)
    return values, np.concatenate(docs), np.concatenate(codes)


def facet_counts(table, mask: np.ndarray) -> dict[str, int]:
    """{value: rules among `mask` holding it}, most first, then by value."""
    values, docs, codes = table
    counts = np.bincount(codes[mask[docs]], minlength=len(values))
    found = [(values[i], int(c)) for i, c in enumerate(counts) if c]
    return dict(sorted(found, key=lambda vc: (-vc[1], vc[0])))
