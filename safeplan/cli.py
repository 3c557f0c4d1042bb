"""The `safeplan` command: a thin face over the library. `--help` on every command is the reference.

Each command lives in safeplan/commands/<name>.py and is imported only when it runs, so that
`safeplan search` does not pay for python-docx or the web stack.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from safeplan import __version__
from safeplan.errors import SafeplanError

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
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="safeplan")
@click.option("--debug", is_flag=True, envvar="SAFEPLAN_DEBUG", help="Show the traceback of an internal error.")
@click.pass_context
def cli(ctx, debug):
    """safeplan — 安全生产 policy → rules, search, plans, checklists and plan checks.

    A workspace is a folder holding corpus/, rules/, profiles/, generators/ and search/;
    whatever it lacks comes from the packaged defaults.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _utf8_streams() -> None:
    """Consoles may be cp936: write UTF-8 and never crash on a character the console can't show."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass


def main(argv=None) -> None:
    _utf8_streams()
    debug = "--debug" in (argv or sys.argv[1:]) or bool(os.environ.get("SAFEPLAN_DEBUG"))
    try:
        cli.main(args=argv, prog_name="safeplan", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("safeplan: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except SafeplanError as exc:
        click.echo(f"safeplan: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("safeplan: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # never a traceback unless asked for
        if debug:
            raise
        click.echo(f"safeplan: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
        sys.exit(2)
    sys.exit(0)
