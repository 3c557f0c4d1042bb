"""hit@1, hit@5 and MRR of the search over tests/relevance/asked.yaml, per half and per kind.

The questions are data (see the head of asked.yaml for the format). `evaluate(workspace)` runs them;
`report(outcomes)` is the table `make bench-relevance` prints.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

ASKED = Path(__file__).with_name("asked.yaml")
SCHEMA = "safeplan.relevance-asked/v1"
TOP = 5
DEPTH = 10         # MRR counts a first hit down to this rank
FILTERS = ("sector", "responsible", "level", "genre", "doc", "kind")


@dataclass
class Outcome:
    id: str
    question: str
    kind: str
    half: str
    expected: list[str]
    first_rank: int | None   # rank (1-based, within DEPTH) of the first hit meeting an expectation
    top: list[str]

    @property
    def hit1(self) -> bool:
        return self.first_rank == 1

    @property
    def hit5(self) -> bool:
        return self.first_rank is not None and self.first_rank <= TOP


def load_asked(path: Path = ASKED) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ValueError(f"{path}: expected `schema: {SCHEMA}`")
    return data["questions"]


def meets(hit: dict, expected: str) -> bool:
    doc_id, rule_id = expected.split(":", 1)
    return hit["doc_id"] == doc_id and (hit["rule_id"] == rule_id or hit["rule_id"].startswith(rule_id + "."))


def evaluate(workspace, questions=None) -> list[Outcome]:
    from safeplan.search import search

    out = []
    for item in questions if questions is not None else load_asked():
        flags = {k: v for k, v in (item.get("filters") or {}).items() if k in FILTERS}
        hits = search(workspace, item["q"], limit=DEPTH, facets=False, **flags)["hits"]
        first = next((rank for rank, h in enumerate(hits, 1) if any(meets(h, e) for e in item["expect"])), None)
        out.append(Outcome(item["id"], item["q"], item["kind"], item["half"], item["expect"], first,
                           [f"{h['doc_id']}:{h['rule_id']}" for h in hits[:TOP]]))
    return out


@dataclass
class Figures:
    questions: int
    hit1: float
    hit5: float
    mrr: float


def figures(outcomes: list[Outcome]) -> Figures:
    n = len(outcomes) or 1
    return Figures(len(outcomes), sum(o.hit1 for o in outcomes) / n, sum(o.hit5 for o in outcomes) / n,
                   sum(1 / o.first_rank for o in outcomes if o.first_rank) / n)


def by(outcomes: list[Outcome], key) -> dict[str, Figures]:
    groups = defaultdict(list)
    for o in outcomes:
        groups[key(o)].append(o)
    return {name: figures(group) for name, group in sorted(groups.items())}


def report(outcomes: list[Outcome], misses: bool = False) -> str:
    lines = ["| set | questions | hit@1 | hit@5 | MRR |", "|---|---|---|---|---|"]

    def row(name, f):
        lines.append(f"| {name} | {f.questions} | {f.hit1:.3f} | {f.hit5:.3f} | {f.mrr:.3f} |")

    for half, f in by(outcomes, lambda o: o.half).items():
        row(f"half: {half}", f)
    row("all", figures(outcomes))
    for kind, f in by(outcomes, lambda o: o.kind).items():
        row(f"kind: {kind}", f)
    if misses:
        lines.append("")
        for o in outcomes:
            if not o.hit5 and o.half == "tune":
                lines.append(f"MISS {o.id} [{o.kind}] {o.question}  expected {o.expected}  top5 {o.top}")
    return "\n".join(lines)
