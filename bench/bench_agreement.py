"""How far two readers agree on the gold: the ceiling of any extractor's score on the held-back texts.

    .venv/bin/python bench/bench_agreement.py [--second FILE …] [--gold tests/corpus/heldback/gold.yaml]
                                              [--misses [--held-misses]]

`second-reading.yaml` (24 dev texts) and `second-reading-held.yaml` (the 52 held texts) hold a second, blind
reading (same format as gold.yaml, written from the text and the folder README's conventions alone, without the
first reading, the extractor's output or the bench). The held one is held like the held half: never read it while
tuning (`--misses` leaves its differences out unless `--held-misses`). This bench scores it against the first reading exactly as `bench_quality.py` scores the extractor — the
same `score_document`, so the same matching — and prints beside it the extractor's score on the same texts (the
baseline, measured in the same run). Where the readers disagree, a convention is unclear or one reader erred:
`--misses` lists the disagreements, which is how a convention gets settled.

To score a reading as if it were an extraction, it is laid over the extractor's own rules: each anchored value of
the second reading (deadline, frequency, target, responsible units) is put on the rule whose text holds its anchor
(the shortest one; if no rule holds it, on a rule made of the source line that does), so both readings are matched
through the same rule boundaries. Structure compares `min_items` directly (the second reading's count must reach
the first's) on the texts where both readers wrote one.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quality import (  # noqa: E402  (a sibling script, not a package)
    CLASSES,
    DEFAULT_GOLD,
    METADATA_FIELDS,
    SPLITS,
    DocScore,
    extract,
    fold,
    score_document,
    summary,
)

DEFAULT_SECOND = (DEFAULT_GOLD.parent / "second-reading.yaml", DEFAULT_GOLD.parent / "second-reading-held.yaml")


@dataclass
class ReadRule:
    """A rule of the extractor (its id and text) carrying the values a reader wrote for it."""

    id: str
    text: str
    deadlines: list = field(default_factory=list)
    frequencies: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    responsible: SimpleNamespace = field(default_factory=lambda: SimpleNamespace(lead=[], support=[]))


def _deadline(entry: dict) -> SimpleNamespace:
    if "relative" in entry:
        return SimpleNamespace(relative=True, text=entry["relative"], date=None, month=None, day=None)
    when = entry.get("date")
    if when is not None:
        when = when if isinstance(when, date) else date.fromisoformat(str(when))
        return SimpleNamespace(relative=False, text="", date=when, month=when.month, day=when.day)
    return SimpleNamespace(relative=False, text="", date=None, month=entry.get("month"), day=entry.get("day"))


def _frequency(entry: dict) -> SimpleNamespace:
    return SimpleNamespace(period=entry["period"], min_count=entry.get("min_count"), text=entry.get("text", ""))


def _target(entry: dict) -> SimpleNamespace:
    return SimpleNamespace(op=entry["op"], value=entry["value"], unit=entry.get("unit"), text=entry.get("text", ""))


MAKERS = {"deadlines": _deadline, "frequencies": _frequency, "targets": _target}


def _holder(rules: list[ReadRule], anchor: str, source: str) -> ReadRule:
    """The rule whose text holds the anchor (the shortest), or a new one made of the source line that does."""
    key = fold(anchor)
    holders = sorted((r for r in rules if key in fold(r.text)), key=lambda r: len(r.text))
    if holders:
        return holders[0]
    line = next((ln for ln in source.splitlines() if key in fold(ln)), anchor)
    rule = ReadRule(f"read-{len(rules) + 1}", line)
    rules.append(rule)
    return rule


def as_extraction(reading: dict, extracted_rules: list, source: str) -> tuple[SimpleNamespace, list[ReadRule]]:
    """A second reading in the shape `score_document` takes: a DocumentInfo-like object and rules."""
    meta = dict(reading.get("metadata") or {})
    if meta.get("level") is None:
        meta["level"] = "unknown"
    info = SimpleNamespace(**{name: meta.get(name) for name in METADATA_FIELDS})
    rules = [ReadRule(rule.id, rule.text) for rule in extracted_rules]
    for cls, make in MAKERS.items():
        for entry in reading.get(cls) or []:
            getattr(_holder(rules, entry["text"], source), cls).append(make(entry))
    for entry in reading.get("responsible") or []:
        units = _holder(rules, entry["text"], source).responsible
        units.lead += [u for u in entry.get("lead") or [] if u not in units.lead]
        units.support += [u for u in entry.get("support") or [] if u not in units.support]
    return info, rules


def _structure(score: DocScore, first: dict, second: dict) -> None:
    """Replace the rule-count test by the readers' own counts, where both counted (`min_items` is optional)."""
    tally = score.tallies["structure"]
    tally.tp = tally.fp = tally.fn = 0
    score.misses[:] = [line for line in score.misses if ": structure " not in line]
    if "min_items" in first and "min_items" in second and "structure" in set(first.get("scored", CLASSES)):
        if second["min_items"] >= first["min_items"]:
            tally.tp = 1
        else:
            tally.fn = 1
            score.misses.append(f"{score.doc_id}: structure missed: min_items {first['min_items']} "
                                f"(second reading {second['min_items']})")


def run(gold_path: Path, second_paths: list[Path]) -> tuple[list[DocScore], list[DocScore]]:
    """(second reading against the first, the extractor against the first), on the texts both readers read."""
    first = {entry["id"]: entry for entry in yaml.safe_load(gold_path.read_text(encoding="utf-8"))["documents"]}
    texts = gold_path.parent / "texts"
    readers, extractor = [], []
    for second_path in second_paths:
        second = yaml.safe_load(second_path.read_text(encoding="utf-8"))
        for reading in second["documents"] if isinstance(second, dict) else second:
            gold = first.get(reading["id"])
            if gold is None:
                raise SystemExit(f"{second_path}: {reading['id']} is not in {gold_path}")
            path = texts / f"{gold['id']}.txt"
            document, rules = extract(path)
            extractor.append(score_document(gold, document, rules))
            info, read_rules = as_extraction(reading, rules, path.read_text(encoding="utf-8"))
            score = score_document(gold, info, read_rules)
            _structure(score, gold, reading)
            readers.append(score)
    return readers, extractor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="the first reading (default: %(default)s)")
    parser.add_argument("--second", type=Path, action="append",
                        help="a second reading (repeatable; default: " + ", ".join(p.name for p in DEFAULT_SECOND) + ")")
    parser.add_argument("--misses", action="store_true",
                        help="list where the second reading differs from the first (dev texts only)")
    parser.add_argument("--held-misses", action="store_true",
                        help="with --misses, list the held and probe texts' too (for settling the gold; never while tuning)")
    args = parser.parse_args(argv)
    seconds = args.second or [path for path in DEFAULT_SECOND if path.is_file()]
    missing = [path for path in seconds if not path.is_file()]
    if missing or not seconds:
        print(f"bench_agreement: no second reading at {(missing or DEFAULT_SECOND)[0]} (write one: see this script's "
              "docstring)", file=sys.stderr)
        return 2
    readers, extractor = run(args.gold, seconds)
    print(f"{len(readers)} texts read twice; rows: second reading vs first ('read'), extractor vs first ('extractor'),"
          " per half")
    print(f"{'who':<10} {'half':<5} {'class':<14} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    rows = (*CLASSES, "overall", *(f"  {name}" for name in METADATA_FIELDS))
    halves = [half for half in SPLITS if any(score.split == half for score in readers)]
    for half in halves:
        for who, scores in (("read", readers), ("extractor", extractor)):
            table = summary(scores)[half]
            for cls in rows:
                tally = table[cls]
                print(f"{who:<10} {half:<5} {cls:<14} {tally.tp:>4} {tally.fp:>4} {tally.fn:>4} "
                      f"{tally.precision:>6.3f} {tally.recall:>6.3f} {tally.f1:>6.3f}")
    if args.misses:
        held = 0
        for score in readers:
            if score.split != "dev" and not args.held_misses:
                held += len(score.misses)
                continue
            for line in score.misses:
                print(line)
        if held:
            print(f"({held} differences on held and probe texts not listed: --held-misses lists them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
