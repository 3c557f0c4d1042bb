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


def load_inputs(workspace, rules_paths, profile_path=None):
    """The workspace, the upper rule files of `--rules` and the `--profile` (None when not given).

    A profile given by a bare name that is not a file here is looked up in the workspace's profiles/.
    """
    from safeplan.errors import SafeplanError
    from safeplan.rules.rulefiles import load_rule_files
    from safeplan.rules.ruleset import distinct_rule_files
    from safeplan.workspace import Workspace

    ws = Workspace.at(workspace)
    if not rules_paths:
        raise SafeplanError("no upper rules given: pass --rules FILE_OR_FOLDER (repeatable)")
    rule_files = distinct_rule_files(load_rule_files(list(rules_paths), workspace=ws))
    if not rule_files:
        raise SafeplanError(f"no rule files found in {', '.join(rules_paths)}")
    if not profile_path:
        return ws, rule_files, None
    from safeplan.profiles import find_profile, load_profile

    return ws, rule_files, load_profile(find_profile(ws, profile_path), workspace=ws)
