"""Who is asking: the account behind a login session, the token holder, or the local user; and what they may do.

An account's session cookie is `v1.<name, expiry, password fingerprint>.<HMAC>`, signed with the workspace's
key (`.safeplan/session.key`, mode 0600, made once: sessions survive a restart). It expires after
SESSION_HOURS; changing an account's password or removing it ends its sessions (the fingerprint no longer
matches). The token (`--token`) and, without token and accounts, the local user on 127.0.0.1 act with the
rights of a 安办 over every unit, as the command line does. The rules themselves are `safeplan.accounts.authorise`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from pathlib import Path

from safeplan.accounts import OFFICE, Account, find_account, load_accounts, workspace_secret
from safeplan.errors import SafeplanError

SESSION_HOURS = 12
ACCOUNT_PREFIX = "v1."
TOKEN_USER = Account(name="令牌用户", role=OFFICE, unit="", password_hash="")    # holds --token
LOCAL_USER = Account(name="本机用户", role=OFFICE, unit="", password_hash="")    # no token, no accounts


class Sessions:
    """Signs and reads account session cookies for one workspace."""

    def __init__(self, root: Path, state_dir: Path):
        self.root = root
        self.state_dir = state_dir
        self._key: bytes | None = None
        self._lock = threading.Lock()

    def accounts_exist(self) -> bool:
        """Whether logins are needed: accounts.yaml has accounts — or is there but broken (closed, not open,
        until it is fixed; the login page names the problem)."""
        try:
            return bool(load_accounts(self.root))
        except SafeplanError:
            return True

    def _secret(self, create: bool) -> bytes | None:
        with self._lock:
            if self._key is None:
                if create or (self.state_dir / "session.key").exists():
                    self._key = workspace_secret(self.state_dir)
            return self._key

    @staticmethod
    def _fingerprint(account: Account) -> str:
        return hashlib.sha256(account.password_hash.encode()).hexdigest()[:16]

    def sign(self, account: Account, now: float | None = None) -> str:
        payload = {"n": account.name, "e": int((now or time.time()) + SESSION_HOURS * 3600),
                   "f": self._fingerprint(account)}
        body = base64.urlsafe_b64encode(json.dumps(payload, ensure_ascii=False).encode()).decode().rstrip("=")
        mac = hmac.new(self._secret(create=True), (ACCOUNT_PREFIX + body).encode(), hashlib.sha256).hexdigest()
        return f"{ACCOUNT_PREFIX}{body}.{mac}"

    def account(self, cookie: str | None, now: float | None = None) -> Account | None:
        """The account a session cookie belongs to, if it is genuine, unexpired and still current."""
        if not cookie or not cookie.startswith(ACCOUNT_PREFIX) or cookie.count(".") != 2:
            return None
        key = self._secret(create=False)
        if key is None:
            return None
        body, mac = cookie[len(ACCOUNT_PREFIX):].split(".")
        expected = hmac.new(key, (ACCOUNT_PREFIX + body).encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected.encode(), mac.encode("utf-8", "replace")):
            return None
        try:
            payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        except ValueError:
            return None
        if payload.get("e", 0) < (now or time.time()):
            return None
        try:
            found = find_account(self.root, payload.get("n", ""))
        except SafeplanError:          # a broken accounts.yaml lets nobody in
            return None
        if found is None or not hmac.compare_digest(self._fingerprint(found), str(payload.get("f", ""))):
            return None
        return found


def current_user(request) -> Account | None:
    """The account the access middleware found for this request (None: nobody logged in)."""
    return request.scope.get("state", {}).get("safeplan_user")
