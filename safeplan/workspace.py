"""One resolver for data: the workspace first, then the source checkout, then the installed package.

A workspace is a folder holding some of corpus/, rules/, profiles/, generators/, search/, checks/ (cli.md).
Whatever it lacks comes from the defaults: the top-level folders of a source checkout, or the copy
the wheel ships under safeplan/_data/ (an editable install sees the checkout, not the wheel copy).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

FOLDERS = ("corpus", "rules", "profiles", "generators", "search", "checks")

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def defaults_root() -> Path:
    """The folder holding the packaged default corpus/, rules/, … ."""
    bundled = _PACKAGE / "_data"
    if bundled.is_dir():
        return bundled
    return _CHECKOUT


@dataclass(frozen=True)
class Workspace:
    root: Path

    @classmethod
    def at(cls, root: str | Path | None = None) -> "Workspace":
        return cls(Path(root or ".").resolve())

    def folder(self, name: str) -> Path:
        """The workspace's own folder when it has one, else the default."""
        own = self.root / name
        if own.is_dir():
            return own
        return defaults_root() / name

    def file(self, folder: str, relative: str) -> Path:
        """A data file: the workspace's copy when present, else the default's."""
        own = self.root / folder / relative
        if own.exists():
            return own
        return defaults_root() / folder / relative

    @property
    def state_dir(self) -> Path:
        """Where the program keeps what it builds (the search index): <workspace>/.safeplan/."""
        return self.root / ".safeplan"

    def relative(self, path: str | Path) -> str:
        """A path as shown to users and stored in rule files: relative to the workspace or the defaults."""
        given = Path(os.path.abspath(path))
        try:
            p = given.resolve()
        except (OSError, RuntimeError):       # a symlink loop: the path as given
            p = given
        for candidate in (p, given):          # a symlink that leads out: shown where it lies
            for base in (self.root, defaults_root()):
                try:
                    return candidate.relative_to(base).as_posix()
                except ValueError:
                    continue
        return p.as_posix()
