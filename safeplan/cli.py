"""The `safeplan` command: a thin face over the library. `--help` on every command is the reference.

Each command lives in safeplan/commands/<name>.py and is imported only when it runs, so that
`safeplan search` does not pay for python-docx or the web stack.
"""

from __future__ import annotations

import importlib
import sys

import click

from safeplan import __version__
from safeplan.errors import SafeplanError
from safeplan.printable import one_line

COMMANDS = {
    "init": "safeplan.commands.init:init",
    "corpus": "safeplan.commands.corpus:corpus",
    "extract": "safeplan.commands.rules:extract",
    "rules": "safeplan.commands.rules:rules",
    "index": "safeplan.commands.search:index",
    "search": "safeplan.commands.search:search",
    "generate": "safeplan.commands.generate:generate",
    "check": "safeplan.commands.check:check",
    "serve": "safeplan.commands.serve:serve",
    "demo": "safeplan.commands.demo:demo",
    "ledger": "safeplan.commands.ledger:ledger",
    "accounts": "safeplan.commands.accounts:accounts",
}


class BadInput(click.ClickException):
    """A SafeplanError reaching the edge: one line on stderr and exit 2 (cli.md), never 1 ("findings")."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(one_line(f"safeplan: error: {self.message}"), file=file, err=True)


class InternalError(click.ClickException):
    """A crash must not look like findings: one line, exit 2; `--debug` lets the traceback through."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(one_line(f"safeplan: internal error: {self.message} (run with --debug for the traceback)"),
                   file=file, err=True)


class Interrupted(click.ClickException):
    exit_code = 130

    def show(self, file=None) -> None:
        click.echo("safeplan: interrupted", file=file, err=True)


class LazyGroup(click.Group):
    """Commands imported when they run; the exit-code contract kept here, so that `CliRunner` sees
    what users see."""

    def list_commands(self, _ctx):
        return sorted(COMMANDS)

    def get_command(self, _ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except SafeplanError as exc:
            raise BadInput(str(exc)) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            raise Interrupted("interrupted") from None
        except Exception as exc:  # never a traceback unless asked for
            if ctx.params.get("debug"):
                raise
            raise InternalError(f"{type(exc).__name__}: {exc}") from exc


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="safeplan")
@click.option("--debug", is_flag=True, envvar="SAFEPLAN_DEBUG", help="Show the traceback of an internal error.")
def cli(debug):
    """safeplan — 安全生产 policy → rules, search, plans, checklists and plan checks.

    A workspace is a folder holding corpus/, rules/, profiles/, generators/ and search/;
    whatever it lacks comes from the packaged defaults.
    """
    del debug   # read by LazyGroup.invoke (ctx.params), which must know it even when a command fails


def _utf8_streams() -> None:
    """Consoles may be cp936: write UTF-8 and never crash on a character the console can't show."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass


def main(argv=None) -> None:
    """The console script: UTF-8 streams, then the group (which maps errors to exit codes)."""
    _utf8_streams()
    cli.main(args=argv, prog_name="safeplan")
