"""Compare what a plan item says with the upper rule it implements: targets, deadlines, frequencies.

Each function gets the rule's values and the plan's (parsed from the item by safeplan.rules.fields) and
returns (code, upper value, plan value or None, where in the item) for every place the plan is weaker.
Stricter values and additional values are fine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from safeplan.rules.compare import (
    deadline_not_later,
    frequency_at_least_as_strict,
    target_at_least_as_strict,
)
from safeplan.rules.model import Deadline, Frequency, Target

_PUNCT = re.compile(r"[\s,，。;；:：、()（）“”\"'《》]")
NOT_WRITTEN = "未写明"


@dataclass(frozen=True)
class Gap:
    code: str
    expected: str
    found: str | None          # None: the plan does not say it at all
    needle: str | None         # text to locate the finding's line in the item
    note: str = ""


def _bigrams(s: str) -> set[str]:
    s = _PUNCT.sub("", s)
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams: 0 (nothing shared) … 1 (same)."""
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


_CLAUSE_END = re.compile(r"[。;；,，:：!！?？\n]")


def clause_of(text: str, phrase: str) -> str:
    """The clause of `text` that `phrase` sits in, without the phrase: what a deadline or target governs."""
    pos = text.find(phrase) if phrase else -1
    if pos < 0:
        return ""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, pos)]
    start = starts[-1] if starts else 0
    m = _CLAUSE_END.search(text, pos + len(phrase))
    end = m.start() if m else len(text)
    return text[start:pos] + text[pos + len(phrase):end]


def speaks_to(plan_text: str, clause: str) -> bool:
    """Does the plan item address this clause of the upper rule (most of its character pairs are there)?

    An item that implements one sentence of a long upper task is not faulted for the deadline of another
    sentence it does not take up at all; an item that takes the sentence up but drops its deadline is.
    """
    grams = _bigrams(clause)
    if len(grams) < 3:
        return True
    return len(grams & _bigrams(plan_text)) / len(grams) >= 0.5


def locate(plan_text: str, words: str, size: int = 6) -> str | None:
    """A piece of `plan_text` that begins the upper rule's `words` (to name the line of an omission)."""
    words = _PUNCT.sub("", words or "")
    for i in range(0, max(len(words) - size, 0) + 1):
        piece = words[i:i + size]
        if len(piece) == size and piece in plan_text:
            return piece
    return None


def same_metric(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    x, y = _PUNCT.sub("", a), _PUNCT.sub("", b)
    return x == y or x in y or y in x or similarity(x, y) >= 0.6


def _describe_target(t: Target) -> str:
    return t.text or f"{t.metric}{t.op}{t.value}{t.unit or ''}"


def compare_targets(rule_targets: list[Target], plan_targets: list[Target], plan_wide: list[Target], plan_text: str) -> list[Gap]:
    gaps = []
    for rt in rule_targets:
        if rt.value is None:
            continue
        mine = [pt for pt in plan_targets if same_metric(pt.metric, rt.metric)]
        if not mine:
            mine = [pt for pt in plan_wide if same_metric(pt.metric, rt.metric)]
        if not mine:
            if rt.text and _PUNCT.sub("", rt.text) in _PUNCT.sub("", plan_text):
                continue   # the very phrase is there; the parser read it otherwise
            if not speaks_to(plan_text, rt.metric or rt.text):
                continue   # the item does not take up what this target measures
            gaps.append(Gap("weaker-target", _describe_target(rt), None, locate(plan_text, rt.metric or rt.text),
                            "方案未写明该指标"))
            continue
        verdicts = [(pt, target_at_least_as_strict(pt, rt)) for pt in mine]
        if any(v is True for _, v in verdicts) or not any(v is False for _, v in verdicts):
            continue
        weakest = next(pt for pt, v in verdicts if v is False)
        gaps.append(Gap("weaker-target", _describe_target(rt), _describe_target(weakest), weakest.text))
    return gaps


def _contexts(text: str, phrase: str, width: int = 14) -> list[tuple[int, str]]:
    out = []
    if not phrase:
        return out
    for m in re.finditer(re.escape(phrase), text):
        out.append((m.start(), text[max(0, m.start() - width // 2):m.start()] + text[m.end():m.end() + width]))
    return out


def compare_deadlines(rule_deadlines: list[Deadline], rule_text: str, plan_deadlines: list[Deadline], plan_text: str) -> list[Gap]:
    """Pair each upper deadline with the plan deadline in the most similar context (the words around it)."""
    gaps = []
    plan_occ = []     # (deadline, offset, context)
    for pd in plan_deadlines:
        for off, ctx in _contexts(plan_text, pd.text):
            plan_occ.append((pd, off, ctx))
    dated = [p for p in plan_occ if deadline_not_later(p[0], p[0]) is not None]
    for rd in rule_deadlines:
        if deadline_not_later(rd, rd) is None:
            continue          # relative or placeholder upper deadline: nothing to compare
        rctx = [c for _, c in _contexts(rule_text, rd.text)] or [""]
        best, best_sim = None, 0.0
        for occ in dated:
            sim = max(similarity(r, occ[2]) for r in rctx)
            if sim > best_sim:
                best, best_sim = occ, sim
        if best is not None and best_sim >= 0.35:
            if deadline_not_later(best[0], rd) is False:
                gaps.append(Gap("later-deadline", rd.text, best[0].text, best[0].text))
            continue
        if not dated:
            if (rd.text and rd.text in plan_text) or any(p.placeholder for p in plan_deadlines):
                continue   # the same words, or a 20__ year (reported as a placeholder)
            if not speaks_to(plan_text, clause_of(rule_text, rd.text)):
                continue   # the item does not take up the sentence this deadline governs
            gaps.append(Gap("later-deadline", rd.text, None, locate(plan_text, clause_of(rule_text, rd.text)),
                            "方案未写明完成时限"))
            continue
        if any(deadline_not_later(p[0], rd) for p in dated):
            continue
        later = dated[0][0]
        gaps.append(Gap("later-deadline", rd.text, later.text, later.text))
    return gaps


def _same_scope(a: str | None, b: str | None) -> bool:
    if not a and not b:
        return True
    if not a or not b:
        return False
    return same_metric(a, b)


def _same_activity(a: Frequency, b: Frequency) -> bool:
    if not a.activity or not b.activity:
        return True
    return similarity(a.activity, b.activity) >= 0.3 or a.activity in b.activity or b.activity in a.activity


def compare_frequencies(rule_freqs: list[Frequency], plan_freqs: list[Frequency], plan_text: str) -> list[Gap]:
    gaps = []
    for rf in rule_freqs:
        if rf.period is None:
            continue
        same = [pf for pf in plan_freqs if _same_scope(pf.scope, rf.scope) and _same_activity(pf, rf)]
        if same:
            verdicts = [(pf, frequency_at_least_as_strict(pf, rf)) for pf in same]
            if any(v is True for _, v in verdicts) or not any(v is False for _, v in verdicts):
                continue
            rarer = next(pf for pf, v in verdicts if v is False)
            gaps.append(Gap("lower-frequency", _freq(rf), _freq(rarer), rarer.text))
            continue
        if rf.scope:
            # the scope lost its own (stricter) frequency: only the general one is left, if any
            general = [pf for pf in plan_freqs if not pf.scope and _same_activity(pf, rf)]
            if any(frequency_at_least_as_strict(pf, rf) for pf in general):
                continue
            found = _freq(general[0]) if general else None
            gaps.append(Gap("lower-frequency", _freq(rf), found, general[0].text if general else None,
                            f"{rf.scope}失去了更高的频次要求"))
            continue
        if rf.text and rf.text in plan_text:
            continue
        gaps.append(Gap("lower-frequency", _freq(rf), None, None, "方案未写明频次"))
    return gaps


def _freq(f: Frequency) -> str:
    return f"{f.scope}: {f.text}" if f.scope and f.scope not in f.text else f.text
