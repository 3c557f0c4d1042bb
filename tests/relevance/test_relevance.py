"""Search quality on questions a policy officer asks (questions.yaml): hit@5 and MRR must not fall."""

from __future__ import annotations

from relevance import evaluate, load_questions

# The figures measured when the questions were written; a change to the search may raise them,
# never lower them. hit@5 ≥ 0.9 is the acceptance line of the search issue.
# whoosh: measured 1.000 / 0.863 over 51 questions (2026-11-24), 1.000 / 0.860 (2026-12-06, issue 18);
# tantivy (same analyzer, tantivy's BM25 per field): 0.961 / 0.851 (2026-12-06).
FLOORS = {"whoosh": (0.96, 0.86), "tantivy": (0.94, 0.83)}    # hit@5, MRR


def test_there_are_at_least_30_questions_each_with_its_evidence():
    questions = load_questions()
    assert len(questions) >= 30
    for item in questions:
        assert item["q"] and item["expect"] and item["why"], item
        assert all(":" in e for e in item["expect"]), item


def test_hit_at_5_and_mrr_do_not_fall(corpus_index, backend):
    outcomes, hit5, mrr = evaluate(corpus_index)
    missed = [(o.question, o.expected, o.top) for o in outcomes if not o.hit]
    print(f"{backend}: hit@5={hit5:.3f} MRR={mrr:.3f} over {len(outcomes)} questions")
    hit5_floor, mrr_floor = FLOORS[backend]
    assert hit5 >= hit5_floor, missed
    assert mrr >= mrr_floor, missed
