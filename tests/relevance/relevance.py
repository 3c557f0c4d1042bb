"""hit@5 and MRR of the search over tests/relevance/questions.yaml.

Run `python tests/relevance/relevance.py [WORKSPACE]` for the per-question report (the index must exist).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

QUESTIONS = Path(__file__).with_name("questions.yaml")
TOP = 5


@dataclass
class Outcome:
    question: str
    expected: list[str]
    found: list[str]         # the expected items met in the top 5
    first_rank: int | None   # rank (1-based, top 10) of the first hit meeting an expectation
    top: list[str]

    @property
    def hit(self) -> bool:
        return len(self.found) == len(self.expected)


def load_questions() -> list[dict]:
    return yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))


def meets(hit: dict, expected: str) -> bool:
    doc_id, rule_id = expected.split(":", 1)
    return hit["doc_id"] == doc_id and (hit["rule_id"] == rule_id or hit["rule_id"].startswith(rule_id + "."))


def evaluate(workspace) -> tuple[list[Outcome], float, float]:
    from safeplan.search import search

    outcomes = []
    for item in load_questions():
        hits = search(workspace, item["q"], limit=10)["hits"]
        found = [e for e in item["expect"] if any(meets(h, e) for h in hits[:TOP])]
        first = next((rank for rank, h in enumerate(hits, 1) if any(meets(h, e) for e in item["expect"])), None)
        outcomes.append(Outcome(item["q"], item["expect"], found, first,
                                [f"{h['doc_id']}:{h['rule_id']}" for h in hits[:TOP]]))
    hit5 = sum(o.hit for o in outcomes) / len(outcomes)
    mrr = sum(1 / o.first_rank for o in outcomes if o.first_rank) / len(outcomes)
    return outcomes, hit5, mrr


def main(argv: list[str]) -> None:
    from safeplan.workspace import Workspace

    outcomes, hit5, mrr = evaluate(Workspace.at(argv[0] if argv else "."))
    for o in outcomes:
        mark = "ok  " if o.hit else "MISS"
        print(f"{mark} rank={o.first_rank or '-':<2} {o.question}")
        if not o.hit:
            print(f"       expected {o.expected}\n       top5     {o.top}")
    print(f"questions={len(outcomes)} hit@5={hit5:.3f} MRR={mrr:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
