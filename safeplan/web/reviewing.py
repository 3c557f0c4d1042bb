"""Saving a reviewer's edit of one rule: validated against rules/schema.json, refused when the file
changed on disk since the page was loaded, written by the rules engineer's round-trip `save_rule_file`
(atomic; the file's other rules, comments and key order are kept).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from safeplan.errors import SafeplanError
from safeplan.rules.model import KINDS, OBLIGATIONS


class Conflict(Exception):
    """The file changed on disk since the form was loaded."""

    def __init__(self, on_disk: dict | None, submitted: dict):
        super().__init__("changed on disk")
        self.on_disk = on_disk
        self.submitted = submitted


class Invalid(Exception):
    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class Loaded:
    path: Path
    sha256: str
    text: str
    data: dict          # the file as plain data (dates as ISO strings)


def load(path: Path) -> Loaded:
    """The rule file as the rules engineer's reader parses it, with the hash of its bytes."""
    from safeplan.rules.io import file_sha256, parse_rule_text
    from safeplan.rules.yamlio import read_text

    text = read_text(path, str(path))
    return Loaded(path=path, sha256=file_sha256(path), text=text, data=parse_rule_text(text, str(path)))


def _plain(data):
    """YAML dates → ISO strings, as a JSON reader would see them."""
    return json.loads(json.dumps(data, default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v),
                                 ensure_ascii=False))


def rule_dict(data: dict, rule_id: str) -> dict | None:
    return next((r for r in data.get("rules") or [] if str(r.get("id")) == rule_id), None)


def _names(text: str) -> list[str]:
    import re

    return [n.strip() for n in re.split(r"[、,，;；\n]+", text or "") if n.strip()]


def _yaml_list(text: str, label: str, errors: list[str]) -> list:
    if not (text or "").strip():
        return []
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        errors.append(f"{label}: YAML 格式错误：{str(exc).splitlines()[0]}")
        return []
    if value is None:
        return []
    if not isinstance(value, list):
        errors.append(f"{label}: 需要一个列表（每项以 - 开头）")
        return []
    return _plain(value)


def edited_rule(current: dict, form) -> tuple[dict, list[str]]:
    """The rule with the form's fields applied (keys keep their order; new keys go last)."""
    errors: list[str] = []
    rule = dict(current)
    rule["title"] = str(form.get("title") or "").strip()
    kind, obligation = str(form.get("kind") or ""), str(form.get("obligation") or "")
    if kind not in KINDS:
        errors.append(f"类型 kind 必须是 {'/'.join(KINDS)} 之一")
    if obligation not in OBLIGATIONS:
        errors.append(f"约束 obligation 必须是 {'/'.join(OBLIGATIONS)} 之一")
    rule["kind"], rule["obligation"] = kind, obligation
    rule["sectors"] = _names(str(form.get("sectors") or ""))
    rule["targets"] = _yaml_list(str(form.get("targets") or ""), "指标 targets", errors)
    rule["deadlines"] = _yaml_list(str(form.get("deadlines") or ""), "期限 deadlines", errors)
    rule["frequencies"] = _yaml_list(str(form.get("frequencies") or ""), "频次 frequencies", errors)
    rule["responsible"] = {"lead": _names(str(form.get("lead") or "")),
                           "support": _names(str(form.get("support") or ""))}
    for key in ("targets", "deadlines", "frequencies", "responsible"):
        if key not in current and not any(rule[key].values() if isinstance(rule[key], dict) else rule[key]):
            del rule[key]  # an empty field the file did not have stays out of it
    rule["reviewed"] = form.get("reviewed") == "on"
    reviewer = str(form.get("reviewed_by") or "").strip()
    if rule["reviewed"]:
        if reviewer:
            rule["reviewed_by"] = reviewer
        rule["reviewed_at"] = dt.date.today().isoformat()
    return rule, errors


def as_yaml(rule: dict | None) -> str:
    if rule is None:
        return "（这条规则已不在文件中）"
    return yaml.safe_dump(rule, allow_unicode=True, sort_keys=False, width=100)


def save_edit(ws, path: Path, loaded_sha: str, rule_id: str, form) -> dict:
    """Applies the form to `rule_id` of the file at `path`; returns the saved rule mapping.

    Raises Conflict when the file's hash is no longer `loaded_sha`, Invalid when the edit breaks the schema.
    """
    from safeplan.rules.io import save_rule_file, schema_problems

    current = load(path)
    old_rule = rule_dict(current.data, rule_id)
    submitted, errors = edited_rule(old_rule or {"id": rule_id}, form)
    if current.sha256 != loaded_sha:
        raise Conflict(old_rule, submitted)
    if old_rule is None:
        raise SafeplanError(f"no rule {rule_id} in the file", path=str(path))
    data = dict(current.data)
    data["rules"] = [submitted if str(r.get("id")) == rule_id else r for r in data["rules"]]
    errors += [message for _line, message in schema_problems(data, current.text, ws)]
    if errors:
        raise Invalid(errors)
    save_rule_file(path, rule_id, submitted, expected_sha256=loaded_sha)
    return submitted
