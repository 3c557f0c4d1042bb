"""The colour policy file: documented defaults, overrides, errors naming file and line."""

from __future__ import annotations

import datetime as dt

import pytest

from safeplan.ledger import LedgerError, Policy, task_colour
from safeplan.ledger.policy import load_policy, parse_policy


def test_the_defaults_print_as_a_policy_file_that_reads_back_the_same():
    assert parse_policy(Policy().to_yaml(), "x.yaml") == Policy(path="x.yaml")


def test_no_file_means_the_defaults(tmp_path):
    assert load_policy(tmp_path) == Policy()


@pytest.mark.parametrize("text, message", [
    ("schema: safeplan.ledger-colours/v1\ntasks:\n  due_soon: 10\n", "p.yaml:3: unknown key tasks.due_soon"),
    ("tasks:\n  due_soon_days: 十天\n", "p.yaml:2: tasks.due_soon_days must be a whole number of days"),
    ("hazards:\n  major_overdue: red\n", "p.yaml:2: hazards.major_overdue must be one of 绿/黄/红"),
    ("colours: {}\n", "p.yaml:1: unknown key 'colours'"),
    ("tasks:\n  due_soon_days: 3\n  due_soon_days: 4\n", "p.yaml:3: duplicate key 'due_soon_days'"),
], ids=["unknown-key", "not-a-number", "not-a-colour", "unknown-section", "duplicate"])
def test_a_bad_policy_names_file_and_line(text, message):
    with pytest.raises(LedgerError) as caught:
        parse_policy(text, "p.yaml")
    assert str(caught.value).startswith(message)


def test_a_shorter_warning_window_and_no_schedule_check():
    policy = parse_policy("tasks:\n  due_soon_days: 7\n  behind_schedule: 0\n", "p.yaml")
    start, due = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    assert task_colour(due, start, "未开始", 0, False, dt.date(2024, 12, 20), policy) == ("绿", "按期推进")
    assert task_colour(due, start, "未开始", 0, False, dt.date(2024, 12, 24), policy) == ("黄", "7天后到期")
    assert task_colour(due, start, "推进中", 99, False, dt.date(2025, 1, 1), policy) == ("红", "逾期1天")
