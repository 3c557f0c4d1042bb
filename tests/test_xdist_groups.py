"""`make test` runs under `--dist loadgroup`: the tests of a module with a module-scoped fixture, and the
browser tests, are one xdist group each (tests/conftest.py), so each such fixture is built once per run.
xdist tells its scheduler a test's group by an `@group` suffix that its worker puts on the test's node id;
with pytest 9.2 the suffix no longer takes (pytest-xdist#1386) and every group is split over the workers,
each building the fixture again — a second Chromium, a second server (pyproject keeps pytest below 9.2)."""

from types import SimpleNamespace

import pytest
from xdist.remote import WorkerInteractor


def test_xdist_hands_the_scheduler_each_tests_group(pytester):
    item = pytester.getitem("def test_func(): pass")
    item.add_marker(pytest.mark.xdist_group("chromium"))
    loadgroup = SimpleNamespace(getvalue=lambda name: name == "loadgroup")
    WorkerInteractor.pytest_collection_modifyitems(None, loadgroup, [item])
    assert item.nodeid.endswith("::test_func@chromium")
