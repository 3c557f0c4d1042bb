"""Hooks and fixtures of the whole suite.

`make test` runs the suite on every core with pytest-xdist (`-n auto --dist loadgroup`); a plain
`python -m pytest tests` runs it in one process. Both see the same fixtures:

- the tests of a module that use a module-scoped fixture (the browser and its server, a generated plan, a
  checked corpus) go to one worker, so that fixture is built once;
- `built_once` builds a read-only folder (the packaged corpus's search index) once per run, shared by the
  workers.
"""

from __future__ import annotations

import atexit
import fcntl
import os
import shutil
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from ledger.pgcluster import RUN_FOLDER, stop_run_cluster
from web.skipsummary import pytest_terminal_summary  # noqa: F401  (the controller loads only this conftest)

pytest_plugins = ["pytester"]       # tests/web/test_summary.py runs pytest in this process
_RUN_OWNER = pytest.StashKey[str]()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Under `--dist loadgroup`: one xdist group per module for the tests that use a module-scoped fixture,
    one for the browser tests (they share the run's one Chromium, tests/web/conftest.py)."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None:
            continue
        if "chromium" in info.names_closure:
            item.add_marker(pytest.mark.xdist_group("chromium"))
        elif any(defs and defs[-1].scope in ("module", "class", "package") for defs in info.name2fixturedefs.values()):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))


def pytest_configure(config):
    """The process that starts a run (the xdist controller, or the one process of a serial run) names the run's
    folder for its workers: the ledger tests' one PostgreSQL cluster lives there (tests/ledger/pgcluster.py).
    A pytest run inside the run (pytester) finds it named already and leaves it alone."""
    if RUN_FOLDER not in os.environ:
        os.environ[RUN_FOLDER] = os.path.join(tempfile.gettempdir(), f"safeplan-test-run-{uuid.uuid4().hex[:12]}")
        config.stash[_RUN_OWNER] = os.environ[RUN_FOLDER]


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """An xdist worker leaves without tearing its interpreter down. By now it has sent the controller every
    report and its exit status (xdist sends them at session finish) and its session fixtures are torn down;
    what is left is freeing the heap of a process that imported the whole suite (~1,800 modules), which took
    5-7 s of the run's wall time at its end (the controller waits for both workers to exit) and ~2 s CPU each.
    The exit handlers (multiprocessing's pools, logging) still run."""
    folder = config.stash.get(_RUN_OWNER, None)
    if folder:
        stop_run_cluster(Path(folder))
        del os.environ[RUN_FOLDER]
    if hasattr(config, "workerinput"):
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


@pytest.fixture(scope="session")
def built_once(tmp_path_factory):
    """built_once(name, build) → a folder that `build(folder)` fills once per run: the first worker to ask
    builds it under a lock, the others wait for it and share it. Only for folders no test changes."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent                        # the run's folder, above each worker's own

    def get(name: str, build):
        folder, done = base / name, base / f"{name}.built"
        with open(base / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not done.exists():
                shutil.rmtree(folder, ignore_errors=True)     # what a build that failed half-way left
                folder.mkdir()
                build(folder)
                done.touch()
        return folder

    return get


def _packaged_index(backend: str | None):
    def build(folder):
        from safeplan.search import build_index
        from safeplan.workspace import Workspace

        stats = build_index(Workspace.at(folder), backend=backend)
        assert stats["documents"] == 21, "the 21 documents of the embedded corpus each have their rule file"

    return build


@pytest.fixture(scope="session")
def packaged_index(built_once):
    """packaged_index(backend) → a workspace over the packaged corpus and rules (no folders of its own) with its
    search index built by `backend` (None: the backend a new workspace gets), once per run."""
    return lambda backend=None: built_once(f"packaged-index-{backend or 'default'}", _packaged_index(backend))
