"""Which upper rule does a plan item implement? An inverted index over the upper rules.

Explicit `〔依据：DOC REF〕` wins; otherwise content: tf-idf cosine over jieba words (the index keeps, per
word, the rules holding it, so a plan item only visits rules sharing a word with it — not plan × rules),
plus a little for shared sectors and for the rule's title words. The result carries a confidence; when the
best candidates are about equal the item is ambiguous and every near-best candidate is listed.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from safeplan.check.marks import normalise_doc_number, strip_marks
from safeplan.rules.model import Rule, RuleFile
from safeplan.segmenter import Segmenter, plain

ACCEPT = 0.40          # confidence from which an item is taken to implement a rule
COVER = 0.45           # a merged item (one item for several upper tasks) covers every rule this close
STRONG = 0.60          # sure enough to say "the plan does not write this target/deadline/frequency at all"
AMBIGUOUS_MARGIN = 0.05   # candidates within this of the best are "about equal"
# a cited rule is taken only when the item's own words match it this much: a citation alone (or one the
# text does not back: 〔依据〕 on an item about something else) covers nothing
CITED_MATCH = 0.15
SENTENCE_WEIGHT = 0.9   # a match on one sentence of an upper rule, against a match on the whole rule
MIN_SENTENCE_WORDS = 4
MIN_QUERY_WORDS_FOR_SENTENCES = 6   # a short heading matching one sentence of a task says little
_SENTENCE = re.compile(r"[。;；!！?？]")
_WORD = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z]{2,}")
STOPWORDS = frozenset(
    "要 和 的 等 各 及 与 对 在 为 有关 相关 进一步 加强 推动 推进 开展 工作 落实 完善 建立 健全 强化 提升 全面 "
    "积极 深入 持续 切实 严格 着力 不断 加快 组织 结合 实际 情况 方面 有效 按照 根据 做好 确保 其中 以及 通过".split()
)


@dataclass
class UpperRule:
    doc_id: str
    rule: Rule
    file: RuleFile
    key: str = ""          # DOC_ID:RULE_ID

    def __post_init__(self):
        self.key = f"{self.doc_id}:{self.rule.id}"


@dataclass
class Candidate:
    upper: UpperRule
    score: float


@dataclass
class Alignment:
    """The rules one plan item implements and how sure the checker is."""

    rules: list[Candidate] = field(default_factory=list)
    by: str = "none"               # citation | content | none
    ambiguous: bool = False
    also_covers: list[Candidate] = field(default_factory=list)   # other rules a merged item clearly speaks to
    unsupported: list[Candidate] = field(default_factory=list)   # cited rules the item's text does not match

    @property
    def strong(self) -> bool:
        return self.by == "citation" or self.confidence >= STRONG

    @property
    def confidence(self) -> float:
        return max((c.score for c in self.rules), default=0.0)


def tokenize(text: str, segmenter: Segmenter | None = None) -> list[str]:
    """jieba words of two or more Chinese characters (or Latin letters), stop words left out.

    `segmenter` (default: jieba's dictionary alone) is never the process-wide jieba, so what else ran in
    the process (a search index build adding its user dictionary) cannot change the words."""
    words = (segmenter or plain()).cut(text, hmm=False)
    return [w for w in words if len(w) >= 2 and w not in STOPWORDS and _WORD.fullmatch(w)]


class RuleIndex:
    """tf-idf vectors of the upper rules, reachable by word."""

    def __init__(self, rule_files: list[RuleFile], segmenter: Segmenter | None = None):
        self.segmenter = segmenter or plain()
        self.uppers: list[UpperRule] = []
        self.by_key: dict[str, UpperRule] = {}
        self._position: dict[str, int] = {}        # DOC:ID → its place in uppers (and vectors)
        self.doc_keys: dict[str, str] = {}          # normalised 文号 / doc id → doc id
        for rf in rule_files:
            doc = rf.document
            for rule in rf.rules:
                upper = UpperRule(doc.id, rule, rf)
                self._position[upper.key] = len(self.uppers)
                self.uppers.append(upper)
                self.by_key[upper.key] = upper
        for rf in rule_files:
            self.doc_keys[rf.document.id] = rf.document.id
            if rf.document.doc_number:
                number = normalise_doc_number(rf.document.doc_number)
                self.doc_keys[number] = rf.document.id
                self.doc_keys[number.replace("会〔", "〔")] = rf.document.id   # 安委会〔2024〕2号 ~ 安委〔2024〕2号
        # each rule's words by sentence (tokenized once): the rule's vector sums them, with its title words
        split = [[Counter(self.tokenize(t)) for t in _SENTENCE.split(u.rule.text)] for u in self.uppers]
        counts = [sum(parts, Counter(self.tokenize(u.rule.title))) for u, parts in zip(self.uppers, split, strict=True)]
        df = Counter(w for c in counts for w in c)
        n = max(len(self.uppers), 1)
        self.idf = {w: math.log(1 + n / d) for w, d in df.items()}
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.vectors: list[dict[str, float]] = []
        self.norms: list[float] = []
        # a word held by more rules than this does not make a rule a candidate on its own (it still counts
        # in the similarity of the candidates): keeps the rules visited per item well below all of them
        self.common = max(25, n // 20)
        self.titles: list[set[str]] = []
        self.sentences: list[list[tuple[dict[str, float], float]]] = []
        for i, c in enumerate(counts):
            vec, norm = self._vector(c)
            self.vectors.append(vec)
            self.norms.append(norm)
            for w in vec:
                self.postings[w].append(i)
            self.titles.append(set(self.tokenize(self.uppers[i].rule.title)))
            sentences = split[i]
            self.sentences.append([self._vector(sc) for sc in sentences if len(sc) >= MIN_SENTENCE_WORDS]
                                  if len(sentences) > 1 else [])

    def tokenize(self, text: str) -> list[str]:
        return tokenize(text, self.segmenter)

    def doc_id_for(self, doc: str) -> str | None:
        key = normalise_doc_number(doc)
        return self.doc_keys.get(key) or self.doc_keys.get(key.replace("会〔", "〔")) or self.doc_keys.get(doc.strip())

    def _vector(self, counts: Counter) -> tuple[dict[str, float], float]:
        vec = {w: (1 + math.log(tf)) * self.idf[w] for w, tf in counts.items()}
        return vec, math.sqrt(sum(v * v for v in vec.values())) or 1.0

    def _query(self, text: str) -> dict[str, float]:
        c = Counter(self.tokenize(text))
        return {w: (1 + math.log(tf)) * self.idf[w] for w, tf in c.items() if w in self.idf}

    def candidate_ids(self, qvec: dict[str, float]) -> set[int]:
        """Rules holding one of the query's less common words (all its words when it has none)."""
        rare = [w for w in qvec if len(self.postings[w]) <= self.common] or list(qvec)
        return {i for w in rare for i in self.postings[w]}

    def _similarity(self, i: int, qvec: dict[str, float], qnorm: float, sector_set: set[str]) -> float:
        """How much the query is about rule i: cosine over the whole rule or one of its sentences, plus a
        little for the rule's title words and shared sectors."""
        vec = self.vectors[i]
        shared = [(w, qv) for w, qv in qvec.items() if w in vec]
        s = sum(qv * vec[w] for w, qv in shared) / (qnorm * self.norms[i])
        # an item may take up one sentence of a long upper task: a sentence it matches counts nearly as much
        for svec, snorm in (self.sentences[i] if len(qvec) >= MIN_QUERY_WORDS_FOR_SENTENCES else ()):
            dot = sum(qv * svec[w] for w, qv in shared if w in svec)
            s = max(s, SENTENCE_WEIGHT * dot / (qnorm * snorm))
        title = self.titles[i]
        if title and len(title & qvec.keys()) >= max(1, len(title) // 2):
            s += 0.05
        if sector_set and sector_set & set(self.uppers[i].rule.sectors):
            s += 0.03
        return min(s, 1.0)

    def score(self, text: str, sectors: list[str] = (), floor: float = 0.0) -> list[Candidate]:
        """The candidate rules for `text` scoring at least `floor`, best first, with a confidence in [0, 1]."""
        qvec = self._query(text)
        if not qvec:
            return []
        qnorm = math.sqrt(sum(v * v for v in qvec.values())) or 1.0
        sector_set = set(sectors)
        out = []
        for i in self.candidate_ids(qvec):
            s = self._similarity(i, qvec, qnorm, sector_set)
            if s >= floor:
                out.append(Candidate(self.uppers[i], s))
        out.sort(key=lambda cand: (-cand.score, cand.upper.key))
        return out

    def backs(self, text: str, upper: UpperRule) -> float:
        """How much `text` is about this one rule (0 when it shares no word with it)."""
        qvec = self._query(text)
        if not qvec:
            return 0.0
        qnorm = math.sqrt(sum(v * v for v in qvec.values())) or 1.0
        return self._similarity(self._position[upper.key], qvec, qnorm, set())

    def align(self, text: str, citations, sectors: list[str] = (), content: bool = True) -> tuple[Alignment, list[str]]:
        """The alignment of one plan item; the second value lists citations that named no loaded rule.

        `content=False` aligns by citation only (a document's title/preamble says too little to align by).
        A cited rule counts only when the item's own words back it (CITED_MATCH); the others are listed in
        `unsupported`, and the item is then aligned by content.
        """
        text = strip_marks(text)
        unknown = []
        cited: list[Candidate] = []
        for cit in citations:
            doc_id = self.doc_id_for(cit.doc)
            if doc_id is None:
                unknown.append(cit.text)
                continue
            for ref in cit.refs or ():
                upper = self.by_key.get(f"{doc_id}:{ref}")
                if upper is None:
                    unknown.append(f"{cit.text} ({doc_id}:{ref})")
                else:
                    cited.append(Candidate(upper, 1.0))
            if not cit.refs:
                unknown.append(cit.text)
        backed = [c for c in cited if self.backs(text, c.upper) >= CITED_MATCH]
        unsupported = [c for c in cited if c not in backed]
        if backed:
            return Alignment(backed, "citation", unsupported=unsupported), unknown
        if not content:
            return Alignment(unsupported=unsupported), unknown
        candidates = self.score(text, sectors, floor=ACCEPT)
        if not candidates:
            return Alignment(unsupported=unsupported), unknown
        best = candidates[0].score
        near = [c for c in candidates if c.score >= best - AMBIGUOUS_MARGIN]
        also = [c for c in candidates[len(near):] if c.score >= COVER]
        return Alignment(near, "content", ambiguous=len(near) > 1 and not _nested(near), also_covers=also,
                         unsupported=unsupported), unknown


def _nested(cands: list[Candidate]) -> bool:
    """A parent and its own children (3.3 and 3.3.4) being close is not ambiguity: the item is about both."""
    ids = sorted((c.upper.doc_id, c.upper.rule.id) for c in cands)
    root = ids[0]
    return all(d == root[0] and (i == root[1] or i.startswith(root[1] + ".")) for d, i in ids)
