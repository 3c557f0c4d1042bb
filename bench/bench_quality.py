"""Extraction quality on texts nobody tuned on: precision / recall / F1 per field class and per half.

    .venv/bin/python bench/bench_quality.py [--gold tests/corpus/heldback/gold.yaml] [--split dev|held|probe] [--ids REGEX]
                                            [--misses [--held-misses]] [--fields] [--json]

The gold (tests/corpus/heldback/gold.yaml, format in that folder's README.md) was written by reading each text
before the extractor ran on it. Half of it is `held`: report those figures, never tune on them. A `probe` batch is
held for one session: collected while the extractor is being changed, scored in a row of its own, its misses listed
only with --held-misses, so a change can be measured on text its author never saw; the session after, it joins dev.

Matching (one place: `score_document`):
- metadata: title, issuer, date, doc_number, level, genre compared one by one after folding width and spaces
  (NFKC); a title may also match one of `title_alternatives`. A gold null means "the text does not say": an
  extracted value there is a false positive.
- deadlines / frequencies / targets: a gold entry is found when some rule whose text contains the entry's
  `text` (its anchor) holds a field with the same value (deadline: date, month and day, or a relative span such
  as 3个月内; frequency: period and
  min_count; target: op, value and unit when given). Extracted fields that match no gold entry are false
  positives.
- responsible: for the rule that holds the anchor (the shortest such rule), lead and support units are
  compared as sets; in a document whose gold lists no responsible unit, every extracted unit is a false positive.
- structure: a document with `min_items` passes when extraction gives at least that many rules.
- an entry with `scored: [metadata, …]` is scored on those classes only (a batch whose gold was written for
  metadata alone); without it every class is scored.

`--fields` adds one row per metadata field (title, issuer, date, doc_number, level, genre) under each half.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "tests" / "corpus" / "heldback" / "gold.yaml"
METADATA_FIELDS = ("title", "issuer", "date", "doc_number", "level", "genre")
SPLITS = ("dev", "held", "probe")
CLASSES = ("metadata", "deadlines", "frequencies", "targets", "responsible", "structure")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Tally") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocScore:
    doc_id: str
    split: str
    category: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CLASSES})
    misses: list[str] = field(default_factory=list)

    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in METADATA_FIELDS})

    def hit(self, cls: str) -> None:
        self.tallies[cls].tp += 1

    def miss(self, cls: str, what: str) -> None:         # in the gold, not extracted
        self.tallies[cls].fn += 1
        self.misses.append(f"{self.doc_id}: {cls} missed: {what}")

    def extra(self, cls: str, what: str) -> None:        # extracted, not in the gold
        self.tallies[cls].fp += 1
        self.misses.append(f"{self.doc_id}: {cls} extra: {what}")


def fold(value) -> str:
    """Compare text the way a reader does: width-folded, no spaces."""
    if value is None:
        return ""
    return "".join(unicodedata.normalize("NFKC", str(value)).split())


def _score_metadata(score: DocScore, gold: dict, extracted) -> None:
    expected = gold["metadata"]
    for name in METADATA_FIELDS:
        want, got = expected.get(name), getattr(extracted, name)
        if name == "level" and want is None:
            want = "unknown"
        accepted = {fold(want)} | ({fold(t) for t in gold.get("title_alternatives", [])} if name == "title" else set())
        if fold(got) in accepted and (want is not None or got is None):
            if want is not None:
                score.hit("metadata")
                score.fields[name].tp += 1
            continue
        if want is not None:
            score.miss("metadata", f"{name} {want!r} (got {got!r})")
            score.fields[name].fn += 1
        if got is not None and fold(got) not in accepted:
            score.extra("metadata", f"{name} {got!r}")
            score.fields[name].fp += 1


def _deadline_matches(entry: dict, deadline) -> bool:
    if "relative" in entry:                               # 3个月内: a span, not a date
        return bool(deadline.relative) and fold(entry["relative"]) in fold(deadline.text)
    if "date" in entry:
        return str(deadline.date) == str(entry["date"])
    return deadline.month == entry.get("month") and deadline.day == entry.get("day")


def _frequency_matches(entry: dict, frequency) -> bool:
    return frequency.period == entry["period"] and (frequency.min_count or 1) == entry["min_count"]


def _target_matches(entry: dict, target) -> bool:
    if target.op != entry["op"] or float(target.value or 0) != float(entry["value"]):
        return False
    return entry.get("unit") is None or target.unit == entry["unit"]


MATCHERS = {"deadlines": _deadline_matches, "frequencies": _frequency_matches, "targets": _target_matches}


def _score_fields(score: DocScore, gold: dict, rules: list, cls: str) -> None:
    matches = MATCHERS[cls]
    found = [(i, j, value) for i, rule in enumerate(rules) for j, value in enumerate(getattr(rule, cls))]
    used: set[tuple[int, int]] = set()
    for entry in gold[cls]:
        anchor = fold(entry["text"])
        hit = next(((i, j) for i, j, value in found if (i, j) not in used and anchor in fold(rules[i].text)
                    and matches(entry, value)), None)
        if hit:
            used.add(hit)
            score.hit(cls)
        else:
            score.miss(cls, f"{entry['text']!r} {({k: v for k, v in entry.items() if k != 'text'})}")
    for i, j, value in found:
        if (i, j) not in used:
            score.extra(cls, f"{value.text!r} in rule {rules[i].id}")


def _units(rule, role: str) -> set[str]:
    return {fold(u) for u in getattr(rule.responsible, role)} if rule is not None else set()


def _score_responsible(score: DocScore, gold: dict, rules: list) -> None:
    if not gold["responsible"]:
        for rule in rules:
            for role in ("lead", "support"):
                for unit in _units(rule, role):
                    score.extra("responsible", f"{role} {unit!r} in rule {rule.id}")
        return
    for entry in gold["responsible"]:
        anchor = fold(entry["text"])
        holders = sorted((r for r in rules if anchor in fold(r.text)), key=lambda r: len(r.text))
        rule = holders[0] if holders else None
        for role in ("lead", "support"):
            want, got = {fold(u) for u in entry.get(role, [])}, _units(rule, role)
            for _ in want & got:
                score.hit("responsible")
            for unit in sorted(want - got):
                score.miss("responsible", f"{role} {unit!r} at {entry['text']!r}")
            for unit in sorted(got - want):
                score.extra("responsible", f"{role} {unit!r} at {entry['text']!r}")


def score_document(gold: dict, extracted, rules: list) -> DocScore:
    """Score one document: `extracted` is its DocumentInfo, `rules` its Rules (all parts)."""
    score = DocScore(gold["id"], gold["split"], gold["category"])
    scored = set(gold.get("scored", CLASSES))
    if "metadata" in scored:
        _score_metadata(score, gold, extracted)
    for cls in MATCHERS:
        if cls in scored:
            _score_fields(score, gold, rules, cls)
    if "responsible" in scored:
        _score_responsible(score, gold, rules)
    if "min_items" in gold and "structure" in scored:
        if len(rules) >= gold["min_items"]:
            score.hit("structure")
        else:
            score.miss("structure", f"{len(rules)} rules, at least {gold['min_items']} expected")
    return score


def extract(path: Path) -> tuple:
    """The extractor's view of one file: the first part's DocumentInfo and every part's Rules."""
    from safeplan.corpus.reader import read_documents
    from safeplan.rules.extract import extract_document

    parts = [extract_document(doc) for doc in read_documents(path)]
    return parts[0].document, [rule for part in parts for rule in part.rules]


def run(gold_path: Path, splits: set[str], ids: str | None = None) -> list[DocScore]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    texts = gold_path.parent / "texts"
    scores = []
    for entry in gold["documents"]:
        if entry["split"] in splits and (ids is None or re.search(ids, entry["id"])):
            document, rules = extract(texts / f"{entry['id']}.txt")
            scores.append(score_document(entry, document, rules))
    return scores


def summary(scores: list[DocScore]) -> dict[str, dict[str, Tally]]:
    """{split: {class or 'overall': Tally}} with an 'all' split."""
    table: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for score in scores:
        for split in (score.split, "all"):
            for cls, tally in score.tallies.items():
                table[split][cls].add(tally)
                table[split]["overall"].add(tally)
            for name, tally in score.fields.items():
                table[split][f"  {name}"].add(tally)
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--split", choices=SPLITS, action="append",
                        help="score only this half (repeatable; default all)")
    parser.add_argument("--ids", metavar="REGEX",
                        help="score only texts whose id matches (e.g. '-x-' for one helper's texts, '^hb-.\\d\\d-(?![xy]-)' "
                             "for the first 58)")
    parser.add_argument("--misses", action="store_true", help="list every miss and every extra of the dev half")
    parser.add_argument("--held-misses", action="store_true",
                        help="with --misses, list the held half's and the probe's too (for auditing the gold, never while tuning)")
    parser.add_argument("--fields", action="store_true", help="a row per metadata field under each half")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    scores = run(args.gold, set(args.split or SPLITS), args.ids)
    table = summary(scores)
    if args.json:
        print(json.dumps({split: {cls: {"tp": t.tp, "fp": t.fp, "fn": t.fn, "precision": round(t.precision, 3),
                                        "recall": round(t.recall, 3), "f1": round(t.f1, 3)}
                                  for cls, t in row.items()} for split, row in table.items()},
                         ensure_ascii=False, indent=1))
        return 0
    print(f"{'half':<5} {'class':<12} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for split in [s for s in (*SPLITS, "all") if s in table]:
        rows = (*CLASSES, "overall", *(f"  {name}" for name in METADATA_FIELDS if args.fields))
        for cls in rows:
            t = table[split][cls]
            print(f"{split:<5} {cls:<12} {t.tp:>4} {t.fp:>4} {t.fn:>4} {t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f}")
    if args.misses:
        for score in scores:
            if score.split != "dev" and not args.held_misses:
                continue
            for line in score.misses:
                print(line)
        if not args.held_misses and any(score.split != "dev" for score in scores):
            print("(the held half's and the probe's misses are not listed: nobody tunes on them; --held-misses lists them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
