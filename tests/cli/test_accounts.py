"""Accounts in the workspace (safeplan.accounts, `safeplan accounts …`): the file, the hashes, the roles."""

from __future__ import annotations

import stat

import pytest
from click.testing import CliRunner

from safeplan.accounts import (
    BRIEF,
    CLOSE,
    REOPEN,
    REPORT,
    Account,
    Forbidden,
    add_account,
    authorise,
    load_accounts,
    remove_account,
    verify,
    workspace_secret,
)
from safeplan.cli import cli
from safeplan.errors import SafeplanError

HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"


def _write(ws, text):
    ws.mkdir(exist_ok=True)
    (ws / "accounts.yaml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("text, where, message", [
    ("schema: safeplan.accounts/v1\naccounts:\n  - name: 王\n    role: 安办\n    units: 城东街道\n    password: H\n",
     "accounts.yaml:5:", "unknown key 'units' in an account: did you mean 'unit'?"),
    ("schema: safeplan.accounts/v1\nacounts: []\n", "accounts.yaml:2:", "unknown key 'acounts'"),
    ("accounts:\n  - name: 王\n    role: 主任\n    password: H\n", "accounts.yaml:2:", "role '主任' is not one of 安办/社区/只读"),
    ("accounts:\n  - name: 王\n    role: 社区\n    password: H\n", "accounts.yaml:2:", "a 社区 account needs its unit"),
    ("accounts:\n  - name: 王\n    role: 只读\n    password: secret\n", "accounts.yaml:2:", "password must be an argon2 hash"),
    ("accounts:\n  - {name: 王, role: 只读, password: H}\n  - {name: 王, role: 只读, password: H}\n",
     "accounts.yaml:3:", "account '王' is listed twice"),
])
def test_a_broken_accounts_file_names_its_line(tmp_path, text, where, message):
    _write(tmp_path, text.replace("password: H", f"password: '{HASH}'"))
    with pytest.raises(SafeplanError) as caught:
        load_accounts(tmp_path)
    assert str(caught.value).startswith(where) and message in str(caught.value)


def test_add_verify_remove(tmp_path):
    account = add_account(tmp_path, "李网格员", "社区", "东湖社区", "correct horse")
    assert account.password_hash.startswith("$argon2id$") and "correct horse" not in account.password_hash
    assert "password_hash" not in repr(account)          # never printed by a log line that shows the account
    path = tmp_path / "accounts.yaml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "correct horse" not in path.read_text(encoding="utf-8")
    assert verify(tmp_path, "李网格员", "correct horse") == account
    assert verify(tmp_path, "李网格员", "wrong horse") is None
    assert verify(tmp_path, "nobody", "correct horse") is None
    with pytest.raises(SafeplanError, match="exists already"):
        add_account(tmp_path, "李网格员", "社区", "东湖社区", "another pass")
    changed = add_account(tmp_path, "李网格员", "安办", "城东街道", "another pass", replace=True)
    assert [(a.name, a.role, a.unit) for a in load_accounts(tmp_path)] == [("李网格员", "安办", "城东街道")]
    assert verify(tmp_path, "李网格员", "correct horse") is None and verify(tmp_path, "李网格员", "another pass") == changed
    remove_account(tmp_path, "李网格员")
    assert load_accounts(tmp_path) == []
    with pytest.raises(SafeplanError, match="no account '李网格员'"):
        remove_account(tmp_path, "李网格员")


def test_short_passwords_and_bad_names_are_refused(tmp_path):
    with pytest.raises(SafeplanError, match="shorter than 8"):
        add_account(tmp_path, "王", "只读", "", "short")
    with pytest.raises(SafeplanError, match="without '/'"):
        add_account(tmp_path, "a/b", "只读", "", "long enough")
    assert not (tmp_path / "accounts.yaml").exists()


def test_the_session_key_is_made_once_for_its_owner_only(tmp_path):
    key = workspace_secret(tmp_path / ".safeplan")
    assert len(key) == 32 and workspace_secret(tmp_path / ".safeplan") == key
    assert stat.S_IMODE((tmp_path / ".safeplan" / "session.key").stat().st_mode) == 0o600


OFFICE = Account("赵主任", "安办", "城东街道", HASH)
EVERYWHERE = Account("区安委办", "安办", "", HASH)
DONGHU = Account("李网格员", "社区", "东湖社区", HASH)
READER = Account("钱科员", "只读", "", HASH)


@pytest.mark.parametrize("account, action, unit, street, allowed", [
    (OFFICE, REPORT, "东湖社区", "城东街道", True),
    (OFFICE, REPORT, "城东街道", "城东街道", True),
    (OFFICE, CLOSE, "新华社区", "城东街道", True),
    (OFFICE, REOPEN, "新华社区", "城东街道", True),
    (OFFICE, REPORT, "东湖社区", "城西街道", False),      # another street's 东湖社区
    (OFFICE, CLOSE, "城西街道", "城西街道", False),
    (EVERYWHERE, CLOSE, "城西街道", "城西街道", True),
    (DONGHU, REPORT, "东湖社区", "城东街道", True),
    (DONGHU, REPORT, "新华社区", "城东街道", False),
    (DONGHU, REPORT, "城东街道", "城东街道", False),
    (DONGHU, CLOSE, "东湖社区", "城东街道", False),     # 销号 is the 安办's, even for its own unit
    (DONGHU, REOPEN, "东湖社区", "城东街道", False),
    (READER, REPORT, "东湖社区", "城东街道", False),
    (OFFICE, BRIEF, "城东街道", "城东街道", True),          # the 简报 (it assigns a 第N期) is the 安办's
    (OFFICE, BRIEF, "城西街道", "城西街道", False),
    (DONGHU, BRIEF, "城东街道", "城东街道", False),
])
def test_who_may_do_what(account, action, unit, street, allowed):
    if allowed:
        authorise(account, action, unit, street)
    else:
        with pytest.raises(Forbidden):
            authorise(account, action, unit, street)


def test_a_community_account_may_name_its_street(tmp_path):
    account = Account("李", "社区", "城东街道/东湖社区", HASH)
    authorise(account, REPORT, "东湖社区", "城东街道")
    with pytest.raises(Forbidden):
        authorise(account, REPORT, "东湖社区", "城西街道")


def test_the_command_line(tmp_path):
    runner = CliRunner()
    ws = str(tmp_path)
    added = runner.invoke(cli, ["accounts", "add", "赵主任", "--role", "安办", "--unit", "城东街道", "--password-stdin",
                                "--workspace", ws], input="anban-pass-1\n")
    assert added.exit_code == 0, added.output
    prompted = runner.invoke(cli, ["accounts", "add", "李网格员", "--role", "社区", "--unit", "东湖社区",
                                   "--workspace", ws], input="shequ-pass-1\nshequ-pass-1\n")
    assert prompted.exit_code == 0, prompted.output
    listed = runner.invoke(cli, ["accounts", "list", "--workspace", ws])
    assert listed.output == "赵主任\t安办\t城东街道\n李网格员\t社区\t东湖社区\n"
    assert "argon2" not in listed.output
    assert verify(tmp_path, "李网格员", "shequ-pass-1") is not None
    bad = runner.invoke(cli, ["accounts", "add", "王", "--role", "社区", "--password-stdin", "--workspace", ws],
                        input="long enough\n")
    assert bad.exit_code == 2 and "a 社区 account needs its unit" in bad.output
    removed = runner.invoke(cli, ["accounts", "remove", "赵主任", "--workspace", ws])
    assert removed.exit_code == 0 and [a.name for a in load_accounts(tmp_path)] == ["李网格员"]
    assert "--password-stdin" in runner.invoke(cli, ["accounts", "add", "--help"]).output
