"""Fixtures for the checker's tests: plans are written to tmp_path and checked with the workspace there."""

from __future__ import annotations

import pytest


@pytest.fixture
def check_text(tmp_path):
    """Write `text` as a plan in tmp_path and check it; returns the Report."""
    from safeplan.check import check_plans

    def run(text: str, rule_files, name: str = "plan.md", profile=None, strict=False):
        plan = tmp_path / name
        plan.write_text(text, encoding="utf-8")
        return check_plans([plan], rule_files, profile=profile, workspace=tmp_path, strict=strict)

    return run

