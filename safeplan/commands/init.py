"""safeplan init [DIR]"""

from __future__ import annotations

import click

from safeplan.workspace_init import init_workspace


@click.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
def init(directory):
    """Write a workspace (corpus/, rules/, profiles/, generators/, search/) from the packaged defaults.

    Never overwrites a file: files already there are kept and counted.

    \b
    Example:
      safeplan init my-street && cd my-street && safeplan extract
    """
    written, kept = init_workspace(directory)
    click.echo(f"{directory}: wrote {len(written)} files, kept {len(kept)} existing files")
