"""A reviewer's edit of one rule, checked and saved: the library half of the workbench's 审核 form (and of
any other face that edits a rule).

`save_review(path, rule_id, edit, expected_sha256)` holds the rules folder's lock (the one extraction
holds), re-reads the file, refuses with `ReviewConflict` when it is not the file the reviewer saw, applies
the edit (`apply_edit`: unit names split, `reviewed_at` set when the rule is marked reviewed), checks the
result with the rules `safeplan rules validate` applies (`ReviewInvalid` lists what is wrong) and writes only
the values that changed: the file's comments, layout and every other field stay byte for byte.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.fileio import locked
from safeplan.rules.model import KINDS, OBLIGATIONS, Deadline, Frequency, Responsible, Rule, Target, rule_file_to_dict
from safeplan.rules.rulefiles import (
    consistency_problems,
    load_for_rewrite,
    rewrite_loaded,
    schema_problems,
)


@dataclass
class RuleEdit:
    """What a reviewer changes in one rule; a field left None stays as the file has it. Unit names and
    sectors are a list or one text separated by 、，,;； or new lines."""

    title: str | None = None
    kind: str | None = None
    obligation: str | None = None
    sectors: list[str] | str | None = None
    targets: list[Target] | None = None
    deadlines: list[Deadline] | None = None
    frequencies: list[Frequency] | None = None
    lead: list[str] | str | None = None
    support: list[str] | str | None = None
    reviewed: bool | None = None
    reviewed_by: str | None = None


class ReviewConflict(Exception):
    """The file changed on disk since the reviewer loaded it: nothing was written. `on_disk`: the rule as
    the file now has it (None when it is gone), `submitted`: the edit applied to it."""

    def __init__(self, on_disk: Rule | None, submitted: Rule | None):
        super().__init__("the rule file changed on disk since it was loaded")
        self.on_disk = on_disk
        self.submitted = submitted


class ReviewInvalid(Exception):
    """The edited rule breaks the rule format: nothing was written."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


_SEPARATORS = re.compile(r"[、,，;；\n]+")


def split_names(value: list[str] | str | None) -> list[str]:
    """Unit or sector names as a reviewer types them: 街道安办、应急办 → [街道安办, 应急办]."""
    if value is None:
        return []
    parts = _SEPARATORS.split(value) if isinstance(value, str) else [str(v) for v in value]
    return [p.strip() for p in parts if p.strip()]


def apply_edit(current: Rule, edit: RuleEdit, today: dt.date | None = None) -> tuple[Rule, list[str]]:
    """The rule with the edit applied (`current` stays as it is) and the problems found in the edited
    fields (kind and obligation outside their lists)."""
    errors: list[str] = []
    changes: dict = {}
    if edit.title is not None:
        changes["title"] = edit.title.strip()
    if edit.kind is not None:
        if edit.kind not in KINDS:
            errors.append(f"类型 kind 必须是 {'/'.join(KINDS)} 之一")
        changes["kind"] = edit.kind
    if edit.obligation is not None:
        if edit.obligation not in OBLIGATIONS:
            errors.append(f"约束 obligation 必须是 {'/'.join(OBLIGATIONS)} 之一")
        changes["obligation"] = edit.obligation
    if edit.sectors is not None:
        changes["sectors"] = split_names(edit.sectors)
    for key in ("targets", "deadlines", "frequencies"):
        value = getattr(edit, key)
        if value is not None:
            changes[key] = list(value)
    if edit.lead is not None or edit.support is not None:
        before = current.responsible
        changes["responsible"] = Responsible(
            lead=split_names(edit.lead) if edit.lead is not None else list(before.lead),
            support=split_names(edit.support) if edit.support is not None else list(before.support))
    if edit.reviewed is not None:
        changes["reviewed"] = bool(edit.reviewed)
        if edit.reviewed:
            reviewer = (edit.reviewed_by or "").strip()
            if reviewer:
                changes["reviewed_by"] = reviewer
            changes["reviewed_at"] = (today or dt.date.today()).isoformat()
    return replace(current, **changes), errors


def save_review(path, rule_id: str, edit: RuleEdit, expected_sha256: str | None, workspace=None,
                today: dt.date | None = None) -> Rule:
    """Apply `edit` to rule `rule_id` of the rule file at `path` and save it; returns the saved rule.

    `expected_sha256` is the SHA-256 of the file's bytes as the reviewer saw them: another content on disk
    raises ReviewConflict (None: edit the file as it is now — still under the lock, so no other writer's
    acknowledged edit is lost). ReviewInvalid when the edited file would break the format; SafeplanError
    for a file that does not read or has no such rule.
    """
    path = Path(path)
    with locked(path.parent):
        loaded = load_for_rewrite(path, str(path), workspace)
        rule_file = loaded.rule_file
        current = rule_file.rule(rule_id)
        submitted, errors = apply_edit(current, edit, today) if current is not None else (None, [])
        if expected_sha256 is not None and loaded.sha256 != expected_sha256:
            raise ReviewConflict(current, submitted)
        if current is None:
            raise SafeplanError(f"no rule {rule_id} in the file", path=str(path))
        edited = replace(rule_file, rules=[submitted if r is current else r for r in rule_file.rules])
        data = rule_file_to_dict(edited, like=loaded.data)
        problems = schema_problems(data, loaded.text, workspace) or consistency_problems(data, loaded.text)
        errors += [message for _line, message in problems]
        if errors:
            raise ReviewInvalid(errors)
        rewrite_loaded(loaded, data)
    return submitted
