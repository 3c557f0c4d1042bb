"""The ledger's errors: bad input is a SafeplanError (one line, exit 2); a lost race is a ConflictError."""

from __future__ import annotations

from safeplan.errors import SafeplanError


class LedgerError(SafeplanError):
    """Bad input to the ledger: an unknown unit or task, a date outside the plan, a bad 台账 cell."""


class ConflictError(LedgerError):
    """Someone else changed the row since the writer read it (its row version moved on): nothing was written."""
