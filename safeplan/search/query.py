"""A user's query understood: jieba default-mode words, synonyms, phrases, intents, filters (each engine builds its own query)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from safeplan.errors import SafeplanError
from safeplan.search.analysis import fold, words

SYNONYM_WEIGHT = 0.5       # a synonym counts less than the word typed
LEGAL_WEIGHT = 1.0         # the legal term of an everyday word counts as the word typed (it is what is meant)
INTENT_BOOST = 2.0         # 多久一次 → items stating a frequency rank higher
_CHUNK = re.compile(r'"([^"]+)"|“([^”]+)”|「([^」]+)」|(\S+)')
# A deadline as written: 2025年底前, 2024年6月底前, 2025年3月15日前, 2026年
_DATE = re.compile(r"(\d{4})年(?:底|末|\d{1,2}月(?:底|末|\d{1,2}日)?)?(?:之前|以前|前)?")
YEAR_BOOST = 2.0           # 2025年底前 → rules with a deadline in 2025 rank higher


@dataclass
class Clause:
    word: str                       # as understood (folded)
    alternatives: list[list[str]]   # token lists: the word's own first, then its synonyms', then legal terms
    phrase: bool = False            # quoted by the user
    weights: list[float] = field(default_factory=list)   # per alternative (default: 1, then SYNONYM_WEIGHT)

    def weight(self, i: int) -> float:
        if i < len(self.weights):
            return self.weights[i]
        return 1.0 if i == 0 else SYNONYM_WEIGHT


@dataclass
class ParsedQuery:
    clauses: list[Clause] = field(default_factory=list)
    intents: list[str] = field(default_factory=list)
    chunks: list[str] = field(default_factory=list)     # the unquoted words as typed (folded), for "did you mean"
    years: list[int] = field(default_factory=list)      # years of the deadlines written in the query

    def highlight_terms(self) -> set[str]:
        return {t for c in self.clauses for alt in c.alternatives for t in alt}


class KnownWords:
    """Words kept whole in queries, found by their first character: the lengths of the known words that
    start with it, longest first, each looked up in the set (not every word starting with it tried in turn:
    安 starts hundreds)."""

    def __init__(self, words):
        self.words = frozenset(w for w in words if w)
        lengths: dict[str, set[int]] = {}
        for word in self.words:
            lengths.setdefault(word[0], set()).add(len(word))
        self.lengths = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}

    def __contains__(self, word) -> bool:
        return word in self.words

    def at(self, text: str, i: int) -> str | None:
        """The longest known word starting at text[i], or None."""
        words = self.words
        for size in self.lengths.get(text[i], ()):
            piece = text[i:i + size]
            if len(piece) == size and piece in words:
                return piece
        return None


def known_words(lexicon, extra=False) -> KnownWords:
    """Synonym groups, the user dictionary and everyday words (with `extra`, also the stop words and the
    intent cues: words "did you mean" never corrects); computed once per lexicon."""
    key = "known+" if extra else "known"
    if key not in lexicon.derived:
        words = {fold(w) for g in lexicon.groups for w in g} | {fold(w) for w, _ in lexicon.userdict}
        words |= {fold(w) for w in lexicon.everyday}
        if extra:
            words |= set(lexicon.stopwords) | {fold(w) for cues in lexicon.intents.values() for w in cues}
        lexicon.derived[key] = KnownWords(words)
    return lexicon.derived[key]


def cue_patterns(lexicon) -> list[tuple[str, re.Pattern]]:
    """[(intent, a pattern finding any of its cue words folded)] of the lexicon (an intent without cue words
    left out), computed once per lexicon: one search a chunk and intent, not one `in` a cue word."""
    if "cues" not in lexicon.derived:
        found = []
        for intent, cues in lexicon.intents.items():
            folded = sorted({fold(c) for c in cues if c}, key=len, reverse=True)
            if folded:
                found.append((intent, re.compile("|".join(re.escape(c) for c in folded))))
        lexicon.derived["cues"] = found
    return lexicon.derived["cues"]


def split_known(chunk: str, known: KnownWords) -> list[tuple[str, bool]]:
    """`chunk` cut into (piece, is_known_word), taking the longest known word at each point."""
    out: list[tuple[str, bool]] = []
    rest = ""
    i = 0
    while i < len(chunk):
        hit = known.at(chunk, i)
        if hit:
            if rest:
                out.append((rest, False))
                rest = ""
            out.append((hit, True))
            i += len(hit)
        else:
            rest += chunk[i]
            i += 1
    if rest:
        out.append((rest, False))
    return out


MEMO_MOST = 50_000         # words whose expansion a memo keeps (then it starts again)


def parse_query(text: str, lexicon, cut, memo: dict | None = None) -> ParsedQuery:
    """Understands `text`; `cut` segments a run of Chinese characters (jieba default mode). `memo`, when
    given, keeps each word's expansion (its tokens, its synonyms' and legal terms' tokens, their weights)
    for the next query with that word: it belongs to one lexicon and one `cut` (searching.py keeps one per
    lexicon and index). Segmenting a word and each of its synonyms was half of a question's parsing."""
    stop = lexicon.stopwords
    known = known_words(lexicon)
    parsed = ParsedQuery()

    def tokens(word: str) -> list[str]:
        return [w for w, _, _ in words(word, cut=cut) if w not in stop]

    def expansion(word: str):
        own = tokens(word)
        if not own:
            return None
        alts, weights = [own], [1.0]
        for others, weight in ((lexicon.synonyms(word), SYNONYM_WEIGHT), (lexicon.legal_terms(word), LEGAL_WEIGHT)):
            for other in others:
                toks = tokens(fold(other))
                if toks and toks not in alts:
                    alts.append(toks)
                    weights.append(weight)
        return alts, weights

    def add(word: str, phrase: bool = False) -> None:
        if memo is None:
            found = expansion(word)
        elif word in memo:
            found = memo[word]
        else:
            if len(memo) >= MEMO_MOST:
                memo.clear()
            found = memo[word] = expansion(word)
        if found is not None:
            alts, weights = found
            parsed.clauses.append(Clause(word, [list(a) for a in alts], phrase, list(weights)))

    def add_date(date) -> None:
        """A deadline is a phrase (2025 年底 前); without its 前 it counts as a synonym."""
        written = date.group(0)
        alts = [tokens(written)]
        bare = re.sub(r"(之前|以前|前)$", "", written)
        if bare != written and tokens(bare):
            alts.append(tokens(bare))
        parsed.clauses.append(Clause(written, alts, phrase=True))
        parsed.years.append(int(date.group(1)))
        if "deadline" not in parsed.intents:
            parsed.intents.append("deadline")

    for match in _CHUNK.finditer(text):
        quoted = next((g for g in match.groups()[:3] if g), None)
        if quoted:
            add(fold(quoted.strip()), phrase=True)
            continue
        chunk = fold(match.group(4))
        parsed.chunks.append(chunk)
        for intent, cues in cue_patterns(lexicon):
            if intent not in parsed.intents and cues.search(chunk):
                parsed.intents.append(intent)
        rest, at = [], 0
        for found in _DATE.finditer(chunk):
            rest.append(chunk[at:found.start()])
            add_date(found)
            at = found.end()
        rest.append(chunk[at:])
        for piece, is_known in split_known(" ".join(p for p in rest if p), known):
            if is_known:
                add(piece)
                continue
            for token in tokens(piece):
                add(token)
    # Single characters only add noise beside real words.
    if any(len(c.word) > 1 for c in parsed.clauses):
        parsed.clauses = [c for c in parsed.clauses if len(c.word) > 1 or c.phrase]
    return parsed


class TitleWords:
    """Which documents' titles hold a word, from a map of the titles' two-character pieces (not a scan of
    every title for every query word: a law library has thousands)."""

    def __init__(self, titles: dict):
        self.titles = titles
        self.pairs: dict[str, set] = {}
        for doc_id, title in titles.items():
            for i in range(len(title) - 1):
                self.pairs.setdefault(title[i:i + 2], set()).add(doc_id)

    def holding(self, word: str, most: int | None = None) -> list[str] | None:
        """The documents whose title holds `word` (two characters or more); None when more than `most` do
        (found without listing them: 条例 is in two thousand law titles)."""
        held = sorted((self.pairs.get(word[i:i + 2], ()) for i in range(len(word) - 1)), key=len)
        if not held or not held[0]:
            return []
        if most is not None and len(held) == 1 and len(held[0]) > most:
            return None                                      # a two-character word: its pair's titles
        candidates = held[0].intersection(*held[1:])        # the fewest first: 安全 is in most law titles
        found = []
        for doc in candidates:
            if word in self.titles[doc]:
                found.append(doc)
                if most is not None and len(found) > most:
                    return None
        return sorted(found)


def title_documents(parsed: ParsedQuery, titles: TitleWords, most: int) -> list[str]:
    """Documents whose title holds one of the query's words (when few enough titles do)."""
    found: list[str] = []
    for word in dict.fromkeys(parsed.chunks + [c.word for c in parsed.clauses]):
        if len(word) < 2:
            continue
        docs = titles.holding(word, most)
        if docs is not None:
            found += [d for d in docs if d not in found]
    return found


def split_common(clauses: list[Clause], doc_frequency, documents: int, share: float, most: int):
    """(rare, common): a clause is common when more than `share` of all rules, or more than `most`
    rules, hold its word.

    Like Lucene's common-terms query: common words (安全, 生产, 单位) do not choose which rules
    match, which keeps a query fast on a large index; they still count in the re-ranking.
    """
    rare, common = [], []
    for clause in clauses:
        df = max(min(doc_frequency(t) for t in alt) for alt in clause.alternatives)
        (common if df > min(share * documents, most) and not clause.phrase else rare).append(clause)
    return rare, common


def lifts(parsed: ParsedQuery) -> list[tuple[str, str, float]]:
    """(field, term, boost) that lift a matching rule: the kind of statement asked for (intents) and
    deadlines in the years written."""
    return ([("has", intent, INTENT_BOOST) for intent in parsed.intents]
            + [("due_years", str(year), YEAR_BOOST) for year in parsed.years])


def _iso(value: str, flag: str) -> int:
    try:
        return int(date.fromisoformat(value).strftime("%Y%m%d"))
    except (TypeError, ValueError):
        raise SafeplanError(f"{flag}: expected a date YYYY-MM-DD, got {value!r}") from None


@dataclass
class FilterSpec:
    """The search flags, checked and expanded (aliases, unit words, dates as YYYYMMDD), for any backend."""

    sectors: list[str] = field(default_factory=list)          # any of them
    units: list[str] = field(default_factory=list)            # lead or support unit named exactly…
    unit_words: list[list[str]] = field(default_factory=list)  # …or these words in the units field
    due_before: int | None = None                              # earliest deadline on or before
    due_after: int | None = None                               # latest deadline on or after
    terms: list[tuple[str, str]] = field(default_factory=list)  # (field, value): level, genre, kind
    doc: str | None = None                                     # the document and its parts (-p1, -p2 …)
    responsible: bool = False

    def __bool__(self) -> bool:
        return bool(self.sectors or self.responsible or self.due_before is not None or self.due_after is not None
                    or self.terms or self.doc)


def filter_spec(lexicon, cut, sector=None, responsible=None, due_before=None, due_after=None,
                level=None, genre=None, doc=None, kind=None) -> FilterSpec:
    """The search flags as a FilterSpec; a bad value is bad input (SafeplanError)."""
    spec = FilterSpec()
    if sector:
        spec.sectors = [sector] + lexicon.synonyms(sector)
    if responsible:
        spec.responsible = True
        for name in [responsible] + lexicon.synonyms(responsible):
            spec.units.append(name)
            toks = [w for w, _, _ in words(name, cut=cut) if w not in lexicon.stopwords]
            if toks:
                spec.unit_words.append(toks)
    if due_before:
        spec.due_before = _iso(due_before, "--due-before")
    if due_after:
        spec.due_after = _iso(due_after, "--due-after")
    named = [(name, value) for name, value in (("level", level), ("genre", genre), ("kind", kind)) if value]
    if named:     # the rule model is imported only then: a plain search does not need it
        from safeplan.rules.model import GENRES, KINDS, LEVELS

        allowed = {"level": LEVELS, "genre": GENRES, "kind": KINDS}
        for name, value in named:
            if value not in allowed[name]:
                raise SafeplanError(f"--{name}: {value!r} is not one of {', '.join(allowed[name])}")
            spec.terms.append((name, value))
    spec.doc = doc or None
    return spec


def build_filter(spec: FilterSpec):
    """The whoosh filter of a FilterSpec (None when there is none)."""
    from whoosh.query import And, NumericRange, Or, Phrase, Prefix, Term

    parts = []
    if spec.sectors:
        parts.append(Or([Term("sectors", n) for n in spec.sectors]))
    if spec.responsible:
        subs = []
        for name in spec.units:
            subs += [Term("lead", name), Term("support", name)]
        for toks in spec.unit_words:
            subs.append(Term("units", toks[0]) if len(toks) == 1 else Phrase("units", toks))
        parts.append(Or(subs))
    if spec.due_before is not None:
        parts.append(NumericRange("due_min", None, spec.due_before))
    if spec.due_after is not None:
        parts.append(NumericRange("due_max", spec.due_after, None))
    for name, value in spec.terms:
        parts.append(Term(name, value))
    if spec.doc:
        parts.append(Or([Term("doc_id", spec.doc), Prefix("doc_id", spec.doc + "-p")]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)
