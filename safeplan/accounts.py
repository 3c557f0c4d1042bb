"""Workbench accounts and what each role may do, kept in the workspace's `accounts.yaml`.

    schema: safeplan.accounts/v1
    accounts:
      - name: 赵主任
        role: 安办            # the street's safety office: reports for any unit of its street, approves 销号
        unit: 城东街道
        password: $argon2id$v=19$…
      - name: 李网格员
        role: 社区            # a community: reports for its own unit only, never approves 销号
        unit: 东湖社区         # or 城东街道/东湖社区 when the name repeats
        password: $argon2id$v=19$…

Roles: 安办 (its `unit` is a street: the street and its communities; no `unit`: every unit), 社区 (its `unit`
only), 只读 (reads only). Passwords are stored as argon2id hashes (argon2-cffi), never in clear; `authorise` is
the one place that says who may report, close (销号) or reopen a unit's task, or issue its 简报.
"""

from __future__ import annotations

import os
import re
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.fileio import atomic_write_bytes
from safeplan.yamlfiles import LineMap, check_keys, load_yaml_file

FILE = "accounts.yaml"
SCHEMA = "safeplan.accounts/v1"
OFFICE, COMMUNITY, READER = "安办", "社区", "只读"
ROLES = (OFFICE, COMMUNITY, READER)
TOP_KEYS = ("schema", "accounts")
ACCOUNT_KEYS = ("name", "role", "unit", "password")
SECRET_FILE = "session.key"
REPORT, CLOSE, REOPEN, BRIEF = "report", "close", "reopen", "brief"
_ACTIONS = {REPORT: "填报进度", CLOSE: "销号", REOPEN: "重新打开", BRIEF: "编发简报"}
_OFFICE_ONLY = (CLOSE, REOPEN, BRIEF)
_NAME = re.compile(r"^[^\s\x00-\x1f\x7f:/][^\x00-\x1f\x7f:/]{0,63}$")


class Forbidden(SafeplanError):
    """The account may not do this (the web answers 403)."""


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    unit: str
    password_hash: str = field(repr=False)      # never printed, never logged


def accounts_path(root) -> Path:
    return Path(root) / FILE


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    if not password:
        raise SafeplanError("the password is empty")
    if len(password) < 8:
        raise SafeplanError("the password is shorter than 8 characters")
    return _hasher().hash(password)


def _check_name(name, label, line) -> str:
    if not isinstance(name, str) or not _NAME.match(name.strip()):
        raise SafeplanError(f"account name {name!r} must be 1–64 characters without '/', ':' or control "
                            "characters", path=label, line=line)
    return name.strip()


def _check_role_unit(role, unit, label, line) -> tuple[str, str]:
    if role not in ROLES:
        raise SafeplanError(f"role {role!r} is not one of {'/'.join(ROLES)}", path=label, line=line)
    unit = "" if unit is None else unit
    if not isinstance(unit, str):
        raise SafeplanError(f"unit {unit!r} must be a text (a street or community name)", path=label, line=line)
    unit = unit.strip()
    if role == COMMUNITY and not unit:
        raise SafeplanError("a 社区 account needs its unit (the community it reports for)", path=label, line=line)
    return role, unit


def parse_accounts(data, label: str) -> list[Account]:
    """The accounts of a file's data; every problem names the file and line."""
    if data is None:
        return []
    if not isinstance(data, dict):
        raise SafeplanError("expected a mapping with schema and accounts", path=label, line=1)
    check_keys(data, TOP_KEYS, label)
    line_of = data.line_of if isinstance(data, LineMap) else (lambda _k: None)
    if data.get("schema", SCHEMA) != SCHEMA:
        raise SafeplanError(f"schema {data.get('schema')!r} is not {SCHEMA}", path=label, line=line_of("schema"))
    entries = data.get("accounts") or []
    if not isinstance(entries, list):
        raise SafeplanError("accounts must be a list", path=label, line=line_of("accounts"))
    found: dict[str, Account] = {}
    for entry in entries:
        line = getattr(entry, "line", None)
        if not isinstance(entry, dict):
            raise SafeplanError("each account is a mapping (name, role, unit, password)", path=label,
                                line=line_of("accounts"))
        check_keys(entry, ACCOUNT_KEYS, label, "an account")
        name = _check_name(entry.get("name"), label, line)
        if name in found:
            raise SafeplanError(f"account {name!r} is listed twice", path=label, line=line)
        role, unit = _check_role_unit(entry.get("role"), entry.get("unit"), label, line)
        hashed = entry.get("password")
        if not isinstance(hashed, str) or not hashed.startswith("$argon2"):
            raise SafeplanError(f"account {name!r}: password must be an argon2 hash (set it with "
                                "`safeplan accounts add NAME --replace`)", path=label, line=line)
        found[name] = Account(name=name, role=role, unit=unit, password_hash=hashed)
    return list(found.values())


_cache: dict[str, tuple[tuple, list[Account]]] = {}
_cache_lock = threading.Lock()


def load_accounts(root) -> list[Account]:
    """The accounts of the workspace at `root` ([] without accounts.yaml); re-read when the file changes."""
    path = accounts_path(root)
    try:
        st = path.stat()
    except FileNotFoundError:
        return []
    key = (st.st_size, st.st_mtime_ns, st.st_ino)
    with _cache_lock:
        cached = _cache.get(str(path))
    if cached and cached[0] == key:
        return cached[1]
    found = parse_accounts(load_yaml_file(path, FILE), FILE)
    with _cache_lock:
        _cache[str(path)] = (key, found)
    return found


def find_account(root, name: str) -> Account | None:
    return next((a for a in load_accounts(root) if a.name == name), None)


def _dump(accounts: list[Account]) -> bytes:
    import yaml

    data = {"schema": SCHEMA, "accounts": [
        {"name": a.name, "role": a.role, **({"unit": a.unit} if a.unit else {}), "password": a.password_hash}
        for a in accounts]}
    head = "# workbench accounts: `safeplan accounts add|list|remove` (passwords are argon2 hashes)\n"
    return (head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)).encode("utf-8")


def _write(root, accounts: list[Account]) -> None:
    path = accounts_path(root)
    atomic_write_bytes(path, _dump(accounts))
    os.chmod(path, 0o600)      # the hashes are for the workspace's owner only


def add_account(root, name: str, role: str, unit: str, password: str, replace: bool = False) -> Account:
    """Add an account (or, with `replace`, change an existing one's role, unit and password)."""
    name = _check_name(name, "--name", None)
    role, unit = _check_role_unit(role, unit, "--role/--unit", None)
    current = load_accounts(root)
    if any(a.name == name for a in current) and not replace:
        raise SafeplanError(f"account {name!r} exists already (give --replace to change it)", path=FILE)
    account = Account(name=name, role=role, unit=unit, password_hash=hash_password(password))
    kept = [account if a.name == name else a for a in current]
    if account not in kept:
        kept.append(account)
    _write(root, kept)
    return account


def remove_account(root, name: str) -> None:
    current = load_accounts(root)
    if not any(a.name == name for a in current):
        known = "、".join(a.name for a in current) or "none"
        raise SafeplanError(f"no account {name!r} (accounts: {known})", path=FILE)
    _write(root, [a for a in current if a.name != name])


_DUMMY: list[str] = []


def verify(root, name: str, password: str) -> Account | None:
    """The account when `password` is its password, else None (an unknown name costs the same hash)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    account = find_account(root, (name or "").strip())
    hasher = _hasher()
    if account is None:
        if not _DUMMY:
            _DUMMY.append(hasher.hash(secrets.token_hex(8)))
        try:
            hasher.verify(_DUMMY[0], password or "")
        except VerificationError:
            pass
        return None
    try:
        hasher.verify(account.password_hash, password or "")
    except (VerificationError, InvalidHashError):
        return None
    return account


def workspace_secret(state_dir) -> bytes:
    """The key that signs login sessions: `<workspace>/.safeplan/session.key`, made once with mode 0600."""
    path = Path(state_dir) / SECRET_FILE
    try:
        data = path.read_bytes()
        if len(data) >= 32:
            return data
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{SECRET_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(secrets.token_bytes(32))
    try:
        os.link(tmp, path)            # the first writer wins; a second start reads the same key
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
    return path.read_bytes()


def in_scope(account: Account, unit: str, street: str) -> bool:
    """Whether `unit` (of `street`; a street's own street is itself) is within the account's units."""
    mine = account.unit
    if account.role == OFFICE:
        return not mine or mine in (street, unit, f"{street}/{unit}")
    if account.role == COMMUNITY:
        return mine in (unit, f"{street}/{unit}")
    return False


def authorise(account: Account, action: str, unit: str, street: str) -> None:
    """Raise Forbidden unless `account` may do `action` (report, close, reopen a task of `unit`; brief: write
    the 简报 of `unit`, which assigns its 第N期)."""
    what = _ACTIONS[action]
    if account.role == READER:
        raise Forbidden(f"{account.name}（只读）不能{what}")
    if action in _OFFICE_ONLY and account.role != OFFICE:
        verb = "编发" if action == BRIEF else "审批"
        raise Forbidden(f"{what}由街道安办{verb}：{account.name}（{account.role}）不能{what}")
    if not in_scope(account, unit, street):
        raise Forbidden(f"{account.name}（{account.role}，{account.unit or '全部单位'}）不能为{unit}{what}")
