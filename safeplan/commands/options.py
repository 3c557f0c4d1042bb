"""Options shared by the commands."""

from __future__ import annotations

import click

workspace_option = click.option(
    "--workspace",
    type=click.Path(file_okay=False),
    default=".",
    show_default=True,
    help="The workspace folder (corpus/, rules/, profiles/, …); missing folders come from the packaged defaults.",
)

rules_option = click.option(
    "--rules",
    "rules_paths",
    multiple=True,
    type=click.Path(),
    help="A rule file or a folder of rule files; repeatable.",
)
