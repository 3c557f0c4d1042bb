"""The 审核 form's half of saving a reviewer's edit: the form's fields (one control per field of a target,
deadline or frequency: `review_form`) as a `RuleEdit`; the library's
`safeplan.rules.review.save_review` does the rest (the rules folder's lock, the check that the file is the
one the page showed, validation as `safeplan rules validate`, a write that changes only the edited values).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from safeplan.rules.review import (
    ReviewConflict,
    ReviewInvalid,
    RuleEdit,
    apply_edit,
    rule_of,
    save_review,
)
from safeplan.web import review_form

Conflict = ReviewConflict      # the names the pages catch
Invalid = ReviewInvalid


def load(path: Path):
    """The rule file as the library reads it for a change (text, data, SHA-256 of its bytes)."""
    from safeplan.rules.rulefiles import load_for_rewrite

    return load_for_rewrite(path, str(path))


def rule_dict(data: dict, rule_id: str) -> dict | None:
    return rule_of(data, rule_id)


def edit_from_form(form, current: dict | None) -> tuple[RuleEdit, list[str]]:
    """The form's fields as a RuleEdit (`current`: the rule as the file has it, whose list entries keep
    the fields the form does not show), and the problems of single controls."""
    errors: list[str] = []
    lists = {}
    for key in ("targets", "deadlines", "frequencies"):
        if f"{key}-count" not in form:      # a form without these controls leaves the list as it is
            lists[key] = None
            continue
        lists[key], problems = review_form.entries_from_form(form, key, (current or {}).get(key))
        errors += problems
    edit = RuleEdit(
        title=str(form.get("title") or ""), kind=str(form.get("kind") or ""),
        obligation=str(form.get("obligation") or ""), sectors=str(form.get("sectors") or ""),
        **lists, lead=str(form.get("lead") or ""), support=str(form.get("support") or ""),
        reviewed=form.get("reviewed") == "on", reviewed_by=str(form.get("reviewed_by") or ""))
    return edit, errors


def edited_rule(current: dict, form) -> tuple[dict, list[str]]:
    """The rule with the form's fields applied (keys keep their order; new keys go last)."""
    edit, errors = edit_from_form(form, current)
    rule, more = apply_edit(current, edit)
    return rule, errors + more


def as_yaml(rule: dict | None) -> str:
    if rule is None:
        return "（这条规则已不在文件中）"
    return yaml.safe_dump(rule, allow_unicode=True, sort_keys=False, width=100)


def save_edit(ws, path: Path, loaded_sha: str, rule_id: str, form) -> dict:
    """Applies the form to `rule_id` of the file at `path`; returns the saved rule mapping.

    Raises Conflict when the file's hash is no longer `loaded_sha`, Invalid when the edit breaks the format.
    """
    current = rule_of(load(path).data, rule_id)
    edit, errors = edit_from_form(form, current)
    if errors:
        raise Invalid(errors)
    return save_review(path, rule_id, edit, loaded_sha, ws)
