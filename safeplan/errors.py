"""The one error type the library raises for bad input.

The CLI turns it into a one-line message on stderr and exit code 2; the web app into a 4xx JSON error.
"""

from __future__ import annotations


class SafeplanError(Exception):
    """Bad input: says which file (and line, when known) and what to do next."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return where + self.message
