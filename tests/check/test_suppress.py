""".safeplan-ignore.yaml entries and inline ignores: suppressed findings are listed, expired entries come back."""

import datetime as dt

import pytest

from safeplan.check.findings import Finding, RuleRef
from safeplan.check.marks import Ignore
from safeplan.check.suppress import apply_suppressions, load_ignore_file
from safeplan.errors import SafeplanError

R4 = RuleRef("anwei-2024-2-zhiben-gongjian", "3.3.4", "…")
WEAKER = Finding("weaker-target", "plans/城东.docx", 57, "…", rule=R4, expected="95%", found="90%")
LATER = Finding("later-deadline", "plans/城东.docx", 60, "…", rule=R4)


def write(tmp_path, text):
    p = tmp_path / ".safeplan-ignore.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_entry_suppresses_and_expired_entry_is_reported(tmp_path):
    path = write(tmp_path, (
        "- code: weaker-target\n  plan: 城东.docx\n  rule: anwei-2024-2-zhiben-gongjian:3.3.4\n"
        "  reason: 区安委会已批准\n  approver: 张三\n  expires: 2026-12-31\n"
        "- code: later-deadline\n  rule: '3.3.4'\n  reason: 等待区里调整\n  expires: 2025-01-31\n"
    ))
    entries = load_ignore_file(path)
    kept, suppressed = apply_suppressions([WEAKER, LATER], {}, entries, ".safeplan-ignore.yaml", today=dt.date(2025, 6, 1))
    assert [(s.finding.code, s.reason, s.approver, s.expires) for s in suppressed] == [
        ("weaker-target", "区安委会已批准", "张三", "2026-12-31")]
    assert [(f.code, f.plan, f.line) for f in kept] == [
        ("later-deadline", "plans/城东.docx", 60),
        ("expired-ignore", ".safeplan-ignore.yaml", 7),
    ]


def test_inline_ignore_covers_its_code_on_its_line_only():
    inline = {("plans/城东.docx", 57): [Ignore("weaker-target", "本街道无此类企业")]}
    kept, suppressed = apply_suppressions([WEAKER, LATER], inline, [], ".safeplan-ignore.yaml")
    assert [(s.finding.code, s.source, s.reason) for s in suppressed] == [("weaker-target", "inline", "本街道无此类企业")]
    assert kept == [LATER]


@pytest.mark.parametrize(
    "text, message",
    [
        ("- code: weaker-target\n", ".safeplan-ignore.yaml:1: entry for weaker-target has no reason: every suppression says why"),
        ("- code: nonsense\n  reason: x\n", ".safeplan-ignore.yaml:1: unknown finding code 'nonsense'"),
        ("- code: placeholder\n  reason: x\n  expires: soon\n", ".safeplan-ignore.yaml:1: expires 'soon' is not a date (YYYY-MM-DD)"),
        ("- code: placeholder\n  code: placeholder\n", ".safeplan-ignore.yaml:2: duplicate key 'code' (first on line 1)"),
        ("- code: placeholder\n  reason: x\n  expires: 2021-02-30\n",
         ".safeplan-ignore.yaml:3: no such date 2021-02-30 (write a real date as YYYY-MM-DD)"),
        ("- code: placeholder\n  reason: x\n  expires: '2021-02-30'\n",
         ".safeplan-ignore.yaml:1: expires '2021-02-30' is not a date (YYYY-MM-DD)"),
        ("- code: placeholder\n  reason: x\n  approver: " + "9" * 5000 + "\n",
         ".safeplan-ignore.yaml:3: a number of 5000 characters is too long to read (quote it if it is a text)"),
        ("- &a {code: placeholder, reason: x}\n- *a\n",
         ".safeplan-ignore.yaml:2: YAML aliases (*a) are not allowed in this file: write the value out"),
        ("- code: placeholder\n  reson: x\n", ".safeplan-ignore.yaml:2: unknown key 'reson': did you mean 'reason'?"),
        ("code: placeholder\n", ".safeplan-ignore.yaml:1: expected a list of {code, plan, rule, reason, approver, expires} entries"),
        ("- [unclosed\n", ".safeplan-ignore.yaml:2: not valid YAML: did not find expected ',' or ']'"),
    ],
    ids=["no-reason", "unknown-code", "bad-date", "duplicate-key", "impossible-date", "impossible-quoted-date",
         "5000-digits", "alias", "unknown-key", "not-a-list", "bad-yaml"],
)
def test_bad_ignore_file_is_bad_input(tmp_path, monkeypatch, text, message):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, text)
    from pathlib import Path

    with pytest.raises(SafeplanError) as exc:
        load_ignore_file(Path(".safeplan-ignore.yaml"))
    assert str(exc.value) == message
