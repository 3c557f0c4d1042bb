"""`safeplan …` run in the test's own process (click's CliRunner), answered as a finished process is: returncode,
stdout, stderr. The click group keeps the exit-code contract (bad input → 2), so this is what a user sees; a test
that is about the process itself (a memory cap, a kill, the console script) runs a real one instead."""

from __future__ import annotations

import os
from types import SimpleNamespace


def safeplan(*args: str, cwd=None) -> SimpleNamespace:
    """The command with `args`, run in `cwd` when given (the current folder is the default workspace)."""
    from click.testing import CliRunner

    from safeplan.cli import cli

    here = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, [str(a) for a in args])
    finally:
        os.chdir(here)
    return SimpleNamespace(returncode=result.exit_code, stdout=result.stdout, stderr=result.stderr)
