"""The 审核 form's controls for a rule's targets, deadlines and frequencies: one row per entry, one control
per field (metric, op, value, unit; a date; a period and a count), and back.

A row's fields the form does not show (a target's direction, baseline and due, a frequency's scope and
activity, …) come back from the entry the row was made from, so a save changes only what was edited. The
library's `save_review` then validates the rule as `safeplan rules validate` does; what can be said about a
single control before that (a number that is no number, a date that is no day) is said here, per row.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from safeplan.rules.model import PERIODS, Deadline, Frequency, Target

OPS = (">=", ">", "<=", "<", "==")
OP_LABEL = {">=": "≥ 不低于", ">": "> 高于", "<=": "≤ 不高于", "<": "< 低于", "==": "= 等于"}
PERIOD_LABEL = {"day": "日", "week": "周", "half_month": "半月", "month": "月", "quarter": "季度",
                "half_year": "半年", "year": "年"}
FIELDS = {  # the controls of a row, per list; the first is the entry's text (the source phrase)
    "targets": ("text", "metric", "op", "value", "unit"),
    "deadlines": ("text", "date"),
    "frequencies": ("text", "every", "period", "min_count"),
}
LABEL = {"targets": "指标", "deadlines": "期限", "frequencies": "频次"}
MAX_ROWS = 50
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def rows_of(entries: list[Target] | list[Deadline] | list[Frequency] | None) -> list[dict]:
    """The rows the form shows for a rule's list (every field as text), plus one empty row to add an entry."""
    rows = []
    for entry in entries or []:
        row = {name: _shown(getattr(entry, name, None)) for name in _all_fields()}
        rows.append(row)
    rows.append({name: "" for name in _all_fields()})
    return rows


def _all_fields() -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for names in FIELDS.values() for name in names))


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def posted_rows(form, key: str) -> list[dict]:
    """The rows as posted (text as typed; `delete` set when the row's 删除 box is ticked)."""
    try:
        count = min(int(str(form.get(f"{key}-count") or "0")), MAX_ROWS)
    except ValueError:
        count = 0
    rows = []
    for i in range(max(count, 0)):
        row = {name: str(form.get(f"{key}-{i}-{name}") or "").strip() for name in FIELDS[key]}
        row["delete"] = form.get(f"{key}-{i}-delete") == "on"
        rows.append(row)
    return rows


def shown_rows(form, key: str) -> list[dict]:
    """The posted rows as the form shows them again after a refused save (deleted rows left out)."""
    rows = [{name: row.get(name, "") for name in _all_fields()} for row in posted_rows(form, key) if not row["delete"]]
    if not rows or any(rows[-1].values()):
        rows.append({name: "" for name in _all_fields()})
    return rows


def entries_from_form(form, key: str, current: list | None) -> tuple[list, list[str]]:
    """The rule's list for `key` (Target, Deadline or Frequency entries) from the posted rows: row i updates
    entry i of `current` (fields the form does not show stay); an empty row is no entry, a ticked 删除
    removes one. Returns (entries, problems)."""
    current = list(current or [])
    entries: list = []
    errors: list[str] = []
    for i, row in enumerate(posted_rows(form, key)):
        base = current[i] if i < len(current) else None
        shown = [row[name] for name in FIELDS[key]]
        if row["delete"] or not any(shown):
            continue
        where = f"{LABEL[key]}第{len(entries) + 1}项"
        entry, problems = _ENTRY[key](base, row, where)
        errors += problems
        entries.append(entry)
    return entries, errors


def _target(base: Target | None, row: dict, where: str) -> tuple[Target, list[str]]:
    errors = []
    if row["op"] not in OPS:
        errors.append(f"{where}：比较方式必须是 {' '.join(OPS)} 之一")
    value = row["value"]
    number: float | int | str | None = None
    if value and _NUMBER.fullmatch(value):
        number = float(value)
        number = int(number) if number.is_integer() and "." not in value else number
    elif value:
        errors.append(f"{where}：数值“{value}”不是数字")
        number = value                      # (shown back with the problem; never saved)
    changes = {"text": row["text"], "metric": row["metric"], "op": row["op"], "value": number,
               "unit": row["unit"] or None}
    return (replace(base, **changes) if base else Target(**changes)), errors


def _deadline(base: Deadline | None, row: dict, where: str) -> tuple[Deadline, list[str]]:
    entry = replace(base, text=row["text"]) if base else Deadline(text=row["text"])
    if not row["date"]:
        return replace(entry, date=None), []
    try:
        day = dt.date.fromisoformat(row["date"])
    except ValueError:
        return replace(entry, date=row["date"]), [f"{where}：日期“{row['date']}”不是有效日期（YYYY-MM-DD）"]
    if entry.date != row["date"]:      # a new date: the parts and the placeholder follow it
        entry = replace(entry, year=day.year, month=day.month, day=day.day, placeholder=False)
    return replace(entry, date=day.isoformat()), []


def _frequency(base: Frequency | None, row: dict, where: str) -> tuple[Frequency, list[str]]:
    errors = []
    if row["period"] not in PERIODS:
        errors.append(f"{where}：周期必须是 {'、'.join(PERIOD_LABEL.values())} 之一")
    changes: dict = {"text": row["text"], "period": row["period"]}
    for name, label in (("every", "每几个周期"), ("min_count", "至少次数")):
        value = row[name]
        if not value:
            changes[name] = 1          # not stated: once a period
        elif value.isascii() and value.isdigit() and int(value) >= 1:
            changes[name] = int(value)
        else:
            errors.append(f"{where}：{label}“{value}”必须是正整数")
            changes[name] = value
    return (replace(base, **changes) if base else Frequency(**changes)), errors


_ENTRY = {"targets": _target, "deadlines": _deadline, "frequencies": _frequency}
