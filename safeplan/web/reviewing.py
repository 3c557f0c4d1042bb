"""The 审核 form's half of saving a reviewer's edit: the form's fields (one control per field of a target,
deadline or frequency: `review_form`) as a `RuleEdit` on the rule as the library reads it; the library's
`safeplan.rules.review.save_review` does the rest (the rules folder's lock, the check that the file is the
one the page showed, validation as `safeplan rules validate`, a write that changes only the edited values).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from safeplan.rules.model import Rule, rule_to_dict
from safeplan.rules.review import ReviewInvalid, RuleEdit, save_review
from safeplan.web import review_form


def load(path: Path):
    """The rule file as the library reads it for a change (text, SHA-256 of its bytes, `rule_file`)."""
    from safeplan.rules.rulefiles import load_for_rewrite

    return load_for_rewrite(path, str(path))


def edit_from_form(form, current: Rule | None) -> tuple[RuleEdit, list[str]]:
    """The form's fields as a RuleEdit (`current`: the rule as the file has it, whose list entries keep
    the fields the form does not show), and the problems of single controls."""
    errors: list[str] = []
    lists = {}
    for key in ("targets", "deadlines", "frequencies"):
        if f"{key}-count" not in form:      # a form without these controls leaves the list as it is
            lists[key] = None
            continue
        lists[key], problems = review_form.entries_from_form(form, key, getattr(current, key, None))
        errors += problems
    edit = RuleEdit(
        title=str(form.get("title") or ""), kind=str(form.get("kind") or ""),
        obligation=str(form.get("obligation") or ""), sectors=str(form.get("sectors") or ""),
        **lists, lead=str(form.get("lead") or ""), support=str(form.get("support") or ""),
        reviewed=form.get("reviewed") == "on", reviewed_by=str(form.get("reviewed_by") or ""))
    return edit, errors


def as_yaml(rule: Rule | None) -> str:
    if rule is None:
        return "（这条规则已不在文件中）"
    return yaml.safe_dump(rule_to_dict(rule), allow_unicode=True, sort_keys=False, width=100)


def save_edit(ws, path: Path, loaded_sha: str, rule_id: str, form) -> Rule:
    """Applies the form to `rule_id` of the file at `path`; returns the saved rule.

    Raises ReviewConflict when the file's hash is no longer `loaded_sha`, ReviewInvalid when the edit
    breaks the format.
    """
    current = load(path).rule_file.rule(rule_id)
    edit, errors = edit_from_form(form, current)
    if errors:
        raise ReviewInvalid(errors)
    return save_review(path, rule_id, edit, loaded_sha, ws)
